/**
 * The entity changes that turn one school into another, found by kind and id: what a whole-school
 * result (an MIS import's merged school) becomes as one edit, so undo can take it back. Entities
 * that are equal in both are left out; new ones are listed in the order the new school lists them,
 * so they are added to the end of their lists in that order.
 */
import { isDeepStrictEqual } from 'node:util';
import type { Lesson, School } from '../../solver/model';
import type { PlanDetails } from '../queries/plan';
import type { EntityChange, EntityKind, EntityValues } from './entities';

/** Every change (kind, id, after) that makes `before` into `after`; [] when they hold the same school. */
export function changesBetween(before: School, after: School): EntityChange[] {
  const changes: EntityChange[] = [];
  const single = <K extends 'school' | 'calendar' | 'plan'>(kind: K, from: EntityValues[K] | null, to: EntityValues[K] | null) => {
    if (!same(from, to)) changes.push({ kind, id: kind, after: to } as EntityChange);
  };
  single('school', before.school, after.school);
  single('calendar', before.calendar, after.calendar);
  single('plan', planDetails(before), planDetails(after));
  list(changes, 'skill', before.skills, after.skills);
  list(changes, 'room', before.rooms, after.rooms);
  list(changes, 'staff', before.staff, after.staff);
  list(changes, 'pupil', before.pupils, after.pupils);
  list(changes, 'class', before.classes, after.classes);
  lessons(changes, before.lessons, after.lessons);
  list(changes, 'group', before.groups, after.groups);
  list(changes, 'cover', before.cover, after.cover);
  list(changes, 'session', before.plan?.sessions ?? [], after.plan?.sessions ?? []);
  return changes;
}

type ListKind = Exclude<EntityKind, 'school' | 'calendar' | 'plan' | 'class-lessons'>;

function list<K extends ListKind>(changes: EntityChange[], kind: K, before: readonly EntityValues[K][], after: readonly EntityValues[K][]): void {
  const old = new Map(before.map((item) => [item.id, item]));
  const kept = new Set<string>();
  for (const item of after) {
    kept.add(item.id);
    if (!same(old.get(item.id) ?? null, item)) changes.push({ kind, id: item.id, after: plain(item) } as EntityChange);
  }
  for (const item of before) if (!kept.has(item.id)) changes.push({ kind, id: item.id, after: null } as EntityChange);
}

/** The lessons of each class, taken together as the edit history keeps them. */
function lessons(changes: EntityChange[], before: readonly Lesson[], after: readonly Lesson[]): void {
  const old = byClass(before);
  const now = byClass(after);
  for (const [id, list] of now) if (!same(old.get(id) ?? null, list)) changes.push({ kind: 'class-lessons', id, after: plain(list) });
  for (const id of old.keys()) if (!now.has(id)) changes.push({ kind: 'class-lessons', id, after: null });
}

function byClass(list: readonly Lesson[]): Map<string, Lesson[]> {
  const map = new Map<string, Lesson[]>();
  for (const lesson of list) {
    const found = map.get(lesson.class);
    if (found) found.push(lesson);
    else map.set(lesson.class, [lesson]);
  }
  return map;
}

/** The plan apart from its sessions, as the `plan` entity holds it. */
function planDetails(school: School): PlanDetails | null {
  if (school.plan === undefined) return null;
  return school.plan.unfilled === undefined ? {} : { unfilled: school.plan.unfilled };
}

/** The value as the school file would hold it: keys set to undefined are absent. */
function plain<T>(value: T): T {
  return value === undefined ? value : (JSON.parse(JSON.stringify(value)) as T);
}

/** Equal as school-file values, whatever order their keys were set in. */
function same(a: unknown, b: unknown): boolean {
  return isDeepStrictEqual(plain(a), plain(b));
}
