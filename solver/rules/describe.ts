/** Plain-words helpers for the checker's messages: slots, lists, roles, room kinds, dates. */
import type { Calendar, Role, RoomKind } from '../model/school-file';

const DAY_NAMES: Record<string, string> = {
  Mon: 'Monday', Tue: 'Tuesday', Wed: 'Wednesday', Thu: 'Thursday', Fri: 'Friday', Sat: 'Saturday', Sun: 'Sunday',
};

const MONTHS = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
];

/** A day's full name, e.g. "Tuesday". */
export function dayName(day: string): string {
  return DAY_NAMES[day] ?? day;
}

/**
 * A slot in words, e.g. "Tuesday Period 3", or "Tuesday Period 3 (Week A)" in a two-week school.
 * `length` > 1 names the last period too: "Tuesday Period 3 to Period 4".
 */
export function describeSlot(calendar: Calendar, week: string | undefined, day: string, period: string, length = 1): string {
  const first = calendar.periods.findIndex((p) => p.id === period);
  const label = (i: number, fallback: string): string => calendar.periods[i]?.label ?? calendar.periods[i]?.id ?? fallback;
  let text = `${dayName(day)} ${label(first, period)}`;
  if (length > 1 && first >= 0) {
    const last = Math.min(first + length - 1, calendar.periods.length - 1);
    if (last > first) text += ` to ${label(last, period)}`;
  }
  if (calendar.weeks.length > 1 && week !== undefined) text += ` (Week ${week})`;
  return text;
}

/** "A", "A and B", "A, B and C" (or "or" as the last joiner). */
export function listWords(words: readonly string[], joiner: 'and' | 'or' = 'and'): string {
  if (words.length <= 1) return words[0] ?? '';
  return `${words.slice(0, -1).join(', ')} ${joiner} ${words[words.length - 1]}`;
}

/** "1 pupil", "3 pupils". */
export function count(n: number, singular: string, plural = `${singular}s`): string {
  return `${n} ${n === 1 ? singular : plural}`;
}

/** "is" or "are" for a list of people. */
export function isAre(n: number): string {
  return n === 1 ? 'is' : 'are';
}

const ROLE_WORDS: Record<Role, [string, string, string]> = {
  teacher: ['a teacher', 'teacher', 'teachers'],
  hlta: ['an HLTA', 'HLTA', 'HLTAs'],
  ta: ['a TA', 'TA', 'TAs'],
  'cover-supervisor': ['a cover supervisor', 'cover supervisor', 'cover supervisors'],
  senco: ['a SENCO', 'SENCO', 'SENCOs'],
  'pastoral-lead': ['a pastoral lead', 'pastoral lead', 'pastoral leads'],
  leader: ['a leader', 'leader', 'leaders'],
  other: ['in another role', 'other', 'other staff'],
};

/** "an HLTA", "a teacher", "in another role": fits after "is". */
export function roleWithArticle(role: Role): string {
  return ROLE_WORDS[role][0];
}

/** "teachers, HLTAs and SENCOs". */
export function rolesPlural(roles: readonly Role[]): string {
  return listWords(roles.map((r) => ROLE_WORDS[r][2]));
}

const ROOM_KIND_WORDS: Record<RoomKind, string> = {
  classroom: 'classroom', 'small-group': 'small-group room', 'one-to-one': 'one-to-one room',
  therapy: 'therapy room', sensory: 'sensory room', hall: 'hall', library: 'library',
  pastoral: 'pastoral room', medical: 'medical room', other: 'room of kind "other"',
};

/** "a small-group room", "an other room" ... */
export function roomKindWithArticle(kind: RoomKind): string {
  const words = ROOM_KIND_WORDS[kind];
  return `${/^[aeiou]/.test(words) ? 'an' : 'a'} ${words}`;
}

/** "a small-group room or a therapy room". */
export function roomKindsList(kinds: readonly RoomKind[]): string {
  return listWords(kinds.map(roomKindWithArticle), 'or');
}

/** "22 September 2025" from "2025-09-22". */
export function formatDate(date: string): string {
  const [y, m, d] = date.split('-');
  const month = MONTHS[Number(m) - 1];
  return month === undefined || d === undefined ? date : `${Number(d)} ${month} ${y}`;
}
