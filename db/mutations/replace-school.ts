/** Writing a whole school: the demo school, an imported staffroom/1 file. */
import type { School } from '../../solver/model';
import type { Db } from '../database';
import { putCalendar } from './calendar';
import { putClass, putLesson } from './classes';
import { putCover } from './cover';
import { putGroup } from './groups';
import { putRoom, putSkill } from './places';
import { putPlanDetails, putSession } from './plan';
import { putPupil } from './pupils';
import { putStaff } from './staff';
import { writer } from './writer';

/** Tables holding the school, children before parents, so they can be emptied in this order. */
export const SCHOOL_TABLES = [
  'plan_unfilled_reason', 'plan_unfilled', 'plan_session_staff', 'plan_session',
  'cover_role', 'cover_skill', 'cover_item',
  'group_slot', 'group_period', 'group_role', 'group_preferred_staff', 'group_room_kind', 'group_skill', 'group_pupil',
  'intervention_group', 'lesson', 'class_pupil', 'school_class', 'pupil_need', 'pupil',
  'staff_busy', 'staff_availability_period', 'staff_availability', 'staff_skill', 'staff',
  'room', 'skill', 'closure', 'term', 'period', 'school_day', 'cycle_week', 'school',
] as const;

/**
 * Replaces whatever school the database holds with `school`, in one transaction. The edit
 * history belongs to the school it was made on, so it is emptied too: undo starts afresh.
 */
export function replaceSchool(db: Db, school: School): void {
  db.transaction(() => {
    for (const table of SCHOOL_TABLES) db.prepare(`DELETE FROM ${table}`).run();
    db.prepare('DELETE FROM edit_log').run();
    writeSchool(db, school);
  })();
}

function writeSchool(db: Db, school: School): void {
  const w = writer(db);
  w.insert('school', {
    id: 1, name: school.school.name, phase: school.school.phase, as_of: null,
    terms_given: 0, closures_given: 0, plan_given: 0, unfilled_given: 0,
  });
  putCalendar(w, school.calendar);
  school.skills.forEach((s, position) => putSkill(w, s, position));
  school.rooms.forEach((r, position) => putRoom(w, r, position));
  school.staff.forEach((s, position) => putStaff(w, s, position));
  school.pupils.forEach((p, position) => putPupil(w, p, position));
  school.classes.forEach((c, position) => putClass(w, c, position));
  school.lessons.forEach((l, position) => putLesson(w, l, position));
  school.groups.forEach((g, position) => putGroup(w, g, position));
  school.cover.forEach((c, position) => putCover(w, c, position));
  if (school.plan) {
    const { sessions, ...details } = school.plan;
    putPlanDetails(w, details);
    sessions.forEach((s, position) => putSession(w, s, position));
  }
}
