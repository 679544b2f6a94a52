import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { schoolSchema, type School, type Session } from '../../../solver/model';
import { checkPlan, indexSchool, RuleBook, type Violation } from '../../../solver/rules';
import { elsa, tinySchool } from '../../fixtures/tiny-school';
import { codes } from './helpers';

function demo(name: string): School {
  return schoolSchema.parse(JSON.parse(readFileSync(new URL(`../../../demo/${name}.json`, import.meta.url), 'utf8')));
}

/** A small seeded generator, so the sampled candidates are the same on every run. */
function seeded(seed: number): (n: number) => number {
  let state = seed;
  return (n) => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state % n;
  };
}

/** Plausible candidate sessions: a group or cover item, a slot, a room and staff drawn from the school. */
function candidates(school: School, count: number, seed: number, prefix: string): Session[] {
  const pick = seeded(seed);
  const out: Session[] = [];
  const { weeks, days, periods } = school.calendar;
  for (let i = 0; i < count; i += 1) {
    const staff = school.staff[pick(school.staff.length)]?.id ?? '';
    const room = school.rooms[pick(school.rooms.length)]?.id;
    const week = weeks[pick(weeks.length)] ?? 'A';
    if (pick(3) === 0 && school.cover.length > 0) {
      const item = school.cover[pick(school.cover.length)];
      if (item === undefined) continue;
      out.push({ id: `${prefix}c${i}`, cover: item.id, week: item.week ?? week, day: item.day, period: item.period, staff: [staff] });
    } else {
      const group = school.groups[pick(school.groups.length)];
      if (group === undefined) continue;
      const more = school.staff[pick(school.staff.length)]?.id ?? '';
      out.push({
        id: `${prefix}g${i}`, group: group.id, week, day: days[pick(days.length)] ?? 'Mon',
        period: periods[pick(periods.length)]?.id ?? '', ...(room ? { room } : {}),
        staff: (group.adults ?? 1) > 1 ? [staff, more] : [staff],
      });
    }
  }
  return out;
}

/** A violation as a comparable string: rule, code and the set of sessions. */
function shape(v: Violation): string {
  return `${v.rule}:${v.code}:${[...v.sessions].sort().join(',')}`;
}

describe('RuleBook', () => {
  it('treats a placed session with the candidate\'s id as removed', () => {
    const book = new RuleBook(tinySchool(), [elsa('e1')]);
    expect(book.violationsFor(elsa('e1'))).toEqual([]);
    expect(codes(book.violationsFor(elsa('e2')))).toEqual(['1:staff-double-booked', '2:pupil-double-booked', '3:room-double-booked', '7:two-sessions-one-day']);
  });

  it('places, replaces and removes sessions, keeping the plan order', () => {
    const book = new RuleBook(tinySchool(), [elsa('e1')]);
    book.place(elsa('e2', { day: 'Tue' }));
    expect(book.check()).toEqual([]);
    book.place(elsa('e1', { day: 'Tue', period: 'P3' }));
    expect(book.sessions().map((s) => `${s.id} ${s.day} ${s.period}`)).toEqual(['e1 Tue P3', 'e2 Tue P1']);
    expect(codes(book.check())).toEqual(['7:two-sessions-one-day']);
    expect(book.remove('e2')).toBe(true);
    expect(book.remove('e2')).toBe(false);
    expect(book.check()).toEqual([]);
    expect(book.allows(elsa('e3', { day: 'Thu' }))).toBe(true);
    expect(book.allows(elsa('e3', { day: 'Tue', period: 'P3' }))).toBe(false);
  });

  it('reports by rule number, then in plan order, the same every time', () => {
    const school = tinySchool();
    // e1 misses protected English (rule 6); e2 and e3 share Ms Khan and Amy Lee (rules 1, 2); e4 has no room (rule 3).
    const plan = [elsa('e1', { day: 'Wed', period: 'P2' }), elsa('e2', { day: 'Thu' }), elsa('e3', { day: 'Thu', room: 'R-THER' }), elsa('e4', { day: 'Fri', room: undefined, staff: ['ODE'] })];
    const found = checkPlan(school, plan);
    expect(found.map((v) => `${v.rule}:${v.code}:${v.sessions.join(',')}`)).toEqual([
      '1:staff-double-booked:e2,e3',
      '2:pupil-double-booked:e2,e3',
      '3:room-missing:e4',
      '6:protected-lesson:e1',
      '7:too-many-sessions:e1,e2,e3,e4',
      '7:two-sessions-one-day:e2,e3',
    ]);
    expect(checkPlan(school, plan)).toEqual(found);
  });

  it('reuses a prebuilt school index', () => {
    const school = tinySchool();
    const index = indexSchool(school);
    expect(checkPlan(school, [elsa('e1'), elsa('e2')], { index })).toEqual(checkPlan(school, [elsa('e1'), elsa('e2')]));
  });

  for (const name of ['primary', 'secondary']) {
    it(`agrees with checkPlan on the ${name} sample: a plan built from allowed moves is valid, and every candidate is judged alike by violationsFor, allows and checkPlan`, () => {
      const school = demo(name);
      const index = indexSchool(school);
      const base = school.plan?.sessions ?? [];
      const book = new RuleBook(school, base, { index });
      let placed = 0;
      for (const c of candidates(school, 20000, 7, 'plan-')) {
        if (book.allows(c)) {
          book.place(c);
          placed += 1;
        }
      }
      const plan = book.sessions();
      expect(placed).toBeGreaterThan(20);
      expect(checkPlan(school, plan, { index })).toEqual([]);

      for (const c of candidates(school, 400, 11, 'probe-')) {
        const alone = book.violationsFor(c).map(shape).sort();
        const whole = checkPlan(school, [...plan, c], { index }).filter((v) => v.sessions.includes(c.id)).map(shape).sort();
        expect(alone).toEqual(whole);
        expect(book.allows(c)).toBe(alone.length === 0);
      }
    });
  }
});
