/**
 * What the plan grid works out from the school on every new plan: the demand still unplaced (per
 * group and cycle week, per cover item and the people it still needs), the filters, and the
 * totals per adult and per group. The secondary demo (Week A/B) is the school.
 */
import { describe, expect, it } from 'vitest';
import { cardShown, cycleSlots, lookupsOf, NO_FILTERS, periodsPlanned, sessionsPlanned, staffShown, unplacedDemand } from '../../renderer/grid/grid-model';
import secondaryJson from '../../demo/secondary.json';
import { schoolSchema, type School, type Session } from '../../solver/model/school-file';

const demo = schoolSchema.parse(secondaryJson);

function withSessions(sessions: Session[]): School {
  return { ...demo, plan: { sessions } };
}

const group = demo.groups[0]!;
const duty = demo.cover.find((c) => (c.staffNeeded ?? 1) > 1)!;
const lookups = lookupsOf(demo);

function session(id: string, fields: Partial<Session>): Session {
  return { id, week: 'A', day: 'Mon', period: 'P1', staff: ['T01'], ...fields };
}

describe('unplaced demand', () => {
  it('lists every group in each cycle week and every cover item while nothing is planned', () => {
    const unplaced = unplacedDemand(withSessions([]), lookups);
    const weeks = demo.calendar.weeks.length;
    const coverItems = demo.cover.reduce((n, c) => n + (c.week === undefined ? weeks : 1), 0);
    expect(unplaced).toHaveLength(demo.groups.length * weeks + coverItems);
    const first = unplaced.find((u) => u.key === `group:${group.id}:A`);
    expect(first?.detail).toBe(`${group.sessionsPerWeek} sessions missing in Week A`);
    expect(first?.pick).toEqual({ group: group.id, week: 'A' });
    expect(first?.reasons).toEqual(['Not planned yet: drag it onto the grid, or press Plan.']);
  });

  it('counts a group’s sessions per week, and drops the week once it has all it needs', () => {
    const inA = Array.from({ length: group.sessionsPerWeek }, (_, i) => session(`a${i}`, { group: group.id, period: `P${i + 1}` }));
    const inB = [session('b0', { group: group.id, week: 'B' })];
    const unplaced = unplacedDemand(withSessions([...inA, ...inB]), lookups);
    expect(unplaced.some((u) => u.key === `group:${group.id}:A`)).toBe(false);
    const weekB = unplaced.find((u) => u.key === `group:${group.id}:B`);
    expect(weekB?.missing).toBe(group.sessionsPerWeek - 1);
  });

  it('counts the people on a cover item, not its sessions', () => {
    const week = duty.week ?? 'A';
    const needed = duty.staffNeeded ?? 1;
    const two = session('d0', { cover: duty.id, week, day: duty.day, period: duty.period, staff: ['T01', 'T02'] });
    const unplaced = unplacedDemand(withSessions([two]), lookups);
    expect(unplaced.find((u) => u.key === `cover:${duty.id}:${week}`)?.detail).toBe(`${needed - 2} ${needed - 2 === 1 ? 'person' : 'people'} missing in Week ${week}`);
  });

  it('gives the planner’s reasons when it left the demand unfilled', () => {
    const school: School = { ...demo, plan: { sessions: [], unfilled: [{ group: group.id, week: 'B', missing: group.sessionsPerWeek, reasons: ['No adult trained in it is free'] }] } };
    const unplaced = unplacedDemand(school, lookups);
    expect(unplaced.find((u) => u.key === `group:${group.id}:B`)?.reasons).toEqual(['No adult trained in it is free']);
    expect(unplaced.find((u) => u.key === `group:${group.id}:A`)?.reasons).toEqual(['Not planned yet: drag it onto the grid, or press Plan.']);
  });
});

describe('filters', () => {
  it('lists only the adults of a role, or with a skill', () => {
    const hltas = staffShown(demo.staff, { ...NO_FILTERS, role: 'hlta' });
    expect(hltas.length).toBeGreaterThan(0);
    expect(hltas.every((s) => s.role === 'hlta')).toBe(true);
    const skill = demo.staff.find((s) => s.skills.length > 0)!.skills[0]!.skill;
    const trained = staffShown(demo.staff, { ...NO_FILTERS, skill });
    expect(trained.every((s) => s.skills.some((k) => k.skill === skill))).toBe(true);
    expect(trained.length).toBeLessThan(demo.staff.length);
  });

  it('shows a card under an area or year filter only when it matches; cover has no area', () => {
    const card = { area: group.area, years: new Set(['7']) };
    expect(cardShown(NO_FILTERS, card)).toBe(true);
    expect(cardShown({ ...NO_FILTERS, area: group.area }, card)).toBe(true);
    expect(cardShown({ ...NO_FILTERS, area: group.area === 'SEMH' ? 'CL' : 'SEMH' }, card)).toBe(false);
    expect(cardShown({ ...NO_FILTERS, year: '8' }, card)).toBe(false);
    expect(cardShown({ ...NO_FILTERS, area: group.area }, { area: null, years: new Set() })).toBe(false);
  });
});

describe('totals', () => {
  it('adds up periods per adult per week, and sessions per group per week', () => {
    const plan = [
      session('x1', { group: group.id, staff: ['T01', 'T02'] }),
      session('x2', { group: group.id, period: 'P2' }),
      session('x3', { group: group.id, week: 'B' }),
    ];
    const school = withSessions(plan);
    expect(periodsPlanned(school, lookups).get('T01')).toEqual([2 * (group.length ?? 1), group.length ?? 1]);
    expect(periodsPlanned(school, lookups).get('T02')).toEqual([group.length ?? 1, 0]);
    expect(sessionsPlanned(school).get(group.id)).toEqual([2, 1]);
  });

  it('numbers the slots of the cycle week by week, day by day, period by period', () => {
    const slots = cycleSlots(demo.calendar);
    const { weeks, days, periods } = demo.calendar;
    expect(slots).toHaveLength(weeks.length * days.length * periods.length);
    expect(slots[0]?.words).toMatch(/^Monday .+ \(Week A\)$/);
    expect(slots[days.length * periods.length]?.week).toBe('B');
  });
});
