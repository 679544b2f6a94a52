/**
 * Reference results cached by school: an exact optimum never changes, so the benchmark solves each
 * instance once and reuses the plan after. Keys hash the school and the source of the reference
 * model, so any change to either solves again. A fully proven result serves any later run; one
 * that is not proven serves only a run with the same time limit and the same starting plan.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { School, Session } from '../../solver/model';
import type { ReferenceResult } from '../reference/highs-model';

const here = dirname(fileURLToPath(import.meta.url));
const referenceDir = resolve(here, '../reference');
const cacheDir = resolve(here, '../results/reference-cache');

let sourceHash: string | undefined;

function referenceSource(): string {
  if (!sourceHash) {
    const hash = createHash('sha256');
    for (const file of readdirSync(referenceDir).filter((f) => f.endsWith('.ts')).sort()) hash.update(readFileSync(join(referenceDir, file)));
    sourceHash = hash.digest('hex');
  }
  return sourceHash;
}

/** The cache key of a school under the current reference model. */
export function referenceKey(school: School): string {
  return createHash('sha256').update(referenceSource()).update(JSON.stringify(school)).digest('hex').slice(0, 32);
}

/** How a run was asked: its time limit and the plan it started from, if any. */
export interface ReferenceRun {
  timeLimitSec: number;
  start?: readonly Session[];
}

function runKey(school: School, run: ReferenceRun): string {
  const start = run.start ? createHash('sha256').update(JSON.stringify(run.start)).digest('hex') : 'none';
  return `${referenceKey(school)}-${createHash('sha256').update(`${run.timeLimitSec}|${start}`).digest('hex').slice(0, 12)}`;
}

function read(file: string): ReferenceResult | null {
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as ReferenceResult) : null;
}

/** A cached result that answers this run: a fully proven one, else one of an identical run. */
export function readReference(school: School, run: ReferenceRun): ReferenceResult | null {
  const proven = read(join(cacheDir, `${referenceKey(school)}.json`));
  if (proven?.fillProven && proven.continuityProven) return proven;
  return read(join(cacheDir, `${runKey(school, run)}.json`));
}

/** Stores a result: under the school alone when fully proven, else under the run too. */
export function writeReference(school: School, run: ReferenceRun, result: ReferenceResult): void {
  mkdirSync(cacheDir, { recursive: true });
  const name = result.fillProven && result.continuityProven ? referenceKey(school) : runKey(school, run);
  writeFileSync(join(cacheDir, `${name}.json`), JSON.stringify(result));
}
