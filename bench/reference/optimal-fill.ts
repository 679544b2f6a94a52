/**
 * The exact optimum of filled demand per priority, for tests: "filled demand per priority equals
 * the HiGHS optimum". It solves only the priority stages of the reference (no continuity) on one
 * HiGHS runtime shared by the process.
 */
import type { School } from '../../solver/model';
import type { FilledByPriority } from '../../solver/planner/types';
import type { GenerateSpec } from '../generate-school';
import { solveReference } from './highs-model';
import { sharedHighs } from './highs-runtime';

/** The lexicographic optimum of filled demand per priority; `proven` is false on a time limit. */
export async function referenceFill(school: School, timeLimitSec = 20): Promise<{ proven: boolean; filled: FilledByPriority }> {
  const result = await solveReference(school, { highs: await sharedHighs(), timeLimitSec, continuity: false });
  return { proven: result.fillProven, filled: result.filled };
}

/**
 * The seeded instances of the acceptance test (50 by default): four in five are tiny schools
 * (6 staff), one in five small ones (10 staff); every other one runs a Week A/B cycle. Almost all
 * leave some demand unfilled, and staff, rooms and pupils are contested.
 */
export function acceptanceSpecs(count = 50): GenerateSpec[] {
  return Array.from({ length: count }, (_, i) => ({ seed: 1000 + i, size: i % 5 === 4 ? 'small' as const : 'tiny' as const, weeks: i % 2 === 0 ? 1 as const : 2 as const }));
}
