/**
 * Turns what SQLite's foreign-key check finds at the end of an edit into one plain sentence per
 * thing still referred to: "Aisha Shah is on 4 planned sessions; take them off those first."
 */
import type { Db } from '../database';
import { entityName, type EntityKind, type Snapshot } from './entities';

interface Violation {
  table: string;
  rowid: number;
  parent: string;
  fkid: number;
}

/** Which kind of entity each parent table holds. */
const PARENT_KINDS: Readonly<Record<string, EntityKind>> = {
  staff: 'staff', pupil: 'pupil', skill: 'skill', room: 'room', school_class: 'class',
  intervention_group: 'group', cover_item: 'cover', plan_session: 'session',
};

const PARENT_NOUNS: Readonly<Record<string, string>> = {
  staff: 'staff member', pupil: 'pupil', skill: 'skill', room: 'room', school_class: 'class',
  intervention_group: 'intervention group', cover_item: 'cover item', plan_session: 'planned session',
  period: 'period', school_day: 'day', cycle_week: 'week',
};

/** What a row of each child table is, counted: "planned session", "lesson" ... */
const CHILD_NOUNS: Readonly<Record<string, [string, string]>> = {
  plan_session_staff: ['planned session', 'planned sessions'],
  plan_session: ['planned session', 'planned sessions'],
  intervention_group: ['intervention group', 'intervention groups'],
  group_preferred_staff: ['intervention group (as a preferred adult)', 'intervention groups (as a preferred adult)'],
  group_pupil: ['intervention group', 'intervention groups'],
  group_skill: ['intervention group', 'intervention groups'],
  group_period: ['intervention group’s allowed periods', 'intervention groups’ allowed periods'],
  group_slot: ['fixed group time', 'fixed group times'],
  school_class: ['class', 'classes'],
  class_pupil: ['class', 'classes'],
  lesson: ['lesson', 'lessons'],
  staff_skill: ['member of staff’s skills', 'staff members’ skills'],
  staff_availability: ['working-pattern entry', 'working-pattern entries'],
  staff_availability_period: ['working-pattern period', 'working-pattern periods'],
  staff_busy: ['fixed commitment', 'fixed commitments'],
  cover_item: ['cover item', 'cover items'],
  cover_skill: ['cover item', 'cover items'],
  plan_unfilled: ['unfilled-plan entry', 'unfilled-plan entries'],
};

/** How a use reads after the thing's name, by child table and column. */
const USES: Readonly<Record<string, (n: number) => string>> = {
  'plan_session_staff.staff_id': (n) => `is on ${count(n, 'planned session', 'planned sessions')}`,
  'intervention_group.lead_id': (n) => `leads ${count(n, 'intervention group', 'intervention groups')}`,
  'group_preferred_staff.staff_id': (n) => `is a preferred adult for ${count(n, 'intervention group', 'intervention groups')}`,
  'school_class.teacher_id': (n) => `is the class teacher of ${count(n, 'class', 'classes')}`,
  'lesson.teacher_id': (n) => `teaches ${count(n, 'lesson', 'lessons')}`,
  'class_pupil.pupil_id': (n) => `is in ${count(n, 'class', 'classes')}`,
  'group_pupil.pupil_id': (n) => `is in ${count(n, 'intervention group', 'intervention groups')}`,
  'staff_skill.skill_id': (n) => `is held by ${count(n, 'member of staff', 'staff')}`,
  'group_skill.skill_id': (n) => `is needed by ${count(n, 'intervention group', 'intervention groups')}`,
  'cover_skill.skill_id': (n) => `is needed by ${count(n, 'cover item', 'cover items')}`,
  'lesson.room_id': (n) => `is the room of ${count(n, 'lesson', 'lessons')}`,
  'cover_item.room_id': (n) => `is the room of ${count(n, 'cover item', 'cover items')}`,
  'plan_session.room_id': (n) => `is the room of ${count(n, 'planned session', 'planned sessions')}`,
  'plan_session.group_id': (n) => `has ${count(n, 'planned session', 'planned sessions')}`,
  'plan_session.cover_id': (n) => `has ${count(n, 'planned session', 'planned sessions')}`,
  'cover_item.class_id': (n) => `is covered by ${count(n, 'cover item', 'cover items')}`,
  'lesson.class_id': (n) => `has ${count(n, 'lesson', 'lessons')}`,
};

