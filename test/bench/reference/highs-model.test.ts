import { describe, expect, it } from 'vitest';
import { checkPlan } from '../../../bench/check-plan';
import { generateSchool } from '../../../bench/generate-school';
import { planMetrics } from '../../../bench/metrics';
import { sharedHighs } from '../../../bench/reference/highs-runtime';
import { buildReferenceModel, extractPlan, solveReference, startValues } from '../../../bench/reference/highs-model';
import type { School } from '../../../solver/model';
import { cover, group, handSchool, person, room } from '../support/hand-school';

async function solve(school: School, continuity = false) {
  return solveReference(school, { highs: await sharedHighs(), timeLimitSec: 30, continuity });
}

function filledOf(result: Awaited<ReturnType<typeof solve>>): number[] {
  return [1, 2, 3, 4, 5].map((p) => result.filled[p as 1].filled);
}

const monP1 = [{ day: 'Mon' as const, period: 'P1' }];

describe('the HiGHS reference on hand-made schools with known optima', { timeout: 60_000 }, () => {
  it('gives one TA to only one of three sessions that want the same slot', async () => {
    const school = handSchool({
      staff: [person('TA')],
      groups: [group('G1', { slots: monP1 }), group('G2', { slots: monP1 }), group('G3', { slots: monP1 })],
    });
    const result = await solve(school);
    expect(result.fillProven).toBe(true);
    expect(result.filled[3]).toEqual({ demand: 3, filled: 1 });
    expect(result.sessions).toHaveLength(1);
    expect(checkPlan(school, result.sessions)).toEqual([]);
  });

  it('fills priority 1 before priority 2 when they compete, even at the cost of more sessions', async () => {
    // One adult: the priority-1 group needs P1+P2, the two priority-2 groups need P1 and P2 alone.
    const school = handSchool({
      staff: [person('TA', { available: [{ day: 'Mon', periods: ['P1', 'P2'] }] })],
      groups: [
        group('LOW1', { priority: 2, periods: ['P1'] }),
        group('LOW2', { priority: 2, periods: ['P2'] }),
        group('HIGH', { priority: 1, length: 2 }),
      ],
    });
    const result = await solve(school);
    expect(filledOf(result)).toEqual([1, 0, 0, 0, 0]);
    expect(result.sessions.map((s) => s.group)).toEqual(['HIGH']);
    expect(result.stages.filter((s) => s.stage.startsWith('priority')).every((s) => s.proven)).toBe(true);
  });

  it('cannot place a two-period session across a protected lesson or the adult\u2019s lesson', async () => {
    const oneDay = [{ day: 'Mon' as const, periods: ['P1', 'P2', 'LUN', 'P3'] }];
    const classes = [{ id: 'C1', name: 'Class 1', pupils: ['pupil-G1'] }];
    const protectedP2 = handSchool({
      staff: [person('TA', { available: oneDay })],
      groups: [group('G1', { length: 2 })],
      classes,
      lessons: [{ class: 'C1', day: 'Mon', period: 'P2', subject: 'Maths', protected: true }],
    });
    expect((await solve(protectedP2)).filled[3].filled).toBe(0);

    const teacherBusy = handSchool({
      staff: [person('T', { role: 'teacher', available: oneDay })],
      groups: [group('G1', { length: 2 })],
      classes: [{ id: 'C9', name: 'Other class', pupils: [] }],
      lessons: [{ class: 'C9', day: 'Mon', period: 'P2', subject: 'Art', teacher: 'T', protected: false }],
    });
    expect((await solve(teacherBusy)).filled[3].filled).toBe(0);

    const free = handSchool({ staff: [person('TA', { available: oneDay })], groups: [group('G1', { length: 2 })], classes });
    const result = await solve(free);
    expect(result.filled[3].filled).toBe(1);
    expect(result.sessions[0]?.period).toBe('P1');
  });

  it('lets a pinned session consume the only room', async () => {
    const pinned = [{ id: 'PIN', group: 'OLD', week: 'A', day: 'Mon' as const, period: 'P1', room: 'R1', staff: ['TA1'], pinned: true }];
    const parts = {
      staff: [person('TA1'), person('TA2')],
      groups: [group('OLD', { slots: monP1 }), group('NEW', { slots: monP1 })],
      pinned,
    };
    const oneRoom = handSchool({ ...parts, rooms: [room('R1')] });
    const result = await solve(oneRoom);
    expect(result.filled[3]).toEqual({ demand: 2, filled: 1 });
    expect(result.sessions).toEqual(pinned);
    expect(checkPlan(oneRoom, result.sessions)).toEqual([]);

    const twoRooms = handSchool({ ...parts, rooms: [room('R1'), room('R2')] });
    const both = await solve(twoRooms);
    expect(both.filled[3].filled).toBe(2);
    expect(both.sessions.find((s) => s.group === 'NEW')).toMatchObject({ room: 'R2', staff: ['TA2'] });
  });

  it('never reuses a pinned session’s id (a session moved and pinned keeps its old id)', async () => {
    const moved = { id: 'ref-G-A-Mon-P1', group: 'G', week: 'A', day: 'Tue' as const, period: 'P1', staff: ['A'], pinned: true };
    const school = handSchool({ staff: [person('A', { available: [{ day: 'Mon', periods: ['P1'] }, { day: 'Tue', periods: ['P1'] }] })], groups: [group('G', { sessionsPerWeek: 2 })], pinned: [moved] });
    const result = await solve(school);
    expect(result.filled[3].filled).toBe(2);
    expect(new Set(result.sessions.map((s) => s.id)).size).toBe(2);
    expect(checkPlan(school, result.sessions)).toEqual([]);
  });

  it('keeps sameAdult: two adults on different days give a weekly pair only one session', async () => {
    const staff = [person('MON', { available: [{ day: 'Mon', periods: ['P1'] }] }), person('TUE', { available: [{ day: 'Tue', periods: ['P1'] }] })];
    expect((await solve(handSchool({ staff, groups: [group('G', { sessionsPerWeek: 2, sameAdult: true })] }))).filled[3].filled).toBe(1);
    expect((await solve(handSchool({ staff, groups: [group('G', { sessionsPerWeek: 2 })] }))).filled[3].filled).toBe(2);
  });

  it('holds skills unexpired on asOf, roles, staff sex, two adults and lead', async () => {
    const expired = person('OLD', { skills: [{ skill: 'ELSA', expires: '2025-09-14' }] });
    const current = person('NEW', { skills: [{ skill: 'ELSA', expires: '2025-09-15' }], sex: 'M' });
    const elsa = group('G', { skills: ['ELSA'], slots: monP1 });
    const onlyExpired = await solve(handSchool({ staff: [expired], groups: [elsa] }));
    expect(onlyExpired.filled[3].filled).toBe(0);
    const withCurrent = await solve(handSchool({ staff: [expired, current], groups: [elsa] }));
    expect(withCurrent.sessions[0]?.staff).toEqual(['NEW']);
    expect((await solve(handSchool({ staff: [expired, current], groups: [{ ...elsa, staffSex: 'F' }] }))).filled[3].filled).toBe(0);
    expect((await solve(handSchool({ staff: [current], groups: [{ ...elsa, roles: ['hlta'] }] }))).filled[3].filled).toBe(0);

    const pair = group('PAIR', { adults: 2, slots: monP1 });
    expect((await solve(handSchool({ staff: [person('A')], groups: [pair] }))).filled[3].filled).toBe(0);
    const led = await solve(handSchool({ staff: [person('A'), person('B'), person('C')], groups: [{ ...pair, lead: 'C' }] }));
    expect(led.sessions[0]?.staff[0]).toBe('C');
    expect(led.sessions[0]?.staff).toHaveLength(2);
  });

  it('keeps pupils, rooms, caps and period kinds', async () => {
    // Two groups share a pupil and both want Mon P1: one session only, though two adults are free.
    const shared = await solve(handSchool({
      staff: [person('A'), person('B')],
      groups: [group('G1', { pupils: ['kid'], slots: monP1 }), group('G2', { pupils: ['kid'], slots: monP1 })],
    }));
    expect(shared.filled[3].filled).toBe(1);
    // The room is too small for three pupils and an adult.
    const small = await solve(handSchool({ staff: [person('A')], rooms: [room('R', { capacity: 3 })], groups: [group('G', { pupils: ['a', 'b', 'c'] })] }));
    expect(small.filled[3].filled).toBe(0);
    // A cap of three periods a week: a two-period session and one more period, not two sessions.
    const capped = await solve(handSchool({ staff: [person('A', { maxPeriodsPerWeek: 3 })], groups: [group('G1', { length: 2 }), group('G2', { length: 2 }), group('G3')] }));
    expect(capped.filled[3].filled).toBe(2);
    // Lunch is only for unstructured groups.
    const lunch = { periods: ['LUN'] };
    expect((await solve(handSchool({ staff: [person('A')], groups: [group('G', lunch)] }))).filled[3].filled).toBe(0);
    expect((await solve(handSchool({ staff: [person('A')], groups: [group('G', { ...lunch, unstructured: true })] }))).filled[3].filled).toBe(1);
  });

  it('staffs cover with the eligible people, never the class teacher on PPA', async () => {
    const school = handSchool({
      staff: [person('T', { role: 'teacher', specifiedWork: true }), person('H', { role: 'hlta', specifiedWork: true }), person('A')],
      classes: [{ id: 'C1', name: 'Robins', teacher: 'T', pupils: [] }],
      cover: [
        cover('PPA', { kind: 'ppa', class: 'C1', period: 'P1', specifiedWork: true, priority: 1 }),
        cover('DUTY', { staffNeeded: 4, priority: 2 }),
      ],
    });
    const result = await solve(school);
    expect(result.filled[1]).toEqual({ demand: 1, filled: 1 });
    expect(result.filled[2]).toEqual({ demand: 4, filled: 3 });
    expect(result.sessions.find((s) => s.cover === 'PPA')?.staff).toEqual(['H']);
    expect(checkPlan(school, result.sessions)).toEqual([]);
  });

  it('counts demand per cycle week in a Week A/B school', async () => {
    const result = await solve(handSchool({ weeks: ['A', 'B'], staff: [person('A')], groups: [group('G', { sessionsPerWeek: 2 })] }));
    expect(result.filled[3]).toEqual({ demand: 4, filled: 4 });
    expect(new Set(result.sessions.map((s) => s.week))).toEqual(new Set(['A', 'B']));
  });

  it('minimises continuity: one preferred adult for every session when possible', async () => {
    const school = handSchool({ staff: [person('A'), person('B')], groups: [group('G', { sessionsPerWeek: 2, preferredStaff: ['B'] })] });
    const result = await solve(school, true);
    expect(result.continuityProven).toBe(true);
    expect(result.continuity).toBe(1);
    expect(result.sessions.map((s) => s.staff[0])).toEqual(['B', 'B']);
    expect(planMetrics(school, result.sessions).continuity).toBe(1);
  });

  it('prefers more demand over continuity: two adults when one cannot do both days', async () => {
    const staff = [person('MON', { available: [{ day: 'Mon', periods: ['P1'] }] }), person('TUE', { available: [{ day: 'Tue', periods: ['P1'] }] })];
    const school = handSchool({ staff, groups: [group('G', { sessionsPerWeek: 2, preferredStaff: ['MON'] })] });
    const result = await solve(school, true);
    expect(result.filled[3].filled).toBe(2);
    expect(result.continuity).toBe(3);
    expect(planMetrics(school, result.sessions).continuity).toBe(3);
  });
});

