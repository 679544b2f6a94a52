/**
 * plan:targets answers for every (slot, adult) pair and every slot keeping the adults at once.
 * Each answer is compared with the rule checker judging the same session in full, so the
 * shortcuts taken (reasons found once per slot or per adult) can never say yes where the checker
 * says no, or give a reason the checker would not.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { DropTargets, Pickup } from '../../../api/grid';
import type { School, Session } from '../../../solver/model/school-file';
import { RuleBook } from '../../../solver/rules';
import { demoSchool } from '../../fixtures/schools';
import { elsa, session, tinySchool } from '../../fixtures/tiny-school';
import { gridFixture, type GridFixture } from './helpers';

let fixture: GridFixture | undefined;
afterEach(() => fixture?.dispose());

function slotsOf(school: School) {
  const out: { week: string | undefined; day: Session['day']; period: string }[] = [];
  for (const week of school.calendar.weeks) {
    for (const day of school.calendar.days) {
      for (const p of school.calendar.periods) out.push({ week: school.calendar.weeks.length > 1 ? week : undefined, day, period: p.id });
    }
  }
  return out;
}

function slotIndex(school: School, day: string, period: string, week?: string): number {
  return slotsOf(school).findIndex((s) => s.day === day && s.period === period && s.week === week);
}

function at(targets: DropTargets, staff: string | null, slot: number): { valid: boolean; reason: string | null } {
  const row = staff === null ? targets.staff.length : targets.staff.indexOf(staff);
  const code = targets.codes[row * targets.slotCount + slot] ?? -1;
  return { valid: code === 0, reason: code > 0 ? (targets.reasons[code - 1]?.text ?? null) : null };
}

/**
 * Every answer against the checker judging the same candidate in full: valid exactly when the
 * checker allows it, and an invalid answer's reason is one of the checker's own messages for it.
 */
function expectAgreesWithChecker(school: School, targets: DropTargets, moved: Session, from: number) {
  const book = new RuleBook(school, school.plan?.sessions ?? []);
  const slots = slotsOf(school);
  let checked = 0;
  targets.staff.forEach((person, row) => {
    slots.forEach((slot, s) => {
      const staff = [...moved.staff];
      staff[from] = person;
      const room = targets.rooms[s];
      const candidate: Session = { ...moved, ...(slot.week ? { week: slot.week } : {}), day: slot.day, period: slot.period, staff, ...(room ? { room } : {}) };
      const code = targets.codes[row * targets.slotCount + s] ?? -1;
      const allowed = book.allows(candidate);
      expect(code === 0, `${person} on ${slot.day} ${slot.period} ${slot.week ?? ''}`).toBe(allowed);
      if (!allowed) {
        const reason = targets.reasons[code - 1];
        const violations = book.violationsFor(candidate);
        // When no room is free, the answer sums up the checker's verdict on every room it tried.
        if (reason?.text.startsWith('No room')) expect(violations.map((v) => v.rule)).toContain(3);
        else expect(violations.map((v) => v.message)).toContain(reason?.text);
      }
      checked++;
    });
  });
  return checked;
}

