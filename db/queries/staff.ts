/** Reading staff: each person with their skills, working pattern and fixed commitments. */
import type { Availability, Busy, Day, Role, Staff } from '../../solver/model';
import type { Db } from '../database';
import { byOwner, drop, givenList, listOf, opt, optNum, rowsOf, str, type Positioned } from './rows';

/** Every member of staff in list order, or only the one with `id`. */
export function readStaff(db: Db, id?: string): Positioned<Staff>[] {
  const skills = byOwner(rowsOf(db, 'staff_skill', 'staff_id', id, 'staff_id, position'), 'staff_id');
  const availability = byOwner(rowsOf(db, 'staff_availability', 'staff_id', id, 'staff_id, position'), 'staff_id');
  const periods = byOwner(
    rowsOf(db, 'staff_availability_period', 'staff_id', id, 'staff_id, entry, position').map((r) => ({ ...r, owner: `${str(r.staff_id)}#${str(r.entry)}` })),
    'owner',
  );
  const busy = byOwner(rowsOf(db, 'staff_busy', 'staff_id', id, 'staff_id, position'), 'staff_id');
  return rowsOf(db, 'staff', 'id', id, 'position').map((r) => {
    const staffId = str(r.id);
    const value: Staff = drop({
      id: staffId,
      name: str(r.name),
      role: str(r.role) as Role,
      sex: opt(r.sex) as Staff['sex'],
      specifiedWork: r.specified_work === 1,
      skills: listOf(skills, staffId, (k) => drop({ skill: str(k.skill_id), expires: opt(k.expires) })),
      available: listOf(availability, staffId, (a): Availability =>
        drop({
          week: opt(a.week),
          day: str(a.day) as Day,
          periods: listOf(periods, `${staffId}#${str(a.position)}`, (p) => str(p.period_id)),
        }),
      ),
      busy: givenList(r.busy_given, listOf(busy, staffId, (b): Busy =>
        drop({ week: opt(b.week), day: str(b.day) as Day, period: str(b.period_id), what: str(b.what) }),
      )),
      maxPeriodsPerWeek: optNum(r.max_periods_per_week),
      left: opt(r.left),
    });
    return { position: Number(r.position), value };
  });
}
