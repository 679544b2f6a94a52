/**
 * The plan grid in Chromium, as a SENCO would use it: plan the week and accept it, drag a session
 * with the mouse and with the keyboard, be refused on a slot that breaks a rule with the reason
 * shown, undo and redo, pin then plan again, use the card menu, take a session off and place it
 * back from the Unplaced tray, and cancel a long planner run keeping its best plan so far. The
 * grid is checked with axe-core, and the rota and timetable of both demo schools are photographed
 * into test-results/.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, type Browser } from './browser';
import { startServeProcess, type ServeProcess } from './serve-process';

const SHOTS = 'test-results';
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

let browser: Browser;
const started: { serve: ServeProcess; folder: string }[] = [];
const cspProblems: string[] = [];

async function openDemo(name: string): Promise<Page> {
  const folder = mkdtempSync(join(tmpdir(), 'staffroom-e2e-grid-'));
  const serve = await startServeProcess(folder);
  started.push({ serve, folder });
  const page = await browser.context.newPage();
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) cspProblems.push(message.text());
  });
  await page.goto(serve.url);
  await page.getByRole('button', { name: `Open ${name}` }).click();
  await page.getByRole('heading', { level: 1, name }).waitFor();
  await page.locator('.rota').waitFor();
  return page;
}

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  for (const { serve, folder } of started) {
    await serve.stop();
    rmSync(folder, { recursive: true, force: true });
  }
});

interface Cell {
  slot: number;
  row: number;
  x: number;
  y: number;
}

const escaped = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const notice = (page: Page) => page.locator('.grid-notice-text').textContent();
const undoTitle = (page: Page) => page.getByRole('button', { name: 'Undo', exact: true }).getAttribute('title');

// The page is driven with plain JavaScript in strings: this file is type-checked without the DOM.

/** Cells marked `kind` while dragging that are wholly in view (not under the sticky headings). */
function markedCells(page: Page, kind: 'ok' | 'no'): Promise<Cell[]> {
  return page.evaluate<Cell[]>(`(() => {
    const box = document.querySelector('.grid-scroll')?.getBoundingClientRect();
    const top = document.querySelector('.grid-head')?.getBoundingClientRect().bottom ?? 0;
    const left = document.querySelector('.grid-head .row-head')?.getBoundingClientRect().right ?? 0;
    if (!box) return [];
    return [...document.querySelectorAll('.cell[data-drop="${kind}"]')]
      .map((cell) => ({ cell, r: cell.getBoundingClientRect() }))
      .filter(({ r }) => r.top >= top && r.bottom <= box.bottom && r.left >= left && r.right <= box.right)
      .map(({ cell, r }) => ({ slot: Number(cell.dataset.slot), row: Number(cell.dataset.row), x: r.left + r.width / 2, y: r.top + r.height / 2 }));
  })()`);
}

interface CardFacts {
  session: string;
  slot: number;
  row: number;
  what: string;
}

/** The session a card shows, and the cell it is in. */
async function cardFacts(card: Locator): Promise<CardFacts> {
  const [session, slot, row, what] = await Promise.all([
    card.getAttribute('data-card').then((key) => (JSON.parse(key ?? '[]') as string[])[1] ?? ''),
    card.locator('xpath=ancestor::*[@data-slot][1]').getAttribute('data-slot'),
    card.locator('xpath=ancestor::*[@data-slot][1]').getAttribute('data-row'),
    card.locator('.card-what').textContent(),
  ]);
  return { session, slot: Number(slot), row: Number(row), what: what ?? '' };
}

/** Whether the cell (slot, row) holds a card of `session`. */
async function cellHolds(page: Page, slot: number, row: number, session: string): Promise<boolean> {
  const keys = await page.evaluate<string[]>(`[...document.querySelectorAll('.cell[data-slot="${slot}"][data-row="${row}"] [data-card]')].map((c) => c.getAttribute('data-card'))`);
  return keys.some((key) => (JSON.parse(key) as string[])[1] === session);
}

/** Presses the mouse on a card and moves it past the activation distance, until every cell is marked. */
async function pickUp(page: Page, card: Locator): Promise<void> {
  await card.scrollIntoViewIfNeeded();
  const box = await card.boundingBox();
  if (!box) throw new Error('the card is on screen');
  const x = box.x + box.width / 2;
  const y = box.y + box.height / 2;
  await page.mouse.move(x, y);
  await page.mouse.down();
  await page.mouse.move(x + 14, y + 5, { steps: 3 });
  await expect.poll(() => page.locator('.dragging .cell[data-drop]').count()).toBeGreaterThan(0);
}

