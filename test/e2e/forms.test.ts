/**
 * Editing the school in the browser, as a person would: paint a working pattern on the grid and
 * see it in the Staff list, undo it with Ctrl+Z, add a group with the pupils picker, be told next
 * to the field what is wrong (and nothing saved), delete with confirmation, and export the whole
 * school and import it back. Every form is checked with axe-core and photographed into test-results/.
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { schoolSchema } from '../../solver/model/school-file';
import { launchBrowser, type Browser } from './browser';
import { startServeProcess, type ServeProcess } from './serve-process';

const SHOTS = 'test-results';
const secondary = schoolSchema.parse(JSON.parse(readFileSync('demo/secondary.json', 'utf8')));
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

let serve: ServeProcess;
let browser: Browser;
let page: Page;
let dataFolder: string;
let downloads: string;

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  dataFolder = mkdtempSync(join(tmpdir(), 'staffroom-e2e-forms-'));
  downloads = mkdtempSync(join(tmpdir(), 'staffroom-e2e-downloads-'));
  serve = await startServeProcess(dataFolder);
  browser = await launchBrowser();
  page = await browser.context.newPage();
  await page.goto(serve.url);
  await page.getByRole('button', { name: 'Open Elderwood Vale Academy' }).click();
  await page.getByRole('heading', { level: 1, name: 'Elderwood Vale Academy' }).waitFor();
});

afterAll(async () => {
  await browser?.close();
  await serve?.stop();
  rmSync(dataFolder, { recursive: true, force: true });
  rmSync(downloads, { recursive: true, force: true });
});

async function goTo(section: string) {
  await page.getByRole('navigation', { name: 'Staffroom sections' }).getByRole('button', { name: section, exact: true }).click();
  await expect.poll(() => page.getByRole('heading', { level: 2 }).first().textContent()).toBe(section);
}

const status = () => page.getByRole('status').first().textContent();
const row = (text: string) => page.getByRole('row').filter({ hasText: text });

/** A photograph of the whole form: the window is made tall enough to hold it, then put back. */
async function shootForm(name: string) {
  const height = await page.evaluate<number>("(document.querySelector('.content')?.scrollHeight ?? 800) + 80");
  await page.setViewportSize({ width: 1280, height: Math.max(800, Math.min(height, 4000)) });
  await page.screenshot({ path: join(SHOTS, `${name}.png`) });
  await page.setViewportSize({ width: 1280, height: 800 });
}

async function seriousAxeProblems(): Promise<string[]> {
  await page.evaluate(axeSource);
  return page.evaluate<string[]>(
    `axe.run().then((result) => result.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => v.id + ' (' + v.nodes.length + '): ' + v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')))`,
  );
}

async function download(click: () => Promise<void>): Promise<{ name: string; bytes: Buffer }> {
  const [file] = await Promise.all([page.waitForEvent('download'), click()]);
  const path = join(downloads, file.suggestedFilename());
  await file.saveAs(path);
  return { name: file.suggestedFilename(), bytes: readFileSync(path) };
}

async function openFileMenu() {
  await page.getByRole('button', { name: /^File/ }).click();
}

