import { describe, expect, it } from 'vitest';
import { generateSchool } from '../../../bench/generate-school';
import { planMetrics } from '../../../bench/metrics';
import { solveReference } from '../../../bench/reference/highs-model';
import { sharedHighs } from '../../../bench/reference/highs-runtime';
import { acceptanceSpecs, referenceFill } from '../../../bench/reference/optimal-fill';
import { schoolSchema } from '../../../solver/model';

describe('referenceFill', { timeout: 60_000 }, () => {
  it('lists 50 distinct seeded instances, small enough to prove, a Week A/B cycle in every other', () => {
    const specs = acceptanceSpecs();
    expect(specs).toHaveLength(50);
    expect(new Set(specs.map((s) => s.seed)).size).toBe(50);
    expect(specs.filter((s) => s.weeks === 2)).toHaveLength(25);
    expect(new Set(specs.map((s) => s.size))).toEqual(new Set(['tiny', 'small']));
    for (const spec of specs) expect(schoolSchema.safeParse(generateSchool(spec)).success).toBe(true);
  });

  it('gives the proven optimum per priority, the same as the full reference, with demand left unfilled', async () => {
    let partlyUnfilled = 0;
    for (const spec of acceptanceSpecs(6)) {
      const school = generateSchool(spec);
      const fill = await referenceFill(school);
      expect(fill.proven).toBe(true);
      const full = await solveReference(school, { highs: await sharedHighs(), continuity: true });
      expect(fill.filled).toEqual(full.filled);
      expect(planMetrics(school, full.sessions).filled).toEqual(fill.filled);
      const { demand, filled } = Object.values(fill.filled).reduce((t, v) => ({ demand: t.demand + v.demand, filled: t.filled + v.filled }), { demand: 0, filled: 0 });
      expect(filled).toBeGreaterThan(0);
      if (filled < demand) partlyUnfilled += 1;
    }
    expect(partlyUnfilled).toBeGreaterThanOrEqual(3);
  });
});