/** Moves the held card onto a cell in several steps, reads the hint there, and lets go. */
async function dropOn(page: Page, cell: Cell): Promise<string> {
  await page.mouse.move(cell.x, cell.y, { steps: 6 });
  await expect.poll(() => page.locator('.drop-hint').textContent()).not.toMatch(/checking|Drop it on a time/);
  const hint = (await page.locator('.drop-hint').textContent()) ?? '';
  await page.mouse.up();
  return hint;
}

/** A group session card with somewhere else in view it could go, picked up and held. */
async function holdMovableCard(page: Page): Promise<{ card: Locator; facts: CardFacts; ok: Cell[]; no: Cell[] }> {
  const cards = page.locator('.rota-body .card[class*="area-"]');
  const count = await cards.count();
  for (let i = 0; i < count; i++) {
    const card = cards.nth(i);
    const facts = await cardFacts(card);
    await pickUp(page, card);
    const ok = (await markedCells(page, 'ok')).filter((c) => !(c.slot === facts.slot && c.row === facts.row));
    const no = await markedCells(page, 'no');
    if (ok.length > 0 && no.length > 0) return { card, facts, ok, no };
    await page.keyboard.press('Escape');
    await page.mouse.up();
  }
  throw new Error('no group session in view has another valid place in view');
}

async function planAndAccept(page: Page): Promise<string> {
  await page.getByRole('button', { name: 'Plan…' }).click();
  await page.getByRole('button', { name: 'Start planning' }).click();
  await page.getByRole('button', { name: 'Accept this plan' }).waitFor({ timeout: 55_000 });
  const proposal = (await page.locator('.plan-proposal').textContent()) ?? '';
  await page.getByRole('button', { name: 'Accept this plan' }).click();
  await expect.poll(() => notice(page)).toMatch(/^Accepted a new plan: /);
  return proposal;
}

async function seriousAxeProblems(page: Page): Promise<string[]> {
  // Evaluated over the DevTools protocol, which the page's CSP does not govern.
  await page.evaluate(axeSource);
  return page.evaluate<string[]>(
    `axe.run().then((result) => result.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => v.id + ' (' + v.nodes.length + '): ' + v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')))`,
  );
}

async function showTimetableOf(page: Page, name: string): Promise<void> {
  await page.getByRole('radio', { name: 'Timetable' }).check();
  await page.getByLabel('Find').fill(`${name} (staff)`);
  await expect.poll(() => page.getByRole('table', { name: `Timetable of ${name} (staff)` }).count()).toBe(1);
}

