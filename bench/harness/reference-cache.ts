/**
 * Proven reference optima, cached by school: an exact optimum never changes, so the benchmark
 * solves each instance once and reuses the plan after. The key hashes the school and the source of
 * the reference model, so any change to either solves again. Results that are not proven are
 * never cached (a later run, maybe started from the planner's plan, can do better).
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { School } from '../../solver/model';
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

/** A cached, fully proven reference result for the school, or null. */
export function readReference(school: School): ReferenceResult | null {
  const file = join(cacheDir, `${referenceKey(school)}.json`);
  if (!existsSync(file)) return null;
  const cached = JSON.parse(readFileSync(file, 'utf8')) as ReferenceResult;
  return cached.fillProven && cached.continuityProven ? cached : null;
}

/** Stores a reference result when every stage of it is proven. */
export function writeReference(school: School, result: ReferenceResult): void {
  if (!result.fillProven || !result.continuityProven) return;
  mkdirSync(cacheDir, { recursive: true });
  writeFileSync(join(cacheDir, `${referenceKey(school)}.json`), JSON.stringify(result));
}
