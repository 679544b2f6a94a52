/** Reading intervention groups with all their lists. */
import type { Day, Group, GroupSlot, Role, RoomKind } from '../../solver/model';
import type { Db } from '../database';
import { byOwner, drop, givenList, listOf, opt, optBool, optNum, rowsOf, str, type Positioned } from './rows';

/** Every intervention group in list order, or only the one with `id`. */
export function readGroups(db: Db, id?: string): Positioned<Group>[] {
  const child = (table: string) => byOwner(rowsOf(db, table, 'group_id', id, 'group_id, position'), 'group_id');
  const pupils = child('group_pupil');
  const skills = child('group_skill');
  const roomKinds = child('group_room_kind');
  const preferred = child('group_preferred_staff');
  const roles = child('group_role');
  const periods = child('group_period');
  const slots = child('group_slot');
  return rowsOf(db, 'intervention_group', 'id', id, 'position').map((r) => {
    const groupId = str(r.id);
    const value: Group = drop({
      id: groupId,
      name: str(r.name),
      programme: opt(r.programme),
      area: str(r.area) as Group['area'],
      pupils: listOf(pupils, groupId, (p) => str(p.pupil_id)),
      sessionsPerWeek: Number(r.sessions_per_week),
      length: optNum(r.length),
      adults: optNum(r.adults),
      skills: listOf(skills, groupId, (s) => str(s.skill_id)),
      roomKinds: givenList(r.room_kinds_given, listOf(roomKinds, groupId, (k) => str(k.kind) as RoomKind)),
      sameAdult: optBool(r.same_adult),
      staffSex: opt(r.staff_sex) as Group['staffSex'],
      unstructured: optBool(r.unstructured),
      priority: Number(r.priority) as Group['priority'],
      ehcp: optBool(r.ehcp),
      preferredStaff: givenList(r.preferred_staff_given, listOf(preferred, groupId, (s) => str(s.staff_id))),
      lead: opt(r.lead_id),
      roles: givenList(r.roles_given, listOf(roles, groupId, (s) => str(s.role) as Role)),
      periods: givenList(r.periods_given, listOf(periods, groupId, (s) => str(s.period_id))),
      slots: givenList(r.slots_given, listOf(slots, groupId, (s): GroupSlot =>
        drop({ week: opt(s.week), day: str(s.day) as Day, period: str(s.period_id) }),
      )),
    });
    return { position: Number(r.position), value };
  });
}
