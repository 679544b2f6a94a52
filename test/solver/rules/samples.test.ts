import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { schoolSchema, type School } from '../../../solver/model';
import { checkPinnedSessions, checkPlan } from '../../../solver/rules';
import { codes } from './helpers';

function demo(name: string): School {
  return schoolSchema.parse(JSON.parse(readFileSync(new URL(`../../../demo/${name}.json`, import.meta.url), 'utf8')));
}

describe('the sample schools', () => {
  it('keeps every rule with the secondary sample\'s three pinned sessions', () => {
    const school = demo('secondary');
    const pinned = (school.plan?.sessions ?? []).filter((s) => s.pinned === true);
    expect(pinned.map((s) => s.id)).toEqual(['PIN-VIS01-A', 'PIN-VIS02-A', 'PIN-VIS02-B']);
    expect(checkPlan(school, undefined, { pinned })).toEqual([]);
    expect(checkPinnedSessions(school)).toEqual([]);
  });

  it('catches a pinned visitor moved to a day they do not come in', () => {
    const school = demo('secondary');
    const pinned = (school.plan?.sessions ?? []).filter((s) => s.pinned === true);
    const moved = pinned.map((s) => (s.id === 'PIN-VIS01-A' ? { ...s, week: 'B' } : s));
    const found = checkPlan(school, moved, { pinned });
    expect(codes(found)).toEqual(['1:staff-not-working', '6:protected-lesson', '10:pinned-changed']);
    expect(found[0]?.message).toBe('Imogen Howells does not work on Thursdays in Week B');
    expect(found[1]?.message).toBe('Anika Hebden would miss protected Maths on Thursday Period 2 (Week B) to attend Direct therapy with visiting professional (VIS01)');
  });

  it('finds nothing to report in the primary sample, which has no plan', () => {
    expect(checkPlan(demo('primary'))).toEqual([]);
  });
});
