import { describe, expect, it } from 'vitest';
import { checkPlan, RuleBook } from '../../../solver/rules';
import type { Group, School } from '../../../solver/model';
import { elsa, session, tinySchool, twoWeeks } from '../../fixtures/tiny-school';
import { codes } from './helpers';

function withGroup(id: string, change: (g: Group) => void) {
  return (s: School) => {
    const group = s.groups.find((g) => g.id === id);
    if (group) change(group);
  };
}

describe('rule 7: a group\'s week', () => {
  it('gives a group at most sessionsPerWeek sessions a week', () => {
    const school = tinySchool();
    const found = checkPlan(school, [elsa('e1'), elsa('e2', { day: 'Tue' }), elsa('e3', { day: 'Thu' })]);
    expect(codes(found)).toEqual(['7:too-many-sessions']);
    expect(found[0]?.sessions).toEqual(['e1', 'e2', 'e3']);
    expect(found[0]?.message).toBe('Year 4 ELSA would have 3 sessions in a week, but it runs 2 a week');
    expect(checkPlan(school, [elsa('e1'), elsa('e2', { day: 'Tue' })])).toEqual([]);
  });

  it('counts sessions per cycle week in a two-week school', () => {
    const school = tinySchool(twoWeeks);
    const a = [elsa('a1', { week: 'A' }), elsa('a2', { week: 'A', day: 'Tue' })];
    const b = [elsa('b1', { week: 'B' }), elsa('b2', { week: 'B', day: 'Tue' })];
    expect(checkPlan(school, [...a, ...b])).toEqual([]);
    const found = checkPlan(school, [...a, ...b, elsa('b3', { week: 'B', day: 'Thu' })]);
    expect(codes(found)).toEqual(['7:too-many-sessions']);
    expect(found[0]?.sessions).toEqual(['b1', 'b2', 'b3']);
    expect(found[0]?.message).toBe('Year 4 ELSA would have 3 sessions in Week B, but it runs 2 a week');
  });

  it('gives a group at most one session a day', () => {
    const school = tinySchool();
    const found = checkPlan(school, [elsa('e1'), elsa('e2', { period: 'P3' })]);
    expect(codes(found)).toEqual(['7:two-sessions-one-day']);
    expect(found[0]?.message).toBe('Year 4 ELSA would have 2 sessions on Monday; it runs at most one a day');
    expect(checkPlan(school, [elsa('e1'), elsa('e2', { day: 'Tue', period: 'P3' })])).toEqual([]);
  });

  it('needs exactly the group\'s number of adults', () => {
    const school = tinySchool();
    const nurture = (staff: string[]) => session('n1', { group: 'G-NUR', day: 'Mon', period: 'P1', room: 'R-SG', staff });
    const found = checkPlan(school, [nurture(['ODE'])]);
    expect(codes(found)).toEqual(['7:wrong-adult-count']);
    expect(found[0]?.message).toBe('Nurture group needs exactly 2 adults on each session, but the one on Monday Period 1 has 1');
    expect(codes(checkPlan(school, [nurture(['ODE', 'PARK', 'KHAN'])]))).toContain('7:wrong-adult-count');
    expect(checkPlan(school, [nurture(['ODE', 'PARK'])])).toEqual([]);
  });

  it('keeps the same lead adult (listed first) on every session of a sameAdult group', () => {
    const school = tinySchool(withGroup('G-ELSA', (g) => { g.sameAdult = true; }));
    const found = checkPlan(school, [elsa('e1'), elsa('e2', { day: 'Thu', staff: ['ODE'] })]);
    expect(codes(found)).toEqual(['7:not-same-adult']);
    expect(found[0]?.sessions).toEqual(['e1', 'e2']);
    expect(found[0]?.message).toBe('Year 4 ELSA must have the same lead adult for every session, but it is led by Ms Khan on Monday Period 1 and Mr Ode on Thursday Period 1');
    expect(checkPlan(school, [elsa('e1'), elsa('e2', { day: 'Thu' })])).toEqual([]);
  });

  it('lets the second adult of a sameAdult group change, but not the lead', () => {
    const school = tinySchool(withGroup('G-NUR', (g) => { g.sameAdult = true; g.sessionsPerWeek = 2; }));
    const nurture = (id: string, day: 'Mon' | 'Thu', staff: string[]) => session(id, { group: 'G-NUR', day, period: 'P1', room: 'R-SG', staff });
    expect(checkPlan(school, [nurture('n1', 'Mon', ['ODE', 'PARK']), nurture('n2', 'Thu', ['ODE', 'KHAN'])])).toEqual([]);
    expect(codes(checkPlan(school, [nurture('n1', 'Mon', ['ODE', 'PARK']), nurture('n2', 'Thu', ['PARK', 'ODE'])]))).toEqual(['7:not-same-adult']);
  });

  it('holds sameAdult across both weeks of the cycle', () => {
    const school = tinySchool((s) => {
      twoWeeks(s);
      withGroup('G-ELSA', (g) => { g.sameAdult = true; })(s);
    });
    expect(checkPlan(school, [elsa('a1', { week: 'A' }), elsa('b1', { week: 'B' })])).toEqual([]);
    const found = checkPlan(school, [elsa('a1', { week: 'A' }), elsa('b1', { week: 'B', staff: ['ODE'] })]);
    expect(codes(found)).toEqual(['7:not-same-adult']);
    expect(found[0]?.message).toContain('Ms Khan on Monday Period 1 (Week A) and Mr Ode on Monday Period 1 (Week B)');
  });

  it('tells the grid which lead keeps a sameAdult group whole', () => {
    const school = tinySchool(withGroup('G-ELSA', (g) => { g.sameAdult = true; }));
    const book = new RuleBook(school, [elsa('e1'), elsa('e2', { day: 'Thu' })]);
    // Moving e2 to Mr Ode breaks it; moving every session is judged one at a time.
    expect(codes(book.violationsFor(elsa('e2', { day: 'Thu', staff: ['ODE'] })))).toEqual(['7:not-same-adult']);
    expect(book.violationsFor(elsa('e2', { day: 'Fri' }))).toEqual([]);
  });

  it('keeps every adult to the group\'s staffSex', () => {
    const school = tinySchool(withGroup('G-ELSA', (g) => { g.staffSex = 'F'; }));
    const found = checkPlan(school, [elsa('e1', { staff: ['ODE'] })]);
    expect(codes(found)).toEqual(['7:wrong-staff-sex']);
    expect(found[0]?.message).toBe('Year 4 ELSA needs female staff only, so cannot have Mr Ode (male)');
    expect(checkPlan(school, [elsa('e1', { staff: ['KHAN'] })])).toEqual([]);
  });

  it('does not accept staff whose sex is not recorded for a staffSex group', () => {
    const school = tinySchool((s) => {
      withGroup('G-ELSA', (g) => { g.staffSex = 'F'; })(s);
      const khan = s.staff.find((p) => p.id === 'KHAN');
      if (khan) delete khan.sex;
    });
    const found = checkPlan(school, [elsa('e1')]);
    expect(codes(found)).toEqual(['7:wrong-staff-sex']);
    expect(found[0]?.message).toContain('Ms Khan (sex not recorded)');
  });
});
