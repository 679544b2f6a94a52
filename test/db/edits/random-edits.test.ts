/**
 * Property-style: a seeded run of random edits of every kind, each checked against the same
 * changes made in memory; then undo all of them (the school must come back exactly) and redo all
 * of them (exactly the edited school again).
 */
import { describe, expect, it } from 'vitest';
import { readSchool } from '../../../db';
import { applyEdit, EditRefusedError, redoEdit, undoEdit, type EntityChange } from '../../../db/edits';
import { linksTo, type DeletableKind } from '../../../db/edits/links';
import { withChanges } from '../../../db/edits/on-school';
import type { School } from '../../../solver/model';
import { databaseWith, logSize } from './helpers';

/** A small seeded generator (mulberry32), so a failure can be replayed. */
function random(seed: number) {
  let a = seed;
  const next = () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const pick = <T>(list: readonly T[]): T => {
    const item = list[Math.floor(next() * list.length)];
    if (item === undefined) throw new Error('picked from an empty list');
    return item;
  };
  return { next, pick, chance: (p: number) => next() < p };
}

type Random = ReturnType<typeof random>;

function deletion(school: School, kind: DeletableKind, id: string): EntityChange[] {
  const links = linksTo(school, kind, id);
  return links ? [...links.changes, { kind, id, after: null } as EntityChange] : [];
}

/** One random edit of the school as it is now. */
function randomEdit(school: School, r: Random, n: number): EntityChange[] {
  const periods = school.calendar.periods.map((p) => p.id);
  switch (r.pick(['staff', 'staff', 'pupil', 'group', 'cover', 'room', 'skill', 'class', 'lessons', 'session', 'calendar', 'school', 'delete'] as const)) {
    case 'staff': {
      if (r.chance(0.3)) {
        return [{ kind: 'staff', id: `RS${n}`, after: { id: `RS${n}`, name: `Random ${n}`, role: 'ta', specifiedWork: r.chance(0.5), skills: [], available: [{ day: r.pick(school.calendar.days), periods: [r.pick(periods)] }], maxPeriodsPerWeek: n } }];
      }
      const person = r.pick(school.staff);
      const available = person.available.map((a) => ({ ...a, periods: a.periods.filter(() => r.chance(0.8)) }));
      const copy = { ...person, available, skills: person.skills.filter(() => r.chance(0.7)) };
      if (r.chance(0.5)) delete copy.busy;
      else copy.busy = [];
      return [{ kind: 'staff', id: person.id, after: copy }];
    }
    case 'pupil': {
      const pupil = r.pick(school.pupils);
      const copy = { ...pupil, name: `${pupil.name}!`, needs: r.chance(0.5) ? ['SEMH', 'SLCN'] : [] };
      if (r.chance(0.5)) delete copy.upn;
      return [{ kind: 'pupil', id: pupil.id, after: copy }];
    }
    case 'group': {
      const group = r.pick(school.groups);
      const copy = { ...group, pupils: group.pupils.filter(() => r.chance(0.7)), roomKinds: r.chance(0.5) ? [] : ['hall' as const], sameAdult: r.chance(0.5) };
      if (r.chance(0.5)) delete copy.preferredStaff;
      return [{ kind: 'group', id: group.id, after: copy }];
    }
    case 'cover': {
      if (r.chance(0.4)) {
        const week = school.calendar.weeks.length > 1 ? { week: 'B' } : {};
        return [{ kind: 'cover', id: `RC${n}`, after: { id: `RC${n}`, kind: 'duty', label: `Gate duty ${n}`, ...week, day: r.pick(school.calendar.days), period: r.pick(periods), priority: 3 } }];
      }
      const item = r.pick(school.cover);
      return [{ kind: 'cover', id: item.id, after: { ...item, staffNeeded: 2, skills: [] } }];
    }
    case 'room': {
      if (r.chance(0.5)) return [{ kind: 'room', id: `RR${n}`, after: { id: `RR${n}`, name: `Pod ${n}`, kind: 'small-group', capacity: 6 } }];
      const room = r.pick(school.rooms);
      return [{ kind: 'room', id: room.id, after: { ...room, capacity: 3 + n } }];
    }
    case 'skill':
      return [{ kind: 'skill', id: `RK${n}`, after: { id: `RK${n}`, name: `Skill ${n}`, area: 'CI' } }];
    case 'class': {
      const c = r.pick(school.classes);
      return [{ kind: 'class', id: c.id, after: { ...c, pupils: c.pupils.filter(() => r.chance(0.8)) } }];
    }
    case 'lessons': {
      const c = r.pick(school.classes);
      const lessons = school.lessons.filter((l) => l.class === c.id);
      const kept = lessons.filter(() => r.chance(0.8)).map((l) => ({ ...l, protected: !l.protected }));
      const extra = r.chance(0.5) ? [{ class: c.id, day: r.pick(school.calendar.days), period: r.pick(periods), subject: 'Music', protected: false }] : [];
      return [{ kind: 'class-lessons', id: c.id, after: [...kept, ...extra] }];
    }
    case 'session': {
      const sessions = school.plan?.sessions ?? [];
      if (sessions.length > 0 && r.chance(0.5)) {
        const s = r.pick(sessions);
        return [{ kind: 'session', id: s.id, after: { ...s, day: r.pick(school.calendar.days), period: r.pick(periods) } }];
      }
      const week = school.calendar.weeks.length > 1 ? { week: 'A' } : {};
      return [{ kind: 'session', id: `SS${n}`, after: { id: `SS${n}`, group: r.pick(school.groups).id, ...week, day: r.pick(school.calendar.days), period: r.pick(periods), staff: [r.pick(school.staff).id] } }];
    }
    case 'calendar': {
      const calendar = { ...school.calendar, asOf: `2026-0${1 + (n % 9)}-15`, days: [...school.calendar.days].reverse() };
      if (r.chance(0.5)) delete calendar.terms;
      return [{ kind: 'calendar', id: 'calendar', after: calendar }];
    }
    case 'school':
      return [{ kind: 'school', id: 'school', after: { name: `${school.school.name} ${n}`, phase: school.school.phase } }];
    case 'delete': {
      const kind = r.pick(['staff', 'pupil', 'skill', 'room', 'class', 'group', 'cover', 'session'] as const);
      const ids: Record<DeletableKind, string[]> = {
        staff: school.staff.map((x) => x.id), pupil: school.pupils.map((x) => x.id), skill: school.skills.map((x) => x.id),
        room: school.rooms.map((x) => x.id), class: school.classes.map((x) => x.id), group: school.groups.map((x) => x.id),
        cover: school.cover.map((x) => x.id), session: (school.plan?.sessions ?? []).map((x) => x.id),
      };
      return ids[kind].length === 0 ? [] : deletion(school, kind, r.pick(ids[kind]));
    }
  }
}

