/** A school file in one line, for the command line and logs (no pupil names). */
import type { School } from './school-file';

/** A one-line summary of a school, e.g. `Brackenfold Primary School (primary): one-week cycle, 5 days x 8 periods, ...`. */
export function describeSchool(school: School): string {
  const calendar = school.calendar;
  const parts = [
    calendar.weeks.length > 1 ? 'two-week cycle' : 'one-week cycle',
    `${count(calendar.days.length, 'day')} x ${count(calendar.periods.length, 'period')}`,
    `${school.staff.length} staff`,
    count(school.pupils.length, 'pupil'),
    count(school.classes.length, 'class', 'classes'),
    count(school.lessons.length, 'lesson'),
    count(school.groups.length, 'group'),
    count(school.cover.length, 'cover item'),
    describePlan(school),
  ];
  return `${school.school.name} (${school.school.phase}): ${parts.join(', ')}`;
}

function describePlan(school: School): string {
  const plan = school.plan;
  if (plan === undefined) return 'no plan';
  const pinned = plan.sessions.filter((s) => s.pinned === true).length;
  const unfilled = plan.unfilled?.length ?? 0;
  let text = `a plan of ${count(plan.sessions.length, 'session')} (${pinned} pinned)`;
  if (unfilled > 0) text += ` with ${count(unfilled, 'unfilled need')}`;
  return text;
}

function count(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}
