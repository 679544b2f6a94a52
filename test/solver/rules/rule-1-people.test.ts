import { describe, expect, it } from 'vitest';
import { checkPlan, RuleBook } from '../../../solver/rules';
import { elsa, session, tinySchool, twoWeeks } from '../../fixtures/tiny-school';
import { codes } from './helpers';

describe('rule 1: a person is in one place at a time', () => {
  it('catches a person on two sessions in one slot', () => {
    const school = tinySchool();
    const read = session('r1', { group: 'G-READ', day: 'Mon', period: 'P1', room: 'R-SENS', staff: ['KHAN'] });
    const found = checkPlan(school, [elsa('e1'), read]);
    expect(codes(found)).toEqual(['1:staff-double-booked']);
    expect(found[0]?.sessions).toEqual(['e1', 'r1']);
    expect(found[0]?.message).toBe('Ms Khan is already with Year 4 ELSA on Monday Period 1, so cannot also take Reading catch-up');
    expect(checkPlan(school, [elsa('e1'), { ...read, staff: ['PARK'] }])).toEqual([]);
  });

  it('counts every period of a two-period session', () => {
    const school = tinySchool();
    // Reading catch-up is 2 periods: Mon P1 runs through Period 2.
    const read = session('r1', { group: 'G-READ', day: 'Mon', period: 'P1', room: 'R-SENS', staff: ['KHAN'] });
    const book = new RuleBook(school, [read]);
    const found = book.violationsFor(elsa('e1', { period: 'P2' }));
    expect(codes(found)).toEqual(['1:staff-double-booked']);
    expect(found[0]?.message).toContain('Ms Khan is already with Reading catch-up on Monday Period 2');
    expect(book.violationsFor(elsa('e1', { period: 'P3' }))).toEqual([]);
  });

  it('names everyone shared between two sessions once', () => {
    const school = tinySchool();
    const a = session('n1', { group: 'G-NUR', day: 'Mon', period: 'P1', room: 'R-SG', staff: ['KHAN', 'PARK'] });
    const b = session('d1', { cover: 'DUTY-LUN', day: 'Mon', period: 'LUN', staff: ['KHAN', 'PARK'] });
    const found = new RuleBook(school, [a, b]).violationsFor({ ...b, id: 'd2', period: 'LUN' });
    // d2 is another session of the same duty: both people are already on d1.
    expect(found.find((v) => v.code === 'staff-double-booked')?.message)
      .toBe('Ms Khan and Mr Park are already with Lunch duty on Monday Lunch, so cannot also take Lunch duty');
  });

  it('catches a person listed twice on one session', () => {
    const school = tinySchool();
    const found = checkPlan(school, [session('n1', { group: 'G-NUR', day: 'Mon', period: 'P1', room: 'R-SG', staff: ['KHAN', 'KHAN'] })]);
    expect(codes(found)).toEqual(['1:staff-repeated']);
    expect(found[0]?.message).toBe('Ms Khan is listed more than once on Nurture group on Monday Period 1');
    expect(checkPlan(school, [session('n1', { group: 'G-NUR', day: 'Mon', period: 'P1', room: 'R-SG', staff: ['KHAN', 'PARK'] })])).toEqual([]);
  });

  it('catches a person on a day they do not work', () => {
    const school = tinySchool();
    const found = checkPlan(school, [elsa('e1', { day: 'Tue', staff: ['ODE'] })]);
    expect(codes(found)).toEqual(['1:staff-not-working']);
    expect(found[0]?.message).toBe('Mr Ode does not work on Tuesdays');
    expect(checkPlan(school, [elsa('e1', { day: 'Thu', staff: ['ODE'] })])).toEqual([]);
  });

  it('catches a person in a period they do not work', () => {
    const school = tinySchool((s) => {
      const ode = s.staff.find((p) => p.id === 'ODE');
      if (ode) ode.available = [{ day: 'Thu', periods: ['P1'] }];
    });
    const found = checkPlan(school, [elsa('e1', { day: 'Thu', period: 'P2', staff: ['ODE'] })]);
    expect(codes(found)).toEqual(['1:staff-not-working']);
    expect(found[0]?.message).toBe('Mr Ode is not working on Thursday Period 2');
    expect(checkPlan(school, [elsa('e1', { day: 'Thu', period: 'P1', staff: ['ODE'] })])).toEqual([]);
  });

  it('reads an availability entry without a week as every week, and one with a week as that week only', () => {
    const school = tinySchool((s) => {
      twoWeeks(s);
      const ode = s.staff.find((p) => p.id === 'ODE');
      if (ode) ode.available = [{ day: 'Mon', periods: ['P1'] }, { week: 'A', day: 'Fri', periods: ['P1'] }];
    });
    expect(checkPlan(school, [elsa('e1', { week: 'B', staff: ['ODE'] })])).toEqual([]);
    expect(checkPlan(school, [elsa('e1', { week: 'A', day: 'Fri', staff: ['ODE'] })])).toEqual([]);
    const found = checkPlan(school, [elsa('e1', { week: 'B', day: 'Fri', staff: ['ODE'] })]);
    expect(codes(found)).toEqual(['1:staff-not-working']);
    expect(found[0]?.message).toBe('Mr Ode does not work on Fridays in Week B');
  });

  it('catches a person busy with a fixed commitment', () => {
    const school = tinySchool();
    const found = checkPlan(school, [elsa('e1', { period: 'P4' })]);
    expect(codes(found)).toEqual(['1:staff-busy']);
    expect(found[0]?.message).toBe('Ms Khan is busy on Monday Period 4: 1:1 support for Dan');
    expect(checkPlan(school, [elsa('e1', { day: 'Tue', period: 'P4' })])).toEqual([]);
  });

  it('reads a busy entry with a week as that week only', () => {
    const school = tinySchool((s) => {
      twoWeeks(s);
      const khan = s.staff.find((p) => p.id === 'KHAN');
      if (khan) khan.busy = [{ week: 'B', day: 'Mon', period: 'P4', what: 'SENCO meeting' }];
    });
    expect(checkPlan(school, [elsa('e1', { week: 'A', period: 'P4' })])).toEqual([]);
    expect(codes(checkPlan(school, [elsa('e1', { week: 'B', period: 'P4' })]))).toEqual(['1:staff-busy']);
  });

  it('treats a teacher as busy wherever a lesson names them as teacher', () => {
    const school = tinySchool((s) => {
      const read = s.groups.find((g) => g.id === 'G-READ');
      if (read) read.length = 1;
    });
    const at = (day: 'Mon' | 'Tue') => session('r1', { group: 'G-READ', day, period: 'P3', room: 'R-SG', staff: ['SHAH'] });
    const found = checkPlan(school, [at('Tue')]);
    expect(codes(found)).toEqual(['1:staff-teaching']);
    expect(found[0]?.message).toBe('Mrs Shah is teaching Science (Year 4 Birch) on Tuesday Period 3');
    expect(checkPlan(school, [at('Mon')])).toEqual([]);
  });

  it('keeps a PPA class teacher off their own class\'s cover', () => {
    const school = tinySchool();
    const ppa = (staff: string) => session('p1', { cover: 'PPA-4B', day: 'Thu', period: 'P3', staff: [staff] });
    const found = checkPlan(school, [ppa('SHAH')]);
    expect(codes(found)).toEqual(['1:class-teacher-on-own-ppa']);
    expect(found[0]?.message).toBe('Mrs Shah is the class teacher of Year 4 Birch, so cannot cover their own PPA (PPA cover: Year 4 Birch) on Thursday Period 3');
    expect(checkPlan(school, [ppa('ODE')])).toEqual([]);
  });

  it('catches someone who has left the school, even where they used to work', () => {
    const school = tinySchool((s) => { s.staff[0]!.left = '2025-09-01'; });
    const found = checkPlan(school, [elsa('e1')]);
    expect(codes(found)).toEqual(['1:staff-left']);
    expect(found[0]?.message).toBe('Ms Khan has left the school (marked as left on 2025-09-01), so cannot be on Year 4 ELSA');
    expect(checkPlan(school, [elsa('e1', { staff: ['ODE'] })])).toEqual([]);
    // Pinned before they left: kept as the school pinned it (validate warns instead).
    const pinned = elsa('e2', { pinned: true });
    expect(checkPlan(school, [pinned], { pinned: [pinned] })).toEqual([]);
  });
});
