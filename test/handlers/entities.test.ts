import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import type { ChannelName, InputOf, OutputOf } from '../../api/contract';
import { dispatch } from '../../handlers/dispatch';
import { schoolSchema, type School } from '../../solver/model/school-file';
import { contextFixture, type ContextFixture } from './fixture';

const secondary = schoolSchema.parse(JSON.parse(readFileSync('demo/secondary.json', 'utf8')));

let fixture: ContextFixture;
afterEach(() => fixture?.dispose());

async function call<C extends ChannelName>(channel: C, input: InputOf<C>): Promise<OutputOf<C>> {
  const result = await dispatch(channel, input, fixture.context);
  if (!result.ok) throw new Error(`${channel} failed: ${result.error.message}`);
  return result.value as OutputOf<C>;
}

async function school(): Promise<School> {
  return call('school:get', undefined);
}

async function openSecondary() {
  fixture = contextFixture();
  await call('school:openDemo', { phase: 'secondary' });
}

const aisha = () => {
  const person = secondary.staff.find((s) => s.id === 'H01');
  if (!person) throw new Error('the secondary demo has H01');
  return person;
};

describe('saving staff', () => {
  it('changes a working pattern in place, labels the edit in plain words, and undoes it', async () => {
    await openSecondary();
    const person = aisha();
    const outcome = await call('staff:save', { staff: { ...person, available: person.available.slice(1) } });
    expect(outcome).toEqual({
      saved: true, changed: true, id: 'H01', label: `Changed ${person.name}'s working days`, warnings: [],
      history: { undo: `Changed ${person.name}'s working days`, redo: null },
    });
    expect((await school()).staff.find((s) => s.id === 'H01')?.available).toEqual(person.available.slice(1));
    expect(await call('edit:undo', undefined)).toEqual({ label: `Changed ${person.name}'s working days`, history: { undo: null, redo: `Changed ${person.name}'s working days` } });
    expect(await school()).toEqual(secondary);
    expect(await call('edit:redo', undefined)).toMatchObject({ label: `Changed ${person.name}'s working days` });
    expect(await call('edit:history', { limit: 5 })).toMatchObject({ entries: [{ label: `Changed ${person.name}'s working days`, undone: false }], undo: `Changed ${person.name}'s working days` });
  });

  it('adds a new member of staff with an id of its own, at the end of the list', async () => {
    await openSecondary();
    const outcome = await call('staff:save', { staff: { name: 'Nia Evans', role: 'ta', specifiedWork: false, skills: [{ skill: 'ELSA', expires: '2026-07-31' }], available: [{ day: 'Mon', periods: ['P1', 'P2'] }] } });
    expect(outcome).toMatchObject({ saved: true, label: 'Added Nia Evans to the staff' });
    if (!outcome.saved) throw new Error('saved');
    const added = (await school()).staff.at(-1);
    expect(added).toMatchObject({ id: outcome.id, name: 'Nia Evans' });
    expect(secondary.staff.some((s) => s.id === outcome.id)).toBe(false);
  });

  it('refuses a reference the school does not have, by field, and writes nothing', async () => {
    await openSecondary();
    const changes = fixture.changes();
    const outcome = await call('staff:save', { staff: { ...aisha(), skills: [{ skill: 'ELSA' }, { skill: 'JUGGLING' }] } });
    expect(outcome).toEqual({ saved: false, problems: [{ field: 'skills.1.skill', message: 'skill "JUGGLING" does not exist' }] });
    expect(fixture.changes()).toBe(changes);
    expect(await call('edit:history', undefined)).toMatchObject({ entries: [], undo: null });
  });

  it('records nothing when nothing changed', async () => {
    await openSecondary();
    expect(await call('staff:save', { staff: aisha() })).toMatchObject({ saved: true, changed: false });
    expect((await call('edit:history', undefined)).entries).toEqual([]);
  });
});

describe('deleting', () => {
  it('refuses to delete a person still on planned sessions, saying what refers to them, unless asked to unhook them', async () => {
    await openSecondary();
    const before = await school();
    const refused = await call('staff:delete', { id: 'X01' });
    expect(refused).toEqual({
      saved: false,
      problems: [{ field: '', message: expect.stringMatching(/^Imogen Howells is on 1 planned session, leads .+ and is a preferred adult for .+; take them off those first, or delete with those links removed too\. Nothing was changed\.$/) }],
    });
    expect(await school()).toEqual(before);
    expect(await call('edit:deleteImpact', { kind: 'staff', id: 'X01' })).toEqual({
      name: 'Imogen Howells',
      consequences: ['Taken off 1 planned session', expect.stringMatching(/^No longer the named lead of /), expect.stringMatching(/^No longer a preferred adult for /)],
    });
    expect(await call('staff:delete', { id: 'X01', withLinks: true })).toMatchObject({ saved: true, label: 'Deleted Imogen Howells from the staff' });
    const after = await school();
    expect(after.staff.some((s) => s.id === 'X01')).toBe(false);
    expect(after.groups.some((g) => g.lead === 'X01' || g.preferredStaff?.includes('X01'))).toBe(false);
    await call('edit:undo', undefined);
    expect(await school()).toEqual(before);
  });

  it('deletes a group with its planned sessions in one edit', async () => {
    await openSecondary();
    expect(await call('group:delete', { id: 'VIS-VIS01', withLinks: true })).toMatchObject({ saved: true });
    const after = await school();
    expect(after.plan?.sessions.some((s) => s.group === 'VIS-VIS01')).toBe(false);
    expect(after.groups.some((g) => g.id === 'VIS-VIS01')).toBe(false);
  });

  it('says plainly when the thing is already gone', async () => {
    await openSecondary();
    expect(await call('room:delete', { id: 'NO-SUCH-ROOM' })).toEqual({ saved: false, problems: [{ field: '', message: 'Staffroom cannot find this room; it may have been deleted already. Nothing was changed.' }] });
  });
});