describe('random edits of every kind', () => {
  for (const [name, seed, count] of [['primary', 1, 60], ['primary', 7, 60], ['secondary', 42, 30]] as const) {
    it(`${name} school, seed ${seed}: each edit matches the in-memory result; undo all restores it, redo all restores the edits`, () => {
      const { db, school: original } = databaseWith(name);
      const r = random(seed);
      let current = original;
      let made = 0;
      let refused = 0;
      for (let n = 0; n < count; n++) {
        const changes = randomEdit(current, r, n);
        if (changes.length === 0) continue;
        const expected = withChanges(current, changes).school;
        const logged = logSize(db);
        try {
          if (applyEdit(db, `Edit ${n}`, changes) !== null) made += 1;
        } catch (error) {
          // A random edit may leave a reference dangling (a moved session in a period that was
          // just removed ...): then nothing at all may have changed.
          expect(error).toBeInstanceOf(EditRefusedError);
          refused += 1;
          expect(readSchool(db)).toStrictEqual(current);
          expect(logSize(db)).toBe(logged);
          continue;
        }
        current = readSchool(db);
        expect(current).toStrictEqual(expected);
      }
      expect(made).toBeGreaterThan(count / 2);
      expect(made + refused).toBeLessThanOrEqual(count);
      const edited = current;
      for (let i = 0; i < made; i++) expect(undoEdit(db)).not.toBeNull();
      expect(undoEdit(db)).toBeNull();
      expect(readSchool(db)).toStrictEqual(original);
      for (let i = 0; i < made; i++) expect(redoEdit(db)).not.toBeNull();
      expect(redoEdit(db)).toBeNull();
      expect(readSchool(db)).toStrictEqual(edited);
    });
  }
});
