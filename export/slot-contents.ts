/**
 * What one slot holds for one adult, pupil, room or group: the single place that decides it, so
 * the printed timetables, the CSV files and the calendars always agree.
 */
import type { Busy, Day, Group, Lesson, Pupil, Room, Staff } from '../solver/model/school-file';
import type { Lookup, PlacedSession } from './lookup';

export interface AdultSlot {
  sessions: readonly PlacedSession[];
  /** Lessons the person teaches there. */
  lessons: readonly Lesson[];
  busy: readonly Busy[];
  works: boolean;
}

export function adultAt(l: Lookup, staff: Staff, week: string, day: Day, period: string): AdultSlot {
  return {
    sessions: l.sessionsAt(week, day, period).filter((p) => p.session.staff.includes(staff.id)),
    lessons: l.lessonsAt(week, day, period).filter((lesson) => lesson.teacher === staff.id),
    busy: l.busyAt(staff, week, day, period),
    works: l.works(staff, week, day, period),
  };
}

/** True when the slot shows anything for the person beyond "not working". */
export function adultHasAnything(slot: AdultSlot): boolean {
  return slot.sessions.length > 0 || slot.lessons.length > 0 || slot.busy.length > 0;
}

export interface PupilSlot {
  /** The group sessions the pupil is in. */
  sessions: readonly PlacedSession[];
  /** The lessons of the pupil's classes in the slot: the ones a session there takes them out of. */
  lessons: readonly Lesson[];
}

export function pupilAt(l: Lookup, pupil: Pupil, week: string, day: Day, period: string): PupilSlot {
  const classes = new Set(l.classesOf(pupil.id).map((c) => c.id));
  return {
    sessions: l.sessionsAt(week, day, period).filter((p) => p.group?.pupils.includes(pupil.id) ?? false),
    lessons: l.lessonsAt(week, day, period).filter((lesson) => classes.has(lesson.class)),
  };
}

/** The lessons a pupil leaves for one placed session, over every period it covers. */
export function lessonsLeft(l: Lookup, pupil: Pupil, placed: PlacedSession): Lesson[] {
  const classes = new Set(l.classesOf(pupil.id).map((c) => c.id));
  const left: Lesson[] = [];
  for (const period of placed.periods) {
    for (const lesson of l.lessonsAt(placed.week, placed.day, period)) if (classes.has(lesson.class) && !left.includes(lesson)) left.push(lesson);
  }
  return left;
}

export interface RoomSlot {
  sessions: readonly PlacedSession[];
  lessons: readonly Lesson[];
}

export function roomAt(l: Lookup, room: Room, week: string, day: Day, period: string): RoomSlot {
  return {
    sessions: l.sessionsAt(week, day, period).filter((p) => p.room?.id === room.id),
    lessons: l.lessonsAt(week, day, period).filter((lesson) => lesson.room === room.id),
  };
}

export function groupAt(l: Lookup, group: Group, week: string, day: Day, period: string): readonly PlacedSession[] {
  return l.sessionsAt(week, day, period).filter((p) => p.group?.id === group.id);
}

/** The placed sessions of one adult, in timetable order. */
export function sessionsOfAdult(l: Lookup, staff: Staff): PlacedSession[] {
  return l.placed.filter((p) => p.session.staff.includes(staff.id));
}

/** The placed sessions a pupil is in, in timetable order. */
export function sessionsOfPupil(l: Lookup, pupil: Pupil): PlacedSession[] {
  return l.placed.filter((p) => p.group?.pupils.includes(pupil.id) ?? false);
}