describe('editing staff', () => {
  it('paints a working pattern off on the grid, saves it, and shows it in the Staff list', async () => {
    await goTo('Staff');
    expect(await row('George Hussain').textContent()).toContain('Mon–Fri');
    await page.getByRole('button', { name: 'Edit George Hussain' }).click();
    await expect.poll(() => page.locator(':focus').textContent()).toBe('Edit George Hussain');

    // Week A: press on Monday's first slot and drag down the day: every Monday slot goes off.
    const cell = (day: string, period: string) => page.getByRole('checkbox', { name: `${day} ${period}`, exact: true });
    expect(await cell('Monday', 'Period 1').getAttribute('aria-checked')).toBe('true');
    await cell('Monday', 'Period 5').scrollIntoViewIfNeeded();
    const first = await cell('Monday', 'Tutor time').boundingBox();
    const last = await cell('Monday', 'Period 5').boundingBox();
    if (!first || !last) throw new Error('the grid is on screen');
    await page.mouse.move(first.x + first.width / 2, first.y + first.height / 2);
    await page.mouse.down();
    await page.mouse.move(first.x + first.width / 2, last.y + last.height / 2, { steps: 12 });
    await page.mouse.up();
    for (const period of ['Tutor time', 'Period 1', 'Period 3', 'Lunch', 'Period 5']) {
      expect(await cell('Monday', period).getAttribute('aria-checked'), period).toBe('false');
    }
    expect(await cell('Tuesday', 'Period 1').getAttribute('aria-checked')).toBe('true');

    // Week B, with the keyboard only: the tab, then Space on a slot, arrows to the next.
    await page.getByRole('tab', { name: 'Week A' }).focus();
    await page.keyboard.press('ArrowRight');
    expect(await page.getByRole('tab', { name: 'Week B' }).getAttribute('aria-selected')).toBe('true');
    const monday = page.getByRole('button', { name: 'Mon', exact: true });
    expect(await monday.getAttribute('title')).toBe('Switch every period of Monday off');
    await monday.click();
    await cell('Monday', 'Period 2').focus();
    await page.keyboard.press('Space');
    expect(await cell('Monday', 'Period 2').getAttribute('aria-checked')).toBe('true');
    await page.keyboard.press('ArrowDown');
    expect(await page.locator(':focus').getAttribute('aria-label')).toBe('Monday Break');
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('Enter');
    expect(await cell('Monday', 'Period 2').getAttribute('aria-checked')).toBe('false');
    expect(await page.locator('.grid-summary').textContent()).toBe('In words: Tue–Fri');
    await shootForm('forms-1-staff');

    await page.getByRole('button', { name: 'Save changes' }).click();
    await expect.poll(status).toBe("Saved: Changed George Hussain's working days.");
    await expect.poll(() => row('George Hussain').first().textContent()).toContain('Tue–Fri');
    // Back on the list, focus returns to the row that was edited.
    expect(await page.locator(':focus').getAttribute('id')).toBe('edit-staff-T01');
  });

  it('undoes the change with Ctrl+Z, announces it, and redoes it with Ctrl+Shift+Z', async () => {
    await page.locator('h2').first().click();
    await page.keyboard.press('Control+z');
    await expect.poll(status).toBe("Undid: Changed George Hussain's working days");
    await expect.poll(() => row('George Hussain').first().textContent()).toContain('Mon–Fri');
    expect(await page.getByRole('button', { name: 'Redo' }).getAttribute('title')).toBe("Redo: Changed George Hussain's working days (Ctrl+Shift+Z)");
    await page.keyboard.press('Control+Shift+Z');
    await expect.poll(status).toBe("Redid: Changed George Hussain's working days");
    await expect.poll(() => row('George Hussain').first().textContent()).toContain('Tue–Fri');
    await page.getByRole('button', { name: 'Undo', exact: true }).click();
    await expect.poll(status).toBe("Undid: Changed George Hussain's working days");
  });
});

describe('groups', () => {
  it('adds a group, choosing its pupils by year, SEN status and need', async () => {
    await goTo('Groups');
    const before = secondary.groups.length;
    await page.getByRole('button', { name: 'Add an intervention group' }).click();
    await page.getByLabel('Group name').fill('Chatterbox club Y7');
    await page.getByLabel('Programme (optional)').fill('Lego-based therapy');
    await page.getByLabel('Area of need').selectOption('CI');
    await page.getByLabel('Filter pupils').fill('Year 7 SLCN');
    const shown = page.locator('table.picker tbody tr');
    await expect.poll(() => shown.count()).toBeGreaterThan(1);
    for (const text of await shown.allTextContents()) expect(text).toMatch(/Year 7.*SLCN/);
    const nameIn = async (n: number) => ((await shown.nth(n).locator('label').innerText()).split(/[\n,]/)[0] ?? '').trim();
    const firstTwo = [await nameIn(0), await nameIn(1)];
    await shown.nth(0).getByRole('checkbox').check();
    await shown.nth(1).getByRole('checkbox').check();
    expect(await page.locator('.chosen-pupils').textContent()).toBe(`2 chosen: ${firstTwo.join(', ')}`);
    await page.getByLabel('Sessions each week').fill('2');
    await page.getByRole('checkbox', { name: 'Lego Therapy (CI)' }).check();
    await page.getByLabel('Priority').selectOption('2');
    await shootForm('forms-2-group');
    await page.getByRole('button', { name: 'Add the group' }).click();
    await expect.poll(status).toBe('Saved: Added group Chatterbox club Y7.');
    await expect.poll(() => page.locator('.list-count').textContent()).toBe(`${before + 1} groups`);
    const added = (await row('Chatterbox club Y7').textContent()) ?? '';
    for (const name of firstTwo) expect(added).toContain(name);
    expect(added).toContain('Twice a week');
  });

  it('shows the planner’s refusal of impossible fixed times next to that field, and saves nothing', async () => {
    await page.getByRole('button', { name: 'Edit Chatterbox club Y7' }).click();
    await page.getByRole('button', { name: 'Add a fixed time' }).click();
    await page.getByRole('button', { name: 'Save changes' }).click();
    const fixed = page.getByRole('group', { name: 'Fixed times (optional)' });
    await expect.poll(() => fixed.locator('.field-error').textContent()).toMatch(/give 1 session in week A, but its sessionsPerWeek is 2/);
    expect(await page.getByRole('alert').textContent()).toContain('Nothing was saved');
    await page.getByRole('button', { name: 'Cancel' }).click();
    expect(await row('Chatterbox club Y7').textContent()).not.toContain('fixed');
  });
});

