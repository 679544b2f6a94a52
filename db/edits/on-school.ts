/**
 * The same changes applied to a school document in memory, as the database would store them: a
 * changed entity keeps its place, a new one goes to the end of its list, a class's lessons keep
 * their places in the timetable's list. Used to check the would-be school before writing it, and
 * by tests as the expected result of an edit.
 */
import type { Lesson, School } from '../../solver/model';
import type { EntityChange, EntityKind } from './entities';

/** The school list each list kind lives in. */
export const LIST_KEYS = {
  skill: 'skills', room: 'rooms', staff: 'staff', pupil: 'pupils', class: 'classes', group: 'groups', cover: 'cover',
} as const satisfies Partial<Record<EntityKind, keyof School>>;

/** A copy of `school` with `changes` applied, and the JSON path of each changed entity in it. */
export function withChanges(school: School, changes: readonly EntityChange[]): { school: School; paths: Map<string, string[]> } {
  const next: School = structuredClone(school);
  const addsSession = changes.some((c) => c.kind === 'session' && c.after !== null);
  if (addsSession && next.plan === undefined) next.plan = { sessions: [] };
  for (const change of changes) applyOne(next, change);
  const paths = new Map<string, string[]>();
  for (const change of changes) paths.set(`${change.kind}:${change.id}`, pathsOf(next, change.kind, change.id));
  return { school: next, paths };
}

function applyOne(school: School, change: EntityChange): void {
  switch (change.kind) {
    case 'school':
      if (change.after) school.school = change.after;
      return;
    case 'calendar':
      if (change.after) school.calendar = change.after;
      return;
    case 'plan': {
      if (change.after === null) {
        if ((school.plan?.sessions.length ?? 0) === 0) delete school.plan;
        return;
      }
      school.plan = { sessions: school.plan?.sessions ?? [], ...change.after };
      return;
    }
    case 'session': {
      const sessions = school.plan?.sessions;
      if (sessions) replaceIn(sessions, change.id, change.after);
      return;
    }
    case 'class-lessons':
      replaceLessons(school, change.id, change.after ?? []);
      return;
    case 'skill':
      replaceIn(school.skills, change.id, change.after);
      return;
    case 'room':
      replaceIn(school.rooms, change.id, change.after);
      return;
    case 'staff':
      replaceIn(school.staff, change.id, change.after);
      return;
    case 'pupil':
      replaceIn(school.pupils, change.id, change.after);
      return;
    case 'class':
      replaceIn(school.classes, change.id, change.after);
      return;
    case 'group':
      replaceIn(school.groups, change.id, change.after);
      return;
    case 'cover':
      replaceIn(school.cover, change.id, change.after);
      return;
  }
}

function replaceIn<T extends { id: string }>(list: T[], id: string, after: T | null): void {
  const at = list.findIndex((item) => item.id === id);
  if (after === null) {
    if (at >= 0) list.splice(at, 1);
  } else if (at >= 0) {
    list[at] = after;
  } else {
    list.push(after);
  }
}

function replaceLessons(school: School, classId: string, lessons: readonly Lesson[]): void {
  const places = school.lessons.flatMap((lesson, i) => (lesson.class === classId ? [i] : []));
  const kept = places.slice(0, lessons.length);
  const extra = lessons.slice(kept.length);
  kept.forEach((place, i) => {
    const lesson = lessons[i];
    if (lesson) school.lessons[place] = lesson;
  });
  const dropped = new Set(places.slice(lessons.length));
  school.lessons = [...school.lessons.filter((_lesson, i) => !dropped.has(i)), ...extra];
}

/** The JSON paths of an entity in `school` ($.staff[3], or each lesson of a class). */
export function pathsOf(school: School, kind: EntityKind, id: string): string[] {
  switch (kind) {
    case 'school':
      return ['$.school'];
    case 'calendar':
      return ['$.calendar'];
    case 'plan':
      return ['$.plan.unfilled'];
    case 'session': {
      const at = school.plan?.sessions.findIndex((s) => s.id === id) ?? -1;
      return at < 0 ? [] : [`$.plan.sessions[${at}]`];
    }
    case 'class-lessons':
      return school.lessons.flatMap((lesson, i) => (lesson.class === id ? [`$.lessons[${i}]`] : []));
    default: {
      const key = LIST_KEYS[kind];
      const at = (school[key] as readonly { id: string }[]).findIndex((item) => item.id === id);
      return at < 0 ? [] : [`$.${key}[${at}]`];
    }
  }
}
