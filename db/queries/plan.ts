/** Reading the plan: its sessions, and what it could not fill. */
import type { Day, Session, Unfilled } from '../../solver/model';
import type { Db } from '../database';
import { byOwner, rowsOf, str, type Positioned, type Row } from './rows';
import { schoolRow } from './calendar';

/**
 * The plan apart from its sessions (each session is its own entity): null when the school has
 * no plan at all, else `{}` or `{ unfilled }` when the planner listed unfilled demand.
 */
export type PlanDetails = { unfilled?: Unfilled[] };

/** The plan's sessions in plan order, or only the one with `id`. */
export function readPlanSessions(db: Db, id?: string): Positioned<Session>[] {
  const staff = byOwner(rowsOf(db, 'plan_session_staff', 'session_id', id, 'session_id, position'), 'session_id');
  // Keys in the spec's order, so exported files read naturally.
  return rowsOf(db, 'plan_session', 'id', id, 'position').map((r) => ({
    position: Number(r.position),
    value: {
      id: str(r.id),
      ...(r.group_id !== null && { group: str(r.group_id) }),
      ...(r.cover_id !== null && { cover: str(r.cover_id) }),
      ...(r.week !== null && { week: str(r.week) }),
      day: str(r.day) as Day,
      period: str(r.period_id),
      ...(r.room_id !== null && { room: str(r.room_id) }),
      staff: (staff.get(str(r.id)) ?? []).map((s) => str(s.staff_id)),
      ...(r.pinned !== null && { pinned: r.pinned === 1 }),
    },
  }));
}

/** The plan's sessions in plan order. */
export function readSessions(db: Db): Session[] {
  return readPlanSessions(db).map((s) => s.value);
}

/** The plan's unfilled demand with its reasons. */
export function readUnfilled(db: Db): Unfilled[] {
  const reasons = new Map<number, string[]>();
  for (const r of db.prepare('SELECT * FROM plan_unfilled_reason ORDER BY unfilled, position').all() as Row[]) {
    const list = reasons.get(Number(r.unfilled));
    if (list) list.push(str(r.reason));
    else reasons.set(Number(r.unfilled), [str(r.reason)]);
  }
  return (db.prepare('SELECT * FROM plan_unfilled ORDER BY position').all() as Row[]).map((r) => {
    const u: Unfilled = { missing: Number(r.missing), reasons: reasons.get(Number(r.position)) ?? [] };
    if (r.group_id !== null) u.group = str(r.group_id);
    if (r.cover_id !== null) u.cover = str(r.cover_id);
    if (r.week !== null) u.week = str(r.week);
    return u;
  });
}

/** The plan's details, or null when the school has no plan. */
export function readPlanDetails(db: Db): PlanDetails | null {
  const head = schoolRow(db);
  if (head.plan_given !== 1) return null;
  return head.unfilled_given === 1 ? { unfilled: readUnfilled(db) } : {};
}