describe('the plan grid of a secondary school', () => {
  let page: Page;

  beforeAll(async () => {
    page = await openDemo('Elderwood Vale Academy');
  });

  it('plans the week with the planner and accepts it as one edit', async () => {
    expect(await page.getByRole('heading', { name: /^Unplaced/ }).textContent()).toMatch(/^Unplaced \(\d+\)$/);
    const proposal = await planAndAccept(page);
    expect(proposal).toMatch(/The planner finished\./);
    expect(proposal).toMatch(/\d+ added/);
    expect(await undoTitle(page)).toMatch(/^Undo: Accepted a new plan: \d+ added/);
    // Only HLTAs from here on: they run most intervention groups.
    await page.getByLabel('Role').selectOption({ label: 'HLTA' });
    await expect.poll(() => page.locator('.rota-body .card[class*="area-"]').count()).toBeGreaterThan(0);
  });

  it('moves a session with the mouse to a place that keeps every rule, and undoes and redoes it', async () => {
    const before = await undoTitle(page);
    const { facts, ok } = await holdMovableCard(page);
    const target = ok[0]!;
    const hint = await dropOn(page, target);
    expect(hint).toMatch(/: can go here\.$/);
    await expect.poll(() => notice(page)).toMatch(new RegExp(`^${escaped(facts.what)} (moved to|on .* given to) .*\\.`));
    await expect.poll(() => cellHolds(page, target.slot, target.row, facts.session)).toBe(true);
    expect(await cellHolds(page, facts.slot, facts.row, facts.session)).toBe(false);
    // A manual move is pinned where it was put.
    const there = page.locator(`.cell[data-slot="${target.slot}"][data-row="${target.row}"] [data-card*='"${facts.session}"']`).first();
    expect(await there.getAttribute('class')).toMatch(/\bpinned\b/);
    const moved = await undoTitle(page);
    expect(moved).not.toBe(before);
    expect(moved).toMatch(/^Undo: (Moved|Gave) /);

    await page.keyboard.press('Control+z');
    await expect.poll(() => cellHolds(page, facts.slot, facts.row, facts.session)).toBe(true);
    expect(await cellHolds(page, target.slot, target.row, facts.session)).toBe(false);
    await page.keyboard.press('Control+Shift+Z');
    await expect.poll(() => cellHolds(page, target.slot, target.row, facts.session)).toBe(true);

    // The history lives in the database: after the window is loaded afresh, Undo still takes the move back.
    await page.reload();
    await page.locator('.rota').waitFor();
    await page.getByLabel('Role').selectOption({ label: 'HLTA' });
    await expect.poll(() => undoTitle(page)).toBe(moved);
    await expect.poll(() => cellHolds(page, target.slot, target.row, facts.session)).toBe(true);
    await page.keyboard.press('Control+z');
    await expect.poll(() => cellHolds(page, facts.slot, facts.row, facts.session)).toBe(true);
    await page.keyboard.press('Control+Shift+Z');
    await expect.poll(() => cellHolds(page, target.slot, target.row, facts.session)).toBe(true);
  });

  it('refuses a drop on a slot that breaks a hard rule, shows the reason, and changes nothing', async () => {
    const before = await undoTitle(page);
    const { facts, no } = await holdMovableCard(page);
    const target = no[0]!;
    const hint = await dropOn(page, target);
    const reason = /: cannot go here\. (.+)$/.exec(hint)?.[1];
    expect(reason).toBeTruthy();
    const alert = page.getByRole('alert').filter({ hasText: 'Not moved' });
    await expect.poll(() => alert.textContent()).toContain(`Not moved: ${reason}`);
    expect(await alert.isVisible()).toBe(true);
    expect(await undoTitle(page)).toBe(before);
    expect(await cellHolds(page, facts.slot, facts.row, facts.session)).toBe(true);
    await page.screenshot({ path: join(SHOTS, 'grid-secondary-refused.png') });
  });

  it('moves a session with the keyboard alone: Space, arrows, Space', async () => {
    const card = page.locator('.rota-body .card[class*="area-"]').first();
    const facts = await cardFacts(card);
    await card.focus();
    await page.keyboard.press('Space');
    await expect.poll(() => page.locator('.dragging .cell[data-drop]').count()).toBeGreaterThan(0);
    // The nearest place along the card's own row (another time, same adult) that keeps every rule.
    const key = (await card.getAttribute('data-card')) ?? '';
    const steps = await page.evaluate<number>(`(() => {
      const card = [...document.querySelectorAll('[data-card]')].find((c) => c.getAttribute('data-card') === ${JSON.stringify(key)});
      const home = card?.closest('[data-slot]');
      const cells = [...(home?.parentElement?.querySelectorAll(':scope > [data-slot]') ?? [])];
      const at = cells.indexOf(home);
      const options = cells.map((c, i) => ({ i, ok: c.dataset.drop === 'ok' })).filter((c) => c.ok && c.i !== at).map((c) => c.i - at);
      return options.sort((a, b) => Math.abs(a) - Math.abs(b))[0] ?? 0;
    })()`);
    expect(steps).not.toBe(0);
    for (let i = 0; i < Math.abs(steps); i++) await page.keyboard.press(steps > 0 ? 'ArrowRight' : 'ArrowLeft');
    await expect.poll(() => page.locator('.drop-hint').textContent()).toMatch(/: can go here\.$/);
    const spoken = await page.locator('[aria-live="assertive"]').allTextContents();
    expect(spoken.join(' ')).toMatch(/: can go here\./);
    await page.keyboard.press('Space');
    const target = facts.slot + steps;
    await expect.poll(() => cellHolds(page, target, facts.row, facts.session)).toBe(true);
    expect(await notice(page)).toMatch(/ moved to .* with .*\./);
    // What a screen reader hears is a plain sentence with names and times, never ids.
    const said = (await page.getByRole('status').filter({ hasText: ' moved to ' }).textContent()) ?? '';
    const person = (JSON.parse(key) as string[])[2] ?? '';
    expect(said).toMatch(new RegExp(`^${escaped(facts.what)} moved to (Monday|Tuesday|Wednesday|Thursday|Friday) .+ with [A-Z][a-z]+ .+\\.$`));
    expect(said).not.toContain(facts.session);
    expect(said).not.toMatch(new RegExp(`\\b${escaped(person)}\\b`));
    // Focus went with the card to its new place, so the next move can start from there.
    await expect.poll(() => page.evaluate<string>("document.activeElement?.getAttribute('data-card') ?? ''")).toContain(facts.session);
  });

  it('leaves a card where it was when the keyboard move is cancelled with Escape', async () => {
    const before = await undoTitle(page);
    const card = page.locator('.rota-body .card[class*="area-"]').first();
    const facts = await cardFacts(card);
    await card.focus();
    await page.keyboard.press('Space');
    await expect.poll(() => page.locator('.dragging .cell[data-drop]').count()).toBeGreaterThan(0);
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('.dragging').count()).toBe(0);
    expect(await cellHolds(page, facts.slot, facts.row, facts.session)).toBe(true);
    expect(await undoTitle(page)).toBe(before);
  });

  it('moves and gives a session through its menu', async () => {
    const card = page.locator('.rota-body .card[class*="area-"]').first();
    const facts = await cardFacts(card);
    await page.getByRole('button', { name: `Actions for ${await card.getAttribute('title')}` }).click();
    await page.getByRole('menuitem', { name: 'Move to…' }).click();
    const dialog = page.getByRole('dialog', { name: `Move ${facts.what}` });
    await dialog.getByLabel('When').waitFor();
    expect(await dialog.textContent()).toMatch(/\d+ times? keep every rule/);
    const when = await dialog.getByLabel('When').locator('option').nth(0).textContent();
    await dialog.getByRole('button', { name: 'Move it there' }).click();
    await expect.poll(() => notice(page)).toContain(`${facts.what} `);
    expect(await notice(page)).toContain(when ?? '');

    const moved = page.locator(`.rota-body [data-card*='"${facts.session}"']`).first();
    await page.getByRole('button', { name: `Actions for ${await moved.getAttribute('title')}` }).click();
    await page.getByRole('menuitem', { name: 'Give to…' }).click();
    const give = page.getByRole('dialog', { name: /^Give / });
    const first = give.getByRole('radio').first();
    await first.waitFor();
    const name = (await give.locator('.give-choice strong').first().textContent()) ?? '';
    await give.getByRole('button', { name: `Give it to ${name}` }).click();
    await expect.poll(() => notice(page)).toContain(`given to ${name}`);
  });

  it('takes a session off the plan and places it back from the Unplaced tray', async () => {
    const card = page.locator('.rota-body .card[class*="area-"]').first();
    const facts = await cardFacts(card);
    const unplacedBefore = await page.locator('.tray-list > li').count();
    await page.getByRole('button', { name: `Actions for ${await card.getAttribute('title')}` }).click();
    await page.getByRole('menuitem', { name: 'Remove from plan' }).click();
    await expect.poll(() => notice(page)).toMatch(new RegExp(`^Took ${escaped(facts.what)} on .* off the plan`));
    await expect.poll(() => page.locator('.tray-list > li').count()).toBe(unplacedBefore + 1);
    // Where it was is a place it can go back to: bring it into view.
    await page.locator(`.cell[data-slot="${facts.slot}"][data-row="${facts.row}"]`).scrollIntoViewIfNeeded();
    const item = page.locator('.tray-list .card').filter({ hasText: facts.what }).first();
    await pickUp(page, item);
    const ok = await markedCells(page, 'ok');
    expect(ok.length).toBeGreaterThan(0);
    const hint = await dropOn(page, ok[0]!);
    expect(hint).toMatch(/: can go here\.$/);
    await expect.poll(() => notice(page)).toMatch(/ placed on .* with .*\./);
    await expect.poll(() => page.locator('.tray-list > li').count()).toBe(unplacedBefore);
  });

  it('shows who could take a selected session instead, its pupils, why demand is unplaced, and the totals', async () => {
    const card = page.locator('.rota-body .card[class*="area-"]').first();
    const what = (await card.locator('.card-what').textContent()) ?? '';
    await card.click();
    const panel = page.getByRole('complementary', { name: 'Details' });
    await expect.poll(() => panel.locator('h3').textContent()).toBe(what);
    await panel.getByRole('heading', { name: /^Who could take it instead/ }).waitFor();
    await expect.poll(() => panel.locator('.alternatives > li').count()).toBeGreaterThan(0);
    // Each adult who could take it comes with why, best first.
    for (const line of await panel.locator('.alternatives > li').allTextContents()) expect(line).toMatch(/^[A-Z].+ — .+/);
    expect(await panel.getByRole('heading', { name: /^Pupils \(\d+\)$/ }).count()).toBe(1);
    expect(await panel.locator('.pupils > li').count()).toBeGreaterThan(0);

    const item = page.locator('.tray-list .card').first();
    await item.click();
    await panel.getByRole('heading', { name: 'Why it could not be placed' }).waitFor();
    expect(await panel.locator('.why > li').count()).toBeGreaterThan(0);
    // In words, with names and times: "Imogen Howells (who must lead it) is not free on Monday Tutor time, …".
    const why = (await panel.locator('.why > li').first().textContent()) ?? '';
    expect(why).toMatch(/^[A-Z].* (free|trained|room|work)/);
    expect(why).not.toMatch(/\b[TS]\d{2}\b/);
    await panel.getByRole('button', { name: 'Close' }).click();

    // Per adult: periods planned per week (against the cap where there is one); per group: planned of needed.
    expect(await page.locator('.rota-body .row-totals').first().textContent()).toMatch(/^HLTA · A \d+ · B \d+/);
    const groups = await panel.locator('table.totals tbody td').allTextContents();
    expect(groups.length).toBeGreaterThan(0);
    for (const cell of groups) expect(cell).toMatch(/^\d+ of \d+$/);
  });

  it('pins a session, then plans again: the pinned session stays exactly where it is', async () => {
    const card = page.locator('.rota-body .card[class*="area-"]:not(.pinned)').first();
    const facts = await cardFacts(card);
    await page.getByRole('button', { name: `Actions for ${await card.getAttribute('title')}` }).click();
    await page.getByRole('menuitem', { name: 'Pin' }).click();
    await expect.poll(() => notice(page)).toMatch(/^Pinned /);
    const pinned = page.locator(`.cell[data-slot="${facts.slot}"][data-row="${facts.row}"] [data-card*='"${facts.session}"']`);
    await expect.poll(() => pinned.textContent()).toMatch(/, pinned$/);

    await page.getByRole('button', { name: 'Plan…' }).click();
    expect(await page.getByRole('dialog', { name: 'Plan the week' }).textContent()).toMatch(/The \d+ pinned sessions stay exactly where they are/);
    await page.getByRole('button', { name: 'Start planning' }).click();
    await page.getByRole('button', { name: 'Accept this plan' }).click({ timeout: 55_000 });
    await expect.poll(() => notice(page)).toMatch(/^Accepted a new plan: /);
    expect(await cellHolds(page, facts.slot, facts.row, facts.session)).toBe(true);
    expect(await pinned.textContent()).toMatch(/, pinned$/);
  });

  it('shows the rota and an HLTA’s timetable, with no serious accessibility problems', async () => {
    expect(await seriousAxeProblems(page)).toEqual([]);
    await page.screenshot({ path: join(SHOTS, 'grid-secondary-rota-hlta.png') });
    await page.getByLabel('Role').selectOption({ label: 'All roles' });
    await page.evaluate(`document.querySelector('.grid-scroll')?.scrollTo(0, 0)`);
    expect(await seriousAxeProblems(page)).toEqual([]);
    await page.screenshot({ path: join(SHOTS, 'grid-secondary-rota.png') });
    await page.getByLabel('Role').selectOption({ label: 'HLTA' });
    const name = (await page.locator('.rota-body .row-name').first().textContent()) ?? '';
    await showTimetableOf(page, name);
    expect(await page.locator('.timetable .card').count()).toBeGreaterThan(0);
    expect(await seriousAxeProblems(page)).toEqual([]);
    await page.screenshot({ path: join(SHOTS, 'grid-secondary-timetable.png') });
  });

  it('applied no inline style or script the Content-Security-Policy refuses', () => {
    expect(cspProblems).toEqual([]);
  });
});

