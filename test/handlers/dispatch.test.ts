import { existsSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { channelNames, type ChannelName } from '../../api/contract';
import { MAX_SCHOOL_FILE_CHARS } from '../../api/edits';
import { DATABASE_FILE } from '../../handlers/context';
import { dispatch } from '../../handlers/dispatch';
import { handlers } from '../../handlers/index';
import type { Handlers } from '../../handlers/types';
import { readSchool } from '../../db';
import { contextFixture, type ContextFixture } from './fixture';

const STAFF = { name: 'Nia Evans', role: 'ta', specifiedWork: false, skills: [], available: [] };
const GROUP = { name: 'ELSA', area: 'SEMH', pupils: [], sessionsPerWeek: 1, skills: [], priority: 2 };
const COVER = { kind: 'duty', label: 'Gate', day: 'Mon', period: 'P1', priority: 3 };
const { day: _day, period: _period, ...COVER_WITHOUT_SLOT } = COVER;
const CALENDAR = { weeks: ['A'], days: ['Mon'], periods: [{ id: 'P1', start: '09:00', end: '10:00', kind: 'lesson' }] };

/** Payloads each channel must refuse. Listing every channel here is enforced below. */
const INVALID_PAYLOADS: Record<ChannelName, unknown[]> = {
  'app:info': [{}, null, 'info', [1], 0, { extra: true }],
  'app:openExternal': [undefined, {}, { url: 5 }, { url: 'https://www.gov.uk/', extra: 1 }, { url: `https://x/${'a'.repeat(3000)}` }, 'https://www.gov.uk/'],
  'school:summary': [{}, null, 'summary', [], false],
  'school:get': [{}, null, 'everything', [1, 2], 1],
  'school:listDemos': [{}, null, 'all', ['primary']],
  'school:openDemo': [undefined, {}, { phase: 'tertiary' }, { phase: 'primary', replace: true }, 'primary', { phase: ['primary'] }, { phase: null }],
  'edit:undo': [{}, null, 'last', [1]],
  'edit:redo': [{}, null, 'next', [1]],
  'edit:history': [null, {}, { limit: 0 }, { limit: 1.5 }, { limit: 501 }, { limit: 5, extra: 1 }, 'all'],
  'edit:deleteImpact': [undefined, {}, { kind: 'lesson', id: 'x' }, { kind: 'staff' }, { kind: 'staff', id: '' }, { kind: 'staff', id: 'T01', extra: 1 }],
  'staff:save': [undefined, {}, { staff: {} }, { staff: { ...STAFF, role: 'caretaker' } }, { staff: { ...STAFF, maxPeriodsPerWeek: -1 } }, { staff: { ...STAFF, skills: [{ skill: 'ELSA', expires: '2025-02-30' }] } }, { staff: { ...STAFF, shoeSize: 9 } }, { staff: STAFF, extra: 1 }, { staff: { ...STAFF, id: '' } }],
  'staff:delete': [undefined, {}, { id: '' }, { id: 'T01', withLinks: 'yes' }, { id: 'T01', cascade: true }, 'T01'],
  'pupil:save': [undefined, {}, { pupil: { name: 'Amy', year: '15', sen: 'N' } }, { pupil: { name: 'Amy', year: '4', sen: 'X' } }, { pupil: { name: 'Amy', year: 4, sen: 'N' } }],
  'pupil:delete': [undefined, {}, { id: 7 }],
  'group:save': [undefined, {}, { group: { ...GROUP, priority: 6 } }, { group: { ...GROUP, sessionsPerWeek: 0 } }, { group: { ...GROUP, area: 'SEND' } }, { group: { ...GROUP, slots: [{ day: 'Someday', period: 'P1' }] } }],
  'group:delete': [undefined, { id: null }],
  'cover:save': [undefined, {}, { cover: { ...COVER, kind: 'lunch' } }, { cover: { ...COVER, staffNeeded: 0 } }, { cover: { ...COVER, day: 'Monday' } }],
  'cover:addForSlots': [undefined, { cover: COVER_WITHOUT_SLOT, slots: [] }, { cover: { ...COVER_WITHOUT_SLOT, day: 'Mon' }, slots: [{ day: 'Mon', period: 'P1' }] }, { cover: COVER_WITHOUT_SLOT, slots: [{ day: 'Mon' }] }],
  'cover:delete': [undefined, { id: ['x'] }],
  'room:save': [undefined, {}, { room: { name: 'Hub', kind: 'cupboard', capacity: 4 } }, { room: { name: 'Hub', kind: 'hall', capacity: 0 } }, { room: { name: 'Hub', kind: 'hall', capacity: '4' } }],
  'room:delete': [undefined, {}],
  'skill:save': [undefined, {}, { skill: { name: 'ELSA', area: 'SEND' } }, { skill: { area: 'CI' } }],
  'skill:delete': [undefined, {}],
  'class:save': [undefined, {}, { class: { name: '4C' } }, { class: { name: '4C', pupils: 'all' } }],
  'class:delete': [undefined, {}],
  'session:save': [undefined, {}, { session: { day: 'Mon', period: 'P1' } }, { session: { day: 'Mon', period: 'P1', staff: [], pinned: 'yes' } }],
  'session:delete': [undefined, {}],
  'calendar:save': [undefined, {}, { school: { name: 'X', phase: 'primary' } }, { school: { name: 'X', phase: 'nursery' }, calendar: CALENDAR }, { school: { name: 'X', phase: 'primary' }, calendar: { ...CALENDAR, weeks: ['B'] } }, { school: { name: 'X', phase: 'primary' }, calendar: { ...CALENDAR, periods: [] } }],
  'file:checkSchool': [undefined, {}, { text: 5 }, { text: 'x'.repeat(MAX_SCHOOL_FILE_CHARS + 1) }, '{"format":"staffroom/1"}'],
  'file:importSchool': [undefined, {}, { text: null }, { text: '{}', replace: true }],
  'file:exportSchool': [{}, null, 'json'],
  'import:preview': [
    undefined, {}, { kind: 'pupils', fileName: 'a.csv' }, { kind: 'governors', fileName: 'a.csv', data: '' },
    { kind: 'pupils', fileName: 'a.csv', data: 'not base64!' }, { kind: 'pupils', fileName: 'a.csv', data: '', extra: 1 },
    { kind: 'pupils', fileName: 'a.csv', data: '', edits: [{ line: 1, cells: [] }] },
    { kind: 'pupils', fileName: 'a.csv', data: 'A'.repeat(15_000_004) },
  ],
  'import:apply': [undefined, {}, { kind: 'staff', fileName: 'a.csv', data: '', mapping: { A: 5 } }, { kind: 'timetable', fileName: 7, data: '' }],
  'plan:targets': [undefined, {}, { pick: {} }, { pick: { session: '' } }, { pick: { session: 'S1', group: 'G1' } }, { pick: { group: 'G1', from: 'T01' } }, { pick: { session: 'S1' }, extra: 1 }],
  'session:move': [undefined, {}, { pick: { session: 'S1' } }, { pick: { session: 'S1' }, to: { day: 'Monday', period: 'P1' } }, { pick: { session: 'S1' }, to: { day: 'Mon' } }, { pick: { session: 'S1' }, to: { day: 'Mon', period: 'P1' }, staff: '' }, { pick: { cover: 'C1' }, to: { day: 'Mon', period: 'P1' }, pinned: false }],
  'session:pin': [undefined, {}, { session: '' }, { session: 'S1', pinned: true }],
  'session:unpin': [undefined, {}, { session: 5 }],
  'session:remove': [undefined, {}, { session: null }, { id: 'S1' }],
  'session:alternatives': [undefined, {}, { session: 'S1', from: '' }, { session: 'S1', extra: 1 }],
  'plan:start': [null, 'go', { timeLimitMs: 0 }, { timeLimitMs: 999 }, { timeLimitMs: 600_001 }, { timeLimitMs: 1500.5 }, { timeLimitMs: 5000, extra: 1 }],
  'plan:progress': [undefined, {}, { job: '' }, { job: 5 }],
  'plan:cancel': [undefined, {}, { job: 'x'.repeat(101) }],
  'plan:accept': [undefined, {}, { job: null }],
  'plan:discard': [undefined, { job: 'x', all: true }],
  'export:render': [
    undefined, {}, { view: 'staff' }, { view: 'teachers', format: 'html' }, { view: 'staff', format: 'pdf' },
    { view: 'day', format: 'html', date: '6 Jan 2026' }, { view: 'day', format: 'html', day: 'Monday' },
    { view: 'staff', format: 'html', who: [''] }, { view: 'staff', format: 'html', who: 'T01' }, { view: 'staff', format: 'html', extra: 1 },
  ],
  'export:pdf': [undefined, {}, { view: 'staff', format: 'html' }, { view: 'rota', who: [5] }],
};

let fixture: ContextFixture;
afterEach(() => fixture?.dispose());

describe('dispatch: validation before any handler runs', () => {
  it('has invalid payload samples for every channel of the contract', () => {
    expect(Object.keys(INVALID_PAYLOADS).sort()).toEqual([...channelNames].sort());
  });

  it('refuses an invalid payload on every channel with invalid-input and never creates the database', async () => {
    fixture = contextFixture();
    for (const channel of channelNames) {
      for (const payload of INVALID_PAYLOADS[channel]) {
        const result = await dispatch(channel, payload, fixture.context);
        expect(result, `${channel} ${JSON.stringify(payload)}`).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
      }
    }
    expect(existsSync(join(fixture.dataFolder, DATABASE_FILE))).toBe(false);
  });

  it('writes nothing for an invalid payload when a school is already open', async () => {
    fixture = contextFixture();
    await dispatch('school:openDemo', { phase: 'primary' }, fixture.context);
    const before = readSchool(fixture.context.database());
    const changesBefore = fixture.changes();
    for (const channel of channelNames) {
      for (const payload of INVALID_PAYLOADS[channel]) await dispatch(channel, payload, fixture.context);
    }
    expect(fixture.changes()).toBe(changesBefore);
    expect(readSchool(fixture.context.database())).toEqual(before);
  });

  it('says which field is wrong and that nothing changed', async () => {
    fixture = contextFixture();
    const result = await dispatch('school:openDemo', { phase: 'tertiary' }, fixture.context);
    expect(result).toEqual({
      ok: false,
      error: {
        code: 'invalid-input',
        path: 'phase',
        message: expect.stringMatching(/^Staffroom refused a school:openDemo request .*phase: .*primary.*secondary.*Nothing was changed\.$/),
      },
    });
  });

  it('refuses a channel the contract does not list', async () => {
    fixture = contextFixture();
    expect(await dispatch('school:delete', undefined, fixture.context)).toMatchObject({ ok: false, error: { code: 'unknown-channel' } });
    expect(await dispatch('toString', undefined, fixture.context)).toMatchObject({ ok: false, error: { code: 'unknown-channel' } });
  });

  it('turns an unexpected fault into a plain internal error and logs the channel, not the payload', async () => {
    fixture = contextFixture();
    const log = vi.fn();
    const failing: Handlers = {
      ...handlers,
      'school:openDemo': () => {
        throw new Error('disk on fire');
      },
    };
    const result = await dispatch('school:openDemo', { phase: 'secondary' }, fixture.context, { handlers: failing, log });
    expect(result).toMatchObject({ ok: false, error: { code: 'internal' } });
    if (result.ok) throw new Error('expected a failure');
    expect(result.error.message).not.toContain('disk on fire');
    expect(log).toHaveBeenCalledOnce();
    expect(String(log.mock.calls[0]?.[0])).toContain('school:openDemo');
    expect(String(log.mock.calls[0]?.[0])).not.toContain('secondary');
  });

  it('reports a database from a newer Staffroom in plain words', async () => {
    fixture = contextFixture();
    const file = join(fixture.dataFolder, DATABASE_FILE);
    const newer = new Database(file);
    newer.pragma('user_version = 999');
    newer.close();
    const result = await dispatch('school:summary', undefined, fixture.context);
    expect(result).toMatchObject({ ok: false, error: { code: 'database-too-new', message: expect.stringContaining('newer version of Staffroom') } });
    const after = new Database(file, { readonly: true });
    expect(after.pragma('user_version', { simple: true })).toBe(999);
    after.close();
  });
});

describe('handlers', () => {
  it('has exactly one handler per contract channel', () => {
    expect(Object.keys(handlers).sort()).toEqual([...channelNames].sort());
  });
});
