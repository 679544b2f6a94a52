// Cold start of `npm run serve` to first paint: from starting the command to the browser's first
// contentful paint of the page it serves (Chromium already open, as a person's browser would be),
// and to the first useful screen (the welcome screen; the open school's frame on a later start).
// Run after `npm run build`: npx tsx bench/serve-first-paint.ts [runs]
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { chromium } from 'playwright-core';

const runs = Number(process.argv[2] ?? 5);
const profile = mkdtempSync(join(tmpdir(), 'staffroom-bench-chromium-'));
const browser = await chromium.launchPersistentContext(profile, {
  executablePath: '/usr/bin/chromium',
  headless: true,
  viewport: { width: 1280, height: 800 },
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});

interface Sample {
  urlPrinted: number;
  firstPaint: number;
  usable: number;
}

async function once(command: string[], dataFolder: string, ready: string): Promise<Sample> {
  const t0 = Date.now();
  const child = spawn(command[0] ?? 'npm', [...command.slice(1), '--port', '0', '--data', dataFolder], { stdio: ['ignore', 'pipe', 'inherit'], detached: true });
  const url = await new Promise<string>((resolve) => createInterface({ input: child.stdout }).once('line', resolve));
  const urlPrinted = Date.now() - t0;
  const page = await browser.newPage();
  await page.goto(url);
  const paintAt = await page.evaluate<number>(
    `new Promise((resolve) => {
      const find = () => performance.getEntriesByName('first-contentful-paint')[0];
      const done = () => resolve(performance.timeOrigin + find().startTime);
      if (find()) done(); else new PerformanceObserver(() => find() && done()).observe({ type: 'paint', buffered: true });
    })`,
  );
  await page.getByRole('heading', { level: 1, name: ready }).waitFor();
  const usable = Date.now() - t0;
  await page.close();
  await stop(child);
  return { urlPrinted, firstPaint: paintAt - t0, usable };
}

// npm does not pass SIGTERM on to the server it started, so the whole process group is stopped.
function stop(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    if (child.pid !== undefined) process.kill(-child.pid, 'SIGTERM');
  });
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

function report(label: string, samples: Sample[]) {
  const m = (key: keyof Sample) => median(samples.map((s) => s[key])).toFixed(0);
  console.log(`${label}: URL printed ${m('urlPrinted')} ms, first paint ${m('firstPaint')} ms, ready ${m('usable')} ms (median of ${samples.length})`);
}

for (const [label, command] of [
  ['npm run serve', ['npm', 'run', '--silent', 'serve', '--']],
  ['node bin/staffroom.js serve', [process.execPath, 'bin/staffroom.js', 'serve']],
] as const) {
  const fresh: Sample[] = [];
  const withSchool: Sample[] = [];
  for (let i = 0; i < runs; i += 1) {
    const dataFolder = mkdtempSync(join(tmpdir(), 'staffroom-bench-data-'));
    fresh.push(await once([...command], dataFolder, 'Welcome to Staffroom'));
    // Open the secondary school (the larger one) as a person would, then time a later start.
    const page = await browser.newPage();
    const child = spawn(command[0], [...command.slice(1), '--port', '0', '--data', dataFolder], { stdio: ['ignore', 'pipe', 'inherit'], detached: true });
    const url = await new Promise<string>((resolve) => createInterface({ input: child.stdout }).once('line', resolve));
    await page.goto(url);
    await page.getByRole('button', { name: 'Open Elderwood Vale Academy' }).click();
    await page.getByRole('heading', { level: 1, name: 'Elderwood Vale Academy' }).waitFor();
    await page.close();
    await stop(child);
    withSchool.push(await once([...command], dataFolder, 'Elderwood Vale Academy'));
    rmSync(dataFolder, { recursive: true, force: true });
  }
  report(`${label}, first start (welcome screen)`, fresh);
  report(`${label}, later start (secondary school open)`, withSchool);
}

await browser.close();
rmSync(profile, { recursive: true, force: true });