describe('the plan grid of a primary school', () => {
  let page: Page;

  beforeAll(async () => {
    page = await openDemo('Brackenfold Primary School');
  });

  it('stops a long planner run with Cancel and offers the best checked plan found so far', async () => {
    await page.getByRole('button', { name: 'Plan…' }).click();
    await page.getByLabel('Time to spend at most').selectOption({ label: '10 minutes' });
    await page.getByRole('button', { name: 'Start planning' }).click();
    await page.getByText('A first plan is ready').waitFor({ timeout: 30_000 });
    expect(await page.getByRole('progressbar').count()).toBe(1);
    await page.getByRole('button', { name: 'Cancel' }).click();
    const proposal = page.locator('.plan-proposal');
    await proposal.waitFor();
    expect(await proposal.textContent()).toMatch(/You stopped the planner\. This is the best plan it had found so far, checked against every rule\./);
    await page.getByRole('button', { name: 'Accept this plan' }).click();
    await expect.poll(() => notice(page)).toMatch(/^Accepted a new plan: \d+ added\.$/);
    expect(await page.locator('.rota-body .card').count()).toBeGreaterThan(0);
  });

  it('shows the rota and a timetable, with no serious accessibility problems', async () => {
    expect(await seriousAxeProblems(page)).toEqual([]);
    await page.screenshot({ path: join(SHOTS, 'grid-primary-rota.png') });
    await page.getByLabel('Role').selectOption({ label: 'HLTA' });
    const name = (await page.locator('.rota-body .row-name').first().textContent()) ?? '';
    await showTimetableOf(page, name);
    expect(await seriousAxeProblems(page)).toEqual([]);
    await page.screenshot({ path: join(SHOTS, 'grid-primary-timetable.png') });
  });

  it('discards a proposal without writing anything', async () => {
    const before = await undoTitle(page);
    await page.getByRole('button', { name: 'Plan…' }).click();
    await page.getByLabel('Time to spend at most').selectOption({ label: '15 seconds' });
    await page.getByRole('button', { name: 'Start planning' }).click();
    await page.getByRole('button', { name: 'Discard' }).click({ timeout: 55_000 });
    await expect.poll(() => page.getByRole('dialog', { name: 'Plan the week' }).count()).toBe(0);
    expect(await undoTitle(page)).toBe(before);
  });
});

