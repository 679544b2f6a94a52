/**
 * Hard rule 7: a group gets at most `sessionsPerWeek` sessions in each cycle week, at most one per
 * day, each with exactly `adults` staff; `sameAdult` and `staffSex` hold.
 * `sameAdult` is read as the same lead adult (`staff[0]`, "lead adult first") on every session of
 * the group across the whole cycle.
 */
import { count, dayName, listWords } from './describe';
import { whenOf, type Placement } from './placement';
import { idsOf, inPlanOrder, othersIn, staffName, type RuleContext } from './rule-context';

const SEX_WORDS = { F: 'female', M: 'male' } as const;

/** Checks rule 7 for the judged session (group sessions only). */
export function checkGroupWeek(ctx: RuleContext): void {
  const { facts, self } = ctx;
  const groupFacts = self.group;
  if (groupFacts === undefined) return;
  const group = groupFacts.group;
  const ids = [self.session.id];
  const twoWeek = facts.weekCount > 1;
  const inWeek = twoWeek ? ` in Week ${self.session.week}` : ' in a week';

  if (self.session.staff.length !== groupFacts.adults) {
    ctx.emit(() => ({
      rule: 7, code: 'wrong-adult-count', sessions: ids,
      message: `${group.name} needs exactly ${count(groupFacts.adults, 'adult')} on each session, but the one on ${whenOf(facts, self)} has ${self.session.staff.length}`,
    }));
  }

  if (group.staffSex !== undefined) {
    const wanted = group.staffSex;
    const wrong = self.staff.filter((s) => facts.staff[s]?.staff.sex !== wanted);
    if (wrong.length > 0) {
      const who = wrong.map((s) => {
        const sex = facts.staff[s]?.staff.sex;
        return `${staffName(ctx, s)} (${sex === undefined ? 'sex not recorded' : SEX_WORDS[sex]})`;
      });
      ctx.emit(() => ({
        rule: 7, code: 'wrong-staff-sex', sessions: ids,
        message: `${group.name} needs ${SEX_WORDS[wanted]} staff only, so cannot have ${listWords(who)}`,
      }));
    }
  }

  const week = othersIn(ctx, ctx.occupancy.groupWeek[groupFacts.index * facts.weekCount + self.week]);
  if (week.length + 1 > group.sessionsPerWeek) {
    ctx.emit(() => ({
      rule: 7, code: 'too-many-sessions', sessions: idsOf(self, week),
      message: `${group.name} would have ${week.length + 1} sessions${inWeek}, but it runs ${group.sessionsPerWeek} a week`,
    }), `too-many-sessions|${groupFacts.index}|${self.week}`);
  }
  const sameDay = week.filter((p) => p.day === self.day);
  if (sameDay.length > 0) {
    ctx.emit(() => ({
      rule: 7, code: 'two-sessions-one-day', sessions: idsOf(self, sameDay),
      message: `${group.name} would have ${sameDay.length + 1} sessions on ${dayName(self.session.day)}${twoWeek ? ` of Week ${self.session.week}` : ''}; it runs at most one a day`,
    }), `two-sessions-one-day|${groupFacts.index}|${self.week}|${self.day}`);
  }

  if (group.sameAdult === true) checkSameAdult(ctx, othersIn(ctx, ctx.occupancy.groupAll[groupFacts.index]));
}

function checkSameAdult(ctx: RuleContext, others: Placement[]): void {
  const { facts, self } = ctx;
  const lead = self.session.staff[0];
  const led = others.filter((p) => p.session.staff[0] !== undefined);
  if (lead === undefined || led.every((p) => p.session.staff[0] === lead)) return;
  // Name each lead adult once, with the first session they lead, in plan order (a candidate first).
  const byLead = new Map<string, string>();
  for (const p of inPlanOrder([self, ...led])) {
    const id = p.session.staff[0];
    if (id !== undefined && !byLead.has(id)) byLead.set(id, whenOf(facts, p));
  }
  const parts = [...byLead].map(([id, when]) => `${facts.staffById.get(id)?.staff.name ?? id} on ${when}`);
  ctx.emit(() => ({
    rule: 7, code: 'not-same-adult', sessions: idsOf(self, led),
    message: `${self.what} must have the same lead adult for every session, but it is led by ${listWords(parts)}`,
  }), `not-same-adult|${self.group?.index}`);
}
