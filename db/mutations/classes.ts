/** Writing and removing classes, and the lessons of one class. */
import type { Lesson, SchoolClass } from '../../solver/model';
import { EditRefusedError } from '../edits/refusal';
import type { Writer } from './writer';

/** Writes class `c` at `position` with its pupils (its lessons are written separately). */
export function putClass(w: Writer, c: SchoolClass, position: number): void {
  w.upsert('school_class', {
    id: c.id, name: c.name, year: c.year ?? null, subject: c.subject ?? null, teacher_id: c.teacher ?? null, position,
  }, ['id']);
  w.run('DELETE FROM class_pupil WHERE class_id = ?', c.id);
  c.pupils.forEach((pupil, i) => w.insert('class_pupil', { class_id: c.id, position: i, pupil_id: pupil }));
}

/**
 * Removes a class. Its lessons would go with it silently (ON DELETE CASCADE), so a class that
 * still has lessons is refused: remove them first, in the same edit, so they can be restored.
 */
export function deleteClass(w: Writer, id: string): void {
  const lessons = Number(w.value('SELECT count(*) FROM lesson WHERE class_id = ?', id));
  if (lessons > 0) {
    const name = String(w.value('SELECT name FROM school_class WHERE id = ?', id) ?? id);
    throw new EditRefusedError('in-use', `Class ${name} still has ${lessons} lesson${lessons === 1 ? '' : 's'} in the timetable; remove them in the same change.`);
  }
  w.run('DELETE FROM school_class WHERE id = ?', id);
}

/** Writes one lesson at `position` in the timetable's list of lessons. */
export function putLesson(w: Writer, l: Lesson, position: number): void {
  w.insert('lesson', {
    position, class_id: l.class, week: l.week ?? null, day: l.day, period_id: l.period, subject: l.subject,
    teacher_id: l.teacher ?? null, room_id: l.room ?? null, protected: l.protected ? 1 : 0,
  });
}

/** Replaces every lesson of class `classId` with `lessons`, lesson i at `positions[i]`. */
export function putClassLessons(w: Writer, classId: string, lessons: readonly Lesson[], positions: readonly number[]): void {
  deleteClassLessons(w, classId);
  lessons.forEach((lesson, i) => putLesson(w, lesson, positions[i] ?? -1));
}

/** Removes every lesson of class `classId`. */
export function deleteClassLessons(w: Writer, classId: string): void {
  w.run('DELETE FROM lesson WHERE class_id = ?', classId);
}
