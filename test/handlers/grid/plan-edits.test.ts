/**
 * The one move command, pins and taking sessions off: each checked again on the Node side, written
 * as one edit with a plain label (so Undo and Redo work on it), or refused with the rule it would
 * break and nothing written.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { checkPlan } from '../../../solver/rules';
import { elsa, session, tinySchool } from '../../fixtures/tiny-school';
import { donePlan, gridFixture, type GridFixture } from './helpers';

let fixture: GridFixture | undefined;
afterEach(() => fixture?.dispose());

const planned = () => tinySchool((s) => {
  s.plan = {
    sessions: [elsa('S-ELSA'), session('S-READ', { group: 'G-READ', day: 'Thu', period: 'P1', room: 'R-SG', staff: ['PARK'] })],
    unfilled: [
      { group: 'G-ELSA', missing: 1, reasons: ['No adult trained in ELSA is free on Tuesday Period 3'] },
      { cover: 'DUTY-LUN', missing: 2, reasons: ['Nobody is free at lunch on Monday'] },
    ],
  };
});

describe('session:move', () => {
  it('moves a session to another time, pins it there, and records one edit that Undo and Redo step through', async () => {
    fixture = gridFixture(planned());
    const before = fixture.school();
    const outcome = await fixture.call('session:move', { pick: { session: 'S-ELSA' }, to: { day: 'Tue', period: 'P1' } });
    expect(outcome).toMatchObject({ done: true, changed: true, label: 'Moved Year 4 ELSA to Tuesday Period 1 with Ms Khan', session: 'S-ELSA' });
    const moved = { ...elsa('S-ELSA'), day: 'Tue', period: 'P1', pinned: true };
    expect(donePlan(outcome).sessions[0]).toEqual(moved);
    // What the answer says is exactly what the database now holds.
    expect(fixture.school().plan).toEqual({ ...before.plan, sessions: donePlan(outcome).sessions });
    expect(outcome.done && outcome.history).toEqual({ undo: 'Moved Year 4 ELSA to Tuesday Period 1 with Ms Khan', redo: null });

    await fixture.call('edit:undo', undefined);
    expect(fixture.school()).toEqual(before);
    await fixture.call('edit:redo', undefined);
    expect(fixture.school().plan?.sessions[0]).toEqual(moved);
  });

  it('gives a session to the adult whose row it was dropped on', async () => {
    fixture = gridFixture(planned());
    const outcome = await fixture.call('session:move', { pick: { session: 'S-ELSA' }, to: { day: 'Mon', period: 'P1' }, staff: 'ODE' });
    expect(outcome).toMatchObject({ done: true, label: 'Gave Year 4 ELSA on Monday Period 1 to Mr Ode' });
    expect(fixture.school().plan?.sessions[0]?.staff).toEqual(['ODE']);
  });

  it('refuses a drop that breaks a hard rule, says which, and writes nothing', async () => {
    fixture = gridFixture(planned());
    const before = fixture.school();
    const writes = fixture.changes();
    const refusals = [
      [{ day: 'Tue', period: 'P1' }, 'ODE', 'Mr Ode does not work on Tuesdays'],
      [{ day: 'Wed', period: 'P2' }, undefined, 'Amy Lee would miss protected English on Wednesday Period 2 to attend Year 4 ELSA'],
      [{ day: 'Mon', period: 'P1' }, 'SHAH', 'Mrs Shah is not trained in ELSA, which Year 4 ELSA needs'],
      [{ day: 'Mon', period: 'P4' }, undefined, 'Ms Khan is busy on Monday Period 4: 1:1 support for Dan'],
    ] as const;
    for (const [to, staff, reason] of refusals) {
      const outcome = await fixture.call('session:move', { pick: { session: 'S-ELSA' }, to, ...(staff ? { staff } : {}) });
      expect(outcome).toEqual({ done: false, reason, rule: expect.any(Number) });
    }
    expect(fixture.changes()).toBe(writes);
    expect(fixture.school()).toEqual(before);
    expect((await fixture.call('edit:history', { limit: 5 })).entries).toEqual([]);
  });

  it('refuses a time the school does not have, a person or room it does not have, and a move to where it already is', async () => {
    fixture = gridFixture(planned());
    const writes = fixture.changes();
    expect(await fixture.call('session:move', { pick: { session: 'S-ELSA' }, to: { day: 'Sat', period: 'P1' } }))
      .toMatchObject({ done: false, reason: expect.stringMatching(/is not a time in this school's timetable/) });
    expect(await fixture.call('session:move', { pick: { session: 'S-ELSA' }, to: { day: 'Mon', period: 'P9' } }))
      .toMatchObject({ done: false, reason: expect.stringMatching(/is not a time/) });
    expect(await fixture.call('session:move', { pick: { session: 'S-ELSA' }, to: { day: 'Tue', period: 'P1' }, staff: 'NOBODY' }))
      .toMatchObject({ done: false, reason: 'That member of staff is no longer in the school. Nothing was changed.' });
    expect(await fixture.call('session:move', { pick: { session: 'S-ELSA' }, to: { day: 'Tue', period: 'P1' }, room: 'R-SHED' }))
      .toMatchObject({ done: false, reason: 'That room is no longer in the school. Nothing was changed.' });
    expect(await fixture.call('session:move', { pick: { session: 'S-GONE' }, to: { day: 'Tue', period: 'P1' } }))
      .toMatchObject({ done: false, reason: expect.stringMatching(/no longer on the plan/) });
    expect(await fixture.call('session:move', { pick: { session: 'S-ELSA' }, to: { day: 'Mon', period: 'P1' } }))
      .toMatchObject({ done: false, reason: 'Year 4 ELSA is already on Monday Period 1 with those adults. Nothing was changed.' });
    // A room asked for by name is judged like everything else: the sensory room is not a kind ELSA may use.
    expect(await fixture.call('session:move', { pick: { session: 'S-ELSA' }, to: { day: 'Tue', period: 'P1' }, room: 'R-SENS' }))
      .toMatchObject({ done: false, rule: 3 });
    expect(fixture.changes()).toBe(writes);
  });

  it('moves a session out of a room that is taken into the best free room that suits it', async () => {
    fixture = gridFixture(planned());
    const outcome = await fixture.call('session:move', { pick: { session: 'S-ELSA' }, to: { day: 'Thu', period: 'P2' } });
    expect(donePlan(outcome).sessions[0]).toMatchObject({ day: 'Thu', period: 'P2', room: 'R-THER', pinned: true });
  });

  it('places a group session from the tray, and takes it off the unfilled list in the same edit', async () => {
    fixture = gridFixture(planned());
    const outcome = await fixture.call('session:move', { pick: { group: 'G-ELSA' }, to: { day: 'Wed', period: 'P1' } });
    expect(outcome).toMatchObject({ done: true, label: 'Placed Year 4 ELSA on Wednesday Period 1 with Ms Khan' });
    const plan = donePlan(outcome);
    expect(plan.sessions.at(-1)).toEqual({ id: outcome.done ? outcome.session : '', group: 'G-ELSA', day: 'Wed', period: 'P1', room: 'R-SG', staff: ['KHAN'], pinned: true });
    expect(plan.unfilled).toEqual([{ cover: 'DUTY-LUN', missing: 2, reasons: ['Nobody is free at lunch on Monday'] }]);
    expect(fixture.school().plan?.unfilled).toEqual(plan.unfilled);
    // Both the session and the unfilled list come back with one undo.
    await fixture.call('edit:undo', undefined);
    expect(fixture.school()).toEqual(planned());
  });

  it('gives a group that needs two adults a partner, and adds people to a cover item one by one', async () => {
    fixture = gridFixture(planned());
    const nurture = donePlan(await fixture.call('session:move', { pick: { group: 'G-NUR' }, to: { day: 'Fri', period: 'P2' }, staff: 'KHAN' }));
    expect(nurture.sessions.at(-1)?.staff).toEqual(['KHAN', 'ODE']);

    const first = await fixture.call('session:move', { pick: { cover: 'DUTY-LUN' }, to: { day: 'Mon', period: 'LUN' }, staff: 'PARK' });
    expect(first).toMatchObject({ done: true, label: 'Placed Lunch duty on Monday Lunch with Mr Park' });
    const elsaShort = { group: 'G-ELSA', missing: 1, reasons: ['No adult trained in ELSA is free on Tuesday Period 3'] };
    expect(donePlan(first).unfilled).toEqual([elsaShort, { cover: 'DUTY-LUN', missing: 1, reasons: ['Nobody is free at lunch on Monday'] }]);
    const second = donePlan(await fixture.call('session:move', { pick: { cover: 'DUTY-LUN' }, to: { day: 'Mon', period: 'LUN' }, staff: 'SHAH' }));
    const duty = second.sessions.filter((s) => s.cover === 'DUTY-LUN');
    expect(duty).toHaveLength(1);
    expect(duty[0]?.staff).toEqual(['PARK', 'SHAH']);
    expect(second.unfilled).toEqual([elsaShort]);
    // A third person is one more than the duty needs.
    expect(await fixture.call('session:move', { pick: { cover: 'DUTY-LUN' }, to: { day: 'Mon', period: 'LUN' }, staff: 'KHAN' }))
      .toMatchObject({ done: false, reason: 'Lunch duty needs 2 people, but 3 would be on it', rule: 8 });
    expect(checkPlan(fixture.school())).toEqual([]);
  });
});

describe('pins and taking sessions off', () => {
  it('pins and unpins a session, each one edit', async () => {
    fixture = gridFixture(planned());
    expect(await fixture.call('session:pin', { session: 'S-ELSA' })).toMatchObject({ done: true, label: 'Pinned Year 4 ELSA on Monday Period 1' });
    expect(fixture.school().plan?.sessions[0]?.pinned).toBe(true);
    expect(await fixture.call('session:pin', { session: 'S-ELSA' })).toMatchObject({ done: false, reason: 'Year 4 ELSA on Monday Period 1 is already pinned. Nothing was changed.' });
    expect(await fixture.call('session:unpin', { session: 'S-ELSA' })).toMatchObject({ done: true, label: 'Unpinned Year 4 ELSA on Monday Period 1' });
    expect(fixture.school().plan?.sessions[0]).toEqual(elsa('S-ELSA'));
    expect((await fixture.call('edit:history', { limit: 5 })).entries.map((e) => e.label)).toEqual([
      'Unpinned Year 4 ELSA on Monday Period 1', 'Pinned Year 4 ELSA on Monday Period 1',
    ]);
  });

  it('refuses to pin a session that breaks a rule where it is', async () => {
    fixture = gridFixture(tinySchool((s) => {
      s.plan = { sessions: [elsa('S-ELSA', { day: 'Tue', staff: ['ODE'] })] };
    }));
    const writes = fixture.changes();
    expect(await fixture.call('session:pin', { session: 'S-ELSA' })).toEqual({
      done: false, rule: 1, reason: 'Year 4 ELSA on Tuesday Period 1 cannot be pinned, because it breaks a rule: Mr Ode does not work on Tuesdays',
    });
    expect(fixture.changes()).toBe(writes);
  });

  it('takes a session off the plan and puts its demand back on the unfilled list, as one edit', async () => {
    fixture = gridFixture(planned());
    const outcome = await fixture.call('session:remove', { session: 'S-READ' });
    expect(outcome).toMatchObject({ done: true, label: 'Took Reading catch-up on Thursday Period 1 off the plan', session: null });
    expect(donePlan(outcome).sessions.map((s) => s.id)).toEqual(['S-ELSA']);
    expect(fixture.school().plan?.unfilled?.at(-1)).toEqual({ group: 'G-READ', missing: 1, reasons: ['Taken off the plan by hand'] });
    await fixture.call('edit:undo', undefined);
    expect(fixture.school()).toEqual(planned());
  });

  it('answers after an undo from the school as it is now, not as it was', async () => {
    fixture = gridFixture(planned());
    await fixture.call('session:move', { pick: { session: 'S-ELSA' }, to: { day: 'Tue', period: 'P1' } });
    await fixture.call('edit:undo', undefined);
    // Back on Monday Period 1: moving it there again is a real move, not "already there".
    expect(await fixture.call('session:move', { pick: { session: 'S-ELSA' }, to: { day: 'Tue', period: 'P1' } })).toMatchObject({ done: true });
  });
});

describe('session:alternatives', () => {
  it('ranks everyone who could take it instead, with why, then everyone who could not, with the rule', async () => {
    fixture = gridFixture(tinySchool((s) => {
      const group = s.groups.find((g) => g.id === 'G-ELSA');
      if (group) group.preferredStaff = ['ODE'];
      s.plan = { sessions: [elsa('S-ELSA'), elsa('S-ELSA2', { day: 'Wed', period: 'P1', staff: ['ODE'] })] };
    }));
    const ranked = await fixture.call('session:alternatives', { session: 'S-ELSA' });
    expect(ranked.map((a) => [a.staff, a.valid])).toEqual([['ODE', true], ['PARK', false], ['SHAH', false]]);
    expect(ranked[0]?.notes).toEqual(['Preferred for Year 4 ELSA', 'Already leads 1 other session of Year 4 ELSA', '1 period planned this week']);
    expect(ranked[1]?.reasons).toEqual(['Mr Park is not trained in ELSA, which Year 4 ELSA needs']);
    expect((await fixture.failure('session:alternatives', { session: 'S-NONE' })).message).toMatch(/no longer on the plan/);
  });
});
