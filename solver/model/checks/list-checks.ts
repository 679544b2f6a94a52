/** Small reusable checks: an id resolves, a week or day belongs to the calendar, a set has no repeats. */
import { quote } from '../json-path';
import type { Findings } from '../problem';
import type { Lookups } from './lookups';

/** Reports `id` at `path` when `known` has no entry for it, naming what kind of thing it should be. */
export function checkRef(found: Findings, path: string, id: string | undefined, known: ReadonlyMap<string, unknown>, what: string): void {
  if (id !== undefined && !known.has(id)) found.problem(path, `${what} ${quote(id)} does not exist`);
}

/** Reports each id of a list that does not resolve. */
export function checkRefs(found: Findings, path: string, ids: readonly string[] | undefined, known: ReadonlyMap<string, unknown>, what: string): void {
  ids?.forEach((id, i) => checkRef(found, `${path}[${i}]`, id, known, what));
}

/** Reports a period id the calendar does not have, listing the ones it has. */
export function checkPeriod(found: Findings, path: string, id: string, lookups: Lookups): void {
  if (!lookups.periods.has(id)) {
    found.problem(path, `period ${quote(id)} does not exist (the periods are ${[...lookups.periods.keys()].join(', ')})`);
  }
}

/** Reports a week outside `calendar.weeks`. */
export function checkWeek(found: Findings, path: string, week: string | undefined, lookups: Lookups): void {
  if (week === undefined || lookups.weeks.has(week)) return;
  const weeks = [...lookups.weeks];
  const cycle = weeks.length === 1 ? 'this one-week cycle' : 'this two-week cycle';
  found.problem(path, `week ${quote(week)} is not a week of ${cycle} (calendar.weeks is ${JSON.stringify(weeks)})`);
}

/** Reports a day that is not one of `calendar.days`. */
export function checkDay(found: Findings, path: string, day: string, lookups: Lookups): void {
  if (!lookups.days.has(day)) {
    found.problem(path, `${day} is not a school day (calendar.days is ${[...lookups.days].join(', ')})`);
  }
}

/** Reports a (week, day, period) whose parts are not in the calendar. */
export function checkSlot(found: Findings, path: string, slot: { week?: string; day: string; period: string }, lookups: Lookups): void {
  checkWeek(found, `${path}.week`, slot.week, lookups);
  checkDay(found, `${path}.day`, slot.day, lookups);
  checkPeriod(found, `${path}.period`, slot.period, lookups);
}

/** Reports each entry of a list that must be a set and repeats an earlier entry. */
export function checkNoRepeats(found: Findings, path: string, list: readonly (string | number)[] | undefined, what: string): void {
  if (list === undefined) return;
  const first = new Map<string | number, number>();
  list.forEach((item, i) => {
    const earlier = first.get(item);
    if (earlier === undefined) first.set(item, i);
    else found.problem(`${path}[${i}]`, `${what} ${typeof item === 'string' ? quote(item) : item} is listed twice (also at [${earlier}])`);
  });
}
