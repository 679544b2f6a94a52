/**
 * The re-plan measurement: move one unpinned group session of a plan to another slot where it
 * keeps every hard rule, pin it there, and count what a re-plan changes.
 */
import type { School, Session } from '../../solver/model';
import { checkPlan, sameSession } from '../check-plan';
import { Random } from '../generator/random';
import { sessionPeriods, sessionWeek } from '../metrics';

export interface MovedPlan {
  /** The session as it was, and where it went (pinned). */
  from: Session;
  to: Session;
  /** The plan with the moved session pinned in its new slot. */
  sessions: Session[];
}

/**
 * True when `session` keeps every rule alongside the rest of `plan`, checked on the sessions it
 * can touch; `school` carries no plan, so its pinned sessions are not required here.
 */
function fits(school: School, plan: readonly Session[], session: Session): boolean {
  const group = school.groups.find((g) => g.id === session.group);
  const week = sessionWeek(school, session);
  const pupils = new Set(group?.pupils ?? []);
  const related = plan.filter((s) => {
    if (s.id === session.id) return false;
    if (s.staff.some((p) => session.staff.includes(p))) return true;
    if (s.group === session.group) return true;
    if (sessionWeek(school, s) !== week || s.day !== session.day) return false;
    const room = s.room ?? school.cover.find((c) => c.id === s.cover)?.room;
    if (room !== undefined && room === session.room) return true;
    const other = school.groups.find((g) => g.id === s.group);
    return other?.pupils.some((p) => pupils.has(p)) ?? false;
  });
  return checkPlan(school, [...related, session]).length === 0;
}

/** Moves one unpinned group session to another valid slot (same adults and room) and pins it; null when none can move. */
export function moveOneSession(school: School, plan: readonly Session[], seed = 1): MovedPlan | null {
  const rng = new Random(seed);
  const { plan: _plan, ...withoutPlan } = school;
  const movable = rng.shuffle(plan.filter((s) => s.group !== undefined && s.pinned !== true));
  const slots = school.calendar.days.flatMap((day) => school.calendar.periods.map((p) => ({ day, period: p.id })));
  for (const from of movable.slice(0, 40)) {
    for (const slot of rng.shuffle(slots)) {
      if (slot.day === from.day && slot.period === from.period) continue;
      const to: Session = { ...from, day: slot.day, period: slot.period, staff: [...from.staff], pinned: true };
      const group = school.groups.find((g) => g.id === from.group);
      if (sessionPeriods(school, to, group).length !== (group?.length ?? 1)) continue;
      if (fits(withoutPlan, plan, to)) return { from, to, sessions: plan.map((s) => (s.id === from.id ? to : s)) };
    }
  }
  return null;
}

/** Sessions of `after` not found identically in `before`, and sessions of `before` gone from `after`. */
export function countChanges(before: readonly Session[], after: readonly Session[]): { addedOrChanged: number; removed: number } {
  const key = (s: Session): string => [s.group ?? '', s.cover ?? '', s.week ?? '', s.day, s.period, s.room ?? '', s.staff.join('+')].join('|');
  const count = (list: readonly Session[]): Map<string, number> => {
    const m = new Map<string, number>();
    for (const s of list) m.set(key(s), (m.get(key(s)) ?? 0) + 1);
    return m;
  };
  const b = count(before);
  const a = count(after);
  let addedOrChanged = 0;
  let removed = 0;
  for (const [k, n] of a) addedOrChanged += Math.max(0, n - (b.get(k) ?? 0));
  for (const [k, n] of b) removed += Math.max(0, n - (a.get(k) ?? 0));
  return { addedOrChanged, removed };
}

/** True when the re-planned sessions keep the moved session exactly where it was pinned. */
export function keptMoved(after: readonly Session[], moved: Session): boolean {
  return after.some((s) => s.id === moved.id && sameSession(s, moved));
}