describe('the HiGHS reference on generated schools', { timeout: 60_000 }, () => {
  it.each([1, 2, 3, 4])('gives a valid plan whose metrics match its optimum (tiny seed %i)', async (seed) => {
    const school = generateSchool({ seed, size: 'tiny', weeks: seed % 2 === 0 ? 2 : 1 });
    const result = await solve(school, true);
    expect(result.fillProven).toBe(true);
    expect(result.continuityProven).toBe(true);
    expect(checkPlan(school, result.sessions)).toEqual([]);
    const metrics = planMetrics(school, result.sessions);
    expect(metrics.filled).toEqual(result.filled);
    expect(metrics.continuity).toBe(result.continuity);
  });
});

describe('starting the reference from a plan', { timeout: 60_000 }, () => {
  it('maps a valid plan onto the model and back unchanged', async () => {
    const school = generateSchool({ seed: 5, size: 'small' });
    const { sessions } = await solve(school, true);
    const built = buildReferenceModel(school);
    const back = extractPlan(school, built, startValues(school, built, sessions));
    const key = (s: (typeof sessions)[number]) => `${s.group ?? s.cover}|${s.week}|${s.day}|${s.period}|${s.room ?? ''}|${s.staff.join('+')}`;
    expect(back.map(key).sort()).toEqual(sessions.map(key).sort());
  });

  it('reaches the same proven optimum from a good start and from a start that breaks the rules', async () => {
    const school = generateSchool({ seed: 6, size: 'tiny' });
    const plain = await solve(school, true);
    const highs = await sharedHighs();
    const good = await solveReference(school, { highs, continuity: true, start: plain.sessions });
    expect(good.filled).toEqual(plain.filled);
    expect(good.continuity).toBe(plain.continuity);
    const doubled = plain.sessions.map((s) => ({ ...s, staff: [...s.staff], day: 'Mon' as const, period: 'S1' }));
    const bad = await solveReference(school, { highs, continuity: true, start: doubled });
    expect(bad.fillProven).toBe(true);
    expect(bad.filled).toEqual(plain.filled);
    expect(checkPlan(school, bad.sessions)).toEqual([]);
  });
});
