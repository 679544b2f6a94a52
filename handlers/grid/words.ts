/**
 * The grid's edits and messages in plain words: "Moved ELSA group to Wednesday Period 2 with
 * Aisha Shah". Labels are shown in the app and kept in the edit history, never logged.
 */
import { periodLabel } from '../../solver/model/calendar';
import type { School, Session } from '../../solver/model/school-file';
import { listWords } from '../../solver/model/words';
import { DAY_NAMES } from '../editing/words';

/** The longest label the edit history keeps. */
const MAX_LABEL = 300;

/** The group's name or the cover item's label. */
export function whatOf(school: School, session: Pick<Session, 'group' | 'cover'>): string {
  if (session.group !== undefined) return school.groups.find((g) => g.id === session.group)?.name ?? 'a group session';
  return school.cover.find((c) => c.id === session.cover)?.label ?? 'a cover session';
}

/** "Wednesday Period 2", or "Wednesday Period 2 (Week B)" in a two-week school. */
export function slotText(school: School, slot: Pick<Session, 'week' | 'day' | 'period'>): string {
  const when = `${DAY_NAMES[slot.day]} ${periodLabel(school.calendar, slot.period)}`;
  return school.calendar.weeks.length > 1 && slot.week !== undefined ? `${when} (Week ${slot.week})` : when;
}

/** "Aisha Shah", "Aisha Shah and Tom Reed", "A, B, C and 3 others"; "nobody" for none. */
export function staffNames(school: School, staff: readonly string[]): string {
  if (staff.length === 0) return 'nobody';
  return listWords(staff.map((id) => school.staff.find((s) => s.id === id)?.name ?? id));
}

/** "Wednesday Period 2 with Aisha Shah in Library": where a session is, for lists of changes. */
export function placeText(school: School, session: Session): string {
  const room = session.room === undefined ? '' : ` in ${school.rooms.find((r) => r.id === session.room)?.name ?? session.room}`;
  return `${slotText(school, session)} with ${staffNames(school, session.staff)}${room}`;
}

/** A label cut to what the history keeps. */
export function fitLabel(label: string): string {
  return label.length <= MAX_LABEL ? label : `${label.slice(0, MAX_LABEL - 1)}…`;
}

/** How a manual move is labelled: moved in time, given to someone else, or placed from the tray. */
export function moveLabel(school: School, before: Session | null, after: Session, placed: boolean): string {
  const what = whatOf(school, after);
  const who = staffNames(school, after.staff);
  if (placed || before === null) return fitLabel(`Placed ${what} on ${slotText(school, after)} with ${who}`);
  const sameTime = before.week === after.week && before.day === after.day && before.period === after.period;
  if (sameTime && before.staff.join() !== after.staff.join()) return fitLabel(`Gave ${what} on ${slotText(school, after)} to ${who}`);
  return fitLabel(`Moved ${what} to ${slotText(school, after)} with ${who}`);
}
