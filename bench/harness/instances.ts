/** The benchmark's instances: seeded schools from tiny to trust size, and the two shared samples. */
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { schoolSchema } from '../../solver/model';
import type { School } from '../../solver/model';
import { generateSchool, specLabel } from '../generate-school';
import type { GenerateSpec } from '../generate-school';

/** The project root: file instances are named from it. */
const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

export type InstanceSource = { kind: 'generated'; spec: GenerateSpec } | { kind: 'file'; path: string };

export interface BenchInstance {
  name: string;
  source: InstanceSource;
  /** Planner runs whose median is reported (1 for the big ones). */
  plannerRuns: number;
  /** Wall-clock budget of the HiGHS reference for this instance, all stages. */
  referenceTimeLimitSec: number;
}

function generated(spec: GenerateSpec, plannerRuns: number, referenceTimeLimitSec: number): BenchInstance {
  return { name: specLabel(spec), source: { kind: 'generated', spec }, plannerRuns, referenceTimeLimitSec };
}

/** Every instance of `npm run bench:solver`, smallest first. */
export function defaultInstances(): BenchInstance[] {
  return [
    ...[1, 2, 3].map((seed) => generated({ seed, size: 'tiny' }, 5, 30)),
    generated({ seed: 4, size: 'tiny', weeks: 2 }, 5, 30),
    ...[1, 2, 3].map((seed) => generated({ seed, size: 'small' }, 5, 30)),
    generated({ seed: 4, size: 'small', weeks: 2 }, 5, 30),
    ...[1, 2].map((seed) => generated({ seed, size: 'medium' }, 3, 60)),
    generated({ seed: 3, size: 'medium', weeks: 2 }, 3, 120),
    { name: 'demo/primary.json', source: { kind: 'file', path: 'demo/primary.json' }, plannerRuns: 3, referenceTimeLimitSec: 60 },
    { name: 'demo/secondary.json', source: { kind: 'file', path: 'demo/secondary.json' }, plannerRuns: 3, referenceTimeLimitSec: 120 },
    ...[1, 2].map((seed) => generated({ seed, size: 'secondary' }, 3, 120)),
    generated({ seed: 1, size: 'trust' }, 1, 900),
  ];
}

/** Reads or generates an instance's school (files are checked against the schema). */
export function loadInstance(source: InstanceSource): School {
  if (source.kind === 'generated') return generateSchool(source.spec);
  const parsed = schoolSchema.safeParse(JSON.parse(readFileSync(resolve(root, source.path), 'utf8')));
  if (!parsed.success) throw new Error(`${source.path} is not a valid staffroom/1 file: ${parsed.error.issues[0]?.message ?? 'schema error'}`);
  return parsed.data;
}
