import { describe, expect, it } from 'vitest';
import { checkPlan } from '../../../solver/rules';
import type { School } from '../../../solver/model';
import { elsa, session, tinySchool, twoWeeks } from '../../fixtures/tiny-school';
import { codes } from './helpers';

function capKhan(cap: number) {
  return (s: School) => {
    const khan = s.staff.find((p) => p.id === 'KHAN');
    if (khan) khan.maxPeriodsPerWeek = cap;
  };
}

describe('rule 9: weekly caps', () => {
  // Reading catch-up is 2 periods long: it counts 2 towards the cap.
  const read = (fields: { pinned?: boolean; week?: string } = {}) =>
    session('r1', { group: 'G-READ', day: 'Tue', period: 'P1', room: 'R-SG', staff: ['KHAN'], ...fields });

  it('counts periods of sessions, not sessions', () => {
    const found = checkPlan(tinySchool(capKhan(2)), [elsa('e1'), read()]);
    expect(codes(found)).toEqual(['9:over-weekly-cap']);
    expect(found[0]?.sessions).toEqual(['e1', 'r1']);
    expect(found[0]?.message).toBe('Ms Khan would have 3 periods of sessions in a week; their limit is 2');
    expect(checkPlan(tinySchool(capKhan(3)), [elsa('e1'), read()])).toEqual([]);
  });

  it('counts pinned sessions towards the cap', () => {
    const pinned = read({ pinned: true });
    const found = checkPlan(tinySchool(capKhan(2)), [pinned, elsa('e1')], { pinned: [pinned] });
    expect(codes(found)).toEqual(['9:over-weekly-cap']);
    expect(checkPlan(tinySchool(capKhan(2)), [pinned], { pinned: [pinned] })).toEqual([]);
  });

  it('counts cover sessions and applies the cap to each cycle week', () => {
    const school = tinySchool((s) => {
      twoWeeks(s);
      capKhan(2)(s);
    });
    const week = (w: string) => [read({ week: w }), session(`d${w}`, { cover: 'DUTY-LUN', week: w, day: 'Mon', period: 'LUN', staff: ['KHAN'] })];
    const found = checkPlan(school, [...week('A'), elsa('b1', { week: 'B' })]);
    expect(codes(found)).toEqual(['9:over-weekly-cap']);
    expect(found[0]?.message).toBe('Ms Khan would have 3 periods of sessions in Week A; their limit is 2');
    expect(checkPlan(school, [read({ week: 'A' }), elsa('b1', { week: 'B' })])).toEqual([]);
  });

  it('lets a cap of 0 keep someone off sessions altogether', () => {
    expect(codes(checkPlan(tinySchool(capKhan(0)), [elsa('e1')]))).toEqual(['9:over-weekly-cap']);
  });
});
