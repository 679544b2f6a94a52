import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { schoolSchema } from '../../../solver/model';
import { planSchool } from '../../../solver/planner';
import { checkPlan } from '../../../solver/rules';

const sample = (name: string) => schoolSchema.parse(JSON.parse(readFileSync(`demo/${name}.json`, 'utf8')));

describe('planning the secondary sample', () => {
  const school = sample('secondary');
  const fractions: number[] = [];
  const result = planSchool(school, { timeLimitMs: 60_000, onProgress: (p) => fractions.push(p.fraction) });

  it('moves its progress bar forward only, through several rounds, to the end', () => {
    expect(fractions.length).toBeGreaterThan(20);
    for (let i = 1; i < fractions.length; i++) expect(fractions[i]).toBeGreaterThanOrEqual(fractions[i - 1]!);
    expect(fractions.at(-1)).toBe(1);
  });

  it('returns a plan the rule checker accepts, keeping the pinned sessions', () => {
    const pinned = school.plan!.sessions;
    expect(checkPlan(school, result.sessions, { pinned })).toEqual([]);
    for (const s of pinned) expect(result.sessions).toContainEqual(s);
  });

  it('fills all demand but the Week B therapy its visiting therapist cannot attend', () => {
    expect(result.status).toBe('complete');
    expect(result.unfilled).toHaveLength(1);
    const [short] = result.unfilled;
    expect(short).toMatchObject({ group: 'VIS-VIS01', week: 'B', missing: 1 });
    expect(short!.reasons[0]).toMatch(/Imogen Howells/);
    const total = Object.values(result.filled).reduce((n, f) => n + f.demand - f.filled, 0);
    expect(total).toBe(1);
  });
});