describe('pupils, groups, cover, rooms and skills', () => {
  it('saves a pupil with a mistyped UPN and warns about it by field', async () => {
    await openSecondary();
    const pupil = secondary.pupils[0];
    if (!pupil) throw new Error('the demo has pupils');
    const outcome = await call('pupil:save', { pupil: { ...pupil, upn: 'A123456789013' } });
    expect(outcome).toMatchObject({ saved: true, label: `Changed ${pupil.name}'s UPN` });
    if (!outcome.saved) throw new Error('saved');
    expect(outcome.warnings).toEqual([{ field: 'upn', message: expect.stringMatching(/^UPN "A123456789013" has check letter "A" but its digits give/) }]);
  });

  it('refuses a group naming a pupil who is not on roll, by field', async () => {
    await openSecondary();
    const group = secondary.groups[0];
    if (!group) throw new Error('the demo has groups');
    const outcome = await call('group:save', { group: { ...group, pupils: [...group.pupils, 'GHOST'] } });
    expect(outcome).toEqual({ saved: false, problems: [{ field: `pupils.${group.pupils.length}`, message: 'pupil "GHOST" does not exist' }] });
  });

  it('refuses a group whose fixed slots do not add up, at the field that is wrong', async () => {
    await openSecondary();
    const outcome = await call('group:save', { group: { name: 'Lego club', area: 'CI', pupils: [], sessionsPerWeek: 2, skills: [], priority: 3, slots: [{ day: 'Mon', period: 'P1' }] } });
    if (outcome.saved) throw new Error('should be refused');
    expect(outcome.problems.map((p) => p.field)).toContain('slots');
  });

  it('adds PPA cover for a class in several slots as one edit, undone as one', async () => {
    await openSecondary();
    const klass = secondary.classes[0];
    if (!klass) throw new Error('the demo has classes');
    const outcome = await call('cover:addForSlots', {
      cover: { kind: 'ppa', label: `PPA cover ${klass.name}`, class: klass.id, specifiedWork: true, priority: 2 },
      slots: [{ week: 'A', day: 'Mon', period: 'P1' }, { week: 'A', day: 'Tue', period: 'P3' }, { week: 'B', day: 'Fri', period: 'P5' }],
    });
    expect(outcome).toMatchObject({ saved: true, label: `Added PPA cover for ${klass.name} in 3 slots` });
    const added = (await school()).cover.slice(secondary.cover.length);
    expect(added.map((c) => [c.week, c.day, c.period, c.class])).toEqual([['A', 'Mon', 'P1', klass.id], ['A', 'Tue', 'P3', klass.id], ['B', 'Fri', 'P5', klass.id]]);
    expect(new Set(added.map((c) => c.id)).size).toBe(3);
    await call('edit:undo', undefined);
    expect((await school()).cover).toEqual(secondary.cover);
  });

  it('refuses cover in a two-week school that does not name its week', async () => {
    await openSecondary();
    const outcome = await call('cover:save', { cover: { kind: 'duty', label: 'Gate', day: 'Mon', period: 'BRK', priority: 3 } });
    expect(outcome).toMatchObject({ saved: false, problems: [{ field: 'week', message: expect.stringContaining('must name its week') }] });
  });

  it('names a new skill after itself and labels room changes', async () => {
    await openSecondary();
    expect(await call('skill:save', { skill: { name: 'Lego-based therapy', area: 'CI' } })).toMatchObject({ saved: true, id: 'LEGO_BASED_THERAPY', label: 'Added skill Lego-based therapy' });
    const room = secondary.rooms[0];
    if (!room) throw new Error('the demo has rooms');
    expect(await call('room:save', { room: { ...room, capacity: room.capacity + 1 } })).toMatchObject({ label: `Changed the capacity of room ${room.name}` });
  });
});

