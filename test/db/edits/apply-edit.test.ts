import { describe, expect, it } from 'vitest';
import { readSchool } from '../../../db';
import { applyEdit, EditRefusedError, editHistory, redoEdit, undoEdit, type EntityChange } from '../../../db/edits';
import { linksTo } from '../../../db/edits/links';
import { withChanges } from '../../../db/edits/on-school';
import type { School } from '../../../solver/model';
import { databaseWith, everything, logSize } from './helpers';

/** Applies `changes`, checks the database against the same changes made in memory, then undoes and redoes them. */
function roundTrip(name: 'primary' | 'secondary', label: string, build: (school: School) => EntityChange[]) {
  const { db, school } = databaseWith(name);
  const changes = build(structuredClone(school));
  const expected = withChanges(school, changes).school;
  const entry = applyEdit(db, label, changes);
  expect(entry?.label).toBe(label);
  const edited = readSchool(db);
  expect(edited).toStrictEqual(expected);
  expect(undoEdit(db)?.label).toBe(label);
  expect(readSchool(db)).toStrictEqual(school);
  expect(redoEdit(db)?.label).toBe(label);
  expect(readSchool(db)).toStrictEqual(expected);
  return { db, school, edited };
}

const first = <T>(list: readonly T[]): T => {
  const item = list[0];
  if (item === undefined) throw new Error('the demo school has one');
  return item;
};

