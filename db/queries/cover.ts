/** Reading cover items: PPA and absence cover, duties and staffed posts. */
import type { Cover, Day, Role } from '../../solver/model';
import type { Db } from '../database';
import { byOwner, drop, givenList, listOf, opt, optBool, optNum, rowsOf, str, type Positioned } from './rows';

/** Every cover item in list order, or only the one with `id`. */
export function readCover(db: Db, id?: string): Positioned<Cover>[] {
  const skills = byOwner(rowsOf(db, 'cover_skill', 'cover_id', id, 'cover_id, position'), 'cover_id');
  const roles = byOwner(rowsOf(db, 'cover_role', 'cover_id', id, 'cover_id, position'), 'cover_id');
  return rowsOf(db, 'cover_item', 'id', id, 'position').map((r) => {
    const coverId = str(r.id);
    const value: Cover = drop({
      id: coverId,
      kind: str(r.kind) as Cover['kind'],
      label: str(r.label),
      week: opt(r.week),
      day: str(r.day) as Day,
      period: str(r.period_id),
      class: opt(r.class_id),
      staffNeeded: optNum(r.staff_needed),
      skills: givenList(r.skills_given, listOf(skills, coverId, (s) => str(s.skill_id))),
      roles: givenList(r.roles_given, listOf(roles, coverId, (s) => str(s.role) as Role)),
      specifiedWork: optBool(r.specified_work),
      room: opt(r.room_id),
      priority: Number(r.priority) as Cover['priority'],
    });
    return { position: Number(r.position), value };
  });
}
