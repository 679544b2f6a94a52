/**
 * `staffroom solve <in.json> --out <out.json> [--time-limit <s>]`: plans a school file and writes
 * it back with `plan.sessions` and `plan.unfilled`. Everything outside `plan` is written exactly as
 * it was read (the spec's rule 11), in the file's own key order.
 */
import { rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { planInWorker, type WorkerPlanOutcome, type WorkerPlanOptions } from '../handlers/plan-in-worker';
import type { School } from '../solver/model/school-file';
import { parseSchoolText } from '../solver/model/validate';
import type { PlanProgress, PlanResult } from '../solver/planner';
import { readFailure, type CliIo } from './io';

export const usage = 'staffroom solve <in.json> --out <out.json> [--time-limit <seconds>]';

/** How the written file reaches the disk; tests give their own to see a failed write. */
export type WriteText = (path: string, text: string) => Promise<void>;

/** How the school is planned: on the planner's worker thread, with a watchdog past the limit. */
export type PlanRunner = (school: School, options: WorkerPlanOptions) => Promise<WorkerPlanOutcome>;

/** The planner's own default budget, used when --time-limit is not given. */
const DEFAULT_TIME_LIMIT_MS = 60_000;

interface Options {
  input: string;
  out: string;
  timeLimitMs: number | undefined;
}

/**
 * Exit 0: a verified plan was written (unfilled demand is not an error); 1: the school file has
 * problems (each printed as validate prints it); 2: bad arguments, or a file that cannot be read or
 * written; 3: the planner broke a rule (a bug) or failed without a plan: nothing is written.
 */
export async function run(args: string[], io: CliIo, write: WriteText = writeWhole, plan: PlanRunner = planInWorker): Promise<number> {
  if (args.includes('--help') || args.includes('-h')) {
    printHelp(io);
    return 0;
  }
  const options = parseArgs(args);
  if (typeof options === 'string') {
    io.stderr(`staffroom solve: ${options}`);
    io.stderr(`usage: ${usage}`);
    return 2;
  }

  let text: string;
  try {
    text = await io.readFile(options.input);
  } catch (error) {
    io.stderr(`staffroom solve: ${readFailure(options.input, error)}`);
    return 2;
  }
  const parsed = parseSchoolText(text);
  if (!parsed.ok) {
    for (const problem of parsed.problems) io.stderr(`${problem.path}: ${problem.message}`);
    const n = parsed.problems.length;
    io.stderr(`staffroom solve: ${options.input} has ${n} problem${n === 1 ? '' : 's'}; nothing was planned or written`);
    return 1;
  }

  const outcome = await plan(parsed.school, { timeLimitMs: options.timeLimitMs ?? DEFAULT_TIME_LIMIT_MS, onProgress: progressPrinter(io) });
  if (!outcome.ok) {
    io.stderr(`staffroom solve: ${outcome.message}. Nothing was written.`);
    return 3;
  }
  const { result } = outcome;
  if (outcome.overran) io.stderr('staffroom solve: the planner did not stop at its time limit, so its best checked plan so far is used');

  const school = { ...parsed.school, plan: { sessions: result.sessions, unfilled: result.unfilled } };
  try {
    await write(options.out, `${JSON.stringify(school, null, 2)}\n`);
  } catch (error) {
    io.stderr(`staffroom solve: cannot write ${JSON.stringify(options.out)}: ${error instanceof Error ? error.message : String(error)}`);
    return 2;
  }
  io.stdout(summary(result));
  io.stdout(`Wrote ${options.out}.`);
  return 0;
}

/** Progress on stderr: every stage change, every tenth of the way, and at least once a second. */
function progressPrinter(io: CliIo): (progress: PlanProgress) => void {
  let stage = '';
  let tenth = -1;
  let printedAt = 0;
  return (progress) => {
    const now = Date.now();
    const at = Math.floor(progress.fraction * 10);
    if (progress.stage === stage && at === tenth && now - printedAt < 1000) return;
    stage = progress.stage;
    tenth = at;
    printedAt = now;
    io.stderr(`${String(Math.round(progress.fraction * 100)).padStart(3)}%  ${progress.message}`);
  };
}

/** One line a SENCO can read: what was filled, by priority, and how the run ended. */
export function summary(result: PlanResult): string {
  let demand = 0;
  let filled = 0;
  const parts: string[] = [];
  for (const [priority, f] of Object.entries(result.filled)) {
    demand += f.demand;
    filled += f.filled;
    if (f.demand > 0) parts.push(`priority ${priority} ${f.filled} of ${f.demand}`);
  }
  const ending = {
    complete: 'finished',
    stopped: 'stopped early: the best checked plan so far',
    'timed-out': 'ran out of time: the best checked plan so far',
  }[result.status];
  const seconds = (result.elapsedMs / 1000).toFixed(1);
  const sessions = `${result.sessions.length} session${result.sessions.length === 1 ? '' : 's'}`;
  return `Planned ${sessions}, filling ${filled} of ${demand} needs (${parts.join(', ') || 'nothing to fill'}); ${result.unfilled.length} unfilled; ${ending} in ${seconds} s.`;
}

function parseArgs(args: string[]): Options | string {
  let input: string | undefined;
  let out: string | undefined;
  let timeLimitMs: number | undefined;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '--out' || arg === '--time-limit') {
      const value = args[++i];
      if (value === undefined || value.startsWith('--')) return `${arg} needs a value`;
      if (arg === '--out') out = value;
      else {
        const seconds = Number(value);
        if (!/^\d+(\.\d+)?$/.test(value) || !(seconds > 0)) return `--time-limit must be a number of seconds above 0, not ${JSON.stringify(value)}`;
        timeLimitMs = seconds * 1000;
      }
    } else if (arg.startsWith('-') && arg !== '-') {
      return `unknown option ${arg}`;
    } else if (input === undefined) {
      input = arg;
    } else {
      return 'give one school file at a time';
    }
  }
  if (input === undefined) return 'give the school file to plan';
  if (out === undefined) return 'give --out <out.json>, the file to write the planned school to';
  return { input, out, timeLimitMs };
}

/** Writes beside the target, then renames, so a failed write never leaves half a school file. */
async function writeWhole(path: string, text: string): Promise<void> {
  const temporary = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
  try {
    await writeFile(temporary, text, 'utf8');
    await rename(temporary, path);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
}

function printHelp(io: CliIo): void {
  io.stdout(`usage: ${usage}`);
  io.stdout('Plans every intervention session and cover need of a staffroom/1 school file, keeping its');
  io.stdout('pinned sessions, and writes the school with plan.sessions and plan.unfilled (with reasons).');
  io.stdout('Progress goes to stderr. --time-limit caps the time spent (default 60 s); the best checked');
  io.stdout('plan found by then is written.');
  io.stdout('Exit code 0: a checked plan was written (unfilled needs are listed, not an error); 1: the school');
  io.stdout('file has problems; 2: bad arguments or a file that cannot be read or written; 3: a planner bug.');
}