describe('applyEdit: every kind of entity, changed, added and removed, undone and redone', () => {
  it('staff: a working pattern changed in place keeps the person’s place in the list', () => {
    const { edited, school } = roundTrip('primary', 'Changed working days', (s) => {
      const person = s.staff[3]!;
      return [{ kind: 'staff', id: person.id, after: { ...person, available: person.available.slice(1), busy: [] } }];
    });
    expect(edited.staff.map((p) => p.id)).toEqual(school.staff.map((p) => p.id));
  });

  it('staff: added at the end, then removed', () => {
    const added = { id: 'NEW1', name: 'Nia Evans', role: 'ta', specifiedWork: false, skills: [{ skill: 'ELSA', expires: '2026-07-31' }], available: [{ day: 'Mon', periods: ['P1'] }] } as const;
    const { db, edited } = roundTrip('primary', 'Added Nia Evans', (s) => [{ kind: 'staff', id: 'NEW1', after: { ...added, skills: [{ skill: s.skills[0]!.id }], available: [{ day: 'Mon', periods: [s.calendar.periods[1]!.id] }] } }]);
    expect(edited.staff.at(-1)?.name).toBe('Nia Evans');
    applyEdit(db, 'Deleted Nia Evans', [{ kind: 'staff', id: 'NEW1', after: null }]);
    expect(readSchool(db).staff.some((p) => p.id === 'NEW1')).toBe(false);
  });

  it('pupils, rooms, skills and cover: changed, each in one edit', () => {
    roundTrip('primary', 'Changed several things', (s) => {
      const pupil = first(s.pupils);
      const room = first(s.rooms);
      const skill = first(s.skills);
      const cover = first(s.cover);
      return [
        { kind: 'pupil', id: pupil.id, after: { ...pupil, needs: ['ASD', 'SLCN'], upn: 'A123456789012' } },
        { kind: 'room', id: room.id, after: { ...room, capacity: room.capacity + 2 } },
        { kind: 'skill', id: skill.id, after: { id: skill.id, name: `${skill.name} (refresher)` } },
        { kind: 'cover', id: cover.id, after: { ...cover, roles: [], priority: 1 } },
      ];
    });
  });

  it('groups: optional lists given empty stay apart from lists left out', () => {
    roundTrip('primary', 'Changed a group', (s) => {
      const group = first(s.groups);
      const { preferredStaff: _dropped, ...rest } = group;
      return [{ kind: 'group', id: group.id, after: { ...rest, roomKinds: [], periods: [], pupils: group.pupils.slice(1) } }];
    });
  });

  it('classes and their lessons: lessons keep their places in the timetable, extra ones go to the end', () => {
    const { edited, school } = roundTrip('primary', 'Changed a class timetable', (s) => {
      const c = s.classes[2]!;
      const lessons = s.lessons.filter((l) => l.class === c.id);
      const changed = [...lessons.slice(1).map((l) => ({ ...l, subject: `${l.subject} (set 2)` })), { ...first(lessons), day: 'Fri' as const }, { ...first(lessons) }];
      return [
        { kind: 'class', id: c.id, after: { ...c, pupils: c.pupils.slice(0, 3) } },
        { kind: 'class-lessons', id: c.id, after: changed },
      ];
    });
    expect(edited.lessons.length).toBe(school.lessons.length + 1);
  });

  it('classes: a class removed together with its lessons, and its cover unhooked', () => {
    const { db, school } = databaseWith('primary');
    const withCover = school.cover.find((c) => c.class !== undefined);
    if (!withCover?.class) throw new Error('the primary demo covers a class');
    const links = linksTo(school, 'class', withCover.class);
    if (!links) throw new Error('the class exists');
    const changes: EntityChange[] = [...links.changes, { kind: 'class', id: withCover.class, after: null }];
    applyEdit(db, 'Deleted a class', changes);
    expect(readSchool(db)).toStrictEqual(withChanges(school, changes).school);
    expect(readSchool(db).lessons.some((l) => l.class === withCover.class)).toBe(false);
    undoEdit(db);
    expect(readSchool(db)).toStrictEqual(school);
  });

  it('the school’s name and the calendar', () => {
    roundTrip('secondary', 'Changed the calendar', (s) => [
      { kind: 'school', id: 'school', after: { name: 'Elderwood Vale', phase: 'all-through' } },
      {
        kind: 'calendar', id: 'calendar', after: {
          ...s.calendar,
          periods: [...s.calendar.periods, { id: 'P6', label: 'Period 6', start: '15:10', end: '16:00', kind: 'lesson' }],
          asOf: '2026-01-12',
          closures: [],
        },
      },
    ]);
  });

  it('the calendar: days and periods put in a new order', () => {
    roundTrip('primary', 'Reordered', (s) => [
      { kind: 'calendar', id: 'calendar', after: { ...s.calendar, days: [...s.calendar.days].reverse(), periods: [...s.calendar.periods].reverse() } },
    ]);
  });

  it('sessions: a move keeps its place in the plan; the first session of a school without a plan starts one', () => {
    roundTrip('secondary', 'Moved a session', (s) => {
      const session = first(s.plan?.sessions ?? []);
      return [{ kind: 'session', id: session.id, after: { ...session, day: 'Fri', period: 'P5' } }];
    });
    const { db, school } = roundTrip('primary', 'Placed ELSA', (s) => [
      { kind: 'session', id: 'S1', after: { id: 'S1', group: first(s.groups).id, day: 'Tue', period: s.calendar.periods[1]!.id, staff: [first(s.staff).id] } },
    ]);
    expect(school.plan).toBeUndefined();
    expect(readSchool(db).plan?.sessions).toHaveLength(1);
    undoEdit(db);
    expect(readSchool(db).plan).toBeUndefined();
  });

  it('the plan: unfilled demand set, and the plan removed once its sessions are gone', () => {
    const { db, school } = roundTrip('secondary', 'Planned', (s) => [
      { kind: 'plan', id: 'plan', after: { unfilled: [{ group: first(s.groups).id, week: 'A', missing: 2, reasons: ['No adult trained in ELSA is free'] }] } },
    ]);
    const sessions = school.plan?.sessions ?? [];
    const clearing: EntityChange[] = [{ kind: 'plan', id: 'plan', after: null }, ...sessions.map((s) => ({ kind: 'session' as const, id: s.id, after: null }))];
    applyEdit(db, 'Cleared the plan', clearing);
    expect(readSchool(db).plan).toBeUndefined();
    undoEdit(db);
    undoEdit(db);
    expect(readSchool(db)).toStrictEqual(school);
  });
});

