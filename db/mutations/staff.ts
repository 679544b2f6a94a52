/** Writing and removing one member of staff with their skills, working pattern and commitments. */
import type { Staff } from '../../solver/model';
import { flag, given, type Writer } from './writer';

/** Writes `s` at `position`, replacing the person with the same id and all their lists. */
export function putStaff(w: Writer, s: Staff, position: number): void {
  w.upsert('staff', {
    id: s.id, name: s.name, role: s.role, sex: s.sex ?? null, specified_work: flag(s.specifiedWork),
    max_periods_per_week: s.maxPeriodsPerWeek ?? null, busy_given: given(s.busy), left: s.left ?? null, position,
  }, ['id']);
  w.run('DELETE FROM staff_skill WHERE staff_id = ?', s.id);
  w.run('DELETE FROM staff_availability WHERE staff_id = ?', s.id);
  w.run('DELETE FROM staff_busy WHERE staff_id = ?', s.id);
  s.skills.forEach((k, i) => w.insert('staff_skill', { staff_id: s.id, position: i, skill_id: k.skill, expires: k.expires ?? null }));
  s.available.forEach((a, entry) => {
    w.insert('staff_availability', { staff_id: s.id, position: entry, week: a.week ?? null, day: a.day });
    a.periods.forEach((period, i) =>
      w.insert('staff_availability_period', { staff_id: s.id, entry, position: i, period_id: period }),
    );
  });
  s.busy?.forEach((b, i) =>
    w.insert('staff_busy', { staff_id: s.id, position: i, week: b.week ?? null, day: b.day, period_id: b.period, what: b.what }),
  );
}

/** Removes a member of staff and their own lists (references to them elsewhere must be gone first). */
export function deleteStaff(w: Writer, id: string): void {
  w.run('DELETE FROM staff WHERE id = ?', id);
}