describe('a field error', () => {
  it('is shown next to the field, tied to it for screen readers, and nothing is saved', async () => {
    await goTo('Rooms');
    const count = await page.locator('.list-count').textContent();
    await page.getByRole('button', { name: 'Add a room' }).click();
    await page.getByLabel('Holds (people, adults included)').fill('0');
    await page.getByRole('button', { name: 'Add the room' }).click();
    const name = page.getByLabel('Name');
    await expect.poll(() => name.getAttribute('aria-invalid')).toBe('true');
    const describedBy = (await name.getAttribute('aria-describedby')) ?? '';
    expect(await page.locator(`#${describedBy}`).textContent()).toBe('Problem: Enter the room’s name.');
    const capacity = page.getByLabel('Holds (people, adults included)');
    expect(await capacity.getAttribute('aria-invalid')).toBe('true');
    expect(await page.locator(`#${await capacity.getAttribute('aria-describedby')}`).textContent()).toBe('Problem: How many people it holds must be at least 1.');
    // Focus moves to the summary, whose links lead to each field.
    expect(await page.locator(':focus').getAttribute('class')).toBe('error-summary');
    await page.getByRole('button', { name: 'Enter the room’s name.' }).click();
    expect(await page.locator(':focus').getAttribute('id')).toBe('field-name');
    await shootForm('forms-3-room-errors');
    await page.getByRole('button', { name: 'Cancel' }).click();
    expect(await page.locator('.list-count').textContent()).toBe(count);
  });
});

describe('deleting', () => {
  it('asks first, says what else it changes, and can be undone', async () => {
    await goTo('Staff');
    await page.getByRole('button', { name: 'Delete Imogen Howells' }).click();
    const dialog = page.getByRole('dialog', { name: 'Delete Imogen Howells?' });
    await expect.poll(() => dialog.textContent()).toContain('Taken off 1 planned session');
    await page.screenshot({ path: join(SHOTS, 'forms-4-delete.png') });
    expect((await seriousAxeProblems()).join('\n')).toBe('');
    await dialog.getByRole('button', { name: 'Delete Imogen Howells' }).click();
    await expect.poll(status).toBe('Deleted: Deleted Imogen Howells from the staff.');
    expect(await row('Imogen Howells').count()).toBe(0);
    await page.locator('h2').first().click();
    await page.keyboard.press('Control+z');
    await expect.poll(status).toBe('Undid: Deleted Imogen Howells from the staff');
    await expect.poll(() => row('Imogen Howells').count()).toBe(1);
  });
});

