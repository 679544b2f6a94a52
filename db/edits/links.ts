/**
 * What else in a school refers to something about to be deleted, in plain words, and the changes
 * that unhook it, so a deletion can either be refused with a clear reason or, when the person
 * confirms, done together with those changes as one edit (one undo brings everything back).
 */
import type { Cover, Group, Lesson, School, SchoolClass, Session, Staff } from '../../solver/model';
import type { PlanDetails } from '../queries/plan';
import type { EntityChange, EntityKind } from './entities';

/** The kinds a person can delete from a list. */
export type DeletableKind = 'staff' | 'pupil' | 'skill' | 'room' | 'class' | 'group' | 'cover' | 'session';

export interface Links {
  /** The name of the thing being deleted. */
  name: string;
  /** Facts that follow its name: "is on 4 planned sessions". Empty when nothing refers to it. */
  facts: string[];
  /** What deleting it together with its links does: "Taken off 4 planned sessions". */
  consequences: string[];
  /** The changes that unhook it (not including its own removal). */
  changes: EntityChange[];
}

/** The links to entity `id` of `kind` in `school`, or null when there is no such entity. */
export function linksTo(school: School, kind: DeletableKind, id: string): Links | null {
  const found = new Finder(school);
  switch (kind) {
    case 'staff':
      return found.staff(id);
    case 'pupil':
      return found.pupil(id);
    case 'skill':
      return found.skill(id);
    case 'room':
      return found.room(id);
    case 'class':
      return found.schoolClass(id);
    case 'group':
      return found.groupOrCover('group', id);
    case 'cover':
      return found.groupOrCover('cover', id);
    case 'session': {
      const session = school.plan?.sessions.find((s) => s.id === id);
      return session ? { name: `session ${id}`, facts: [], consequences: [], changes: [] } : null;
    }
  }
}

