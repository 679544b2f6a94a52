/** Plain sentences about people and sessions: what someone is doing in a slot, what a session is. */
import type { Session } from '../model';
import { dayName, slotWords } from '../model';
import type { Prepared } from './prepare';
import type { Occupancy } from './occupancy';

/** The slot in words: "Tuesday Period 3" (", Week A" in two-week schools). */
export function slotText(p: Prepared, slot: number): string {
  const week = Math.floor(slot / p.slotsPerWeek);
  const inWeek = slot % p.slotsPerWeek;
  return slotWords(p.school.calendar, {
    week: p.weeks[week],
    day: p.days[Math.floor(inWeek / p.periodIds.length)]!,
    period: p.periodIds[inWeek % p.periodIds.length]!,
  });
}

/** What a session is, as a phrase: "ELSA group", "Robins' PPA cover", "break duty". */
export function sessionText(p: Prepared, s: Session): string {
  if (s.group !== undefined) return p.school.groups[p.groupById.get(s.group) ?? -1]?.name ?? 'a group';
  const item = p.school.cover[p.coverById.get(s.cover ?? '') ?? -1];
  return item ? coverText(p, item.id) : 'cover';
}

/** A cover item as a phrase. */
export function coverText(p: Prepared, coverId: string): string {
  const item = p.school.cover[p.coverById.get(coverId) ?? -1];
  if (!item) return 'cover';
  const className = item.class === undefined ? undefined : p.school.classes.find((c) => c.id === item.class)?.name;
  if (item.kind === 'ppa' && className) return `${className}'s PPA cover`;
  if (item.kind === 'absence' && className) return `cover for ${className}`;
  return item.label;
}

/** Why a person cannot take something in `slot`, or undefined when they are free. */
export function staffStatus(p: Prepared, occ: Occupancy, staff: number, slot: number): string | undefined {
  const person = p.staff[staff]!;
  const session = occ.staffAt.get(`${staff}:${slot}`);
  if (session) {
    if (session.group !== undefined) return `is with ${sessionText(p, session)}`;
    const item = p.school.cover[p.coverById.get(session.cover ?? '') ?? -1];
    if (item?.kind === 'duty') return `is on duty (${item.label})`;
    if (item?.kind === 'post') return `is staffing ${item.label}`;
    return `covers ${sessionText(p, session).replace(/ cover$/, '')}`;
  }
  const block = person.blocks[slot];
  if (block?.kind === 'off') {
    const inWeek = slot % p.slotsPerWeek;
    const day = Math.floor(inWeek / p.periodIds.length);
    const week = Math.floor(slot / p.slotsPerWeek);
    const dayStart = (week * p.days.length + day) * p.periodIds.length;
    const worksThatDay = person.blocks.slice(dayStart, dayStart + p.periodIds.length).some((b) => b?.kind !== 'off');
    return worksThatDay ? 'is not working then' : `does not work on ${dayName(p.days[day]!)}s`;
  }
  if (block?.kind === 'left') return 'has left the school';
  if (block?.kind === 'busy') return `is busy (${block.what})`;
  if (block?.kind === 'teaching') {
    const lesson = p.school.lessons[block.lesson]!;
    const name = p.school.classes.find((c) => c.id === lesson.class)?.name ?? lesson.class;
    return `is teaching ${name}`;
  }
  const week = Math.floor(slot / p.slotsPerWeek);
  const cap = person.staff.maxPeriodsPerWeek;
  if (cap !== undefined && (occ.load.get(`${staff}:${week}`) ?? 0) >= cap) return `has reached the weekly limit of ${cap} periods`;
  return undefined;
}
