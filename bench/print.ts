// How long printing the secondary sample's timetables for all adults takes: `npm run bench:print [runs]`.
// The demo school with its stored plan (test/fixtures/plans/secondary.json, made by the planner),
// rendered to HTML by export/ and printed to an A4 landscape PDF by Debian's Chromium through
// playwright-core: page.pdf is the engine of Electron's printToPDF. Each run opens a fresh tab, so
// it times what the app does for one Print: make the HTML, load it, print it.
//
// Wall-clock time depends on what else the machine is doing, so the CPU time Chromium spends
// (all its processes, from /proc on Linux) is printed beside it, with the load average.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { renderExport } from '../export';
import type { Plan, School } from '../solver/model/school-file';

const RUNS = Number(process.argv[2] ?? 5);
const read = (path: string) => JSON.parse(readFileSync(new URL(path, import.meta.url), 'utf8')) as unknown;
const school = { ...(read('../demo/secondary.json') as School), plan: read('../test/fixtures/plans/secondary.json') as Plan };
const clock = { today: '2025-09-22', now: new Date('2025-09-22T07:15:00Z') };
const folder = mkdtempSync(join(tmpdir(), 'staffroom-bench-print-'));

/** CPU seconds used so far by a process and all its descendants (Linux /proc; NaN elsewhere). */
function cpuSeconds(root: number | undefined): number {
  if (root === undefined || !existsSync('/proc/self/stat')) return Number.NaN;
  const procs = readdirSync('/proc').filter((d) => /^\d+$/.test(d)).flatMap((d) => {
    try {
      const stat = readFileSync(`/proc/${d}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      // utime + stime, and cutime + cstime: a tab's process that has exited is counted by its parent.
      return [{ pid: Number(d), parent: Number(fields[1]), ticks: Number(fields[11]) + Number(fields[12]) + Number(fields[13]) + Number(fields[14]) }];
    } catch {
      return [];
    }
  });
  const children = new Map<number, number[]>();
  for (const p of procs) children.set(p.parent, [...(children.get(p.parent) ?? []), p.pid]);
  const ticks = new Map(procs.map((p) => [p.pid, p.ticks]));
  let total = 0;
  for (const stack = [root]; stack.length > 0;) {
    const pid = stack.pop() ?? 0;
    total += ticks.get(pid) ?? 0;
    stack.push(...(children.get(pid) ?? []));
  }
  return total / 100; // USER_HZ
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN;
const ms = (n: number) => `${Math.round(n)} ms`;
const s = (n: number) => `${(n / 1000).toFixed(2)} s`;

const load = loadavg()[0] ?? 0;
const launched = performance.now();
const server = await chromium.launchServer({ executablePath: '/usr/bin/chromium', headless: true, args: ['--no-sandbox', '--disable-gpu'] });
const browser = await chromium.connect(server.wsEndpoint());
const launch = performance.now() - launched;
const pid = server.process().pid;
const runs: { html: number; load: number; pdf: number; total: number; cpu: number; bytes: number; pages: number; chars: number }[] = [];
try {
  for (let run = 0; run < RUNS; run++) {
    const cpuBefore = cpuSeconds(pid);
    const started = performance.now();
    const { files } = renderExport(school, { view: 'staff', format: 'html' }, clock);
    const html = files[0]?.text ?? '';
    const built = performance.now();
    const page = await browser.newPage();
    await page.setContent(html, { waitUntil: 'load' });
    await page.emulateMedia({ media: 'print' });
    const loaded = performance.now();
    const pdf = await page.pdf({ format: 'A4', landscape: true, printBackground: true });
    const printed = performance.now();
    const cpu = cpuSeconds(pid) - cpuBefore;
    await page.close();
    const file = join(folder, `adults-${run}.pdf`);
    writeFileSync(file, pdf);
    const pages = Number(/^Pages:\s+(\d+)/m.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))?.[1]);
    runs.push({ html: built - started, load: loaded - built, pdf: printed - loaded, total: printed - started, cpu: cpu * 1000, bytes: pdf.length, pages, chars: html.length });
  }
} finally {
  await browser.close();
  await server.close();
  rmSync(folder, { recursive: true, force: true });
}

const first = runs[0];
if (first) {
  console.log(`Secondary sample (Elderwood Vale Academy): ${school.staff.length} adults, ${school.plan.sessions.length} plan sessions`);
  console.log(`HTML ${(first.chars / 1024).toFixed(0)} KiB -> PDF ${first.pages} pages, ${(first.bytes / 1024 / 1024).toFixed(1)} MiB; Chromium launch ${ms(launch)} (once, not counted); load average ${load.toFixed(2)} on ${readdirSync('/sys/devices/system/cpu').filter((d) => /^cpu\d+$/.test(d)).length || '?'} cores`);
  console.log('run  html    load     pdf      total    Chromium CPU');
  for (const [i, r] of runs.entries()) console.log(`${String(i + 1).padEnd(4)} ${ms(r.html).padEnd(7)} ${ms(r.load).padEnd(8)} ${ms(r.pdf).padEnd(8)} ${ms(r.total).padEnd(8)} ${ms(r.cpu)}`);
  const totals = runs.map((r) => r.total);
  console.log(`all-adults PDF: median ${s(median(totals))}, best ${s(Math.min(...totals))} wall clock; Chromium CPU median ${s(median(runs.map((r) => r.cpu)))} (goal: under 5 s)`);
}
