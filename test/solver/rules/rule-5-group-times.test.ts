import { describe, expect, it } from 'vitest';
import { checkPlan } from '../../../solver/rules';
import type { Group, School } from '../../../solver/model';
import { session, tinySchool, twoWeeks } from '../../fixtures/tiny-school';
import { codes } from './helpers';

function withGroup(id: string, change: (g: Group) => void) {
  return (s: School) => {
    const group = s.groups.find((g) => g.id === id);
    if (group) change(group);
  };
}

const read = (day: string, period: string, extra: { room?: string } = {}) =>
  session('r1', { group: 'G-READ', day: day as 'Mon', period, room: extra.room ?? 'R-SG', staff: ['PARK'] });
const lego = (period: string) => session('l1', { group: 'G-LEGO', day: 'Mon', period, room: 'R-SG', staff: ['PARK'] });
const salt = (fields: { day?: 'Thu' | 'Fri'; week?: string; staff?: string[] } = {}) =>
  session('t1', { group: 'G-SALT', day: fields.day ?? 'Fri', period: 'P1', room: 'R-THER', staff: fields.staff ?? ['PARK'], ...(fields.week ? { week: fields.week } : {}) });

describe('rule 5: where and when a group session sits', () => {
  it('keeps a two-period session out of break when it crosses it', () => {
    const school = tinySchool();
    // Reading catch-up is 2 periods: from Period 2 it runs into Break.
    const found = checkPlan(school, [read('Mon', 'P2')]);
    expect(codes(found)).toEqual(['5:wrong-period-kind']);
    expect(found[0]?.message).toBe('Reading catch-up cannot use Monday Break: only unstructured groups (such as lunch clubs) may run in break and lunch');
    expect(checkPlan(school, [read('Mon', 'P1')])).toEqual([]);
  });

  it('lets only unstructured groups use lunch', () => {
    expect(checkPlan(tinySchool(), [lego('LUN')])).toEqual([]);
    const found = checkPlan(tinySchool(withGroup('G-LEGO', (g) => { delete g.unstructured; })), [lego('LUN')]);
    expect(codes(found)).toEqual(['5:wrong-period-kind']);
    expect(found[0]?.message).toContain('Lego club cannot use Monday Lunch');
  });

  it('needs every period of a session in the same day', () => {
    const school = tinySchool();
    const found = checkPlan(school, [read('Mon', 'P4')]);
    expect(codes(found)).toEqual(['5:not-consecutive']);
    expect(found[0]?.message).toBe('Reading catch-up needs 2 periods in a row, but starting at Period 4 on Monday the day ends first');
    expect(checkPlan(school, [read('Mon', 'P1')])).toEqual([]);
  });

  it('keeps a group to its periods', () => {
    const found = checkPlan(tinySchool(), [lego('P1')]);
    expect(codes(found)).toEqual(['5:group-period-not-allowed']);
    expect(found[0]?.message).toBe('Lego club may only run in Lunch, so not on Monday Period 1');
  });

  it('applies a group\'s periods to every period a session covers', () => {
    const onlyP1 = tinySchool(withGroup('G-READ', (g) => { g.periods = ['P1']; }));
    const found = checkPlan(onlyP1, [read('Mon', 'P1')]);
    expect(codes(found)).toEqual(['5:group-period-not-allowed']);
    expect(found[0]?.message).toBe('Reading catch-up may only run in Period 1, but its session on Monday Period 1 to Period 2 also covers Period 2');
    const both = tinySchool(withGroup('G-READ', (g) => { g.periods = ['P1', 'P2']; }));
    expect(checkPlan(both, [read('Mon', 'P1')])).toEqual([]);
  });

  it('puts the named lead first on every session', () => {
    const school = tinySchool(withGroup('G-SALT', (g) => { g.adults = 2; }));
    const found = checkPlan(school, [salt({ staff: ['KHAN', 'PARK'] })]);
    expect(codes(found)).toEqual(['5:group-lead-missing']);
    expect(found[0]?.message).toBe('Mr Park leads every session of Speech therapy, but the one on Friday Period 1 is led by Ms Khan (Mr Park is on it but not listed first)');
    expect(checkPlan(school, [salt({ staff: ['PARK', 'KHAN'] })])).toEqual([]);
    const without = checkPlan(tinySchool(), [salt({ staff: ['KHAN'] })]);
    expect(codes(without)).toEqual(['5:group-lead-missing']);
    expect(without[0]?.message).toBe('Mr Park leads every session of Speech therapy, but the one on Friday Period 1 is led by Ms Khan');
  });

  it('keeps a group with fixed slots to them', () => {
    const school = tinySchool();
    const found = checkPlan(school, [salt({ day: 'Thu' })]);
    expect(codes(found)).toEqual(['5:group-fixed-slot']);
    expect(found[0]?.message).toBe('Speech therapy runs only at its fixed times, and Thursday Period 1 is not one of them');
    expect(checkPlan(school, [salt()])).toEqual([]);
  });

  it('reads a fixed slot without a week as every week, and with a week as that week only', () => {
    const everyWeek = tinySchool(twoWeeks);
    expect(checkPlan(everyWeek, [salt({ week: 'B' })])).toEqual([]);
    const weekA = tinySchool((s) => {
      twoWeeks(s);
      withGroup('G-SALT', (g) => { g.slots = [{ week: 'A', day: 'Fri', period: 'P1' }]; })(s);
    });
    expect(checkPlan(weekA, [salt({ week: 'A' })])).toEqual([]);
    const found = checkPlan(weekA, [salt({ week: 'B' })]);
    expect(codes(found)).toEqual(['5:group-fixed-slot']);
    expect(found[0]?.message).toContain('Friday Period 1 (Week B) is not one of them');
  });

  it('keeps group sessions out of rooms where a lesson is held', () => {
    const school = tinySchool(withGroup('G-READ', (g) => { g.length = 1; }));
    const found = checkPlan(school, [read('Tue', 'P3', { room: 'R-4' })]);
    expect(codes(found)).toEqual(['5:room-has-lesson']);
    expect(found[0]?.message).toBe('Year 4 classroom has a Science lesson (Year 4 Birch) on Tuesday Period 3, so Reading catch-up cannot use it');
    expect(checkPlan(school, [read('Mon', 'P3', { room: 'R-4' })])).toEqual([]);
  });
});
