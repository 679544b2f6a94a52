/** A session resolved against the school index: its group or cover item, slots, staff and room. */
import type { Session } from '../model/school-file';
import { describeSlot } from './describe';
import type { CoverFacts, GroupFacts, SchoolIndex } from './school-index';
import type { Violation } from './violation';

/** A session the checker can judge: every reference it needs is known. */
export interface Placement {
  /** Internal identity, unique among placed sessions (ids may repeat in bad input). */
  key: number;
  /** Position in the plan, for a stable report order; -1 for a candidate. */
  position: number;
  session: Session;
  group: GroupFacts | undefined;
  cover: CoverFacts | undefined;
  week: number;
  day: number;
  /** Position of the first period in the day. */
  first: number;
  /** Periods asked for: the group's `length`, 1 for cover. */
  length: number;
  /** Slot numbers it covers, in order; fewer than `length` when the day ends first. */
  slots: number[];
  /** Known staff indices, each once, lead first. */
  staff: number[];
  /** The room it is in (a cover session with none is in its item's room); -1 when none. */
  room: number;
  /** The group's name or the cover item's label. */
  what: string;
}

/** The outcome of resolving: a placement (null when the session cannot be judged) and the references that failed. */
export interface Resolved {
  placement: Placement | null;
  problems: Violation[];
}

/** Resolves a session's references; anything unknown becomes an `unknown-reference` or `slot-unknown` problem. */
export function resolveSession(facts: SchoolIndex, session: Session, key: number, position: number): Resolved {
  const problems: Violation[] = [];
  const ids = [session.id];
  const rawWhen = (): string => describeSlot(facts.calendar, session.week, session.day, session.period);
  const group = session.group === undefined ? undefined : facts.groupById.get(session.group);
  const cover = session.cover === undefined ? undefined : facts.coverById.get(session.cover);

  if ((session.group === undefined) === (session.cover === undefined)) {
    problems.push({
      rule: 7, code: 'unknown-reference', sessions: ids,
      message: `The session on ${rawWhen()} must name exactly one group or cover item (session ${session.id})`,
    });
    return { placement: null, problems };
  }
  if (session.group !== undefined && group === undefined) {
    problems.push({
      rule: 7, code: 'unknown-reference', sessions: ids,
      message: `The session on ${rawWhen()} names a group "${session.group}" that is not in the school file`,
    });
  }
  if (session.cover !== undefined && cover === undefined) {
    problems.push({
      rule: 8, code: 'unknown-reference', sessions: ids,
      message: `The session on ${rawWhen()} names a cover item "${session.cover}" that is not in the school file`,
    });
  }
  const what = group?.group.name ?? cover?.cover.label ?? '';

  const slotRule = session.cover !== undefined ? 8 : 5;
  const twoWeek = facts.weekCount > 1;
  const week = session.week === undefined ? (twoWeek ? undefined : 0) : facts.weeks.get(session.week);
  const day = facts.days.get(session.day);
  const first = facts.periods.get(session.period);
  const slotProblems: string[] = [];
  if (week === undefined) {
    slotProblems.push(session.week === undefined
      ? 'names no week (this school has Week A and Week B)'
      : `names week "${session.week}", which is not a week of the timetable`);
  }
  if (day === undefined) slotProblems.push(`is on ${session.day}, which is not a school day`);
  if (first === undefined) slotProblems.push(`starts in period "${session.period}", which is not in the school day`);
  if (slotProblems.length > 0) {
    problems.push({
      rule: slotRule, code: 'slot-unknown', sessions: ids,
      message: `${what || 'The session'} (session ${session.id}) ${slotProblems.join(' and ')}`,
    });
  }

  const staff: number[] = [];
  for (const id of session.staff) {
    const f = facts.staffById.get(id);
    if (f === undefined) {
      problems.push({
        rule: 1, code: 'unknown-reference', sessions: ids,
        message: `${what || 'The session'} on ${rawWhen()} names a member of staff "${id}" who is not in the school file`,
      });
    } else if (!staff.includes(f.index)) {
      staff.push(f.index);
    }
  }

  let room = -1;
  if (session.room !== undefined) {
    const r = facts.roomById.get(session.room);
    if (r === undefined) {
      problems.push({
        rule: 3, code: 'unknown-reference', sessions: ids,
        message: `${what || 'The session'} on ${rawWhen()} names a room "${session.room}" that is not in the school file`,
      });
    } else {
      room = r;
    }
  } else if (cover !== undefined) {
    room = cover.room;
  }

  if ((group === undefined && cover === undefined) || week === undefined || day === undefined || first === undefined) {
    return { placement: null, problems };
  }
  const length = group?.length ?? 1;
  const slots: number[] = [];
  const base = (week * facts.dayCount + day) * facts.periodCount;
  for (let p = first; p < first + length && p < facts.periodCount; p += 1) slots.push(base + p);
  return {
    placement: {
      key, position, session, group, cover, week, day, first, length, slots, staff, room, what,
    },
    problems,
  };
}

/** The words for one covered slot of a placement, e.g. "Tuesday Period 3 (Week A)". */
export function slotWords(facts: SchoolIndex, placement: Placement, slot: number): string {
  const period = slot % facts.periodCount;
  const p = facts.calendar.periods[period];
  return describeSlot(facts.calendar, placement.session.week ?? facts.calendar.weeks[placement.week], placement.session.day, p?.id ?? '');
}

/** A placement's own slot in words, e.g. "Tuesday Period 3 to Period 4 (Week A)"; only for messages. */
export function whenOf(facts: SchoolIndex, placement: Placement): string {
  const { session } = placement;
  return describeSlot(facts.calendar, session.week ?? facts.calendar.weeks[placement.week], session.day, session.period, placement.length);
}
