/** What a proposed plan changes on the grid, session by session, in plain words. */
import { isDeepStrictEqual } from 'node:util';
import type { PlanChange, PlanProposal } from '../../api/grid';
import type { School, Session } from '../../solver/model/school-file';
import { placeText, whatOf } from './words';

const ORDER: Readonly<Record<PlanChange['kind'], number>> = { added: 0, moved: 1, restaffed: 2, removed: 3 };

/** True when two sessions are the same in the school file (key order aside). */
export function sameSession(a: Session, b: Session): boolean {
  return isDeepStrictEqual(JSON.parse(JSON.stringify(a)), JSON.parse(JSON.stringify(b)));
}

/** Sessions added, moved (to another slot or room), restaffed or removed, from `before` to `after`. */
export function planChanges(school: School, before: readonly Session[], after: readonly Session[]): Pick<PlanProposal, 'counts' | 'changes'> {
  const old = new Map(before.map((s) => [s.id, s]));
  const changes: PlanChange[] = [];
  let unchanged = 0;
  for (const s of after) {
    const was = old.get(s.id);
    old.delete(s.id);
    if (!was) {
      changes.push({ kind: 'added', what: whatOf(school, s), after: placeText(school, s) });
      continue;
    }
    const sameTime = was.week === s.week && was.day === s.day && was.period === s.period;
    if (sameTime && was.room === s.room && was.staff.join('\n') === s.staff.join('\n')) {
      unchanged++;
      continue;
    }
    const kind = sameTime && was.room === s.room ? 'restaffed' : 'moved';
    changes.push({ kind, what: whatOf(school, s), before: placeText(school, was), after: placeText(school, s) });
  }
  for (const was of old.values()) changes.push({ kind: 'removed', what: whatOf(school, was), before: placeText(school, was) });
  changes.sort((a, b) => ORDER[a.kind] - ORDER[b.kind] || a.what.localeCompare(b.what));
  const count = (kind: PlanChange['kind']) => changes.filter((c) => c.kind === kind).length;
  return {
    counts: { added: count('added'), moved: count('moved'), restaffed: count('restaffed'), removed: count('removed'), unchanged },
    changes,
  };
}

/** "12 added, 3 moved and 1 restaffed"; "no changes" when nothing differs. */
export function countsText(counts: PlanProposal['counts']): string {
  const parts = (['added', 'moved', 'restaffed', 'removed'] as const).filter((k) => counts[k] > 0).map((k) => `${counts[k]} ${k}`);
  if (parts.length === 0) return 'no changes';
  return parts.length === 1 ? parts[0]! : `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}`;
}
