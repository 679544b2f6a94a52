import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import type { ImportApplyResult, ImportPreviewResult } from '../../api/contract';
import { readImportMapping, readPupilIdentities, readSchool } from '../../db';
import { dispatch } from '../../handlers/dispatch';
import { importLabel } from '../../handlers/import';
import { schoolSchema } from '../../solver/model/school-file';
import { contextFixture, type ContextFixture } from './fixture';

const secondary = schoolSchema.parse(JSON.parse(readFileSync('demo/secondary.json', 'utf8')));
const base64 = (path: string) => readFileSync(path).toString('base64');
const E2E = base64('test/fixtures/mis/e2e-secondary-pupils.csv');
const request = (extra: object = {}) => ({ kind: 'pupils', fileName: 'pupils.csv', data: E2E, ...extra });

let fixture: ContextFixture;
afterEach(() => fixture?.dispose());

async function opened(): Promise<ContextFixture> {
  fixture = contextFixture();
  await dispatch('school:openDemo', { phase: 'secondary' }, fixture.context);
  return fixture;
}

async function call<T>(channel: 'import:preview' | 'import:apply', input: unknown): Promise<T> {
  const result = await dispatch(channel, input, fixture.context);
  if (!result.ok) throw new Error(`${channel} failed: ${result.error.message}`);
  return result.value as T;
}

describe('import handlers', () => {
  it('previews without writing anything, naming the column it needs mapped', async () => {
    await opened();
    const before = fixture.changes();
    const preview = await call<ImportPreviewResult>('import:preview', request());
    expect(preview).toMatchObject({ fileName: 'pupils.csv', remembered: false, mapping: {}, rows: 186, canApply: false });
    expect(preview.fileProblems).toEqual(['no column is mapped to Year group']);
    expect(preview.fields.map((f) => f.field)).toContain('year');
    expect(fixture.changes()).toBe(before);
  });

  it('re-checks everything on apply: a file with a rejected row is not saved, whatever the screen showed', async () => {
    await opened();
    const before = fixture.changes();
    const result = await call<ImportApplyResult>('import:apply', request({ mapping: { 'Curric Yr': 'year' } }));
    expect(result.applied).toBe(false);
    expect(result.preview.rejected.map((r) => r.line)).toEqual([91]);
    expect(fixture.changes()).toBe(before);
    expect(readSchool(fixture.context.database())).toEqual(secondary);
  });

  it('applies a corrected import in one go: school, identities and the remembered mapping', async () => {
    await opened();
    const preview = await call<ImportPreviewResult>('import:preview', request({ mapping: { 'Curric Yr': 'year' } }));
    const cells = [...preview.rejected[0]!.cells];
    cells[0] = 'V999461025302';
    const result = await call<ImportApplyResult>('import:apply', request({ mapping: { 'Curric Yr': 'year' }, edits: [{ line: 91, cells }] }));
    const label = 'Imported pupils from pupils.csv: 2 added, 0 updated, 0 left';
    expect(result).toMatchObject({ applied: true, changed: true, label, summary: { counts: { pupils: 186 } }, history: { undo: label, redo: null } });
    const db = fixture.context.database();
    const school = readSchool(db);
    expect(school.pupils.slice(-2).map((p) => [p.name, p.upn, p.year])).toEqual([
      ['Amelia Brightwater', 'F999461025301', '7'],
      ['Kofi Mensah-Hart', 'V999461025302', '8'],
    ]);
    expect(readPupilIdentities(db).find((i) => i.legalSurname === 'Mensah-Hart')).toEqual({ pupil: 'Q0186', legalSurname: 'Mensah-Hart', legalForename: 'Kofi', dob: null });
    expect(readImportMapping(db, 'pupils', result.preview.signature)).toEqual({ 'Curric Yr': 'year' });

    // The next file with these headings is read with the remembered mapping.
    const next = await call<ImportPreviewResult>('import:preview', request());
    expect(next).toMatchObject({ remembered: true, mapping: { 'Curric Yr': 'year' }, fileProblems: [] });
    expect(next.columns.find((c) => c.header === 'Curric Yr')).toMatchObject({ field: 'year', how: 'chosen' });
  });

  it('is one edit in the history: undo brings back the school before it, redo the imported one', async () => {
    await opened();
    const preview = await call<ImportPreviewResult>('import:preview', request({ mapping: { 'Curric Yr': 'year' } }));
    const cells = [...preview.rejected[0]!.cells];
    cells[0] = 'V999461025302';
    const result = await call<ImportApplyResult>('import:apply', request({ mapping: { 'Curric Yr': 'year' }, edits: [{ line: 91, cells }] }));
    if (!result.applied) throw new Error('the import was expected to apply');
    const db = fixture.context.database();
    const imported = readSchool(db);
    expect(imported).not.toEqual(secondary);

    expect(await dispatch('edit:undo', undefined, fixture.context)).toMatchObject({ ok: true, value: { label: result.label, history: { undo: null, redo: result.label } } });
    expect(readSchool(db)).toStrictEqual(secondary);
    expect(await dispatch('edit:redo', undefined, fixture.context)).toMatchObject({ ok: true, value: { label: result.label } });
    expect(readSchool(db)).toStrictEqual(imported);
  });

  it('refuses to undo an import once its pupils have been changed another way, and changes nothing', async () => {
    await opened();
    const preview = await call<ImportPreviewResult>('import:preview', request({ mapping: { 'Curric Yr': 'year' } }));
    const cells = [...preview.rejected[0]!.cells];
    cells[0] = 'V999461025302';
    await call<ImportApplyResult>('import:apply', request({ mapping: { 'Curric Yr': 'year' }, edits: [{ line: 91, cells }] }));
    const db = fixture.context.database();
    db.prepare("UPDATE pupil SET name = 'Kofi Mensah' WHERE upn = 'V999461025302'").run();
    const before = readSchool(db);
    expect(await dispatch('edit:undo', undefined, fixture.context)).toMatchObject({
      ok: false, error: { code: 'cannot-undo', message:
        'Staffroom cannot undo “Imported pupils from pupils.csv: 2 added, 0 updated, 0 left”: the pupil Kofi Mensah-Hart has been changed another way since. Nothing was changed.',
      },
    });
    expect(readSchool(db)).toStrictEqual(before);
  });

  it('names the edit after the kind and file, keeping a long file name short', () => {
    const preview = { kind: 'timetable', fileName: `${'x'.repeat(250)}.csv`, added: [1, 2], updated: [1], left: [], removed: [1, 2, 3] } as unknown as ImportPreviewResult;
    const label = importLabel(preview);
    expect(label).toBe(`Imported the timetable from ${'x'.repeat(99)}…: 2 added, 1 updated, 3 removed`);
    expect(label.length).toBeLessThanOrEqual(300);
    expect(importLabel({ ...preview, kind: 'staff', fileName: 'staff.csv', left: [1] } as unknown as ImportPreviewResult)).toBe(
      'Imported staff from staff.csv: 2 added, 1 updated, 1 left',
    );
  });

  it('says plainly when no school is open', async () => {
    fixture = contextFixture();
    expect(await dispatch('import:preview', request(), fixture.context)).toMatchObject({ ok: false, error: { code: 'no-school' } });
  });
});
