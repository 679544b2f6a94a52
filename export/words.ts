/** The words printed timetables and exports use for roles, areas of need, cover and times. */
import type { Calendar, CoverKind, NeedArea, Role } from '../solver/model/school-file';

export const ROLE_NAMES: Readonly<Record<Role, string>> = {
  teacher: 'Teacher',
  hlta: 'HLTA',
  ta: 'Teaching assistant',
  'cover-supervisor': 'Cover supervisor',
  senco: 'SENCO',
  'pastoral-lead': 'Pastoral lead',
  leader: 'School leader',
  other: 'Other staff',
};

export const NEED_AREA_NAMES: Readonly<Record<NeedArea, string>> = {
  CI: 'Communication and interaction',
  CL: 'Cognition and learning',
  SEMH: 'Social, emotional and mental health',
  SP: 'Sensory and/or physical',
};

export const COVER_KIND_NAMES: Readonly<Record<CoverKind, string>> = {
  ppa: 'PPA cover', absence: 'Absence cover', duty: 'Duty', post: 'Staffed post',
};

export const YEAR_NAMES: Readonly<Record<string, string>> = { N: 'Nursery', R: 'Reception' };

/** "Year 7", "Reception". */
export function yearName(year: string): string {
  return YEAR_NAMES[year] ?? `Year ${year}`;
}

/** "Y7", "Rec", "Nur": the year where space is short (a daily sheet's list of pupils in a cell). */
export function shortYear(year: string): string {
  return year === 'R' ? 'Rec' : year === 'N' ? 'Nur' : `Y${year}`;
}

/** "09:05–10:05" for the periods a session covers, from the first one's start to the last one's end. */
export function timeRange(calendar: Calendar, periods: readonly string[]): string {
  const first = calendar.periods.find((p) => p.id === periods[0]);
  const last = calendar.periods.find((p) => p.id === periods[periods.length - 1]);
  return first && last ? `${first.start}–${last.end}` : '';
}

/** "Week A and Week B" for a two-week school, "Every week" for a one-week one. */
export function cycleWords(calendar: Calendar): string {
  return calendar.weeks.length > 1 ? calendar.weeks.map((w) => `Week ${w}`).join(' and ') : 'Every week';
}

/** "Week A" in a two-week school; '' in a one-week school, where the week says nothing. */
export function weekWords(calendar: Calendar, week: string): string {
  return calendar.weeks.length > 1 ? `Week ${week}` : '';
}

/** "elderwood-vale-academy" for "Elderwood Vale Academy": safe in a file name on every system. */
export function fileSlug(text: string, fallback = 'school'): string {
  const slug = text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
  return slug === '' ? fallback : slug.slice(0, 60).replace(/-+$/, '');
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/** "Monday 5 January 2026" for "2026-01-05". */
export function longDate(date: string): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const weekday = WEEKDAYS[new Date(Date.UTC(y, m - 1, d)).getUTCDay()] ?? '';
  return `${weekday} ${d} ${MONTHS[m - 1] ?? ''} ${y}`;
}
