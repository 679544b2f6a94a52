/** What each rule file receives: the school, the placed sessions, the session judged, and a sink. */
import type { Occupancy } from './occupancy';
import { slotWords, type Placement } from './placement';
import type { SchoolIndex } from './school-index';
import type { Violation } from './violation';

/** One rule's view of one session against the others. */
export interface RuleContext {
  facts: SchoolIndex;
  occupancy: Occupancy;
  /** The session being judged. */
  self: Placement;
  /** Placed sessions the judged one stands in for (itself, or the sessions a candidate replaces). */
  excluded: readonly Placement[];
  /**
   * Reports a violation, built only when wanted (a yes/no check never builds the words). `key`
   * names a violation that several sessions see alike (a clash, a count), so a whole-plan check
   * reports it once.
   */
  emit(make: () => Violation, key?: string): void;
}

/** True when `p` is another session, not the one judged nor one it stands in for. */
export function isOther(ctx: RuleContext, p: Placement): boolean {
  return p !== ctx.self && !ctx.excluded.includes(p);
}

/** The other sessions in a list (empty when none). */
export function othersIn(ctx: RuleContext, list: readonly Placement[] | undefined): Placement[] {
  if (list === undefined) return [];
  return list.filter((p) => isOther(ctx, p));
}

/** The name of a member of staff by index. */
export function staffName(ctx: RuleContext, staff: number): string {
  return ctx.facts.staff[staff]?.staff.name ?? 'someone';
}

/** A pair key: the same for (a, b) and (b, a). */
export function pairKey(code: string, a: Placement, b: Placement): string {
  return a.key < b.key ? `${code}|${a.key}|${b.key}` : `${code}|${b.key}|${a.key}`;
}

/** Placements in plan order; a candidate (position -1) comes first. */
export function inPlanOrder(placements: readonly Placement[]): Placement[] {
  return [...placements].sort((a, b) => a.position - b.position || a.key - b.key);
}

/** Session ids for a violation, in plan order (a candidate first), so every session's view lists them alike. */
export function idsOf(self: Placement, others: readonly Placement[]): string[] {
  return inPlanOrder([self, ...others]).map((p) => p.session.id);
}

/** One covered slot of the judged session in words. */
export function slotWordsOf(ctx: RuleContext, slot: number): string {
  return slotWords(ctx.facts, ctx.self, slot);
}