describe('the File menu', () => {
  it('exports the whole school, lossless, and imports it back after confirming', async () => {
    await openFileMenu();
    const exported = await download(() => page.getByRole('button', { name: 'Export the school file' }).click());
    expect(exported.name).toMatch(/^elderwood-vale-academy-\d{4}-\d{2}-\d{2}\.json$/);
    const school = JSON.parse(exported.bytes.toString('utf8')) as { groups: { name: string }[] };
    // The demo plus the group added above: every other thing exactly as imported.
    expect(school).toStrictEqual({ ...secondary, groups: [...secondary.groups, expect.objectContaining({ name: 'Chatterbox club Y7' })] });

    await openFileMenu();
    await page.getByRole('button', { name: 'Import a school file…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Import a school file' });
    await dialog.getByLabel('Choose a Staffroom school file (staffroom/1, .json)').setInputFiles(join(downloads, exported.name));
    await expect.poll(() => dialog.textContent()).toContain('holds Elderwood Vale Academy');
    expect(await dialog.textContent()).toContain('keeps a copy of the current data');
    await page.screenshot({ path: join(SHOTS, 'forms-5-import.png') });
    expect((await seriousAxeProblems()).join('\n')).toBe('');
    await dialog.getByRole('button', { name: 'Replace Elderwood Vale Academy with Elderwood Vale Academy' }).click();
    await expect.poll(status).toMatch(/^Imported Elderwood Vale Academy from elderwood-vale-academy-.*\.json\. A copy of the previous data was kept in .*backups.*\. Undo history starts afresh\.$/);
    expect(readdirSync(join(dataFolder, 'backups'))).toHaveLength(1);
    expect(await page.getByRole('button', { name: 'Undo', exact: true }).isDisabled()).toBe(true);
    await goTo('Groups');
    expect(await row('Chatterbox club Y7').count()).toBe(1);
  });

  it('lists every problem of a broken file with where it is, and changes nothing', async () => {
    const broken = structuredClone(secondary) as unknown as { staff: { role: string }[]; rooms: { capacity: number }[] };
    broken.staff[0]!.role = 'caretaker';
    broken.rooms[2]!.capacity = 0;
    const file = join(downloads, 'broken.json');
    writeFileSync(file, JSON.stringify(broken));
    await openFileMenu();
    await page.getByRole('button', { name: 'Import a school file…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Import a school file' });
    await dialog.getByLabel('Choose a Staffroom school file (staffroom/1, .json)').setInputFiles(file);
    await expect.poll(() => dialog.getByRole('alert').textContent()).toContain('broken.json cannot be imported: 2 problems. Nothing was changed.');
    const problems = await dialog.locator('.file-problems li').allTextContents();
    expect(problems).toEqual([expect.stringMatching(/^\$\.rooms\[2\]\.capacity must be at least 1/), expect.stringMatching(/^\$\.staff\[0\]\.role "caretaker" is not allowed here/)]);
    expect(await dialog.getByRole('button', { name: /^Replace/ }).count()).toBe(0);
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    expect(readdirSync(join(dataFolder, 'backups'))).toHaveLength(1);
  });

  it('exports a list as a CSV file Excel opens cleanly', async () => {
    await openFileMenu();
    const csv = await download(() => page.getByRole('button', { name: 'Staff (CSV)' }).click());
    expect(csv.name).toMatch(/^elderwood-vale-academy-staff-\d{4}-\d{2}-\d{2}\.csv$/);
    expect([...csv.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = csv.bytes.toString('utf8').slice(1);
    const lines = text.split('\r\n');
    expect(lines[0]).toBe('"Name","Role","Sex","May teach (specified work)","Skills and training","Working days","Fixed commitments","Weekly cap"');
    expect(lines).toHaveLength(secondary.staff.length + 2);
    expect(text).not.toMatch(/[^\r]\n/);
  });
});

describe('accessibility of every form', () => {
  const forms: { section: string; open: string; shot: string }[] = [
    { section: 'Staff', open: 'Add a member of staff', shot: 'forms-6-staff-new' },
    { section: 'Pupils', open: 'Add a pupil', shot: 'forms-7-pupil' },
    { section: 'Groups', open: 'Edit Chatterbox club Y7', shot: 'forms-8-group-edit' },
    { section: 'Cover', open: 'Add a cover item', shot: 'forms-9-cover' },
    { section: 'Rooms', open: 'Add a room', shot: 'forms-10-room' },
    { section: 'Skills', open: 'Add a skill', shot: 'forms-11-skill' },
    { section: 'Settings', open: 'Edit the school and calendar', shot: 'forms-12-calendar' },
  ];
  for (const { section, open, shot } of forms) {
    it(`${section}: “${open}” has no serious or critical axe problems`, async () => {
      await goTo(section);
      await page.getByRole('button', { name: open, exact: true }).click();
      await expect.poll(() => page.locator('form.entity-form').count()).toBe(1);
      await shootForm(shot);
      expect((await seriousAxeProblems()).join('\n')).toBe('');
      await page.getByRole('button', { name: 'Cancel' }).click();
      await expect.poll(() => page.locator('form.entity-form').count()).toBe(0);
    });
  }

  it('checks a UPN as it is typed and warns next to the field', async () => {
    await goTo('Pupils');
    await page.getByRole('button', { name: 'Add a pupil' }).click();
    const upn = page.getByLabel('UPN (optional)');
    await upn.fill('A12345678901');
    const warning = async () => page.locator(`#${(await upn.getAttribute('aria-describedby'))?.split(' ').find((id) => id.endsWith('-warning'))}`).textContent();
    await expect.poll(warning).toBe('Warning: This UPN has 12 characters; a UPN has 13 (a letter and 12 digits). You can still save it.');
    await upn.fill('A123456789013');
    await expect.poll(warning).toMatch(/^Warning: This UPN has check letter "A" but its digits give/);
    await page.getByRole('button', { name: 'Cancel' }).click();
  });

  it('keeps nothing in the data folder but the database and its backups (downloads go to the browser)', () => {
    expect(existsSync(join(dataFolder, 'staffroom.db'))).toBe(true);
    const kept = readdirSync(dataFolder).filter((name) => !/^staffroom\.db(-wal|-shm)?$/.test(name));
    expect(kept).toEqual(['backups']);
  });
});