/** "4 planned sessions", "1 class". */
export function count(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** "a, b and c". */
export function joinAnd(parts: readonly string[]): string {
  if (parts.length <= 1) return parts.join('');
  return `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}`;
}

function names(items: readonly { name: string }[]): string {
  const shown = items.slice(0, 3).map((i) => i.name);
  return items.length > 3 ? `${shown.join(', ')} and ${items.length - 3} more` : joinAnd(shown);
}

/** Collects changed copies, so two links touching one entity end up as one change. */
class Finder {
  private readonly changed = new Map<string, EntityChange>();
  private facts: string[] = [];
  private consequences: string[] = [];

  constructor(private readonly school: School) {}

  staff(id: string): Links | null {
    const person = this.school.staff.find((s) => s.id === id);
    if (!person) return null;
    const sessions = this.sessions().filter((s) => s.staff.includes(id));
    this.note(sessions.length, `is on ${count(sessions.length, 'planned session', 'planned sessions')}`,
      `Taken off ${count(sessions.length, 'planned session', 'planned sessions')}`);
    for (const s of sessions) this.session(s, unpinned({ ...s, staff: s.staff.filter((x) => x !== id) }));
    const leads = this.school.groups.filter((g) => g.lead === id);
    this.note(leads.length, `leads ${names(leads)}`, `No longer the named lead of ${names(leads)}`);
    for (const g of leads) this.group(g, (copy) => delete copy.lead);
    const preferred = this.school.groups.filter((g) => g.preferredStaff?.includes(id));
    this.note(preferred.length, `is a preferred adult for ${names(preferred)}`, `No longer a preferred adult for ${names(preferred)}`);
    for (const g of preferred) this.group(g, (copy) => (copy.preferredStaff = copy.preferredStaff?.filter((x) => x !== id)));
    const classes = this.school.classes.filter((c) => c.teacher === id);
    this.note(classes.length, `is the class teacher of ${names(classes)}`, `No longer the class teacher of ${names(classes)}`);
    for (const c of classes) this.schoolClass(c, (copy) => delete copy.teacher);
    const lessons = this.school.lessons.filter((l) => l.teacher === id);
    this.note(lessons.length, `teaches ${count(lessons.length, 'timetabled lesson', 'timetabled lessons')}`,
      `${count(lessons.length, 'timetabled lesson loses', 'timetabled lessons lose')} their teacher`);
    this.lessons(lessons, (copy) => delete copy.teacher);
    return this.result(person.name);
  }

  pupil(id: string): Links | null {
    const pupil = this.school.pupils.find((p) => p.id === id);
    if (!pupil) return null;
    const groups = this.school.groups.filter((g) => g.pupils.includes(id));
    this.note(groups.length, `is in ${names(groups)}`, `Taken out of ${names(groups)}`);
    for (const g of groups) this.group(g, (copy) => (copy.pupils = copy.pupils.filter((x) => x !== id)));
    const classes = this.school.classes.filter((c) => c.pupils.includes(id));
    this.note(classes.length, `is in ${count(classes.length, 'class', 'classes')}`, `Taken out of ${count(classes.length, 'class', 'classes')} (${names(classes)})`);
    for (const c of classes) this.schoolClass(c, (copy) => (copy.pupils = copy.pupils.filter((x) => x !== id)));
    return this.result(pupil.name);
  }

  skill(id: string): Links | null {
    const skill = this.school.skills.find((s) => s.id === id);
    if (!skill) return null;
    const staff = this.school.staff.filter((s) => s.skills.some((k) => k.skill === id));
    this.note(staff.length, `is held by ${count(staff.length, 'member of staff', 'staff')}`, `Removed from the skills of ${count(staff.length, 'member of staff', 'staff')}`);
    for (const s of staff) this.staffMember(s, (copy) => (copy.skills = copy.skills.filter((k) => k.skill !== id)));
    const groups = this.school.groups.filter((g) => g.skills.includes(id));
    this.note(groups.length, `is needed by ${names(groups)}`, `No longer needed by ${names(groups)}`);
    for (const g of groups) this.group(g, (copy) => (copy.skills = copy.skills.filter((x) => x !== id)));
    const cover = this.school.cover.filter((c) => c.skills?.includes(id));
    this.note(cover.length, `is needed by ${count(cover.length, 'cover item', 'cover items')}`, `No longer needed by ${count(cover.length, 'cover item', 'cover items')}`);
    for (const c of cover) this.coverItem(c, (copy) => (copy.skills = copy.skills?.filter((x) => x !== id)));
    return this.result(skill.name);
  }

  room(id: string): Links | null {
    const room = this.school.rooms.find((r) => r.id === id);
    if (!room) return null;
    const lessons = this.school.lessons.filter((l) => l.room === id);
    this.note(lessons.length, `is the room of ${count(lessons.length, 'timetabled lesson', 'timetabled lessons')}`,
      `${count(lessons.length, 'timetabled lesson loses', 'timetabled lessons lose')} their room`);
    this.lessons(lessons, (copy) => delete copy.room);
    const cover = this.school.cover.filter((c) => c.room === id);
    this.note(cover.length, `is the room of ${count(cover.length, 'cover item', 'cover items')}`,
      `${count(cover.length, 'cover item loses', 'cover items lose')} their room`);
    for (const c of cover) this.coverItem(c, (copy) => delete copy.room);
    const sessions = this.sessions().filter((s) => s.room === id);
    this.note(sessions.length, `is the room of ${count(sessions.length, 'planned session', 'planned sessions')}`,
      `${count(sessions.length, 'planned session loses', 'planned sessions lose')} their room`);
    for (const s of sessions) {
      const { room: _room, ...copy } = s;
      this.session(s, unpinned(copy));
    }
    return this.result(room.name);
  }

  schoolClass(id: string): Links | null;
  schoolClass(c: SchoolClass, edit: (copy: SchoolClass) => void): void;
  schoolClass(idOrClass: string | SchoolClass, edit?: (copy: SchoolClass) => void): Links | null | void {
    if (typeof idOrClass !== 'string') {
      this.update('class', idOrClass.id, idOrClass, edit ?? (() => undefined));
      return;
    }
    const id = idOrClass;
    const found = this.school.classes.find((c) => c.id === id);
    if (!found) return null;
    const lessons = this.school.lessons.filter((l) => l.class === id);
    this.note(lessons.length, `has ${count(lessons.length, 'timetabled lesson', 'timetabled lessons')}`,
      `Its ${count(lessons.length, 'timetabled lesson is', 'timetabled lessons are')} removed from the timetable`);
    if (lessons.length > 0) this.put({ kind: 'class-lessons', id, after: null });
    const cover = this.school.cover.filter((c) => c.class === id);
    this.note(cover.length, `is covered by ${count(cover.length, 'cover item', 'cover items')}`,
      `${count(cover.length, 'cover item no longer names', 'cover items no longer name')} the class`);
    for (const c of cover) this.coverItem(c, (copy) => delete copy.class);
    return this.result(found.name);
  }

  groupOrCover(kind: 'group' | 'cover', id: string): Links | null {
    const item = kind === 'group' ? this.school.groups.find((g) => g.id === id) : this.school.cover.find((c) => c.id === id);
    if (!item) return null;
    const sessions = this.sessions().filter((s) => s[kind] === id);
    this.note(sessions.length, `has ${count(sessions.length, 'planned session', 'planned sessions')}`,
      `Its ${count(sessions.length, 'planned session is', 'planned sessions are')} deleted`);
    for (const s of sessions) this.put({ kind: 'session', id: s.id, after: null });
    const unfilled = this.school.plan?.unfilled ?? [];
    const mine = unfilled.filter((u) => u[kind] === id);
    this.note(mine.length, 'is listed as unfilled in the plan', 'Taken off the plan’s list of what could not be filled');
    if (mine.length > 0) {
      const details: PlanDetails = { unfilled: unfilled.filter((u) => u[kind] !== id) };
      this.put({ kind: 'plan', id: 'plan', after: details });
    }
    return this.result('label' in item ? item.label : item.name);
  }

  private sessions(): Session[] {
    return this.school.plan?.sessions ?? [];
  }

  private note(n: number, fact: string, consequence: string): void {
    if (n === 0) return;
    this.facts.push(fact);
    this.consequences.push(consequence);
  }

  private result(name: string): Links {
    return { name, facts: this.facts, consequences: this.consequences, changes: [...this.changed.values()] };
  }

  private put(change: EntityChange): void {
    this.changed.set(`${change.kind}:${change.id}`, change);
  }

  /** Edits the latest copy of an entity (a previous link may already have changed it). */
  private update<T extends object>(kind: EntityKind, id: string, original: T, edit: (copy: T) => void): void {
    const earlier = this.changed.get(`${kind}:${id}`);
    const copy = structuredClone((earlier?.after as T | null | undefined) ?? original);
    edit(copy);
    this.put({ kind, id, after: copy } as EntityChange);
  }

  private session(original: Session, after: Session): void {
    // Each kind of deletion touches a session at most once, so there is no earlier copy to merge with.
    this.put({ kind: 'session', id: original.id, after });
  }

  private group(g: Group, edit: (copy: Group) => void): void {
    this.update('group', g.id, g, edit);
  }

  private staffMember(s: Staff, edit: (copy: Staff) => void): void {
    this.update('staff', s.id, s, edit);
  }

  private coverItem(c: Cover, edit: (copy: Cover) => void): void {
    this.update('cover', c.id, c, edit);
  }

  /** Edits lessons, class by class (the lessons of one class are one entity). */
  private lessons(lessons: readonly Lesson[], edit: (copy: Lesson) => void): void {
    const classes = new Set(lessons.map((l) => l.class));
    for (const classId of classes) {
      const all = this.school.lessons.filter((l) => l.class === classId);
      const copy = all.map((lesson) => {
        const c = { ...lesson };
        if (lessons.includes(lesson)) edit(c);
        return c;
      });
      this.put({ kind: 'class-lessons', id: classId, after: copy });
    }
  }
}

/**
 * A session that lost a person or its room can no longer be kept exactly as it was pinned (rule
 * 10 would make the whole school invalid), so it loses its pin and Plan may put it right.
 */
function unpinned(session: Session): Session {
  const copy = { ...session };
  delete copy.pinned;
  return copy;
}
