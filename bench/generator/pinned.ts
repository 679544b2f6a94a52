/**
 * A few pinned sessions, as a school would have them: the visiting therapist's sessions at their
 * fixed times, and PPA cover the PPA teacher always does. Each is placed only where it keeps every
 * hard rule, so the generated file is valid input.
 */
import type { Cover, Group, Session, Staff } from '../../solver/model';
import type { Draft } from './draft';

function personFree(draft: Draft, staff: Staff, week: string, day: Session['day'], periods: readonly string[]): boolean {
  return periods.every((p) => draft.works(staff, week, day, p)) && !draft.isTaken(draft.staffTaken, staff.id, periods.map((p) => `${week}|${day}|${p}`));
}

function pinGroup(draft: Draft, group: Group, week: string): void {
  const slot = group.slots?.[0];
  const lead = draft.staff.find((s) => s.id === group.lead);
  if (!slot || !lead || (group.adults ?? 1) !== 1 || (group.length ?? 1) !== 1) return;
  const key = `${week}|${slot.day}|${slot.period}`;
  if (!personFree(draft, lead, week, slot.day, [slot.period])) return;
  if (group.pupils.some((p) => draft.isTaken(draft.pupilProtected, p, [key]) || draft.isTaken(draft.pupilPinned, p, [key]))) return;
  const room = draft.rooms.find((r) => (!group.roomKinds || group.roomKinds.includes(r.kind))
    && r.capacity >= group.pupils.length + 1 && !draft.isTaken(draft.roomTaken, r.id, [key]));
  if (!room) return;
  draft.sessions.push({ id: `PIN-${group.id}-${week}`, group: group.id, week, day: slot.day, period: slot.period, room: room.id, staff: [lead.id], pinned: true });
  draft.take(draft.staffTaken, lead.id, [key]);
  draft.take(draft.roomTaken, room.id, [key]);
  for (const p of group.pupils) draft.take(draft.pupilPinned, p, [key]);
}

function pinCover(draft: Draft, cover: Cover, staff: Staff): boolean {
  const week = cover.week ?? draft.weeks[0] ?? 'A';
  if (cover.roles && !cover.roles.includes(staff.role)) return false;
  if (cover.specifiedWork && !staff.specifiedWork) return false;
  const valid = draft.validSkills(staff);
  if (cover.skills?.some((s) => !valid.has(s))) return false;
  if (!personFree(draft, staff, week, cover.day, [cover.period])) return false;
  if (staff.maxPeriodsPerWeek !== undefined) {
    const used = draft.sessions.filter((s) => s.staff.includes(staff.id) && s.week === week).length;
    if (used + 1 > staff.maxPeriodsPerWeek) return false;
  }
  draft.sessions.push({ id: `PIN-${cover.id}`, cover: cover.id, week, day: cover.day, period: cover.period, ...(cover.room ? { room: cover.room } : {}), staff: [staff.id], pinned: true });
  draft.take(draft.staffTaken, staff.id, [`${week}|${cover.day}|${cover.period}`]);
  return true;
}

/** Adds the school's pinned sessions. */
export function addPinnedSessions(draft: Draft): void {
  for (const group of draft.groups) {
    if (group.lead && group.slots) pinGroup(draft, group, draft.weeks[0] ?? 'A');
  }
  const ppaTeacher = draft.staff.find((s) => s.name.endsWith('(PPA teacher)'));
  if (ppaTeacher) {
    let pinned = 0;
    for (const cover of draft.cover) {
      if (pinned >= 2) break;
      if (cover.kind === 'ppa' && pinCover(draft, cover, ppaTeacher)) pinned += 1;
    }
  }
  const supervisor = draft.staff.find((s) => s.role === 'cover-supervisor');
  if (supervisor) {
    for (const cover of draft.cover) {
      if (cover.kind === 'absence' && pinCover(draft, cover, supervisor)) break;
    }
  }
}
