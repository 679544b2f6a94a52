/** Small hand-made schools for exact tests: one week, two days, three lesson periods and lunch. */
import type { Cover, Group, Room, School, Session, Staff } from '../../../solver/model';

export const PERIODS = ['P1', 'P2', 'LUN', 'P3'] as const;

/** A person who works every period of both days. */
export function person(id: string, extra: Partial<Staff> = {}): Staff {
  return {
    id, name: `Person ${id}`, role: 'ta', sex: 'F', specifiedWork: false, skills: [],
    available: [{ day: 'Mon', periods: [...PERIODS] }, { day: 'Tue', periods: [...PERIODS] }],
    ...extra,
  };
}

/** A group of one pupil, one session a week, no skills. */
export function group(id: string, extra: Partial<Group> = {}): Group {
  return { id, name: `Group ${id}`, area: 'CL', pupils: [`pupil-${id}`], sessionsPerWeek: 1, skills: [], priority: 3, ...extra };
}

export function room(id: string, extra: Partial<Room> = {}): Room {
  return { id, name: `Room ${id}`, kind: 'small-group', capacity: 6, ...extra };
}

export function cover(id: string, extra: Partial<Cover> = {}): Cover {
  return { id, kind: 'duty', label: `Duty ${id}`, day: 'Mon', period: 'LUN', priority: 2, ...extra };
}

export interface HandSchool {
  staff?: Staff[];
  groups?: Group[];
  rooms?: Room[];
  cover?: Cover[];
  lessons?: School['lessons'];
  classes?: School['classes'];
  pinned?: Session[];
  weeks?: ['A'] | ['A', 'B'];
}

/** Assembles a valid school; every pupil a group names is listed. */
export function handSchool(parts: HandSchool): School {
  const groups = parts.groups ?? [];
  const pupilIds = new Set([...groups.flatMap((g) => g.pupils), ...(parts.classes ?? []).flatMap((c) => c.pupils)]);
  const school: School = {
    format: 'staffroom/1',
    school: { name: 'Hand-made school', phase: 'primary' },
    calendar: {
      weeks: parts.weeks ?? ['A'],
      days: ['Mon', 'Tue'],
      periods: [
        { id: 'P1', start: '09:00', end: '10:00', kind: 'lesson' },
        { id: 'P2', start: '10:00', end: '11:00', kind: 'lesson' },
        { id: 'LUN', start: '11:00', end: '12:00', kind: 'lunch' },
        { id: 'P3', start: '12:00', end: '13:00', kind: 'lesson' },
      ],
      asOf: '2025-09-15',
    },
    skills: [{ id: 'ELSA', name: 'ELSA' }, { id: 'HOIST', name: 'Hoist' }],
    rooms: parts.rooms ?? [],
    staff: parts.staff ?? [],
    pupils: [...pupilIds].map((id) => ({ id, name: `Pupil ${id}`, year: '3', sen: 'K' })),
    classes: parts.classes ?? [],
    lessons: parts.lessons ?? [],
    groups,
    cover: parts.cover ?? [],
  };
  if (parts.pinned) school.plan = { sessions: parts.pinned };
  return school;
}
