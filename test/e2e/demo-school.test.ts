/**
 * End to end, the way a person meets the app: `staffroom serve` started as a process, Debian's
 * Chromium opening the address it printed, the secondary demo school chosen on the welcome
 * screen, and every list checked for the school's real names. Screenshots go to test-results/.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
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
const pupilName = new Map(secondary.pupils.map((p) => [p.id, p.name]));

let serve: ServeProcess;
let browser: Browser;
let page: Page;
let dataFolder: string;
const offSite: string[] = [];
const requested: string[] = [];

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  dataFolder = mkdtempSync(join(tmpdir(), 'staffroom-e2e-'));
  serve = await startServeProcess(dataFolder);
  browser = await launchBrowser();
  // Every request the page makes is seen here; anything not for this server is stopped and recorded.
  await browser.context.route('**/*', (route) => {
    const url = route.request().url();
    requested.push(url);
    if (new URL(url).origin !== serve.origin) {
      offSite.push(url);
      return route.abort();
    }
    return route.continue();
  });
  page = await browser.context.newPage();
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

async function tableText(caption: RegExp): Promise<string> {
  const table = page.getByRole('table', { name: caption });
  return (await table.textContent()) ?? '';
}

async function shoot(name: string) {
  await page.screenshot({ path: join(SHOTS, `${name}.png`) });
}

