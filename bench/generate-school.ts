/**
 * Seeded generator of realistic `staffroom/1` schools for tests and benchmarks, from a tiny
 * primary (about 5 staff, for exact tests) to a trust-sized Week A/B secondary (120 staff, about
 * 1,600 sessions a cycle). The same spec always gives the same school: it has its own PRNG.
 */
import type { School } from '../solver/model';
import { addDutiesAndPosts } from './generator/cover';
import { addGroups } from './generator/groups';
import { addPinnedSessions } from './generator/pinned';
import { buildPrimary } from './generator/primary';
import { Random } from './generator/random';
import { buildSecondary } from './generator/secondary';
import { SIZES } from './generator/sizes';
import type { SchoolShape, SizeName } from './generator/sizes';
import { addSupportStaff } from './generator/support-staff';

export type { SchoolShape, SizeName } from './generator/sizes';
export { SIZES } from './generator/sizes';

/** Custom numbers on top of a named size (default `small` for primary, `secondary` otherwise). */
export type CustomSize = Partial<SchoolShape> & { base?: SizeName };

export interface GenerateSpec {
  seed: number;
  size: SizeName | CustomSize;
  /** Overrides the size's cycle: 1 (weekly) or 2 (Week A/B). */
  weeks?: 1 | 2;
  /** Adds a few pinned sessions (visiting therapist, PPA teacher); default true. */
  pinned?: boolean;
  /** The date skill expiry is judged on; default 2025-09-15. */
  asOf?: string;
}

/** The school shape a spec stands for. */
export function resolveShape(spec: GenerateSpec): SchoolShape {
  const base = typeof spec.size === 'string'
    ? SIZES[spec.size]
    : SIZES[spec.size.base ?? (spec.size.phase === 'secondary' ? 'secondary' : 'small')];
  const custom = typeof spec.size === 'string' ? {} : spec.size;
  const { base: _base, ...numbers } = custom as CustomSize;
  const shape = { ...base, ...numbers, ...(spec.weeks ? { weeks: spec.weeks } : {}) };
  // Every primary class has its own class teacher.
  if (shape.phase === 'primary') shape.teachers = Math.max(shape.teachers, shape.forms);
  return shape;
}

/** A short name for a spec, e.g. `small#3` or `tiny#12/AB`. */
export function specLabel(spec: GenerateSpec): string {
  const size = typeof spec.size === 'string' ? spec.size : `custom(${spec.size.base ?? spec.size.phase ?? 'small'})`;
  const shape = resolveShape(spec);
  const weeks = spec.weeks && spec.weeks !== (typeof spec.size === 'string' ? SIZES[spec.size].weeks : undefined) ? (shape.weeks === 2 ? '/AB' : '/A') : '';
  return `${size}#${spec.seed}${weeks}`;
}

/** Generates a valid `staffroom/1` school from a seed and a size; deterministic. */
export function generateSchool(spec: GenerateSpec): School {
  const shape = resolveShape(spec);
  const rng = new Random(spec.seed * 2654435761 + shape.forms * 97 + shape.supportStaff);
  const asOf = spec.asOf ?? '2025-09-15';
  const draft = shape.phase === 'primary' ? buildPrimary(rng, shape, asOf, spec.seed) : buildSecondary(rng, shape, asOf, spec.seed);
  addSupportStaff(draft, shape.supportStaff);
  addDutiesAndPosts(draft);
  addGroups(draft, shape.groups);
  if (spec.pinned ?? true) addPinnedSessions(draft);
  return draft.toSchool();
}
