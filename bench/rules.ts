/**
 * Benchmark of the hard-rule checker on the secondary sample: index build, whole-plan check, and
 * the grid's drag start (one dragged session judged on every staff x slot target).
 * Run from the project folder: npx tsx bench/rules.ts [school.json]. Prints numbers only; timing
 * goals never live in tests. tsx compiles with esbuild's keepNames, which makes every closure the
 * rules create pay for a defineProperty; for the app's numbers bundle it as the build does:
 *   npx esbuild bench/rules.ts --bundle --platform=node --format=esm --outfile=.tmp/bench-rules.mjs && node .tmp/bench-rules.mjs
 */
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { schoolSchema, type Session } from '../solver/model';
import { checkPlan, indexSchool, RuleBook } from '../solver/rules';

const file = process.argv[2] ?? 'demo/secondary.json';
const school = schoolSchema.parse(JSON.parse(readFileSync(file, 'utf8')));

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

function time(runs: number, work: () => void): number {
  const times: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const t0 = performance.now();
    work();
    times.push(performance.now() - t0);
  }
  return median(times);
}

// A realistic plan: every group session and cover post the checker allows, first fit, in file order.
const index = indexSchool(school);
const book = new RuleBook(school, school.plan?.sessions ?? [], { index, pinned: school.plan?.sessions });
const { weeks, days } = school.calendar;
const periods = school.calendar.periods.map((p) => p.id);
let n = 0;
for (const group of school.groups) {
  for (const week of weeks) {
    for (const day of days) {
      for (const period of periods) {
        for (const staff of school.staff) {
          const room = school.rooms.find((r) => (group.roomKinds ?? [r.kind]).includes(r.kind))?.id;
          const second = school.staff.find((s) => s.id !== staff.id)?.id ?? staff.id;
          const candidate: Session = {
            id: `b${n}`, group: group.id, week, day, period, ...(room ? { room } : {}),
            staff: (group.adults ?? 1) > 1 ? [staff.id, second] : [staff.id],
          };
          if (book.allows(candidate)) {
            book.place(candidate);
            n += 1;
            break;
          }
        }
      }
    }
  }
}
for (const item of school.cover) {
  for (const staff of school.staff) {
    const candidate: Session = { id: `b${n}`, cover: item.id, week: item.week ?? 'A', day: item.day, period: item.period, staff: [staff.id] };
    if (book.allows(candidate)) {
      book.place(candidate);
      n += 1;
      break;
    }
  }
}
const plan = book.sessions();

const indexMs = time(20, () => indexSchool(school));
const bookMs = time(20, () => new RuleBook(school, plan, { index }));
const checkMs = time(20, () => checkPlan(school, plan, { index }));

// Drag start: the first unpinned group session of the plan, offered to every person in every slot.
const dragged = plan.find((s) => s.group !== undefined && s.pinned !== true);
if (dragged === undefined) throw new Error('the benchmark plan is empty');
const targets: Session[] = [];
for (const staff of school.staff) {
  for (const week of weeks) {
    for (const day of days) {
      for (const period of periods) targets.push({ ...dragged, week, day, period, staff: [staff.id, ...dragged.staff.slice(1)] });
    }
  }
}
const live = new RuleBook(school, plan, { index });
let allowed = 0;
let reported = 0;
const dragMs = time(15, () => {
  allowed = 0;
  reported = 0;
  for (const t of targets) {
    const found = live.violationsFor(t);
    if (found.length === 0) allowed += 1;
    reported += found.length;
  }
});

let allowedFast = 0;
const allowsMs = time(15, () => {
  allowedFast = 0;
  for (const t of targets) if (live.allows(t)) allowedFast += 1;
});
if (allowedFast !== allowed) throw new Error(`allows() and violationsFor() disagree: ${allowedFast} vs ${allowed}`);

console.log(`dragged: ${dragged.group} (${dragged.staff.length} adult(s))`);
console.log(`${file}: ${school.staff.length} staff, ${index.slotCount} slots, ${school.lessons.length} lessons, plan of ${plan.length} sessions`);
console.log(`index build (indexSchool):      ${indexMs.toFixed(2)} ms`);
console.log(`RuleBook over the plan:         ${bookMs.toFixed(2)} ms (index reused)`);
console.log(`checkPlan, whole plan:          ${checkMs.toFixed(2)} ms (index reused)`);
console.log(`drag start, ${targets.length} targets:     ${dragMs.toFixed(2)} ms = ${((dragMs * 1000) / targets.length).toFixed(2)} us per candidate (${allowed} allowed, ${reported} violations built)`);
console.log(`drag start, allows() only:       ${allowsMs.toFixed(2)} ms = ${((allowsMs * 1000) / targets.length).toFixed(2)} us per candidate (no words built)`);
