/**
 * Importing pupils the way a SENCO would: `staffroom serve` in Debian's Chromium, the secondary
 * demo school, a pupils CSV whose year column has a heading Staffroom does not know, mapped by
 * hand; a row with a mistyped UPN corrected in the preview; Confirm; the new pupils in the list.
 * Screenshots go to test-results/.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeCsv } from '../../import/csv';
import { schoolSchema } from '../../solver/model/school-file';
import { launchBrowser, type Browser } from './browser';
import { startServeProcess, type ServeProcess } from './serve-process';

const SHOTS = 'test-results';
const FIXTURE = resolve('test/fixtures/mis/e2e-secondary-pupils.csv');

let serve: ServeProcess;
let browser: Browser;
let page: Page;
let dataFolder: string;

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  dataFolder = mkdtempSync(join(tmpdir(), 'staffroom-e2e-import-'));
  serve = await startServeProcess(dataFolder);
  browser = await launchBrowser();
  page = await browser.context.newPage();
  // Tall enough that each screenshot shows the whole import screen (the content pane scrolls, not the page).
  await page.setViewportSize({ width: 1280, height: 1700 });
  await page.goto(serve.url);
  await page.getByRole('button', { name: 'Open Elderwood Vale Academy' }).click();
  await page.getByRole('heading', { level: 1, name: 'Elderwood Vale Academy' }).waitFor();
});

afterAll(async () => {
  await browser?.close();
  await serve?.stop();
  rmSync(dataFolder, { recursive: true, force: true });
});

async function goTo(section: string) {
  await page.getByRole('navigation', { name: 'Staffroom sections' }).getByRole('button', { name: section, exact: true }).click();
  await expect.poll(() => page.getByRole('heading', { level: 2 }).first().textContent()).toBe(section);
}

async function seriousAccessibilityProblems(): Promise<string[]> {
  const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
  await page.evaluate(axeSource);
  return page.evaluate<string[]>(
    `axe.run().then((result) => result.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => v.id + ' (' + v.nodes.length + ')'))`,
  );
}

const mapYear = () => page.getByRole('combobox', { name: 'Import column Curric Yr as' });

describe('importing pupils from a CSV in the browser', () => {
  it('reads the file and asks for the column it does not recognise', async () => {
    await goTo('Import');
    await page.locator('#import-file').setInputFiles(FIXTURE);
    await expect.poll(() => page.getByRole('alert').first().textContent()).toContain('No column is mapped to Year group');
    expect(await mapYear().inputValue()).toBe('');
    expect(await page.getByRole('button', { name: 'Confirm import' }).isDisabled()).toBe(true);
    expect(await page.getByText('e2e-secondary-pupils.csv, read as UTF-8 (with byte-order mark').count()).toBe(1);
    await page.screenshot({ path: join(SHOTS, 'import-1-unmapped.png') });
  });

  it('maps the column by hand, then shows the rejected row with its line and reason', async () => {
    await mapYear().selectOption({ label: 'Year group' });
    const rejected = page.getByRole('region', { name: '1 row to correct' });
    await expect.poll(() => rejected.textContent()).toContain(
      'Line 91: UPN A999461025302 has a wrong check letter: its digits give "V", so a character is probably mistyped',
    );
    expect(await page.getByText('Chosen by you').count()).toBe(1);
    expect(await page.getByRole('button', { name: 'Confirm import' }).isDisabled()).toBe(true);
    await page.getByText('To add:').click();
    expect(await page.locator('.import-changes').textContent()).toContain('Amelia Brightwater');
    await page.screenshot({ path: join(SHOTS, 'import-2-rejected.png') });
    expect(await seriousAccessibilityProblems()).toEqual([]);
  });

  it('corrects the row in place and checks it again', async () => {
    await page.getByRole('button', { name: 'Correct line 91' }).click();
    const editor = page.getByRole('form', { name: 'Correct line 91' });
    expect(await editor.getByLabel('Surname').inputValue()).toBe('Mensah-Hart');
    await editor.getByLabel('UPN').fill('V999461025302');
    await page.screenshot({ path: join(SHOTS, 'import-3-correcting.png') });
    expect(await seriousAccessibilityProblems()).toEqual([]);
    await editor.getByRole('button', { name: 'Check line 91 again' }).click();
    await expect.poll(() => page.getByRole('region', { name: /to correct/ }).count()).toBe(0);
    await expect.poll(() => page.locator('.import-changes').textContent()).toContain('To add: 2 pupils');
    expect(await page.getByRole('button', { name: 'Confirm import' }).isEnabled()).toBe(true);
    if ((await page.locator('details.changes').first().getAttribute('open')) === null) await page.getByText('To add:').click();
    expect(await page.locator('.import-changes').textContent()).toContain('Kofi Mensah-Hart');
    await page.screenshot({ path: join(SHOTS, 'import-4-ready.png') });
  });

  it('saves on Confirm and shows the new pupils in the Pupils list', async () => {
    await page.getByRole('button', { name: 'Confirm import' }).click();
    await expect.poll(() => page.getByRole('status').first().textContent()).toBe(
      'Imported pupils from e2e-secondary-pupils.csv: 2 added, 0 updated, 0 left.',
    );
    expect(await page.getByRole('button', { name: 'Undo', exact: true }).getAttribute('title')).toBe(
      'Undo: Imported pupils from e2e-secondary-pupils.csv: 2 added, 0 updated, 0 left (Ctrl+Z)',
    );
    await goTo('Pupils');
    for (const name of ['Amelia Brightwater', 'Kofi Mensah-Hart']) {
      const row = page.getByRole('row').filter({ hasText: name });
      await expect.poll(() => row.count()).toBe(1);
      expect(await row.textContent()).toMatch(/Year [78]/);
    }
    expect(await page.getByRole('row').count()).toBe(186 + 1);
    await page.getByLabel('Filter pupils').fill('Mensah');
    await page.screenshot({ path: join(SHOTS, 'import-5-pupils.png') });
  });

  it('remembers the mapping for the next file with the same headings, and Cancel writes nothing', async () => {
    await goTo('Import');
    await page.locator('#import-file').setInputFiles(FIXTURE);
    await expect.poll(() => page.locator('.import-preview').textContent()).toContain(
      'The columns are mapped as you mapped them last time for a file with these headings.',
    );
    expect(await mapYear().inputValue()).toBe('year');
    // The corrected row was corrected on screen, not in the file: it is rejected again.
    await expect.poll(() => page.getByRole('region', { name: '1 row to correct' }).count()).toBe(1);
    await page.getByRole('button', { name: 'Cancel' }).click();
    expect(await page.locator('.import-preview').count()).toBe(0);
    await goTo('Pupils');
    expect(await page.getByRole('row').count()).toBe(186 + 1);
  });

  it('marks a member of staff who is gone from a staff export as left, and keeps them in the Staff list', async () => {
    const school = schoolSchema.parse(JSON.parse(readFileSync('demo/secondary.json', 'utf8')));
    const leaver = school.staff.find((s) => s.role === 'ta')!;
    const rows = [['Staff Code', 'Forename', 'Surname', 'Job Title']];
    for (const s of school.staff) if (s.id !== leaver.id) rows.push([s.id, s.name.split(' ')[0]!, s.name.split(' ').slice(1).join(' '), s.role]);
    const file = join(dataFolder, 'staff-export.csv');
    writeFileSync(file, writeCsv(rows));
    await goTo('Import');
    await page.getByRole('radio', { name: /^Staff/ }).check();
    await page.locator('#import-file').setInputFiles(file);
    await expect.poll(() => page.locator('.import-changes').textContent()).toContain('To mark as left: 1 member of staff');
    // The earlier import's "Imported ..." line has gone with the new file.
    expect(await page.locator('.saved').count()).toBe(0);
    await page.getByText('To mark as left:').click();
    expect(await page.locator('.import-changes').textContent()).toContain(leaver.name);
    await page.screenshot({ path: join(SHOTS, 'import-6-staff-leaver.png') });
    await page.getByRole('button', { name: 'Confirm import' }).click();
    await expect.poll(() => page.getByRole('status').first().textContent()).toBe('Imported staff from staff-export.csv: 0 added, 0 updated, 1 left.');
    await goTo('Staff');
    const row = page.getByRole('row').filter({ hasText: leaver.name });
    expect(await row.textContent()).toMatch(/Left \d{1,2} [A-Z][a-z]{2} \d{4}/);
    expect(await page.getByRole('row').count()).toBe(school.staff.length + 1);
    await page.getByLabel('Filter staff').fill(leaver.name);
    await page.screenshot({ path: join(SHOTS, 'import-7-staff-list.png') });
  });

  it('undoes each import with Undo, newest first, and Redo makes them again', async () => {
    const school = schoolSchema.parse(JSON.parse(readFileSync('demo/secondary.json', 'utf8')));
    const leaver = school.staff.find((s) => s.role === 'ta')!;
    const undo = page.getByRole('button', { name: 'Undo', exact: true });
    const redo = page.getByRole('button', { name: 'Redo', exact: true });
    await undo.click();
    await expect.poll(() => page.getByRole('status').first().textContent()).toBe('Undid: Imported staff from staff-export.csv: 0 added, 0 updated, 1 left');
    await expect.poll(() => page.getByRole('row').filter({ hasText: leaver.name }).textContent()).not.toMatch(/Left/);

    await undo.click();
    await expect.poll(() => page.getByRole('status').first().textContent()).toBe('Undid: Imported pupils from e2e-secondary-pupils.csv: 2 added, 0 updated, 0 left');
    expect(await undo.isDisabled()).toBe(true);
    await goTo('Pupils');
    expect(await page.getByRole('row').count()).toBe(school.pupils.length + 1);
    expect(await page.getByRole('row').filter({ hasText: 'Amelia Brightwater' }).count()).toBe(0);

    await redo.click();
    await expect.poll(() => page.getByRole('row').count()).toBe(186 + 1);
    await redo.click();
    await expect.poll(() => page.getByRole('status').first().textContent()).toBe('Redid: Imported staff from staff-export.csv: 0 added, 0 updated, 1 left');
    await goTo('Staff');
    expect(await page.getByRole('row').filter({ hasText: leaver.name }).textContent()).toMatch(/Left \d{1,2} [A-Z][a-z]{2} \d{4}/);
  });
});
