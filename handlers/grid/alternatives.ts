/**
 * Who could take a session instead of one of its adults, at the same time and in the same room:
 * everyone the rule checker allows, best first, with why in plain words; then everyone else, with
 * the rules they would break. The rule checker's RuleBook judges each candidate, so the side
 * panel and a drop agree on what is allowed.
 */
import type { Alternative } from '../../api/grid';
import type { Session } from '../../solver/model/school-file';
import { countWords } from '../../solver/model/words';
import type { OpenPlan } from './open-plan';
import { resolvePick, staffWith, weekOf } from './picks';

/** Lower costs rank first; these weigh the reasons against each other. */
const COST = { namedLead: -50, preferred: -20, continuity: -10, perPeriod: 1, brokenRule: 1000 } as const;
const SHOWN_REASONS = 2;

/** Everyone else on the staff for `session`'s place of `from` (its lead when not given), best first. */
export function alternativesFor(open: OpenPlan, sessionId: string, from?: string): Alternative[] {
  const { school, book } = open;
  const picked = resolvePick(school, from === undefined ? { session: sessionId } : { session: sessionId, from });
  const session = picked.base;
  const week = weekOf(school, session.week);
  const periods = new Map<string, number>();
  const leadsOfGroup = new Map<string, number>();
  for (const s of school.plan?.sessions ?? []) {
    const length = s.group === undefined ? 1 : (school.groups.find((g) => g.id === s.group)?.length ?? 1);
    if (weekOf(school, s.week) === week) for (const id of s.staff) periods.set(id, (periods.get(id) ?? 0) + length);
    if (session.group !== undefined && s.group === session.group && s.id !== session.id && s.staff[0] !== undefined) {
      leadsOfGroup.set(s.staff[0], (leadsOfGroup.get(s.staff[0]) ?? 0) + 1);
    }
  }
  const group = picked.group;
  const asLead = picked.replace <= 0;
  const out: Alternative[] = [];
  for (const person of school.staff) {
    if (session.staff.includes(person.id)) continue;
    const candidate: Session = { ...session, staff: staffWith(picked, person.id) };
    const valid = book.allows(candidate);
    const reasons = valid ? [] : book.violationsFor(candidate).slice(0, SHOWN_REASONS).map((v) => v.message);
    const notes: string[] = [];
    let cost = valid ? 0 : COST.brokenRule + reasons.length;
    if (group?.lead === person.id && asLead) {
      notes.push(`Named as the lead for ${group.name}`);
      cost += COST.namedLead;
    }
    if (group?.preferredStaff?.includes(person.id)) {
      notes.push(`Preferred for ${group.name}`);
      cost += COST.preferred;
    }
    const led = leadsOfGroup.get(person.id) ?? 0;
    if (led > 0 && asLead) {
      notes.push(`Already leads ${countWords(led, 'other session')} of ${group?.name ?? 'this group'}`);
      cost += COST.continuity;
    }
    const planned = periods.get(person.id) ?? 0;
    const cap = person.maxPeriodsPerWeek;
    const inWeek = school.calendar.weeks.length > 1 ? ` in Week ${week}` : ' this week';
    notes.push(cap === undefined
      ? `${countWords(planned, 'period')} planned${inWeek}`
      : `${countWords(planned, 'period')} planned${inWeek}, of ${cap} at most`);
    cost += COST.perPeriod * planned;
    out.push({ staff: person.id, name: person.name, valid, reasons, notes, cost });
  }
  return out.sort((a, b) => a.cost - b.cost || a.name.localeCompare(b.name));
}