describe('the demo school in the browser', () => {
  it('starts on the welcome screen, with the key taken out of the address bar', async () => {
    await page.goto(serve.url);
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Welcome to Staffroom');
    expect(page.url()).toBe(`${serve.origin}/`);
    await expect.poll(() => page.getByRole('heading', { name: 'Elderwood Vale Academy' }).count()).toBe(1);
    await shoot('1-welcome');
  });

  it('opens the secondary demo school into the app frame', async () => {
    await page.getByRole('button', { name: 'Open Elderwood Vale Academy' }).click();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Elderwood Vale Academy');
    const places = await page.getByRole('navigation', { name: 'Staffroom sections' }).getByRole('button').allTextContents();
    expect(places).toEqual(['Plan', 'Staff', 'Pupils', 'Groups', 'Cover', 'Rooms', 'Skills', 'Print and export', 'Import', 'Settings']);
    // The Plan place opens on the rota, with the demo's pinned sessions and the rest waiting in the tray.
    await expect.poll(() => page.getByRole('table', { name: 'Rota: 91 adults, 80 periods' }).count()).toBe(1);
    expect(await page.getByRole('heading', { name: /^Unplaced/ }).textContent()).toMatch(/^Unplaced \(\d+\)$/);
    await shoot('2-plan');
  });

  it('lists staff by name, with role, working days and skill expiry', async () => {
    await goTo('Staff');
    const text = await tableText(/^Staff of Elderwood Vale Academy/);
    expect(text).toContain('George Hussain');
    expect(text).toContain('Teacher');
    expect(text).toContain('Mon–Fri');
    // Jack Varley's Team Teach certificate lapsed before the plan's date (13 Jun 2025 < 22 Sep 2025).
    const jack = page.getByRole('row').filter({ hasText: 'Jack Varley' });
    expect(await jack.textContent()).toContain('Team Teach L1 (expired 13 Jun 2025)');
    expect(await page.getByRole('row').count()).toBe(secondary.staff.length + 1);
    await shoot('3-staff');
  });

  it('lists pupils with year, SEN status, needs and groups', async () => {
    await goTo('Pupils');
    const row = page.getByRole('row').filter({ hasText: 'Teddy Adeyemi' });
    const text = (await row.textContent()) ?? '';
    expect(text).toContain('Fresh Start Y7 group 1');
    expect(text).toMatch(/Year \d+/);
    await shoot('4-pupils');
  });

  it('shows each group with its pupils by name, never by id', async () => {
    await goTo('Groups');
    const group = secondary.groups[0];
    if (!group) throw new Error('the demo school has groups');
    const row = page.getByRole('row').filter({ hasText: group.name });
    const text = (await row.textContent()) ?? '';
    for (const id of group.pupils) expect(text).toContain(pupilName.get(id));
    expect(await tableText(/^Intervention groups/)).not.toMatch(/\bQ\d{4}\b/);
    await shoot('5-groups');
  });

  it('shows cover with its slot in words', async () => {
    await goTo('Cover');
    const row = page.getByRole('row').filter({ hasText: 'CPD course (planned): 11Y/En2 English' });
    const text = (await row.textContent()) ?? '';
    expect(text).toContain('Thursday Period 1, Week A');
    expect(text).toContain('Absence cover');
    await shoot('6-cover');
  });

  it('lists rooms with kind and capacity, and filters and sorts a list', async () => {
    await goTo('Rooms');
    const row = page.getByRole('row').filter({ has: page.getByRole('cell', { name: 'E1', exact: true }) });
    expect(await row.textContent()).toContain('Classroom32 people');
    await page.getByLabel('Filter rooms').fill('small');
    await expect.poll(() => page.locator('.list-count').textContent()).toMatch(/^Showing \d+ of 77 rooms$/);
    await page.getByRole('button', { name: 'Holds' }).click();
    expect(await page.getByRole('columnheader', { name: 'Holds' }).getAttribute('aria-sort')).toBe('ascending');
    await shoot('7-rooms');
  });

  it('shows the school, its calendar and where the data lives in Settings', async () => {
    await goTo('Settings');
    await expect.poll(() => page.getByText(dataFolder, { exact: false }).count()).toBeGreaterThan(0);
    expect(await page.getByText('Two-week cycle (Week A and Week B)').count()).toBe(1);
    expect(await page.getByRole('table', { name: 'Periods of the day, in order' }).textContent()).toContain('Tutor time08:40–09:05');
    await shoot('8-settings');
  });

  it('shows the rota as it will print, styled inside its frame, and saves it as a spreadsheet', async () => {
    await goTo('Print and export');
    await page.getByRole('radio', { name: /^Whole-school rota/ }).check();
    await page.getByRole('button', { name: 'Show the pages' }).click();
    await expect.poll(() => page.locator('.print-status').textContent()).toMatch(/^Whole-school rota: 10 pages are ready to print below\./);
    const frame = page.frameLocator('iframe.print-frame');
    const days = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'];
    expect(await frame.getByRole('heading', { level: 1 }).allTextContents()).toEqual([...days, ...days]);
    // The print stylesheet ran (the page's policy admits it by its hash): 14pt headings, not the browser's 2em.
    // (Runs in the page, so it names the page's own global; the cast is for types only.)
    type WithStyles = { getComputedStyle(element: unknown): { fontSize: string } };
    expect(await frame.getByRole('heading', { level: 1 }).first().evaluate((h) => (globalThis as unknown as WithStyles).getComputedStyle(h).fontSize)).toBe('18.6667px');
    // The demo holds only its pinned sessions: two adults are on the rota, on every day's page.
    expect(await frame.getByRole('rowheader').allTextContents()).toEqual(Array.from({ length: 10 }, () => ['Imogen HowellsOther staff', 'Eddie ElstonOther staff']).flat());
    await shoot('9-print');
    await page.getByRole('radio', { name: /^Spreadsheet \(CSV\)/ }).check();
    const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Save the file' }).click()]);
    expect(file.suggestedFilename()).toBe('elderwood-vale-academy-rota.csv');
    expect(readFileSync(await file.path(), 'utf8').startsWith('\uFEFF"Adult","Role","Week A Mon Tutor time"')).toBe(true);
    await expect.poll(() => page.locator('.print-status').textContent()).toMatch(/^Saved elderwood-vale-academy-rota\.csv\./);
  });

  it('moves keyboard focus to the new place when a section is chosen with the keyboard', async () => {
    await page.getByRole('button', { name: 'Pupils', exact: true }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator(':focus').textContent()).toBe('Pupils');
    expect(await page.locator(':focus').evaluate((element) => element.tagName)).toBe('H2');
  });

  it('keeps the open school and this tab’s key across a reload', async () => {
    await page.reload();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Elderwood Vale Academy');
  });

  it('blocks an inline script injected into the page (Content-Security-Policy)', async () => {
    await expect(page.addScriptTag({ content: "document.body.setAttribute('data-inline-ran', 'yes')" })).rejects.toThrow(
      /violates the following Content Security Policy directive 'script-src 'self''/,
    );
    expect(await page.locator('body').getAttribute('data-inline-ran')).toBeNull();
    // The app's own script, loaded from the server, did run: the frame is there.
    expect(await page.getByRole('navigation', { name: 'Staffroom sections' }).count()).toBe(1);
  });

  it('has no serious accessibility problems on any screen (axe-core)', async () => {
    const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
    const problems: string[] = [];
    for (const section of ['Plan', 'Staff', 'Pupils', 'Groups', 'Cover', 'Rooms', 'Skills', 'Print and export', 'Import', 'Settings']) {
      await goTo(section);
      // Evaluated over the DevTools protocol, which the page's CSP does not govern; the page itself cannot do this.
      await page.evaluate(axeSource);
      const found = await page.evaluate<string[]>(
        `axe.run().then((result) => result.violations
          .filter((v) => v.impact === 'serious' || v.impact === 'critical')
          .map((v) => v.id + ' (' + v.nodes.length + ')'))`,
      );
      problems.push(...found.map((f) => `${section}: ${f}`));
    }
    expect(problems).toEqual([]);
  });

  it('refuses a tab opened without the key, and says what to do', async () => {
    const stranger = await browser.context.newPage();
    await stranger.goto(`${serve.origin}/`);
    await expect.poll(() => stranger.getByRole('heading', { level: 1 }).textContent()).toBe('Open Staffroom from its own address');
    await stranger.close();
  });

  it('sent no request anywhere but this computer’s server', () => {
    expect(requested.length).toBeGreaterThan(10);
    expect(offSite).toEqual([]);
  });
});
