/**
 * The school under construction, plus the generation-time indices the steps share (who is busy
 * when, which rooms hold lessons, which slots are protected for which pupil), so later steps can
 * make choices that fit the earlier ones.
 */
import type {
  Calendar, Cover, Day, Group, Lesson, Period, Phase, Pupil, Room, School, SchoolClass, Session, Staff,
} from '../../solver/model';
import { slotKey } from '../../solver/model';
import { SKILLS } from './catalogue';
import type { Random } from './random';
import type { SchoolShape } from './sizes';

export class Draft {
  readonly rooms: Room[] = [];
  readonly staff: Staff[] = [];
  readonly pupils: Pupil[] = [];
  readonly classes: SchoolClass[] = [];
  readonly lessons: Lesson[] = [];
  readonly groups: Group[] = [];
  readonly cover: Cover[] = [];
  readonly sessions: Session[] = [];

  /** Slot keys where a person cannot take a session: lessons taught, busy entries. */
  readonly staffTaken = new Map<string, Set<string>>();
  /** Slot keys where a room holds a lesson or a cover item. */
  readonly roomTaken = new Map<string, Set<string>>();
  /** Slot keys a pupil is in a protected lesson. */
  readonly pupilProtected = new Map<string, Set<string>>();
  /** Slot keys taken by pinned sessions, per pupil. */
  readonly pupilPinned = new Map<string, Set<string>>();
  /** Generation-time cohort of each pupil: year group (primary) or year and band (secondary). */
  readonly cohort = new Map<string, string>();
  /** The sex of each listed pupil (the file has no field for it; staffSex groups use it). */
  readonly pupilSex = new Map<string, 'F' | 'M'>();

  constructor(
    readonly rng: Random,
    readonly shape: SchoolShape,
    readonly calendar: Calendar,
    readonly name: string,
    readonly phase: Phase,
  ) {}

  get weeks(): readonly string[] {
    return this.calendar.weeks;
  }

  get days(): readonly Day[] {
    return this.calendar.days;
  }

  get periods(): readonly Period[] {
    return this.calendar.periods;
  }

  /** Ids of the periods of one kind, in day order. */
  periodsOfKind(...kinds: Period['kind'][]): string[] {
    return this.periods.filter((p) => kinds.includes(p.kind)).map((p) => p.id);
  }

  /** The slot keys an entry applies to: its own week, or every week when it names none. */
  keys(week: string | undefined, day: Day, period: string): string[] {
    return (week === undefined ? this.weeks : [week]).map((w) => slotKey(w, day, period));
  }

  take(map: Map<string, Set<string>>, id: string, keys: readonly string[]): void {
    let set = map.get(id);
    if (!set) {
      set = new Set();
      map.set(id, set);
    }
    for (const k of keys) set.add(k);
  }

  isTaken(map: Map<string, Set<string>>, id: string, keys: readonly string[]): boolean {
    const set = map.get(id);
    return set !== undefined && keys.some((k) => set.has(k));
  }

  /** True when the person works in the slot (their `available` list). */
  works(staff: Staff, week: string, day: Day, period: string): boolean {
    return staff.available.some((a) => a.day === day && (a.week === undefined || a.week === week) && a.periods.includes(period));
  }

  addLesson(lesson: Lesson): void {
    this.lessons.push(lesson);
    const keys = this.keys(lesson.week, lesson.day, lesson.period);
    if (lesson.teacher) this.take(this.staffTaken, lesson.teacher, keys);
    if (lesson.room) this.take(this.roomTaken, lesson.room, keys);
  }

  addBusy(staff: Staff, week: string | undefined, day: Day, period: string, what: string): void {
    const keys = this.keys(week, day, period);
    if (this.isTaken(this.staffTaken, staff.id, keys)) return;
    staff.busy ??= [];
    staff.busy.push(week === undefined ? { day, period, what } : { week, day, period, what });
    this.take(this.staffTaken, staff.id, keys);
  }

  /** Records protected lessons against their pupils; call once classes and lessons are final. */
  indexProtectedLessons(): void {
    const pupilsOf = new Map(this.classes.map((c) => [c.id, c.pupils]));
    for (const lesson of this.lessons) {
      if (!lesson.protected) continue;
      const keys = this.keys(lesson.week, lesson.day, lesson.period);
      for (const pupil of pupilsOf.get(lesson.class) ?? []) this.take(this.pupilProtected, pupil, keys);
    }
  }

  /** Skill ids a person holds that are valid on the calendar's asOf date. */
  validSkills(staff: Staff): Set<string> {
    const asOf = this.calendar.asOf ?? '0000-01-01';
    return new Set(staff.skills.filter((s) => s.expires === undefined || s.expires >= asOf).map((s) => s.skill));
  }

  toSchool(): School {
    const school: School = {
      format: 'staffroom/1',
      school: { name: this.name, phase: this.phase },
      calendar: this.calendar,
      skills: SKILLS.map((s) => ({ ...s })),
      rooms: this.rooms,
      staff: this.staff,
      pupils: this.pupils,
      classes: this.classes,
      lessons: this.lessons,
      groups: this.groups,
      cover: this.cover,
    };
    if (this.sessions.length > 0) school.plan = { sessions: this.sessions };
    return school;
  }
}

/** A date `days` after (or before, when negative) an ISO date. */
export function shiftDate(iso: string, days: number): string {
  const d = new Date(`${iso}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}