const DAY_NAMES: Readonly<Record<string, string>> = {
  Mon: 'Monday', Tue: 'Tuesday', Wed: 'Wednesday', Thu: 'Thursday', Fri: 'Friday', Sat: 'Saturday', Sun: 'Sunday',
};

function count(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

function joinAnd(parts: readonly string[]): string {
  if (parts.length <= 1) return parts.join('');
  return `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}`;
}

/** What an edit removed, by parent table and key, so messages can name it after it is gone. */
export type RemovedNames = Map<string, string>;

/** Records the names of everything an edit removes (list entities, and calendar weeks, days and periods). */
export function removedNames(changes: readonly { kind: EntityKind; id: string; before: Snapshot | null }[]): RemovedNames {
  const names: RemovedNames = new Map();
  for (const { kind, id, before } of changes) {
    if (before === null) continue;
    const table = Object.keys(PARENT_KINDS).find((t) => PARENT_KINDS[t] === kind);
    if (table) names.set(`${table}:${id}`, entityName(kind, id, before.value));
    if (kind === 'calendar') {
      const calendar = before.value as { periods: { id: string; label?: string }[]; days: string[]; weeks: string[] };
      for (const p of calendar.periods) names.set(`period:${p.id}`, p.label ?? p.id);
      for (const d of calendar.days) names.set(`school_day:${d}`, DAY_NAMES[d] ?? d);
      for (const w of calendar.weeks) names.set(`cycle_week:${w}`, `Week ${w}`);
    }
  }
  return names;
}

/** Plain sentences for every broken reference in the database now, or [] when there are none. */
export function brokenLinkMessages(db: Db, names: RemovedNames): string[] {
  const violations = db.pragma('foreign_key_check') as Violation[];
  if (violations.length === 0) return [];
  // parent key -> child "table.column" -> count
  const uses = new Map<string, Map<string, number>>();
  const columns = new Map<string, string>();
  for (const v of violations) {
    const fkKey = `${v.table}#${v.fkid}`;
    let column = columns.get(fkKey);
    if (column === undefined) {
      const list = db.pragma(`foreign_key_list(${v.table})`) as { id: number; from: string }[];
      column = list.find((fk) => fk.id === v.fkid)?.from ?? '';
      columns.set(fkKey, column);
    }
    const row = db.prepare(`SELECT ${column} AS key FROM ${v.table} WHERE rowid = ?`).get(v.rowid) as { key: string } | undefined;
    const parentKey = `${v.parent}:${row?.key ?? '?'}`;
    const byUse = uses.get(parentKey) ?? new Map<string, number>();
    byUse.set(`${v.table}.${column}`, (byUse.get(`${v.table}.${column}`) ?? 0) + 1);
    uses.set(parentKey, byUse);
  }
  return [...uses].map(([parentKey, byUse]) => sentence(parentKey, byUse, names));
}

function sentence(parentKey: string, byUse: Map<string, number>, names: RemovedNames): string {
  const [parent = '', key = ''] = splitOnce(parentKey, ':');
  const name = names.get(parentKey);
  const noun = PARENT_NOUNS[parent] ?? parent;
  if (name === undefined) {
    const users = joinAnd([...byUse].map(([use, n]) => {
      const [one, many] = CHILD_NOUNS[use.split('.')[0] ?? ''] ?? ['entry', 'entries'];
      return count(n, one, many);
    }));
    return `There is no ${noun} “${key}”, but ${users} name${[...byUse.values()].reduce((a, b) => a + b, 0) === 1 ? 's' : ''} it.`;
  }
  const calendarPart = parent === 'period' || parent === 'school_day' || parent === 'cycle_week';
  const described: string[] = [];
  const usedBy: string[] = [];
  for (const [use, n] of byUse) {
    const phrase = USES[use];
    if (phrase && !calendarPart) {
      described.push(phrase(n));
    } else {
      const [one, many] = CHILD_NOUNS[use.split('.')[0] ?? ''] ?? ['entry', 'entries'];
      usedBy.push(count(n, one, many));
    }
  }
  if (usedBy.length > 0) described.push(`is used by ${joinAnd(usedBy)}`);
  const person = parent === 'staff' || parent === 'pupil';
  return `${name} ${joinAnd(described)}; ${person ? 'take them off those first' : 'change those first'}.`;
}

function splitOnce(text: string, separator: string): [string, string] {
  const at = text.indexOf(separator);
  return at < 0 ? [text, ''] : [text.slice(0, at), text.slice(at + separator.length)];
}