describe('a working pattern changed in the Staff form', () => {
  // Monday is the first five-day column of each week: slots 0-7 in Week A and 40-47 in Week B.
  const mondays = [...Array(8).keys()].flatMap((p) => [p, 40 + p]).map((slot) => `.timetable .cell[data-slot="${slot}"] .card`).join(', ');

  it('is kept by the planner: an adult taken off Mondays gets no Monday work when planned again', async () => {
    const page = await openDemo('Elderwood Vale Academy');
    const name = 'Iris Fawcett';
    await planAndAccept(page);
    await showTimetableOf(page, name);
    expect(await page.locator(mondays).count()).toBeGreaterThan(0);

    const goTo = async (section: string) => {
      await page.getByRole('navigation', { name: 'Staffroom sections' }).getByRole('button', { name: section, exact: true }).click();
      await expect.poll(() => page.getByRole('heading', { level: 2 }).first().textContent()).toBe(section);
    };
    await goTo('Staff');
    await page.getByRole('button', { name: `Edit ${name}` }).click();
    for (const week of ['Week A', 'Week B']) {
      await page.getByRole('tab', { name: week }).click();
      const monday = page.getByRole('button', { name: 'Mon', exact: true });
      expect(await monday.getAttribute('title')).toBe('Switch every period of Monday off');
      await monday.click();
    }
    await page.getByRole('button', { name: 'Save changes' }).click();
    await expect.poll(() => page.getByRole('status').first().textContent()).toMatch(/^Saved: /);

    await goTo('Plan');
    await page.locator('.rota').waitFor();
    await planAndAccept(page);
    await showTimetableOf(page, name);
    expect(await page.locator(mondays).count()).toBe(0);
    expect(await page.locator('.timetable .cell[data-slot="0"]').textContent()).toContain('Not working');
  });
});
