// The plan grid in Chromium, timed by the page's own performance marks (renderer/grid): the
// secondary demo's whole cycle drawn (91 adults x 80 slots), each pointer move while dragging
// (looking up the target's validity and showing it), picking a card up (every target judged on
// the Node side and every cell marked), and a manual drop saved and shown. Numbers, not a test.
// Run after `npm run build`: npm run bench:grid [-- runs]
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { chromium, type Page } from 'playwright-core';
import { openDatabase, replaceSchool } from '../db';
import { schoolSchema } from '../solver/model/school-file';
import { planSchool } from '../solver/planner';

const runs = Number(process.argv[2] ?? 7);
const startLoad = loadavg()[0]?.toFixed(1) ?? '?';

function stats(values: readonly number[]): string {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? Number.NaN;
  return `median ${at(0.5).toFixed(1)} ms, p95 ${at(0.95).toFixed(1)} ms, max ${(sorted.at(-1) ?? Number.NaN).toFixed(1)} ms (n=${sorted.length})`;
}

/** Waits until `expression` is true in the page (page.waitForFunction needs eval, which the app's CSP forbids). */
async function until(page: Page, expression: string): Promise<void> {
  for (let tries = 0; tries < 3000; tries++) {
    if (await page.evaluate<boolean>(expression)) return;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  throw new Error(`waited too long for ${expression}`);
}

/** The centres of what `selector` finds wholly in view in the grid (not under its sticky headings). */
function inView(page: Page, selector: string): Promise<{ x: number; y: number }[]> {
  return page.evaluate<{ x: number; y: number }[]>(`(() => {
    const box = document.querySelector('.grid-scroll').getBoundingClientRect();
    const top = document.querySelector('.grid-head').getBoundingClientRect().bottom;
    const left = document.querySelector('.grid-head .row-head').getBoundingClientRect().right;
    return [...document.querySelectorAll(${JSON.stringify(selector)})].map((c) => c.getBoundingClientRect())
      .filter((r) => r.top >= top && r.bottom <= box.bottom && r.left >= left && r.right <= box.right)
      .map((r) => ({ x: r.left + r.width / 2, y: r.top + r.height / 2 }));
  })()`);
}

async function measures(page: Page, name: string): Promise<number[]> {
  return page.evaluate<number[]>(`performance.getEntriesByName(${JSON.stringify(name)}).map((m) => m.duration)`);
}

// A planned secondary school, written straight into a data folder the server then opens.
const folder = mkdtempSync(join(tmpdir(), 'staffroom-bench-grid-'));
const school = schoolSchema.parse(JSON.parse(readFileSync('demo/secondary.json', 'utf8')));
const planned = planSchool(school, { timeLimitMs: 60_000 });
school.plan = { sessions: planned.sessions, unfilled: planned.unfilled };
const db = openDatabase(join(folder, 'staffroom.db'));
replaceSchool(db, school);
db.close();

const server: ChildProcess = spawn(process.execPath, ['bin/staffroom.js', 'serve', '--port', '0', '--data', folder], { stdio: ['ignore', 'pipe', 'inherit'] });
const url = await new Promise<string>((resolve) => createInterface({ input: server.stdout! }).once('line', resolve));
const profile = mkdtempSync(join(tmpdir(), 'staffroom-bench-chromium-'));
const browser = await chromium.launchPersistentContext(profile, {
  executablePath: '/usr/bin/chromium',
  headless: true,
  viewport: { width: 1280, height: 800 },
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});

try {
  const page = await browser.newPage();
  await page.goto(url);
  await page.locator('.rota').waitFor();
  const nav = page.getByRole('navigation', { name: 'Staffroom sections' });

  // 1. The whole cycle drawn, from the grid's first render to the frame after it is on screen.
  const renders: number[] = [];
  for (let i = 0; i < runs; i++) {
    await nav.getByRole('button', { name: 'Staff', exact: true }).click();
    await page.evaluate('performance.clearMeasures()');
    await nav.getByRole('button', { name: 'Plan', exact: true }).click();
    await until(page, `performance.getEntriesByName('grid:render').length > 0`);
    renders.push(...(await measures(page, 'grid:render')));
  }
  const drawn = await page.evaluate<string>(`document.querySelectorAll('.rota-body > .grid-row').length + ' of ' + (document.querySelector('.rota')?.getAttribute('aria-rowcount') - 1) + ' rows, ' + document.querySelectorAll('.rota-body .cell').length + ' cells'`);

  // 2 and 3. Pick a session card up, then sweep the pointer across the grid.
  await page.getByLabel('Role').selectOption({ label: 'HLTA' });
  const pickups: number[] = [];
  const moves: number[] = [];
  const frames: number[] = [];
  await page.evaluate(`window.addEventListener('pointermove', (event) => {
    requestAnimationFrame(() => (window.benchFrames ??= []).push(performance.now() - event.timeStamp));
  }, { capture: true })`);
  const grid = await page.locator('.grid-scroll').boundingBox();
  if (!grid) throw new Error('the grid is on screen');
  const pickUp = async (at: { x: number; y: number }) => {
    await page.evaluate(`performance.clearMeasures(); window.benchFrames = []`);
    await page.mouse.move(at.x, at.y);
    await page.mouse.down();
    await page.mouse.move(at.x + 14, at.y + 5, { steps: 3 });
    await until(page, `performance.getEntriesByName('grid:pickup').length > 0`);
  };
  for (let i = 0; i < runs; i++) {
    // Dragging near the edge scrolls the grid: back to the start, and the cards found afresh.
    await page.evaluate(`document.querySelector('.grid-scroll').scrollTo(0, 0)`);
    await page.waitForTimeout(50);
    const cards = await inView(page, '.rota-body .card[class*="area-"]');
    if (cards.length === 0) throw new Error('no group session in view');
    await pickUp(cards[i % cards.length]!);
    await page.evaluate(`performance.clearMeasures('grid:move'); window.benchFrames = []`);
    for (let k = 0; k < 4; k++) {
      await page.mouse.move(grid.x + grid.width - 40, grid.y + 80 + k * 40, { steps: 25 });
      await page.mouse.move(grid.x + 220, grid.y + 100 + k * 40, { steps: 25 });
    }
    pickups.push(...(await measures(page, 'grid:pickup')));
    moves.push(...(await measures(page, 'grid:move')));
    frames.push(...(await page.evaluate<number[]>('window.benchFrames')));
    await page.keyboard.press('Escape');
    await page.mouse.up();
  }

  // 4. Drops that keep every rule: from the drop to the moved card on screen.
  const drops: number[] = [];
  const answers: number[] = [];
  for (let i = 0; drops.length < runs && i < runs * 4; i++) {
    await page.evaluate(`document.querySelector('.grid-scroll').scrollTo(0, 0)`);
    await page.waitForTimeout(50);
    const now = await inView(page, '.rota-body .card[class*="area-"]');
    const from = now[i % Math.max(1, now.length)];
    if (!from) break;
    await pickUp(from);
    const [target] = await inView(page, '.cell[data-drop="ok"]:not(:has(.lifted))');
    if (!target) {
      await page.keyboard.press('Escape');
      await page.mouse.up();
      continue;
    }
    await page.mouse.move(target.x, target.y, { steps: 5 });
    await page.mouse.up();
    await until(page, `performance.getEntriesByName('grid:drop-to-shown').length > 0 || /^Not moved|was not moved/.test(document.querySelector('.grid-notice-text')?.textContent ?? '')`);
    drops.push(...(await measures(page, 'grid:drop-to-shown')));
    answers.push(...(await measures(page, 'grid:drop-answered')));
  }

  console.log('Plan grid, secondary demo (Elderwood Vale Academy: 91 adults, Week A/B, 80 slots), Chromium headless');
  // The machine is shared: the figures only mean something next to how busy it was.
  console.log(`  machine: ${availableParallelism()} cores, load average at the start ${startLoad}, at the end ${loadavg()[0]?.toFixed(1) ?? '?'}`);
  console.log(`  full cycle drawn (first render to the frame after):    ${stats(renders)}   [${drawn} in the page]`);
  console.log(`  per pointer move while dragging (look-up + highlight): ${stats(moves)}`);
  console.log(`  per pointer move, event to the next animation frame:   ${stats(frames)}`);
  console.log(`  picking a card up (all 7,371 targets judged, cells marked): ${stats(pickups)}`);
  console.log(`  manual drop saved and shown (drop to the frame after): ${stats(drops)}`);
  console.log(`    of which the answer of session:move (checked, written): ${stats(answers)}`);
} finally {
  await browser.close();
  server.kill('SIGTERM');
  rmSync(profile, { recursive: true, force: true });
  rmSync(folder, { recursive: true, force: true });
}
