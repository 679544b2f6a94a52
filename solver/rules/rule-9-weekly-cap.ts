/** Hard rule 9: no person exceeds `maxPeriodsPerWeek` periods of sessions in any cycle week (pinned ones count). */
import { count } from './describe';
import { idsOf, othersIn, staffName, type RuleContext } from './rule-context';

/** Checks rule 9 for the judged session: each capped person's periods in its week, this session included. */
export function checkWeeklyCap(ctx: RuleContext): void {
  const { facts, self } = ctx;
  for (const s of self.staff) {
    const cap = facts.staff[s]?.staff.maxPeriodsPerWeek;
    if (cap === undefined) continue;
    const week = othersIn(ctx, ctx.occupancy.staffWeek[s * facts.weekCount + self.week]);
    let periods = self.slots.length;
    for (const p of week) periods += p.slots.length;
    if (periods <= cap) continue;
    const inWeek = facts.weekCount > 1 ? `in Week ${self.session.week}` : 'in a week';
    ctx.emit(() => ({
      rule: 9, code: 'over-weekly-cap', sessions: idsOf(self, week),
      message: `${staffName(ctx, s)} would have ${count(periods, 'period')} of sessions ${inWeek}; their limit is ${cap}`,
    }), `over-weekly-cap|${s}|${self.week}`);
  }
}
