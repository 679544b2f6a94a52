/** Writing and removing one cover item. */
import type { Cover } from '../../solver/model';
import { refuseWhileUnfilled } from './groups';
import { flag, given, type Writer } from './writer';

/** Writes cover item `c` at `position`. */
export function putCover(w: Writer, c: Cover, position: number): void {
  w.upsert('cover_item', {
    id: c.id, kind: c.kind, label: c.label, week: c.week ?? null, day: c.day, period_id: c.period,
    class_id: c.class ?? null, staff_needed: c.staffNeeded ?? null, specified_work: flag(c.specifiedWork),
    room_id: c.room ?? null, priority: c.priority, skills_given: given(c.skills), roles_given: given(c.roles), position,
  }, ['id']);
  w.run('DELETE FROM cover_skill WHERE cover_id = ?', c.id);
  w.run('DELETE FROM cover_role WHERE cover_id = ?', c.id);
  c.skills?.forEach((skill, i) => w.insert('cover_skill', { cover_id: c.id, position: i, skill_id: skill }));
  c.roles?.forEach((role, i) => w.insert('cover_role', { cover_id: c.id, position: i, role }));
}

/** Removes a cover item (unfilled-plan entries naming it must be gone first, as for groups). */
export function deleteCover(w: Writer, id: string): void {
  refuseWhileUnfilled(w, 'cover_id', id, 'cover_item', 'Cover item');
  w.run('DELETE FROM cover_item WHERE id = ?', id);
}
