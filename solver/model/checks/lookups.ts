/** Everything a check needs to resolve an id, built once per school. */
import type { Cover, Group, Period, Pupil, Room, School, SchoolClass, Skill, Staff } from '../school-file';

/** The school's lists by id (the first of any repeated id wins), and its calendar as sets. */
export interface Lookups {
  skills: Map<string, Skill>;
  rooms: Map<string, Room>;
  staff: Map<string, Staff>;
  pupils: Map<string, Pupil>;
  classes: Map<string, SchoolClass>;
  groups: Map<string, Group>;
  cover: Map<string, Cover>;
  periods: Map<string, Period>;
  /** Each period's place in the day. */
  periodIndex: Map<string, number>;
  days: Set<string>;
  weeks: Set<string>;
}

/**
 * The lookups of a school as it is now. Not cached: the app edits schools in place and checks
 * them again, and building these takes well under a millisecond even for a large school.
 */
export function lookupsOf(school: School): Lookups {
  return {
    skills: byId(school.skills),
    rooms: byId(school.rooms),
    staff: byId(school.staff),
    pupils: byId(school.pupils),
    classes: byId(school.classes),
    groups: byId(school.groups),
    cover: byId(school.cover),
    periods: byId(school.calendar.periods),
    periodIndex: new Map(school.calendar.periods.map((p, i) => [p.id, i])),
    days: new Set(school.calendar.days),
    weeks: new Set(school.calendar.weeks),
  };
}

function byId<T extends { id: string }>(list: readonly T[]): Map<string, T> {
  const map = new Map<string, T>();
  for (const item of list) if (!map.has(item.id)) map.set(item.id, item);
  return map;
}