describe('applyEdit: refusals roll everything back', () => {
  it('refuses to delete a person still on planned sessions, in plain words, and changes nothing', () => {
    const { db } = databaseWith('secondary');
    const before = everything(db);
    expect(() => applyEdit(db, 'Deleted Imogen Howells', [{ kind: 'staff', id: 'X01', after: null }])).toThrow(
      'Imogen Howells is on 1 planned session, is a preferred adult for 1 intervention group and leads 1 intervention group; take them off those first. Nothing was changed.',
    );
    expect(everything(db)).toEqual(before);
  });

  it('does the deletion when the edit unhooks everything that refers to the person, and undo brings it all back', () => {
    const { db, school } = databaseWith('secondary');
    const links = linksTo(school, 'staff', 'X01');
    if (!links) throw new Error('X01 exists');
    expect(links.consequences).toEqual(['Taken off 1 planned session', expect.stringMatching(/^No longer the named lead of /), expect.stringMatching(/^No longer a preferred adult for /)]);
    applyEdit(db, 'Deleted Imogen Howells', [...links.changes, { kind: 'staff', id: 'X01', after: null }]);
    const after = readSchool(db);
    expect(after.staff.some((s) => s.id === 'X01')).toBe(false);
    expect(after.plan?.sessions.find((s) => s.id === 'PIN-VIS01-A')?.staff).toEqual([]);
    undoEdit(db);
    expect(readSchool(db)).toStrictEqual(school);
  });

  it('refuses a calendar that drops a period still in use, naming what uses it', () => {
    const { db, school } = databaseWith('secondary');
    const before = everything(db);
    const calendar = { ...school.calendar, periods: school.calendar.periods.filter((p) => p.id !== 'P5') };
    expect(() => applyEdit(db, 'Removed Period 5', [{ kind: 'calendar', id: 'calendar', after: calendar }])).toThrow(
      /^Period 5 is used by \d+ lessons, \d+ working-pattern periods, \d+ fixed commitments and \d+ cover items; change those first\. Nothing was changed\.$/,
    );
    expect(everything(db)).toEqual(before);
  });

  it('refuses a reference to something that does not exist', () => {
    const { db, school } = databaseWith('primary');
    const person = first(school.staff);
    expect(() => applyEdit(db, 'x', [{ kind: 'staff', id: person.id, after: { ...person, skills: [{ skill: 'NOPE' }] } }])).toThrow(
      'There is no skill “NOPE”, but 1 member of staff’s skills names it. Nothing was changed.',
    );
  });

  it('refuses values outside the school file, before writing anything', () => {
    const { db, school } = databaseWith('primary');
    const before = everything(db);
    const room = first(school.rooms);
    const attempts: EntityChange[][] = [
      [{ kind: 'room', id: room.id, after: { ...room, capacity: 0 } }],
      [{ kind: 'room', id: room.id, after: { ...room, id: 'OTHER' } }],
      [{ kind: 'room', id: room.id, after: { ...room, colour: 'red' } as typeof room }],
      [{ kind: 'room', id: room.id, after: { ...room } }, { kind: 'room', id: room.id, after: null }],
      [{ kind: 'calendar', id: 'cal', after: school.calendar }],
      [{ kind: 'calendar', id: 'calendar', after: null }],
      [{ kind: 'school', id: 'school', after: null }],
      [{ kind: 'class-lessons', id: 'NOT-THIS-CLASS', after: school.lessons.slice(0, 1) }],
      [{ kind: 'wizard', id: 'x', after: null } as unknown as EntityChange],
      [],
    ];
    for (const changes of attempts) {
      expect(() => applyEdit(db, 'Bad edit', changes), JSON.stringify(changes).slice(0, 80)).toThrow(EditRefusedError);
    }
    expect(() => applyEdit(db, '  ', [{ kind: 'room', id: room.id, after: room }])).toThrow(/plain label/);
    // A CHECK the schema cannot express (a period must end after it starts) is caught by the database.
    const backwards = { ...school.calendar, periods: [{ ...first(school.calendar.periods), start: '10:00', end: '09:00' }, ...school.calendar.periods.slice(1)] };
    expect(() => applyEdit(db, 'Bad edit', [{ kind: 'calendar', id: 'calendar', after: backwards }])).toThrow(/breaks one of the school file’s rules \(start < end\)/);
    expect(everything(db)).toEqual(before);
    expect(logSize(db)).toBe(0);
  });

  it('records nothing for an edit that changes nothing', () => {
    const { db, school } = databaseWith('primary');
    const person = first(school.staff);
    expect(applyEdit(db, 'Saved', [{ kind: 'staff', id: person.id, after: person }])).toBeNull();
    expect(logSize(db)).toBe(0);
  });

  it('clears the redo stack when a new edit is made', () => {
    const { db, school } = databaseWith('primary');
    const room = first(school.rooms);
    applyEdit(db, 'One', [{ kind: 'room', id: room.id, after: { ...room, capacity: 11 } }]);
    applyEdit(db, 'Two', [{ kind: 'room', id: room.id, after: { ...room, capacity: 12 } }]);
    undoEdit(db);
    expect(editHistory(db).map((e) => [e.label, e.undone])).toEqual([['Two', true], ['One', false]]);
    applyEdit(db, 'Three', [{ kind: 'room', id: room.id, after: { ...room, capacity: 13 } }]);
    expect(editHistory(db).map((e) => e.label)).toEqual(['Three', 'One']);
    expect(redoEdit(db)).toBeNull();
  });
});
