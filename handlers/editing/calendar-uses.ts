/**
 * What still uses a period, day or week that a calendar change would remove, so the refusal can
 * say "Period 5 is still used by 400 lessons and 12 cover items" instead of hundreds of broken links.
 */
import type { FieldProblem } from '../../api/edits';
import { count, joinAnd } from '../../db/edits/links';
import type { Calendar, School } from '../../solver/model/school-file';
import { DAY_NAMES } from './words';


type Uses = [number, string, string][];

/** One problem per period, day or week that `next` drops while the school still uses it. */
export function calendarUses(school: School, next: Calendar): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const keptPeriods = new Set(next.periods.map((p) => p.id));
  for (const period of school.calendar.periods) {
    if (keptPeriods.has(period.id)) continue;
    const id = period.id;
    const uses = usesOf(school, (slot) => slot.period === id, (periods) => periods.includes(id));
    if (uses.length > 0) problems.push({ field: 'calendar.periods', message: sentence(period.label ?? id, uses, 'the period') });
  }
  for (const day of school.calendar.days) {
    if (next.days.includes(day)) continue;
    const uses = usesOf(school, (slot) => slot.day === day, () => false, (entry) => entry.day === day);
    if (uses.length > 0) problems.push({ field: 'calendar.days', message: sentence(DAY_NAMES[day], uses, 'the day') });
  }
  for (const week of school.calendar.weeks) {
    if ((next.weeks as readonly string[]).includes(week)) continue;
    const uses = usesOf(school, (slot) => slot.week === week, () => false, (entry) => entry.week === week);
    if (uses.length > 0) problems.push({ field: 'calendar.weeks', message: sentence(`Week ${week}`, uses, 'two weeks') });
  }
  return problems;
}

interface SlotLike {
  week?: string | undefined;
  day: string;
  period: string;
}

function usesOf(
  school: School,
  inSlot: (slot: SlotLike) => boolean,
  inPeriods: (periods: readonly string[]) => boolean,
  inEntry: (entry: { week?: string | undefined; day: string }) => boolean = () => false,
): Uses {
  const available = school.staff.filter((s) => s.available.some((a) => inEntry(a) || inPeriods(a.periods))).length;
  const busy = school.staff.flatMap((s) => s.busy ?? []).filter(inSlot).length;
  const groups = school.groups.filter((g) => (g.slots ?? []).some(inSlot) || inPeriods(g.periods ?? [])).length;
  const uses: Uses = [
    [school.lessons.filter(inSlot).length, 'timetabled lesson', 'timetabled lessons'],
    [available, 'member of staff’s working days', 'staff members’ working days'],
    [busy, 'fixed commitment', 'fixed commitments'],
    [groups, 'intervention group', 'intervention groups'],
    [school.cover.filter(inSlot).length, 'cover item', 'cover items'],
    [(school.plan?.sessions ?? []).filter(inSlot).length, 'planned session', 'planned sessions'],
  ];
  return uses.filter(([n]) => n > 0);
}

function sentence(name: string, uses: Uses, keep: string): string {
  return `${name} is still used by ${joinAnd(uses.map(([n, one, many]) => count(n, one, many)))}; change those first, or keep ${keep}. Nothing was changed.`;
}
