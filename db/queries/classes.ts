/** Reading classes (with their pupils) and the lessons of the timetable. */
import type { Day, Lesson, SchoolClass } from '../../solver/model';
import type { Db } from '../database';
import { byOwner, drop, listOf, opt, rowsOf, str, type Positioned } from './rows';

/** Every class in list order, or only the one with `id`. */
export function readClasses(db: Db, id?: string): Positioned<SchoolClass>[] {
  const pupils = byOwner(rowsOf(db, 'class_pupil', 'class_id', id, 'class_id, position'), 'class_id');
  return rowsOf(db, 'school_class', 'id', id, 'position').map((r) => ({
    position: Number(r.position),
    value: drop({
      id: str(r.id),
      name: str(r.name),
      year: opt(r.year),
      subject: opt(r.subject),
      teacher: opt(r.teacher_id),
      pupils: listOf(pupils, str(r.id), (p) => str(p.pupil_id)),
    }),
  }));
}

/** Every lesson in timetable-list order, or only the lessons of class `classId`. */
export function readLessons(db: Db, classId?: string): Positioned<Lesson>[] {
  return rowsOf(db, 'lesson', 'class_id', classId, 'position').map((r) => ({
    position: Number(r.position),
    value: drop({
      class: str(r.class_id),
      week: opt(r.week),
      day: str(r.day) as Day,
      period: str(r.period_id),
      subject: str(r.subject),
      teacher: opt(r.teacher_id),
      room: opt(r.room_id),
      protected: r.protected === 1,
    }),
  }));
}
