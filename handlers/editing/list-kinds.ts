/**
 * Save and delete for each kind of thing in a school list, built the same way: a save with no id
 * (or an id not yet used) adds, a save of an existing id changes it in place, a delete is refused
 * while anything refers to the thing unless the caller asks to unhook those links in the same edit.
 */
import type { DeletableKind, EditOutcome, FieldProblem } from '../../api/edits';
import type { EntityChange } from '../../db/edits';
import { joinAnd, linksTo } from '../../db/edits/links';
import type { Cover, Group, Pupil, Room, School, SchoolClass, Session, Skill, Staff } from '../../solver/model/school-file';
import type { HandlerContext } from '../context';
import { commitEdit } from './commit';
import { periodLabel } from '../../solver/model/calendar';
import { changeLabel, changedFields, type LabelledKind } from './labels';
import { DAY_NAMES } from './words';
import { newId, skillId } from './new-ids';

interface ListKinds {
  staff: Staff;
  pupil: Pupil;
  group: Group;
  cover: Cover;
  room: Room;
  skill: Skill;
  class: SchoolClass;
  session: Session;
}

export type ListKind = keyof ListKinds & DeletableKind & LabelledKind;
type WithOptionalId<T> = Omit<T, 'id'> & { id?: string | undefined };

interface KindWords<K extends ListKind> {
  /** The list it lives in. */
  list(school: School): readonly ListKinds[K][];
  /** How a label names it: "Aisha Shah", "room Hub", "cover “Gate duty”". */
  title(value: ListKinds[K], school: School): string;
  added(title: string): string;
  deleted(title: string): string;
  /** The id a new one gets. */
  newId(school: School, value: WithOptionalId<ListKinds[K]>): string;
  /** "this member of staff": for a thing that is no longer there. */
  what: string;
  /** People are taken off things; things are changed. */
  person?: boolean;
}

const ids = (list: readonly { id: string }[]) => list.map((item) => item.id);

export const KIND_WORDS: { readonly [K in ListKind]: KindWords<K> } = {
  staff: {
    list: (s) => s.staff, title: (v) => v.name, added: (t) => `Added ${t} to the staff`, deleted: (t) => `Deleted ${t} from the staff`,
    newId: (s) => newId(ids(s.staff), 'STAFF'), what: 'this member of staff', person: true,
  },
  pupil: {
    list: (s) => s.pupils, title: (v) => v.name, added: (t) => `Added pupil ${t}`, deleted: (t) => `Deleted pupil ${t}`,
    newId: (s) => newId(ids(s.pupils), 'PUPIL'), what: 'this pupil', person: true,
  },
  group: {
    list: (s) => s.groups, title: (v) => v.name, added: (t) => `Added group ${t}`, deleted: (t) => `Deleted group ${t}`,
    newId: (s) => newId(ids(s.groups), 'GROUP'), what: 'this group',
  },
  cover: {
    list: (s) => s.cover, title: (v) => `cover “${v.label}”`, added: (t) => `Added ${t}`, deleted: (t) => `Deleted ${t}`,
    newId: (s, v) => newId(ids(s.cover), COVER_PREFIX[v.kind]), what: 'this cover item',
  },
  room: {
    list: (s) => s.rooms, title: (v) => `room ${v.name}`, added: (t) => `Added ${t}`, deleted: (t) => `Deleted ${t}`,
    newId: (s) => newId(ids(s.rooms), 'ROOM'), what: 'this room',
  },
  skill: {
    list: (s) => s.skills, title: (v) => `skill ${v.name}`, added: (t) => `Added ${t}`, deleted: (t) => `Deleted ${t}`,
    newId: (s, v) => skillId(ids(s.skills), v.name), what: 'this skill',
  },
  class: {
    list: (s) => s.classes, title: (v) => `class ${v.name}`, added: (t) => `Added ${t}`, deleted: (t) => `Deleted ${t}`,
    newId: (s) => newId(ids(s.classes), 'CLASS'), what: 'this class',
  },
  session: {
    list: (s) => s.plan?.sessions ?? [], title: (v, s) => sessionTitle(v, s), added: (t) => `Planned ${t}`, deleted: (t) => `Deleted ${t}`,
    newId: (s) => newId(ids(s.plan?.sessions ?? []), 'SESSION'), what: 'this planned session',
  },
};

export const COVER_PREFIX: Readonly<Record<Cover['kind'], string>> = { ppa: 'PPA', absence: 'ABSENCE', duty: 'DUTY', post: 'POST' };

function sessionOwner(session: Session, school: School): string {
  const owner = session.group
    ? school.groups.find((g) => g.id === session.group)?.name
    : school.cover.find((c) => c.id === session.cover)?.label;
  return owner ?? 'a session';
}

function sessionTitle(session: Session, school: School): string {
  return `a session of ${sessionOwner(session, school)}`;
}

/** Only the time changed: the session was moved on the grid. */
function isMove(before: Session, after: Session): boolean {
  return changedFields(before, after).every((field) => field === 'week' || field === 'day' || field === 'period');
}

/** "Moved ELSA group to Wednesday Period 2", with ", Week B" in a two-week school. */
export function moveLabel(session: Session, school: School): string {
  const week = school.calendar.weeks.length > 1 && session.week ? `, Week ${session.week}` : '';
  return `Moved ${sessionOwner(session, school)} to ${DAY_NAMES[session.day]} ${periodLabel(school.calendar, session.period)}${week}`;
}

/** Saves one thing of `kind`: adds it, or changes the one with its id. */
export function saveOne<K extends ListKind>(context: HandlerContext, kind: K, input: WithOptionalId<ListKinds[K]>): EditOutcome {
  const words = KIND_WORDS[kind] as KindWords<K>;
  return commitEdit(context, (school) => {
    const existing = input.id === undefined ? undefined : words.list(school).find((item) => item.id === input.id);
    const id = input.id ?? words.newId(school, input);
    const after = { ...input, id } as ListKinds[K];
    const title = words.title(after, school);
    const label = !existing
      ? words.added(title)
      : kind === 'session' && isMove(existing as Session, after as Session)
        ? moveLabel(after as Session, school)
        : changeLabel(kind, words.title(existing, school), existing, after, title);
    const change = { kind, id, after } as EntityChange;
    return { label, id, changes: [change], focus: [{ kind, id, field: '' }] };
  });
}

/** Deletes one thing of `kind`, with the changes that unhook whatever refers to it when `withLinks` is set. */
export function deleteOne(context: HandlerContext, kind: ListKind, id: string, withLinks: boolean): EditOutcome {
  const words = KIND_WORDS[kind];
  return commitEdit(context, (school): ReturnType<Parameters<typeof commitEdit>[1]> => {
    const links = linksTo(school, kind, id);
    if (!links) return [{ field: '', message: `Staffroom cannot find ${words.what}; it may have been deleted already. Nothing was changed.` }];
    if (links.facts.length > 0 && !withLinks) return [inUse(links.name, links.facts, words.person === true)];
    const found = (words.list(school) as readonly { id: string }[]).find((item) => item.id === id);
    const title = found ? (words.title as (v: unknown, s: School) => string)(found, school) : links.name;
    const changes: EntityChange[] = [...links.changes, { kind, id, after: null } as EntityChange];
    return { label: words.deleted(title), id, changes, focus: [] };
  });
}

function inUse(name: string, facts: readonly string[], person: boolean): FieldProblem {
  const advice = person ? 'take them off those first' : 'change those first';
  return { field: '', message: `${name} ${joinAnd(facts)}; ${advice}, or delete with those links removed too. Nothing was changed.` };
}
