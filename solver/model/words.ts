/** Plain words for slots, days and lists, shared by every message the solver writes for people. */
import type { Calendar, Day } from './school-file';

const DAY_NAMES: Record<Day, string> = {
  Mon: 'Monday', Tue: 'Tuesday', Wed: 'Wednesday', Thu: 'Thursday', Fri: 'Friday', Sat: 'Saturday', Sun: 'Sunday',
};

/** "Tuesday" for "Tue". */
export function dayName(day: Day): string {
  return DAY_NAMES[day];
}

/** "Tuesday Period 3", with ", Week A" in a two-week school. */
export function slotWords(calendar: Calendar, slot: { week?: string | undefined; day: Day; period: string }): string {
  const period = calendar.periods.find((p) => p.id === slot.period);
  const words = `${dayName(slot.day)} ${period?.label ?? slot.period}`;
  return calendar.weeks.length > 1 && slot.week !== undefined ? `${words}, Week ${slot.week}` : words;
}

/** "Amy", "Amy and Ben", "Amy, Ben and Cal"; long lists end "and 4 others". */
export function listWords(items: readonly string[], max = 4): string {
  const shown = items.length > max ? [...items.slice(0, max - 1), `${items.length - max + 1} others`] : [...items];
  if (shown.length <= 1) return shown.join('');
  return `${shown.slice(0, -1).join(', ')} and ${shown.at(-1)}`;
}

/** "1 session", "3 sessions". */
export function countWords(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** "31 Aug 2025" for "2025-08-31". */
export function dateWords(date: string): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
  return `${d} ${months[m - 1] ?? '?'} ${y}`;
}
