import { describe, expect, it } from 'vitest';
import { planMetrics, repeatedWithdrawals } from '../../bench/metrics';
import type { Session } from '../../solver/model';
import { cover, group, handSchool, person } from './support/hand-school';

const school = handSchool({
  staff: [person('A'), person('B', { maxPeriodsPerWeek: 1 })],
  groups: [
    group('G1', { pupils: ['kid'], sessionsPerWeek: 2, preferredStaff: ['B'] }),
    group('G2', { pupils: ['other'], priority: 1 }),
    group('G3', { pupils: ['kid'], length: 2, priority: 5 }),
  ],
  classes: [{ id: 'C1', name: 'Class', pupils: ['kid'] }],
  lessons: [
    { class: 'C1', day: 'Mon', period: 'P1', subject: 'Art', protected: false },
    { class: 'C1', day: 'Tue', period: 'P1', subject: 'Art', protected: false },
    { class: 'C1', day: 'Tue', period: 'P2', subject: 'Art', protected: false },
    { class: 'C1', day: 'Mon', period: 'P2', subject: 'Music', protected: false },
  ],
  cover: [cover('D', { staffNeeded: 3, priority: 2 })],
});

const sessions: Session[] = [
  { id: 's1', group: 'G1', day: 'Mon', period: 'P1', staff: ['A'] },
  { id: 's2', group: 'G1', day: 'Tue', period: 'P3', staff: ['B'] },
  { id: 's3', group: 'G1', day: 'Tue', period: 'P1', staff: ['A'] },
  { id: 's4', group: 'G2', day: 'Mon', period: 'P2', staff: ['A'] },
  { id: 's5', cover: 'D', day: 'Mon', period: 'LUN', staff: ['A', 'B'] },
];

describe('planMetrics', () => {
  const m = planMetrics(school, sessions);

  it('counts filled demand per priority, capped at sessionsPerWeek and staffNeeded', () => {
    expect(m.filled).toEqual({
      1: { demand: 1, filled: 1 },
      2: { demand: 3, filled: 2 },
      3: { demand: 2, filled: 2 },
      4: { demand: 0, filled: 0 },
      5: { demand: 1, filled: 0 },
    });
    expect(m.total).toEqual({ demand: 7, filled: 5 });
    expect(m.byKind.groups).toEqual({ demand: 4, filled: 3 });
    expect(m.byKind.duty).toEqual({ demand: 3, filled: 2 });
  });

  it('counts continuity: each distinct lead costs 1, plus 1 when not a preferred adult', () => {
    // G1: A (not preferred) 2 + B (preferred) 1; G2: A, no preferred list, 1.
    expect(m.continuity).toBe(4);
    expect(m.distinctLeads).toEqual({ total: 3, groupsWithSessions: 2, perGroup: { G1: 2, G2: 1 } });
    expect(m.preferred).toEqual({ sessions: 3, ledByPreferred: 1 });
  });

  it('counts repeated withdrawals per pupil, week and subject, once per session', () => {
    // kid misses Art on Mon P1 and Tue P1: one repeat (Tue P3 holds no lesson).
    expect(m.repeatedWithdrawals).toBe(1);
    // A two-period session over Art twice counts once; with the Monday one that is one more repeat.
    const twoPeriods: Session[] = [...sessions, { id: 's6', group: 'G3', day: 'Tue', period: 'P1', staff: ['B'] }];
    expect(repeatedWithdrawals(school, twoPeriods)).toBe(2);
    expect(repeatedWithdrawals(school, [])).toBe(0);
  });

  it('sums each adult\u2019s periods per week against their cap', () => {
    expect(m.workload).toEqual({ adults: 2, meanPeriodsPerWeek: 3, maxPeriodsPerWeek: 4, overCap: 1, maxCapShare: 2 });
  });

  it('counts the weeks of a Week A/B school separately', () => {
    const ab = handSchool({ weeks: ['A', 'B'], staff: [person('A')], groups: [group('G', { sessionsPerWeek: 1 })] });
    const both: Session[] = [
      { id: 'a', group: 'G', week: 'A', day: 'Mon', period: 'P1', staff: ['A'] },
      { id: 'b', group: 'G', week: 'B', day: 'Mon', period: 'P1', staff: ['A'] },
      { id: 'c', group: 'G', week: 'B', day: 'Tue', period: 'P1', staff: ['A'] },
    ];
    expect(planMetrics(ab, both).filled[3]).toEqual({ demand: 2, filled: 2 });
  });
});
