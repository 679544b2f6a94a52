/** The grid's sentences for people and screen readers: names and times, never ids. */
import type { Calendar, Session } from '../../solver/model/school-file';
import type { CardInfo, Lookups } from './grid-model';
import { slotWords } from './grid-model';

/** "Aisha Shah", "Aisha Shah and Tom Reed", "A, B, C and 2 others"; "nobody yet" for none. */
export function namesOf(lookups: Lookups, staff: readonly string[], max = 4): string {
  const names = staff.map((id) => lookups.staff.get(id)?.name ?? id);
  if (names.length === 0) return 'nobody yet';
  const shown = names.length > max ? [...names.slice(0, max - 1), `${names.length - max + 1} others`] : names;
  return shown.length === 1 ? shown[0] ?? '' : `${shown.slice(0, -1).join(', ')} and ${shown.at(-1)}`;
}

/** "ELSA group, Monday Period 1, with Ms Khan, 4 pupils, in Room 3, pinned": what a card is, in full. */
export function cardSentence(calendar: Calendar, lookups: Lookups, card: CardInfo): string {
  const parts = [card.what, slotWords(calendar, card.session), `with ${namesOf(lookups, card.session.staff)}`];
  if (card.detail) parts.push(card.detail);
  if (card.room) parts.push(`in ${card.room}`);
  if (card.pinned) parts.push('pinned');
  return parts.join(', ');
}

/** What a done move did, as a screen reader hears it: "ELSA group moved to Wednesday Period 2 with Ms Khan". */
export function movedSentence(calendar: Calendar, lookups: Lookups, before: Session | null, after: Session): string {
  const what = after.group !== undefined ? (lookups.groups.get(after.group)?.name ?? 'The group') : (lookups.cover.get(after.cover ?? '')?.label ?? 'The cover');
  const who = namesOf(lookups, after.staff);
  const when = slotWords(calendar, after);
  if (before === null) return `${what} placed on ${when} with ${who}`;
  const sameTime = before.week === after.week && before.day === after.day && before.period === after.period;
  if (sameTime && before.staff.join() !== after.staff.join()) return `${what} on ${when} given to ${who}`;
  const room = after.room !== before.room && after.room !== undefined ? `, in ${lookups.rooms.get(after.room) ?? after.room}` : '';
  return `${what} moved to ${when} with ${who}${room}`;
}

/** Short words for each hard rule, shown in every cell a drop would break it in. */
export const RULE_WORDS: Readonly<Record<number, string>> = {
  1: 'busy', 2: 'pupils', 3: 'room', 4: 'skills', 5: 'time', 6: 'lesson', 7: 'group', 8: 'cover', 9: 'cap', 10: 'pinned',
};

/** What each rule's short word means, for the legend. */
export const RULE_MEANINGS: readonly { rule: number; meaning: string }[] = [
  { rule: 1, meaning: 'the adult is elsewhere, busy, teaching or not working' },
  { rule: 2, meaning: 'a pupil is in another group then' },
  { rule: 3, meaning: 'no suitable room is free' },
  { rule: 4, meaning: 'the adult lacks a skill, role or authorisation it needs' },
  { rule: 5, meaning: 'the group may not run at that time' },
  { rule: 6, meaning: 'a pupil would miss a protected lesson' },
  { rule: 7, meaning: 'the group already runs that day or week, or needs another adult' },
  { rule: 8, meaning: 'cover happens only at its own time and place' },
  { rule: 9, meaning: 'the adult would go over their weekly limit' },
];
