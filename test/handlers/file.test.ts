import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { ChannelName, InputOf, OutputOf } from '../../api/contract';
import { openDatabase, readSchool } from '../../db';
import { BACKUP_FOLDER, BACKUPS_KEPT, backUpDatabase } from '../../handlers/backups';
import { dispatch } from '../../handlers/dispatch';
import { exportFileName } from '../../handlers/file';
import { contextFixture, type ContextFixture } from './fixture';

let fixture: ContextFixture;
afterEach(() => fixture?.dispose());

async function call<C extends ChannelName>(channel: C, input: InputOf<C>): Promise<OutputOf<C>> {
  const result = await dispatch(channel, input, fixture.context);
  if (!result.ok) throw new Error(`${channel} failed: ${result.error.message}`);
  return result.value as OutputOf<C>;
}

const text = (name: string) => readFileSync(`demo/${name}.json`, 'utf8');

describe('the whole-school file', () => {
  for (const name of ['primary', 'secondary']) {
    it(`imports the ${name} demo file and exports exactly the same school`, async () => {
      fixture = contextFixture();
      const imported = await call('file:importSchool', { text: text(name) });
      expect(imported).toMatchObject({ imported: true, backupFile: null });
      const exported = await call('file:exportSchool', undefined);
      expect(exported.mediaType).toBe('application/json');
      expect(exported.fileName).toMatch(/^[a-z-]+-\d{4}-\d{2}-\d{2}\.json$/);
      expect(JSON.parse(exported.text)).toStrictEqual(JSON.parse(text(name)));
    });
  }

  it('checks a broken file and lists every problem with its path, writing nothing', async () => {
    fixture = contextFixture();
    await call('school:openDemo', { phase: 'primary' });
    const before = await call('school:get', undefined);
    const broken = JSON.parse(text('secondary')) as { staff: { role: string }[]; rooms: { capacity: number }[] };
    broken.staff[0]!.role = 'caretaker';
    broken.rooms[1]!.capacity = 0;
    const body = JSON.stringify(broken);
    const check = await call('file:checkSchool', { text: body });
    if (check.ok) throw new Error('should not be ok');
    expect(check.problems.map((p) => p.path)).toEqual(['$.rooms[1].capacity', '$.staff[0].role']);
    const changes = fixture.changes();
    expect(await call('file:importSchool', { text: body })).toMatchObject({ imported: false, problems: check.problems });
    expect(await call('file:importSchool', { text: '{ "format": "staffroom/1", ' })).toMatchObject({ imported: false, problems: [{ path: '$', message: expect.stringContaining('not valid JSON') }] });
    expect(fixture.changes()).toBe(changes);
    expect(await call('school:get', undefined)).toEqual(before);
    expect(existsSync(join(fixture.dataFolder, BACKUP_FOLDER))).toBe(false);
  });

  it('backs up the current database before replacing the school, and starts the history afresh', async () => {
    fixture = contextFixture();
    await call('school:openDemo', { phase: 'primary' });
    const primary = await call('school:get', undefined);
    const room = primary.rooms[0]!;
    await call('room:save', { room: { ...room, capacity: 99 } });
    const edited = await call('school:get', undefined);
    const check = await call('file:checkSchool', { text: text('secondary') });
    expect(check).toMatchObject({ ok: true, summary: { name: 'Elderwood Vale Academy' } });

    const imported = await call('file:importSchool', { text: text('secondary') });
    if (!imported.imported) throw new Error('imported');
    expect(imported.summary.name).toBe('Elderwood Vale Academy');
    expect(imported.backupFile).toMatch(/backups[/\\]staffroom-\d{4}-\d{2}-\d{2}T[\d-]+Z\.db$/);
    expect(await call('edit:history', undefined)).toMatchObject({ entries: [], undo: null, redo: null });

    // The backup holds the school as it was just before, edit included.
    const backup = openDatabase(imported.backupFile ?? '');
    expect(readSchool(backup)).toEqual(edited);
    backup.close();
  });

  it('keeps only the newest backups', () => {
    fixture = contextFixture();
    const db = fixture.context.database();
    const start = Date.UTC(2025, 8, 1);
    for (let i = 0; i < BACKUPS_KEPT + 3; i++) backUpDatabase(db, fixture.dataFolder, new Date(start + i * 60_000));
    const kept = readdirSync(join(fixture.dataFolder, BACKUP_FOLDER)).sort();
    expect(kept).toHaveLength(BACKUPS_KEPT);
    expect(kept[0]).toBe('staffroom-2025-09-01T00-03-00-000Z.db');
  });

  it('names exported files after the school and the day', () => {
    expect(exportFileName('Elderwood Vale Academy', new Date('2025-09-22T10:00:00Z'), 'json')).toBe('elderwood-vale-academy-2025-09-22.json');
    expect(exportFileName('St Æthelred’s C of E', new Date('2025-09-22T10:00:00Z'), 'json')).toBe('st-thelred-s-c-of-e-2025-09-22.json');
  });
});