describe('the calendar', () => {
  it('refuses to drop a period still in use, saying what uses it', async () => {
    await openSecondary();
    const calendar = { ...secondary.calendar, periods: secondary.calendar.periods.filter((p) => p.id !== 'P5') };
    const outcome = await call('calendar:save', { school: secondary.school, calendar });
    expect(outcome).toEqual({
      saved: false,
      problems: [{ field: 'calendar.periods', message: expect.stringMatching(/^Period 5 is still used by \d+ timetabled lessons, .*; change those first, or keep the period\. Nothing was changed\.$/) }],
    });
  });

  it('refuses overlapping periods at the period’s field', async () => {
    await openSecondary();
    const periods = secondary.calendar.periods.map((p) => (p.id === 'P2' ? { ...p, start: '10:00' } : p));
    const outcome = await call('calendar:save', { school: secondary.school, calendar: { ...secondary.calendar, periods } });
    expect(outcome).toEqual({ saved: false, problems: [{ field: 'calendar.periods.2.start', message: expect.stringContaining('periods must not overlap') }] });
  });

  it('renames the school and changes the calendar as one edit', async () => {
    await openSecondary();
    const outcome = await call('calendar:save', { school: { name: 'Elderwood Vale', phase: 'secondary' }, calendar: { ...secondary.calendar, asOf: '2026-01-12' } });
    expect(outcome).toMatchObject({ saved: true, label: 'Renamed the school to Elderwood Vale and changed the school calendar' });
    const after = await school();
    expect([after.school.name, after.calendar.asOf]).toEqual(['Elderwood Vale', '2026-01-12']);
    await call('edit:undo', undefined);
    expect(await school()).toEqual(secondary);
  });

  it('explains, with names, what a change to a two-week cycle would leave without a week', async () => {
    fixture = contextFixture();
    await call('school:openDemo', { phase: 'primary' });
    const primary = await school();
    const outcome = await call('calendar:save', { school: primary.school, calendar: { ...primary.calendar, weeks: ['A', 'B'] } });
    if (outcome.saved) throw new Error('should be refused');
    expect(outcome.problems[0]).toEqual({ field: '', message: expect.stringMatching(/^Cover “.+”: cover item ".+" must name its week/) });
    expect(outcome.problems.at(-1)?.message).toMatch(/^… and \d+ more problems like these elsewhere in the school\.$/);
  });
});

describe('undo without anything to undo', () => {
  it('answers with no label', async () => {
    await openSecondary();
    expect(await call('edit:undo', undefined)).toEqual({ label: null, history: { undo: null, redo: null } });
    expect(await call('edit:redo', undefined)).toEqual({ label: null, history: { undo: null, redo: null } });
  });

  it('is refused in plain words when the school has changed another way since', async () => {
    await openSecondary();
    const room = secondary.rooms[0];
    if (!room) throw new Error('the demo has rooms');
    await call('room:save', { room: { ...room, capacity: 50 } });
    fixture.context.database().prepare('UPDATE room SET capacity = 51 WHERE id = ?').run(room.id);
    expect(await dispatch('edit:undo', undefined, fixture.context)).toEqual({
      ok: false,
      error: { code: 'cannot-undo', message: `Staffroom cannot undo “Changed the capacity of room ${room.name}”: the room ${room.name} has been changed another way since. Nothing was changed.` },
    });
  });
});

describe('planned sessions', () => {
  it('labels a change of time as a move, in plain words, and keeps the session’s place in the plan', async () => {
    await openSecondary();
    // The demo's pinned sessions are each at the only time that keeps every rule (rule 10 refuses
    // any move of them), so this one is unpinned first; an unpinned session may sit anywhere.
    const pinned = secondary.plan?.sessions[0];
    if (!pinned) throw new Error('the demo has planned sessions');
    const session = { ...pinned, pinned: false };
    await call('session:save', { session });
    const before = await school();
    const group = secondary.groups.find((g) => g.id === session.group);
    const outcome = await call('session:save', { session: { ...session, week: 'B', day: 'Wed', period: 'P2' } });
    expect(outcome).toMatchObject({ saved: true, label: `Moved ${group?.name} to Wednesday Period 2, Week B` });
    expect((await school()).plan?.sessions.map((s) => s.id)).toEqual(secondary.plan?.sessions.map((s) => s.id));
    await call('edit:undo', undefined);
    expect(await school()).toEqual(before);
  });

  it('refuses to move a pinned session where it breaks a hard rule, saying which (rule 10)', async () => {
    await openSecondary();
    const session = secondary.plan?.sessions[0];
    if (!session) throw new Error('the demo has planned sessions');
    const outcome = await call('session:save', { session: { ...session, week: 'B', day: 'Wed', period: 'P2' } });
    expect(outcome.saved).toBe(false);
    expect(JSON.stringify(outcome)).toContain('pinned session breaks hard rule 1: Imogen Howells does not work on Wednesdays in Week B');
    expect(await school()).toEqual(secondary);
  });

  it('refuses a session naming a member of staff the school does not have', async () => {
    await openSecondary();
    const session = secondary.plan?.sessions[0];
    if (!session) throw new Error('the demo has planned sessions');
    expect(await call('session:save', { session: { ...session, staff: ['NOBODY'] } })).toEqual({
      saved: false, problems: [{ field: 'staff.0', message: 'staff "NOBODY" does not exist' }],
    });
  });
});
