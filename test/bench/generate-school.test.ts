import { describe, expect, it } from 'vitest';
import { checkPlan } from '../../bench/check-plan';
import { generateSchool, resolveShape } from '../../bench/generate-school';
import type { SizeName } from '../../bench/generate-school';
import { schoolSchema } from '../../solver/model';
import type { School } from '../../solver/model';

function demandPerCycle(school: School): number {
  const groups = school.groups.reduce((n, g) => n + g.sessionsPerWeek, 0) * school.calendar.weeks.length;
  return groups + school.cover.reduce((n, c) => n + (c.staffNeeded ?? 1), 0);
}

function supportStaff(school: School): number {
  return school.staff.filter((s) => ['ta', 'hlta', 'cover-supervisor', 'other'].includes(s.role)).length;
}

describe('generateSchool', { timeout: 60_000 }, () => {
  const sizes: SizeName[] = ['tiny', 'small', 'medium', 'secondary', 'trust'];

  it.each(sizes)('makes a valid staffroom/1 school at size %s', (size) => {
    for (const seed of [1, 2]) {
      const school = generateSchool({ seed, size });
      const parsed = schoolSchema.safeParse(school);
      expect(parsed.success ? [] : parsed.error.issues.slice(0, 3)).toEqual([]);
      // Its pinned sessions keep every hard rule, so it is valid input for `validate`.
      expect(checkPlan(school, school.plan?.sessions ?? [])).toEqual([]);
    }
  });

  it('is deterministic: the same spec gives the same school, another seed another', () => {
    const a = generateSchool({ seed: 7, size: 'small' });
    expect(generateSchool({ seed: 7, size: 'small' })).toEqual(a);
    expect(generateSchool({ seed: 8, size: 'small' })).not.toEqual(a);
    expect(JSON.stringify(generateSchool({ seed: 3, size: 'secondary' }))).toBe(JSON.stringify(generateSchool({ seed: 3, size: 'secondary' })));
  });

  it('keeps every reference in the file pointing at something that exists', () => {
    for (const size of ['small', 'secondary'] as const) {
      const school = generateSchool({ seed: 5, size });
      const ids = (list: { id: string }[]) => new Set(list.map((x) => x.id));
      const staff = ids(school.staff);
      const rooms = ids(school.rooms);
      const pupils = ids(school.pupils);
      const classes = ids(school.classes);
      const skills = ids(school.skills);
      const periods = new Set(school.calendar.periods.map((p) => p.id));
      for (const s of school.staff) {
        expect(s.skills.every((k) => skills.has(k.skill))).toBe(true);
        expect(s.available.every((a) => a.periods.every((p) => periods.has(p)))).toBe(true);
      }
      for (const c of school.classes) expect(c.pupils.every((p) => pupils.has(p))).toBe(true);
      for (const l of school.lessons) {
        expect(classes.has(l.class)).toBe(true);
        if (l.teacher) expect(staff.has(l.teacher)).toBe(true);
        if (l.room) expect(rooms.has(l.room)).toBe(true);
      }
      for (const g of school.groups) {
        expect(g.pupils.every((p) => pupils.has(p))).toBe(true);
        expect(g.skills.every((k) => skills.has(k))).toBe(true);
        for (const p of g.preferredStaff ?? []) expect(staff.has(p)).toBe(true);
        if (g.lead) expect(staff.has(g.lead)).toBe(true);
        if (g.slots) {
          for (const week of school.calendar.weeks) {
            expect(g.slots.filter((s) => s.week === undefined || s.week === week)).toHaveLength(g.sessionsPerWeek);
          }
        }
      }
      for (const c of school.cover) {
        if (c.room) expect(rooms.has(c.room)).toBe(true);
        if (c.class) expect(classes.has(c.class)).toBe(true);
        if (school.calendar.weeks.length > 1) expect(c.week).toBeDefined();
      }
    }
  });

  it('has the sizes the benchmark promises', () => {
    const tiny = generateSchool({ seed: 1, size: 'tiny' });
    expect(tiny.staff.length).toBeLessThanOrEqual(7);
    expect(generateSchool({ seed: 1, size: 'small' }).staff).toHaveLength(10);
    expect(generateSchool({ seed: 1, size: 'medium' }).staff).toHaveLength(40);
    for (const seed of [1, 2, 3]) {
      const secondary = generateSchool({ seed, size: 'secondary' });
      expect(secondary.calendar.weeks).toEqual(['A', 'B']);
      expect(supportStaff(secondary)).toBe(40);
      expect(demandPerCycle(secondary)).toBeGreaterThan(330);
      expect(demandPerCycle(secondary)).toBeLessThan(470);
      const trust = generateSchool({ seed, size: 'trust' });
      expect(trust.staff).toHaveLength(120);
      expect(trust.calendar.weeks).toEqual(['A', 'B']);
      expect(demandPerCycle(trust)).toBeGreaterThan(1400);
      expect(demandPerCycle(trust)).toBeLessThan(1800);
    }
  });

  it('takes custom numbers on top of a named size, and a Week A/B cycle for any size', () => {
    const school = generateSchool({ seed: 2, size: { base: 'small', forms: 6, groups: 15, supportStaff: 8 }, weeks: 2 });
    expect(resolveShape({ seed: 2, size: { base: 'small', forms: 3 } }).teachers).toBe(5);
    // Every primary class has a class teacher, whatever the custom numbers say.
    expect(resolveShape({ seed: 2, size: { base: 'small', forms: 6 } }).teachers).toBe(6);
    expect(school.classes).toHaveLength(6);
    expect(school.groups).toHaveLength(15);
    expect(school.calendar.weeks).toEqual(['A', 'B']);
    expect(school.cover.every((c) => c.week === 'A' || c.week === 'B')).toBe(true);
  });

  it('draws the wrinkles a real school has', () => {
    const schools = [1, 2, 3].flatMap((seed) => [generateSchool({ seed, size: 'medium' }), generateSchool({ seed, size: 'secondary' })]);
    const groups = schools.flatMap((s) => s.groups);
    const staff = schools.flatMap((s) => s.staff);
    const cover = schools.flatMap((s) => s.cover);
    const asOf = '2025-09-15';
    expect(staff.some((s) => s.skills.some((k) => k.expires !== undefined && k.expires < asOf))).toBe(true);
    expect(staff.some((s) => s.maxPeriodsPerWeek !== undefined)).toBe(true);
    expect(staff.some((s) => (s.busy ?? []).some((b) => b.what.startsWith('In-class support')))).toBe(true);
    expect(staff.some((s) => s.role === 'ta' && s.available.length < 5)).toBe(true);
    for (const has of [
      (g: (typeof groups)[number]) => g.ehcp === true && g.priority === 1,
      (g: (typeof groups)[number]) => (g.adults ?? 1) === 2,
      (g: (typeof groups)[number]) => (g.length ?? 1) === 2,
      (g: (typeof groups)[number]) => g.sameAdult === true,
      (g: (typeof groups)[number]) => g.periods?.includes('TUT') === true,
      (g: (typeof groups)[number]) => g.unstructured === true,
      (g: (typeof groups)[number]) => g.lead !== undefined && g.slots !== undefined,
      (g: (typeof groups)[number]) => g.staffSex !== undefined,
      (g: (typeof groups)[number]) => g.roles !== undefined,
      (g: (typeof groups)[number]) => (g.preferredStaff ?? []).length > 0,
    ]) {
      expect(groups.some(has)).toBe(true);
    }
    expect(new Set(groups.map((g) => g.priority))).toEqual(new Set([1, 2, 3, 4, 5]));
    expect(cover.some((c) => c.kind === 'ppa' && c.specifiedWork === true && c.class !== undefined && c.room !== undefined)).toBe(true);
    expect(cover.some((c) => c.kind === 'duty' && (c.staffNeeded ?? 1) > 1 && !(c.roles ?? []).includes('teacher') && c.period === 'LUN')).toBe(true);
    expect(cover.some((c) => c.kind === 'post' && c.room !== undefined)).toBe(true);
    expect(cover.some((c) => c.kind === 'absence')).toBe(true);
    expect(schools.some((s) => s.lessons.some((l) => l.protected) && s.lessons.some((l) => !l.protected))).toBe(true);
    expect(new Set(schools.flatMap((s) => s.rooms.map((r) => r.kind))).size).toBeGreaterThanOrEqual(8);
  });
});