describe('drop targets for a planned session', () => {
  const planned = () => tinySchool((s) => {
    s.plan = { sessions: [elsa('S-ELSA'), session('S-LEGO', { group: 'G-LEGO', day: 'Tue', period: 'LUN', room: 'R-SENS', staff: ['PARK'] })] };
  });

  it('says which drops keep every rule, and names the rule each other one breaks', async () => {
    const school = planned();
    fixture = gridFixture(school);
    const targets = await fixture.call('plan:targets', { pick: { session: 'S-ELSA' } });
    expect(targets.staff).toEqual(['KHAN', 'ODE', 'SHAH', 'PARK']);
    expect(targets.slotCount).toBe(35);
    expect(targets.codes).toHaveLength(5 * 35);

    expect(at(targets, 'KHAN', slotIndex(school, 'Tue', 'P1'))).toEqual({ valid: true, reason: null });
    expect(at(targets, 'ODE', slotIndex(school, 'Mon', 'P2'))).toEqual({ valid: true, reason: null });
    expect(at(targets, 'ODE', slotIndex(school, 'Tue', 'P1'))).toEqual({ valid: false, reason: 'Mr Ode does not work on Tuesdays' });
    expect(at(targets, 'SHAH', slotIndex(school, 'Fri', 'P1')).reason).toBe('Mrs Shah is not trained in ELSA, which Year 4 ELSA needs');
    expect(at(targets, 'KHAN', slotIndex(school, 'Wed', 'P2')).reason).toBe('Amy Lee would miss protected English on Wednesday Period 2 to attend Year 4 ELSA');
    expect(at(targets, 'KHAN', slotIndex(school, 'Mon', 'BRK')).reason).toMatch(/^Year 4 ELSA cannot use Monday Break: only unstructured groups/);
    // The same adults (the last row): Ms Khan is busy on Monday Period 4.
    expect(at(targets, null, slotIndex(school, 'Mon', 'P4')).reason).toBe('Ms Khan is busy on Monday Period 4: 1:1 support for Dan');
    expect(at(targets, null, slotIndex(school, 'Thu', 'P1')).valid).toBe(true);
    // The answer keeps its sentences in one table, each once.
    expect(new Set(targets.reasons.map((r) => r.text)).size).toBe(targets.reasons.length);
  });

  it('keeps the room while it is free and otherwise takes the best free room that suits the group', async () => {
    const school = planned();
    school.plan?.sessions.push(session('S-READ', { group: 'G-READ', day: 'Thu', period: 'P1', room: 'R-SG', staff: ['PARK'] }));
    fixture = gridFixture(school);
    const targets = await fixture.call('plan:targets', { pick: { session: 'S-ELSA' } });
    expect(targets.rooms[slotIndex(school, 'Tue', 'P1')]).toBe('R-SG');
    // Reading catch-up holds the small group room on Thursday Periods 1 and 2: the therapy room is the next that suits.
    expect(targets.rooms[slotIndex(school, 'Thu', 'P1')]).toBe('R-THER');
    expect(targets.rooms[slotIndex(school, 'Thu', 'P2')]).toBe('R-THER');
    expect(at(targets, 'KHAN', slotIndex(school, 'Thu', 'P1')).valid).toBe(true);
    expectAgreesWithChecker(school, targets, elsa('S-ELSA'), 0);
  });

  it('agrees with the rule checker on every target of the tiny school', async () => {
    const school = planned();
    fixture = gridFixture(school);
    const targets = await fixture.call('plan:targets', { pick: { session: 'S-ELSA' } });
    expect(expectAgreesWithChecker(school, targets, elsa('S-ELSA'), 0)).toBe(4 * 35);
  });

  it('agrees with the rule checker on every target of the secondary demo (91 adults, 80 slots)', async () => {
    const school = demoSchool('secondary');
    fixture = gridFixture(school);
    const pinned = school.plan?.sessions[0];
    if (!pinned) throw new Error('the secondary demo has pinned sessions');
    const targets = await fixture.call('plan:targets', { pick: { session: pinned.id } });
    expect(expectAgreesWithChecker(school, targets, pinned, 0)).toBe(91 * 80);
    expect(targets.codes.filter((c) => c === 0).length).toBeGreaterThan(0);
  });

  it('replaces the adult whose row the card came from, keeping the other', async () => {
    const school = planned();
    school.plan?.sessions.push(session('S-NUR', { group: 'G-NUR', day: 'Thu', period: 'P1', room: 'R-SG', staff: ['ODE', 'PARK'] }));
    fixture = gridFixture(school);
    const targets = await fixture.call('plan:targets', { pick: { session: 'S-NUR', from: 'PARK' } });
    const moved = school.plan?.sessions.find((s) => s.id === 'S-NUR');
    if (!moved) throw new Error('planned above');
    expectAgreesWithChecker(school, targets, moved, 1);
    // Mr Ode cannot be on it twice.
    expect(at(targets, 'ODE', slotIndex(school, 'Thu', 'P1')).reason).toMatch(/^Mr Ode is listed more than once/);
  });
});

describe('drop targets for demand from the Unplaced tray', () => {
  it('finds an adult for the "same adults" row, in order of preference', async () => {
    const school = tinySchool((s) => {
      const group = s.groups.find((g) => g.id === 'G-ELSA');
      if (group) group.preferredStaff = ['ODE'];
    });
    fixture = gridFixture(school);
    const targets = await fixture.call('plan:targets', { pick: { group: 'G-ELSA' } });
    expect(targets.anyStaff[slotIndex(school, 'Mon', 'P1')]).toEqual(['ODE']);
    // Mr Ode does not work on Tuesdays: Ms Khan is next.
    expect(targets.anyStaff[slotIndex(school, 'Tue', 'P1')]).toEqual(['KHAN']);
    expect(at(targets, null, slotIndex(school, 'Wed', 'P2')).reason).toMatch(/^Amy Lee would miss protected English/);
  });

  it('gives a group that needs two adults a second adult who is free', async () => {
    const school = tinySchool();
    fixture = gridFixture(school);
    const targets = await fixture.call('plan:targets', { pick: { group: 'G-NUR' } });
    const monday = slotIndex(school, 'Mon', 'P1');
    expect(at(targets, 'KHAN', monday).valid).toBe(true);
    expect(targets.anyStaff[monday]).toHaveLength(2);
    // On Tuesdays only Ms Khan, Mrs Shah and Mr Park work; Mrs Shah teaches Science in Period 3.
    expect(at(targets, 'ODE', slotIndex(school, 'Tue', 'P1')).reason).toBe('Mr Ode does not work on Tuesdays');
  });

  it('refuses a pick that no longer exists, or names no week in a two-week school', async () => {
    const school = tinySchool((s) => { s.calendar.weeks = ['A', 'B']; });
    fixture = gridFixture(school);
    const asked: Pickup[] = [{ session: 'NOPE' }, { group: 'NOPE', week: 'A' }, { group: 'G-ELSA' }, { cover: 'DUTY-LUN', week: 'C' }];
    for (const pick of asked) {
      const error = await fixture.failure('plan:targets', { pick });
      expect(error.code).toBe('invalid-input');
      expect(error.message).toMatch(/no longer|Say which week/);
    }
  });
});
