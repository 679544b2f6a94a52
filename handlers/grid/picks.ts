/**
 * What a person picked up on the grid, resolved against the open school: a planned session, or
 * demand from the Unplaced tray (a group session still missing, or people a cover item still
 * needs) as a session that does not exist yet.
 */
import type { Pickup } from '../../api/grid';
import type { Cover, Group, School, Session } from '../../solver/model/school-file';
import { newId } from '../editing/new-ids';
import { slotText, whatOf } from './words';

/** A pick that cannot be resolved, or a drop that cannot be made; said in plain words. */
export class GridRefusal extends Error {
  constructor(message: string, readonly rule: number | null = null) {
    super(message);
    this.name = 'GridRefusal';
  }
}

export interface Picked {
  kind: 'session' | 'group' | 'cover';
  /** The session as it stands (or would start): its id, group or cover item, room, staff and pin. */
  base: Session;
  /** The planned session being moved, or the cover session a tray drop adds someone to; null for a new one. */
  original: Session | null;
  /** Which adult of `base.staff` a drop on someone's row replaces; -1 adds that person instead. */
  replace: number;
  what: string;
  group: Group | undefined;
  cover: Cover | undefined;
}

/** The week a session or demand counts in: its own, or the only week of a one-week school. */
export function weekOf(school: School, week: string | undefined): string {
  return week ?? school.calendar.weeks[0] ?? 'A';
}

/** Resolves a pick against the school, or throws a GridRefusal saying what is wrong with it. */
export function resolvePick(school: School, pick: Pickup): Picked {
  const sessions = school.plan?.sessions ?? [];
  if ('session' in pick) {
    const session = sessions.find((s) => s.id === pick.session);
    if (!session) throw new GridRefusal('That session is no longer on the plan; it may have been moved, taken off or undone. Nothing was changed.');
    let replace = session.staff.length === 0 ? -1 : 0;
    if (pick.from !== undefined) {
      replace = session.staff.indexOf(pick.from);
      if (replace < 0) {
        const name = school.staff.find((s) => s.id === pick.from)?.name ?? 'That person';
        throw new GridRefusal(`${name} is not on ${whatOf(school, session)} on ${slotText(school, session)}. Nothing was changed.`);
      }
    }
    return {
      kind: 'session', base: session, original: session, replace, what: whatOf(school, session),
      group: school.groups.find((g) => g.id === session.group), cover: school.cover.find((c) => c.id === session.cover),
    };
  }
  const week = demandWeek(school, 'cover' in pick && pick.cover !== undefined ? school.cover.find((c) => c.id === pick.cover)?.week : undefined, pick.week);
  const id = newId(sessions.map((s) => s.id), 'SESSION');
  if ('group' in pick) {
    const group = school.groups.find((g) => g.id === pick.group);
    if (!group) throw new GridRefusal('That group is no longer in the school; it may have been deleted. Nothing was changed.');
    const first = school.calendar.periods[0]?.id ?? '';
    const base: Session = { id, group: group.id, ...(week === undefined ? {} : { week }), day: school.calendar.days[0] ?? 'Mon', period: first, staff: [] };
    return { kind: 'group', base, original: null, replace: -1, what: group.name, group, cover: undefined };
  }
  const cover = school.cover.find((c) => c.id === pick.cover);
  if (!cover) throw new GridRefusal('That cover item is no longer in the school; it may have been deleted. Nothing was changed.');
  // People added to a cover item join its session in that week, as the planner writes them.
  const existing = sessions.find((s) => s.cover === cover.id && weekOf(school, s.week) === weekOf(school, week));
  const base: Session = existing ?? {
    id, cover: cover.id, ...(week === undefined ? {} : { week }), day: cover.day, period: cover.period,
    ...(cover.room === undefined ? {} : { room: cover.room }), staff: [],
  };
  return { kind: 'cover', base, original: existing ?? null, replace: -1, what: cover.label, group: undefined, cover };
}

/** The week tray demand is for: required in a two-week school, left out in a one-week one. */
function demandWeek(school: School, fixed: string | undefined, asked: string | undefined): string | undefined {
  const weeks: readonly string[] = school.calendar.weeks;
  if (weeks.length < 2) return undefined;
  const week = fixed ?? asked;
  if (week === undefined || !weeks.includes(week)) throw new GridRefusal(`Say which week it is for: this school has Week ${weeks.join(' and Week ')}. Nothing was changed.`);
  return week;
}

/** The staff a drop on `person`'s row would give the session. */
export function staffWith(picked: Picked, person: string): string[] {
  if (picked.replace < 0) return [...picked.base.staff, person];
  const staff = [...picked.base.staff];
  staff[picked.replace] = person;
  return staff;
}
