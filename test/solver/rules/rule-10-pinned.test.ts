import { describe, expect, it } from 'vitest';
import { checkPinnedSessions, checkPlan, RuleBook } from '../../../solver/rules';
import { elsa, tinySchool } from '../../fixtures/tiny-school';
import { codes } from './helpers';

describe('rule 10: pinned sessions are kept exactly', () => {
  const pinned = elsa('pin', { pinned: true });

  it('passes a pinned session kept as it was', () => {
    expect(checkPlan(tinySchool(), [{ ...pinned, staff: [...pinned.staff] }], { pinned: [pinned] })).toEqual([]);
  });

  it('catches a pinned session that moved', () => {
    const found = checkPlan(tinySchool(), [{ ...pinned, day: 'Tue', period: 'P2' }], { pinned: [pinned] });
    expect(codes(found)).toEqual(['10:pinned-changed']);
    expect(found[0]?.sessions).toEqual(['pin']);
    expect(found[0]?.message).toBe('Year 4 ELSA on Monday Period 1 is pinned and must be kept exactly as it is, but its day and period changed');
  });

  it('catches a change of staff order, of room, and of the pinned mark', () => {
    const school = tinySchool();
    const nurture = { id: 'pn', group: 'G-NUR', day: 'Mon' as const, period: 'P1', room: 'R-SG', staff: ['ODE', 'PARK'], pinned: true };
    expect(checkPlan(school, [nurture], { pinned: [nurture] })).toEqual([]);
    const swapped = checkPlan(school, [{ ...nurture, staff: ['PARK', 'ODE'] }], { pinned: [nurture] });
    expect(swapped.map((v) => v.message)).toEqual(['Nurture group on Monday Period 1 is pinned and must be kept exactly as it is, but its staff changed']);
    const moved = checkPlan(school, [{ ...nurture, room: 'R-SENS' }], { pinned: [nurture] });
    // The sensory room is also too small for the group: both rules are reported.
    expect(codes(moved)).toEqual(['3:room-too-small', '10:pinned-changed']);
    expect(moved[1]?.message).toContain('its room changed');
    const unpinned = checkPlan(school, [{ ...nurture, pinned: false }], { pinned: [nurture] });
    expect(unpinned[0]?.message).toContain('its pinned mark changed');
  });

  it('catches a pinned session missing from the plan', () => {
    const found = checkPlan(tinySchool(), [], { pinned: [pinned] });
    expect(codes(found)).toEqual(['10:pinned-missing']);
    expect(found[0]?.message).toBe('Year 4 ELSA on Monday Period 1 is pinned but is missing from the plan');
  });

  it('tells the grid a pinned session cannot move', () => {
    const book = new RuleBook(tinySchool(), [pinned], { pinned: [pinned] });
    expect(codes(book.violationsFor({ ...pinned, day: 'Thu' }))).toEqual(['10:pinned-changed']);
    expect(book.violationsFor(pinned)).toEqual([]);
  });

  it('judges pinned sessions by every other rule too', () => {
    const school = tinySchool((s) => {
      s.plan = { sessions: [elsa('pin', { pinned: true, day: 'Wed', period: 'P2' }), elsa('free', { day: 'Wed', period: 'P2', staff: ['PARK'] })] };
    });
    // validate reports the pinned sessions among themselves: the protected lesson, not the unpinned session's problems.
    expect(codes(checkPinnedSessions(school))).toEqual(['6:protected-lesson']);
    const fine = tinySchool((s) => { s.plan = { sessions: [elsa('pin', { pinned: true })] }; });
    expect(checkPinnedSessions(fine)).toEqual([]);
  });
});
