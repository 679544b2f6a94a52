/** Writing and removing one intervention group with all its lists. */
import type { Group } from '../../solver/model';
import { EditRefusedError } from '../edits/refusal';
import { flag, given, type Writer } from './writer';

const GROUP_LISTS = ['group_pupil', 'group_skill', 'group_room_kind', 'group_preferred_staff', 'group_role', 'group_period', 'group_slot'];

/** Writes group `g` at `position`, replacing the group with the same id and all its lists. */
export function putGroup(w: Writer, g: Group, position: number): void {
  w.upsert('intervention_group', {
    id: g.id, name: g.name, programme: g.programme ?? null, area: g.area, sessions_per_week: g.sessionsPerWeek,
    length: g.length ?? null, adults: g.adults ?? null, same_adult: flag(g.sameAdult), staff_sex: g.staffSex ?? null,
    unstructured: flag(g.unstructured), priority: g.priority, ehcp: flag(g.ehcp), lead_id: g.lead ?? null,
    room_kinds_given: given(g.roomKinds), preferred_staff_given: given(g.preferredStaff), roles_given: given(g.roles),
    periods_given: given(g.periods), slots_given: given(g.slots), position,
  }, ['id']);
  for (const table of GROUP_LISTS) w.run(`DELETE FROM ${table} WHERE group_id = ?`, g.id);
  g.pupils.forEach((pupil, i) => w.insert('group_pupil', { group_id: g.id, position: i, pupil_id: pupil }));
  g.skills.forEach((skill, i) => w.insert('group_skill', { group_id: g.id, position: i, skill_id: skill }));
  g.roomKinds?.forEach((kind, i) => w.insert('group_room_kind', { group_id: g.id, position: i, kind }));
  g.preferredStaff?.forEach((staff, i) => w.insert('group_preferred_staff', { group_id: g.id, position: i, staff_id: staff }));
  g.roles?.forEach((role, i) => w.insert('group_role', { group_id: g.id, position: i, role }));
  g.periods?.forEach((period, i) => w.insert('group_period', { group_id: g.id, position: i, period_id: period }));
  g.slots?.forEach((s, i) =>
    w.insert('group_slot', { group_id: g.id, position: i, week: s.week ?? null, day: s.day, period_id: s.period }),
  );
}

/**
 * Removes a group. Unfilled-plan entries naming it would go with it silently (ON DELETE
 * CASCADE), so they must be taken out of the plan first, in the same edit.
 */
export function deleteGroup(w: Writer, id: string): void {
  refuseWhileUnfilled(w, 'group_id', id, 'intervention_group', 'Group');
  w.run('DELETE FROM intervention_group WHERE id = ?', id);
}

/** Refuses to remove a group or cover item that the plan still lists as unfilled. */
export function refuseWhileUnfilled(w: Writer, column: 'group_id' | 'cover_id', id: string, table: string, noun: string): void {
  const unfilled = Number(w.value(`SELECT count(*) FROM plan_unfilled WHERE ${column} = ?`, id));
  if (unfilled === 0) return;
  const name = String(w.value(`SELECT ${table === 'cover_item' ? 'label' : 'name'} FROM ${table} WHERE id = ?`, id) ?? id);
  throw new EditRefusedError('in-use', `${noun} ${name} is still listed as unfilled in the plan; take it out of the plan in the same change.`);
}
