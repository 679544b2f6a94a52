/** Hard rule 2: a pupil is in at most one group session per slot. */
import { isAre, listWords } from './describe';
import type { Placement } from './placement';
import { idsOf, isOther, pairKey, slotWordsOf, type RuleContext } from './rule-context';

/** Checks rule 2 for the judged session (group sessions only: cover takes no pupils out). */
export function checkPupils(ctx: RuleContext): void {
  const { facts, self } = ctx;
  if (self.group === undefined) return;
  const clashes = new Map<Placement, { pupils: number[]; slot: number }>();
  for (const pupil of self.group.pupils) {
    const base = pupil * facts.slotCount;
    for (const slot of self.slots) {
      const list = ctx.occupancy.pupilAt[base + slot];
      if (list === undefined) continue;
      for (const other of list) {
        if (!isOther(ctx, other)) continue;
        const clash = clashes.get(other);
        if (clash === undefined) clashes.set(other, { pupils: [pupil], slot });
        else if (!clash.pupils.includes(pupil)) clash.pupils.push(pupil);
      }
    }
  }
  for (const [other, clash] of clashes) {
    const names = clash.pupils.map((p) => facts.pupilNames[p] ?? 'a pupil');
    ctx.emit(() => ({
      rule: 2, code: 'pupil-double-booked', sessions: idsOf(self, [other]),
      message: `${listWords(names)} ${isAre(names.length)} already in ${other.what} on ${slotWordsOf(ctx, clash.slot)}, so cannot also be in ${self.what}`,
    }), pairKey('pupil-double-booked', self, other));
  }
}
