/** The calendar holds together: days listed once, periods in day order without overlaps, sane terms. */
import { quote } from '../json-path';
import type { Findings } from '../problem';
import type { School } from '../school-file';
import { checkNoRepeats, checkWeek } from './list-checks';
import { lookupsOf } from './lookups';

/** Reports calendar inconsistencies: repeated days or closures, periods out of order or overlapping, bad terms. */
export function checkCalendar(school: School, found: Findings): void {
  const calendar = school.calendar;
  checkNoRepeats(found, '$.calendar.days', calendar.days, 'day');
  checkNoRepeats(found, '$.calendar.closures', calendar.closures, 'closure date');

  calendar.periods.forEach((period, i) => {
    const path = `$.calendar.periods[${i}]`;
    if (period.end <= period.start) {
      found.problem(`${path}.end`, `period ${quote(period.id)} ends at ${period.end}, which is not after its start at ${period.start}`);
    }
    const previous = calendar.periods[i - 1];
    if (previous === undefined) return;
    if (period.start < previous.start) {
      found.problem(`${path}.start`,
        `period ${quote(period.id)} starts at ${period.start}, before the period listed above it, ${quote(previous.id)} (${previous.start}): periods must be listed in day order`);
    } else if (period.start < previous.end) {
      found.problem(`${path}.start`,
        `period ${quote(period.id)} starts at ${period.start}, before period ${quote(previous.id)} ends at ${previous.end}: periods must not overlap`);
    }
  });

  const lookups = lookupsOf(school);
  const terms = calendar.terms ?? [];
  terms.forEach((term, i) => {
    const path = `$.calendar.terms[${i}]`;
    if (term.end < term.start) found.problem(`${path}.end`, `term ${quote(term.name)} ends on ${term.end}, before it starts on ${term.start}`);
    checkWeek(found, `${path}.startsOn`, term.startsOn, lookups);
  });
  const byStart = terms.map((term, i) => ({ term, i })).sort((a, b) => a.term.start.localeCompare(b.term.start));
  for (let k = 1; k < byStart.length; k++) {
    const earlier = byStart[k - 1];
    const later = byStart[k];
    if (earlier === undefined || later === undefined) continue;
    if (later.term.start <= earlier.term.end) {
      found.problem(`$.calendar.terms[${later.i}].start`,
        `term ${quote(later.term.name)} starts on ${later.term.start}, before term ${quote(earlier.term.name)} ends on ${earlier.term.end}: terms must not overlap`);
    }
  }
}
