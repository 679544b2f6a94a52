import { describe, expect, it } from 'vitest';
import { checkPlan } from '../../bench/check-plan';
import type { School, Session } from '../../solver/model';
import { cover, group, handSchool, person, room } from './support/hand-school';

const pinned: Session = { id: 'pin', group: 'FIX', week: 'A', day: 'Tue', period: 'P3', room: 'R2', staff: ['B'], pinned: true };

function school(): School {
  return handSchool({
    staff: [
      person('A', { skills: [{ skill: 'ELSA', expires: '2026-01-01' }], maxPeriodsPerWeek: 3 }),
      person('B', { busy: [{ day: 'Mon', period: 'P3', what: 'Meeting' }] }),
      person('T', { role: 'teacher', specifiedWork: true, available: [{ day: 'Mon', periods: ['P1', 'P2', 'P3'] }] }),
      person('H', { role: 'hlta', specifiedWork: true }),
    ],
    rooms: [room('R1', { capacity: 3 }), room('R2', { kind: 'therapy' })],
    groups: [
      group('G', { pupils: ['kid', 'pal'], skills: ['ELSA'], sessionsPerWeek: 2, roomKinds: ['small-group'], sameAdult: true }),
      group('H', { pupils: ['kid'] }),
      group('FIX', { pupils: ['solo'], slots: [{ day: 'Tue', period: 'P3' }] }),
    ],
    classes: [{ id: 'C1', name: 'Class', teacher: 'T', pupils: ['kid'] }],
    lessons: [
      { class: 'C1', day: 'Mon', period: 'P2', subject: 'Maths', protected: true, teacher: 'T' },
      { class: 'C1', day: 'Tue', period: 'P2', subject: 'Art', protected: false, room: 'R1' },
    ],
    cover: [cover('PPA', { kind: 'ppa', class: 'C1', day: 'Mon', period: 'P3', specifiedWork: true, priority: 1 }), cover('D', { staffNeeded: 1 })],
    pinned: [pinned],
  });
}

const valid: Session[] = [
  pinned,
  { id: 'g1', group: 'G', week: 'A', day: 'Mon', period: 'P1', room: 'R1', staff: ['A'] },
  { id: 'g2', group: 'G', week: 'A', day: 'Tue', period: 'P1', room: 'R1', staff: ['A'] },
  { id: 'h1', group: 'H', week: 'A', day: 'Mon', period: 'P3', room: 'R1', staff: ['A'] },
  { id: 'd1', cover: 'D', week: 'A', day: 'Mon', period: 'LUN', staff: ['B'] },
  { id: 'p1', cover: 'PPA', week: 'A', day: 'Mon', period: 'P3', staff: ['H'] },
];

function rulesBroken(change: (plan: Session[]) => Session[], base: School = school()): number[] {
  return [...new Set(checkPlan(base, change(valid.map((s) => ({ ...s, staff: [...s.staff] })))).map((v) => v.rule))].sort();
}

function edit(id: string, patch: Partial<Session>): (plan: Session[]) => Session[] {
  return (plan) => plan.map((s) => (s.id === id ? { ...s, ...patch } : s));
}

describe('checkPlan', () => {
  it('accepts a plan that keeps every rule', () => {
    expect(checkPlan(school(), valid)).toEqual([]);
  });

  it('finds a person in two places, off their hours, busy or teaching (rule 1)', () => {
    expect(rulesBroken((plan) => [...plan, { id: 'x', group: 'FIX', week: 'A', day: 'Mon', period: 'P1', room: 'R2', staff: ['A'] }])).toContain(1);
    expect(rulesBroken(edit('p1', { staff: ['B'] }))).toContain(1);
    // The class teacher is on PPA: not available to cover their own class.
    expect(rulesBroken(edit('p1', { staff: ['T'] }))).toEqual([1]);
    expect(rulesBroken((plan) => [...plan, { id: 'x', group: 'H', week: 'A', day: 'Tue', period: 'P2', room: 'R2', staff: ['T'] }])).toContain(1);
  });

  it('finds a pupil in two sessions at once (rule 2)', () => {
    expect(rulesBroken(edit('h1', { period: 'P1', room: 'R2', staff: ['B'] }))).toEqual([2]);
  });

  it('finds room clashes, missing rooms, wrong kinds and small rooms (rule 3)', () => {
    expect(rulesBroken(edit('h1', { period: 'P1', staff: ['B'], day: 'Tue' }))).toEqual(expect.arrayContaining([3]));
    expect(rulesBroken(edit('h1', { room: undefined }))).toEqual([3]);
    expect(rulesBroken(edit('g1', { room: 'R2' }))).toEqual([3]);
    const crowded = school();
    crowded.rooms[0] = room('R1', { capacity: 2 });
    expect(rulesBroken((plan) => plan, crowded)).toEqual([3]);
  });

  it('finds expired skills, wrong roles and specified work without authority (rule 4)', () => {
    const expired = school();
    (expired.staff[0] as School['staff'][number]).skills = [{ skill: 'ELSA', expires: '2025-09-14' }];
    expect(rulesBroken((plan) => plan, expired)).toEqual([4]);
    expect(rulesBroken(edit('p1', { staff: ['A'], day: 'Mon', period: 'P3' }))).toEqual(expect.arrayContaining([4]));
  });

  it('finds period kinds, lessons in the room, fixed slots and leads broken (rule 5)', () => {
    expect(rulesBroken(edit('h1', { period: 'LUN' }))).toContain(5);
    expect(rulesBroken(edit('g2', { period: 'P2' }))).toContain(5);
    expect(rulesBroken(edit('pin', { period: 'P1', pinned: true }))).toEqual(expect.arrayContaining([5, 10]));
  });

  it('finds withdrawals from protected lessons (rule 6)', () => {
    expect(rulesBroken(edit('h1', { period: 'P2' }))).toEqual([6]);
  });

  it('finds too many sessions, two on a day, wrong adult counts and broken sameAdult (rule 7)', () => {
    expect(rulesBroken((plan) => [...plan, { id: 'g3', group: 'G', week: 'A', day: 'Mon', period: 'P3', room: 'R2', staff: ['A'] }])).toEqual(expect.arrayContaining([7]));
    expect(rulesBroken(edit('g2', { staff: ['B'] }))).toEqual(expect.arrayContaining([7]));
    expect(rulesBroken(edit('h1', { staff: ['A', 'B'] }))).toEqual(expect.arrayContaining([7]));
  });

  it('finds cover out of its slot or over its people (rule 8)', () => {
    expect(rulesBroken(edit('d1', { period: 'P1' }))).toContain(8);
    expect(rulesBroken((plan) => [...plan, { id: 'd2', cover: 'D', week: 'A', day: 'Mon', period: 'LUN', staff: ['A'] }])).toContain(8);
  });

  it('finds weekly caps exceeded (rule 9) and pinned sessions changed or dropped (rule 10)', () => {
    expect(rulesBroken(edit('d1', { staff: ['A'] }))).toEqual([9]);
    expect(rulesBroken((plan) => plan.filter((s) => s.id !== 'pin'))).toEqual([10]);
    // Another session under a pinned session's id hides nothing: ids must be unique.
    expect(rulesBroken((plan) => [...plan, { ...(plan[4] as Session), id: 'pin' }])).toContain(0);
  });
});
