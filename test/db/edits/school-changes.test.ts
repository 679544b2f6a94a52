import { describe, expect, it } from 'vitest';
import { readSchool } from '../../../db';
import { applyEdit, changesBetween, undoEdit } from '../../../db/edits';
import { databaseWith, demo } from './helpers';

describe('the changes between two schools', () => {
  it('are none for the same school, whatever order its objects’ keys were written in', () => {
    const school = demo('secondary');
    const reordered = structuredClone(school);
    reordered.pupils = reordered.pupils.map((p) => Object.fromEntries(Object.entries(p).reverse()) as typeof p);
    expect(changesBetween(school, reordered)).toEqual([]);
  });

  it('name each entity that differs by kind and id, new ones in list order and removals as null', () => {
    const school = demo('secondary');
    const next = structuredClone(school);
    const first = next.staff[0];
    next.staff[0] = { ...first!, left: '2025-09-22' };
    next.pupils.push({ id: 'N1', name: 'New One', year: '7', sen: 'N' }, { id: 'N2', name: 'New Two', year: '8', sen: 'K' });
    const session = next.plan!.sessions[0]!;
    next.plan!.sessions = next.plan!.sessions.slice(1);
    const lessonClass = next.lessons[0]!.class;
    next.lessons = next.lessons.filter((l) => l.class !== lessonClass);
    next.school = { ...next.school, name: 'Renamed Academy' };
    expect(changesBetween(school, next)).toEqual([
      { kind: 'school', id: 'school', after: next.school },
      { kind: 'staff', id: first!.id, after: next.staff[0] },
      { kind: 'pupil', id: 'N1', after: next.pupils.at(-2) },
      { kind: 'pupil', id: 'N2', after: next.pupils.at(-1) },
      { kind: 'class-lessons', id: lessonClass, after: null },
      { kind: 'session', id: session.id, after: null },
    ]);
  });

  it('applied as one edit, make the database hold the new school, and undo brings back the old one', () => {
    const { db, school } = databaseWith('secondary');
    const next = structuredClone(school);
    // The plan goes altogether, a group goes, a room changes.
    delete next.plan;
    const unplanned = next.groups.find((g) => !school.plan!.sessions.some((s) => s.group === g.id))!;
    next.groups = next.groups.filter((g) => g !== unplanned);
    next.rooms[0] = { ...next.rooms[0]!, capacity: 3 };
    const changes = changesBetween(school, next);
    expect(changes.filter((c) => c.kind === 'session')).toHaveLength(school.plan!.sessions.length);
    expect(changes).toContainEqual({ kind: 'plan', id: 'plan', after: null });
    applyEdit(db, 'Whole new school', changes);
    expect(readSchool(db)).toStrictEqual(next);
    undoEdit(db);
    expect(readSchool(db)).toStrictEqual(school);
  });
});
