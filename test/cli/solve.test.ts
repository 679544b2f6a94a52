import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { run as runSolve } from '../../cli/solve';
import { run } from '../../cli/staffroom';
import { planInWorker, type WorkerPlanOptions } from '../../handlers/plan-in-worker';
import type { School } from '../../solver/model';
import { planSchool } from '../../solver/planner';
import { hangingAfter } from '../fixtures/hanging-planner';
import { parseSchoolText } from '../../solver/model/validate';
import { checkPlan } from '../../solver/rules';
import { elsa, tinySchool } from '../fixtures/tiny-school';
import { recordingIo } from './recording-io';

let folder: string;
beforeEach(() => {
  folder = mkdtempSync(join(tmpdir(), 'staffroom-cli-solve-'));
});
afterEach(() => rmSync(folder, { recursive: true, force: true }));

const input = () => join(folder, 'in.json');
const output = () => join(folder, 'out.json');

function writeSchool(school: unknown): void {
  writeFileSync(input(), `${JSON.stringify(school, null, 2)}\n`);
}

describe('staffroom solve', () => {
  it('writes the school with a checked plan, everything else exactly as read, and exits 0', async () => {
    writeSchool(tinySchool());
    const io = recordingIo();
    expect(await run(['solve', input(), '--out', output()], io)).toBe(0);
    const before = JSON.parse(readFileSync(input(), 'utf8')) as Record<string, unknown>;
    const after = JSON.parse(readFileSync(output(), 'utf8')) as Record<string, unknown>;
    // Rule 11: outside `plan` the file is unchanged, key order included; `plan` comes last as it was absent.
    expect(Object.keys(after)).toEqual([...Object.keys(before), 'plan']);
    for (const key of Object.keys(before)) expect(after[key]).toEqual(before[key]);
    const parsed = parseSchoolText(readFileSync(output(), 'utf8'));
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
    expect(parsed.school.plan?.sessions).toHaveLength(10);
    expect(parsed.school.plan?.unfilled).toEqual([]);
    expect(checkPlan(parsed.school)).toEqual([]);
    expect(io.out).toEqual([
      expect.stringMatching(/^Planned 10 sessions, filling 11 of 11 needs \(priority 1 4 of 4, priority 2 3 of 3, priority 3 4 of 4\); 0 unfilled; finished in \d+\.\d s\.$/),
      `Wrote ${output()}.`,
    ]);
    expect(io.err[0]).toMatch(/^ {2}\d% {2}Reading the school$/);
    expect(io.err.at(-1)).toBe('100%  Done');
  });

  it('lists unfilled demand with its reasons in plan.unfilled, still exiting 0', async () => {
    writeSchool(tinySchool((s) => { s.staff[1]!.available = []; }));
    expect(await run(['solve', input(), '--out', output(), '--time-limit', '10'], recordingIo())).toBe(0);
    const written = JSON.parse(readFileSync(output(), 'utf8')) as { plan: { unfilled: { cover?: string; missing: number; reasons: string[] }[] } };
    const ppa = written.plan.unfilled.find((u) => u.cover === 'PPA-4B');
    expect(ppa?.missing).toBe(1);
    expect(ppa?.reasons[0]).toContain('Mr Ode does not work on Thursdays');
  });

  it('keeps the pinned sessions of the file exactly', async () => {
    const pinned = elsa('kept', { day: 'Wed', period: 'P3', staff: ['ODE'], pinned: true });
    writeSchool(tinySchool((s) => { s.plan = { sessions: [pinned] }; }));
    expect(await run(['solve', input(), '--out', output()], recordingIo())).toBe(0);
    const written = JSON.parse(readFileSync(output(), 'utf8')) as { plan: { sessions: unknown[] } };
    expect(written.plan.sessions).toContainEqual(pinned);
  });

  it('refuses a school file with problems, printing each with its path, and writes nothing (exit 1)', async () => {
    writeSchool(tinySchool((s) => { s.groups[0]!.skills = ['NO-SUCH-SKILL']; }));
    const io = recordingIo();
    expect(await run(['solve', input(), '--out', output()], io)).toBe(1);
    expect(io.err[0]).toMatch(/^\$\.groups\[0\]\.skills\[0\]: .*NO-SUCH-SKILL/);
    expect(io.err.at(-1)).toBe(`staffroom solve: ${input()} has 1 problem; nothing was planned or written`);
    expect(existsSync(output())).toBe(false);
  });

  it('refuses pinned sessions that break a hard rule (rule 10), writing nothing', async () => {
    const a = elsa('a', { pinned: true });
    const b = elsa('b', { day: 'Mon', period: 'P1', room: 'R-THER', pinned: true });
    writeSchool(tinySchool((s) => { s.plan = { sessions: [a, b] }; }));
    const io = recordingIo();
    expect(await run(['solve', input(), '--out', output()], io)).toBe(1);
    expect(io.err.join('\n')).toContain('pinned session breaks hard rule 1: Ms Khan is already with Year 4 ELSA on Monday Period 1');
    expect(existsSync(output())).toBe(false);
  });

  it('explains bad arguments and unreadable files with exit 2', async () => {
    const cases: [string[], string][] = [
      [['solve'], 'staffroom solve: give the school file to plan'],
      [['solve', 'a.json'], 'staffroom solve: give --out <out.json>, the file to write the planned school to'],
      [['solve', 'a.json', '--out'], 'staffroom solve: --out needs a value'],
      [['solve', 'a.json', '--out', 'b.json', '--time-limit', '0'], 'staffroom solve: --time-limit must be a number of seconds above 0, not "0"'],
      [['solve', 'a.json', '--out', 'b.json', '--fast'], 'staffroom solve: unknown option --fast'],
      [['solve', join(folder, 'missing.json'), '--out', 'b.json'], `staffroom solve: cannot read ${JSON.stringify(join(folder, 'missing.json'))}: there is no such file`],
    ];
    for (const [args, message] of cases) {
      const io = recordingIo();
      expect(await run(args, io)).toBe(2);
      expect(io.err[0]).toBe(message);
    }
  });

  it('reports a failed write with exit 2 and leaves no file behind', async () => {
    writeSchool(tinySchool());
    const io = recordingIo();
    const failing = async () => {
      throw new Error('the disk is full');
    };
    expect(await runSolve([input(), '--out', output()], io, failing)).toBe(2);
    expect(io.err.at(-1)).toBe(`staffroom solve: cannot write ${JSON.stringify(output())}: the disk is full`);
    expect(existsSync(output())).toBe(false);
  });

  it('uses the best checked plan so far when the planner is stuck past its limit, and says so', async () => {
    const school = tinySchool();
    writeSchool(school);
    const best = planSchool(school);
    const io = recordingIo();
    const stuck = (s: School, options: WorkerPlanOptions) => planInWorker(s, { ...options, source: hangingAfter(best), graceMs: 100 });
    expect(await runSolve([input(), '--out', output(), '--time-limit', '0.1'], io, undefined, stuck)).toBe(0);
    expect(io.err).toContain('staffroom solve: the planner did not stop at its time limit, so its best checked plan so far is used');
    expect(io.out[0]).toMatch(/; ran out of time: the best checked plan so far in /);
    const written = JSON.parse(readFileSync(output(), 'utf8')) as { plan: { sessions: unknown[] } };
    expect(written.plan.sessions).toEqual(best.sessions);
  });

  it('writes nothing and exits 3 when the planner fails without a plan', async () => {
    writeSchool(tinySchool());
    const io = recordingIo();
    const stuck = (s: School, options: WorkerPlanOptions) => planInWorker(s, { ...options, source: hangingAfter(null), graceMs: 100 });
    expect(await runSolve([input(), '--out', output(), '--time-limit', '0.1'], io, undefined, stuck)).toBe(3);
    expect(io.err.at(-1)).toBe('staffroom solve: the planner did not finish within its time limit and had no plan to offer. Nothing was written.');
    expect(existsSync(output())).toBe(false);
  });
});
