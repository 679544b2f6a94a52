/** Writing plan sessions and the plan's own details (whether there is a plan, and its unfilled list). */
import type { Session } from '../../solver/model';
import { EditRefusedError } from '../edits/refusal';
import type { PlanDetails } from '../queries/plan';
import { flag, given, type Writer } from './writer';

/** Writes session `s` at `position` in the plan, with its staff, lead adult first. */
export function putSession(w: Writer, s: Session, position: number): void {
  w.upsert('plan_session', {
    id: s.id, group_id: s.group ?? null, cover_id: s.cover ?? null, week: s.week ?? null, day: s.day,
    period_id: s.period, room_id: s.room ?? null, pinned: flag(s.pinned), position,
  }, ['id']);
  w.run('DELETE FROM plan_session_staff WHERE session_id = ?', s.id);
  s.staff.forEach((staff, i) => w.insert('plan_session_staff', { session_id: s.id, position: i, staff_id: staff }));
}

/** Removes one session from the plan. */
export function deleteSession(w: Writer, id: string): void {
  w.run('DELETE FROM plan_session WHERE id = ?', id);
}

/** Sets the plan's details: null removes the plan altogether, which needs it to have no sessions left. */
export function putPlanDetails(w: Writer, details: PlanDetails | null): void {
  if (details === null) {
    const sessions = Number(w.value('SELECT count(*) FROM plan_session'));
    if (sessions > 0) {
      throw new EditRefusedError('in-use', `The plan still has ${sessions} session${sessions === 1 ? '' : 's'}; remove them in the same change to remove the plan.`);
    }
  }
  w.run('UPDATE school SET plan_given = ?, unfilled_given = ? WHERE id = 1', details === null ? 0 : 1, given(details?.unfilled));
  w.run('DELETE FROM plan_unfilled');
  details?.unfilled?.forEach((u, position) => {
    w.insert('plan_unfilled', { position, group_id: u.group ?? null, cover_id: u.cover ?? null, week: u.week ?? null, missing: u.missing });
    u.reasons.forEach((reason, i) => w.insert('plan_unfilled_reason', { unfilled: position, position: i, reason }));
  });
}
