/**
 * Why demand went unmet, in plain school language, most binding reason first: who holds the
 * skills, who is doing what instead, which rooms are in use, which pupils cannot leave lessons.
 */
import type { Session, Unfilled } from '../model';
import { countWords, dateWords, listWords } from '../model';
import { coverText, slotText, staffStatus } from './describe';
import { occupancy, type Occupancy } from './occupancy';
import { fixedStarts, timeAllowed } from './options';
import type { Prepared, PreparedCover, PreparedGroup } from './prepare';
import { slotOf } from './prepare';

/** Every group week and cover item the plan leaves short, with its reasons. */
export function explainUnfilled(p: Prepared, sessions: readonly Session[]): Unfilled[] {
  const occ = occupancy(p, sessions);
  const unfilled: Unfilled[] = [];
  const twoWeeks = p.weeks.length > 1;
  for (const g of p.groups) {
    for (let w = 0; w < p.weeks.length; w++) {
      const placed = sessions.filter((s) => s.group === g.group.id && (s.week ?? p.weeks[0]) === p.weeks[w]);
      const missing = g.group.sessionsPerWeek - placed.length;
      if (missing <= 0) continue;
      unfilled.push({
        group: g.group.id,
        ...(twoWeeks && { week: p.weeks[w] }),
        missing,
        reasons: groupReasons(p, occ, g, w, placed),
      });
    }
  }
  for (const c of p.cover) {
    const staffed = sessions
      .filter((s) => s.cover === c.cover.id && occ.slotsOf.get(s.id)?.[0] === c.slot)
      .reduce((n, s) => n + s.staff.length, 0);
    const missing = (c.cover.staffNeeded ?? 1) - staffed;
    if (missing <= 0) continue;
    const week = p.weeks[c.week];
    unfilled.push({ cover: c.cover.id, ...(twoWeeks && { week }), missing, reasons: coverReasons(p, occ, c, missing) });
  }
  return unfilled;
}

function skillNames(p: Prepared, ids: readonly string[]): string {
  return listWords(ids.map((id) => p.school.skills.find((s) => s.id === id)?.name ?? id));
}

/** Why nobody on the staff could ever do it: skills (held, expired), roles, sex, specified work. */
function nobodyReason(p: Prepared, skills: readonly string[], what: string, filters: { role?: string; sex?: string; specifiedWork?: boolean }): string {
  const asOf = p.school.calendar.asOf;
  const holders = p.school.staff.filter((s) => skills.every((k) => s.skills.some((h) => h.skill === k)));
  if (skills.length > 0 && holders.length === 0) return `Nobody on the staff is trained in ${skillNames(p, skills)}, which ${what} needs`;
  const inDate = holders.filter((s) => skills.every((k) => s.skills.some((h) => h.skill === k && (asOf === undefined || h.expires === undefined || h.expires >= asOf))));
  if (skills.length > 0 && inDate.length === 0) {
    const lapsed = holders.map((s) => {
      const expired = s.skills.filter((h) => skills.includes(h.skill) && h.expires !== undefined && asOf !== undefined && h.expires < asOf);
      return `${s.name}'s ${skillNames(p, expired.map((h) => h.skill))} expired on ${dateWords(expired[0]!.expires!)}`;
    });
    return `Nobody holds an in-date ${skillNames(p, skills)} certificate on ${dateWords(asOf!)}: ${listWords(lapsed)}`;
  }
  const rules = [
    filters.role && `only ${filters.role} may take it`,
    filters.sex && `it needs ${filters.sex === 'F' ? 'female' : 'male'} staff`,
    filters.specifiedWork && 'it involves teaching, so only staff authorised for specified work may take it',
  ].filter(Boolean);
  const trained = skills.length > 0 ? `Of the ${countWords(inDate.length, 'adult')} trained in ${skillNames(p, skills)}, none can take it` : 'Nobody can take it';
  return `${trained}: ${listWords(rules as string[])}`;
}

function groupReasons(p: Prepared, occ: Occupancy, g: PreparedGroup, w: number, placed: readonly Session[]): string[] {
  const name = g.group.name;
  const roleWords = g.group.roles ? listWords(g.group.roles.map(roleName)) : undefined;
  if (g.eligible.length < g.adults) {
    return [nobodyReason(p, g.group.skills, name, { ...(roleWords && { role: roleWords }), ...(g.group.staffSex && { sex: g.group.staffSex }) })];
  }
  if (g.group.lead !== undefined && g.lead !== undefined && !g.eligible.includes(g.lead)) {
    return [`${p.staff[g.lead]!.staff.name} must lead ${name} but does not meet its skills or role rules`];
  }
  const need = g.group.pupils.length + g.adults;
  const fitting = p.school.rooms.filter((r) => r.capacity >= need && (!g.group.roomKinds || g.group.roomKinds.includes(r.kind)));
  const kinds = g.group.roomKinds ? listWords(g.group.roomKinds) : 'any';
  if (p.school.rooms.length > 0 && fitting.length === 0) {
    return [`No ${kinds} room holds ${countWords(g.group.pupils.length, 'pupil')} and ${countWords(g.adults, 'adult')}`];
  }

  const fixed = fixedStarts(p, g);
  const starts: number[] = [];
  for (let d = 0; d < p.days.length; d++) {
    for (let period = 0; period + g.length <= p.periodIds.length; period++) {
      const slot = slotOf(p, w, d, period);
      if ((fixed && !fixed.has(slot)) || !timeAllowed(p, g, period)) continue;
      starts.push(slot);
    }
  }
  if (starts.length === 0) return [`No period suits ${name}: ${timeRule(p, g)}`];

  const days = new Set(placed.map((s) => s.day));
  const protectedBlocks = new Map<number, { pupil: number; subject: string }[]>();
  const counts = { day: [] as number[], pupil: [] as number[], staff: [] as number[], room: [] as number[], open: [] as number[] };
  for (const start of starts) {
    const slots = Array.from({ length: g.length }, (_, i) => start + i);
    const blocked = g.pupils.flatMap((pupil) =>
      slots.flatMap((slot) => {
        const lesson = p.pupilLesson[pupil]![slot]!;
        return lesson >= 0 && p.school.lessons[lesson]!.protected ? [{ pupil, subject: p.school.lessons[lesson]!.subject }] : [];
      }),
    );
    if (blocked.length > 0) {
      protectedBlocks.set(start, blocked);
      continue;
    }
    const day = p.days[Math.floor((start % p.slotsPerWeek) / p.periodIds.length)]!;
    if (days.has(day)) counts.day.push(start);
    else if (g.pupils.some((pupil) => slots.some((slot) => occ.pupilAt.has(`${pupil}:${slot}`)))) counts.pupil.push(start);
    else if (freeAdults(p, occ, g, slots).length < g.adults) counts.staff.push(start);
    else if (p.school.rooms.length > 0 && !fitting.some((r) => roomFree(p, occ, p.roomById.get(r.id)!, slots))) counts.room.push(start);
    else counts.open.push(start);
  }

  const possible = starts.length - protectedBlocks.size;
  if (possible === 0) {
    const pupils = [...new Set([...protectedBlocks.values()].flat().map((b) => b.pupil))];
    const subjects = [...new Set([...protectedBlocks.values()].flat().map((b) => b.subject.toLowerCase()))];
    const who = listWords(pupils.map((i) => p.school.pupils[i]!.name));
    return [`${who} ${pupils.length === 1 ? 'has' : 'have'} no ${g.pupils.length > 1 ? 'common ' : ''}period${g.group.periods ? ` in ${timeRule(p, g)}` : ''} outside protected ${listWords(subjects)}`];
  }

  const reasons: { weight: number; text: string }[] = [];
  const also = (n: number) => (n > 1 ? ` (and at ${countWords(n - 1, 'other period')} the pupils can leave)` : '');
  if (counts.staff.length > 0) {
    const slot = counts.staff[0]!;
    const slots = Array.from({ length: g.length }, (_, i) => slot + i);
    const who = adultsFor(g)
      .map((s) => ({ s, why: slots.map((u) => staffStatus(p, occ, s, u)).find(Boolean) }))
      .filter((x) => x.why)
      .map((x) => `${p.staff[x.s]!.staff.name} ${x.why}`);
    const trained = g.group.skills.length > 0 ? `adult trained in ${skillNames(p, g.group.skills)}` : 'adult who may take it';
    const lead = g.group.lead !== undefined ? `${p.staff[g.lead!]!.staff.name} (who must lead it)` : undefined;
    const subject = lead ?? (g.adults > 1 ? `Fewer than ${g.adults} ${trained}s are` : `No ${trained} is`);
    reasons.push({ weight: counts.staff.length, text: `${lead ? `${subject} is not` : subject} free on ${slotText(p, slot)}: ${listWords(who, 5)}${also(counts.staff.length)}` });
  }
  if (counts.room.length > 0) {
    const slot = counts.room[0]!;
    const slots = Array.from({ length: g.length }, (_, i) => slot + i);
    const uses = fitting.map((r) => `${r.name} ${roomUse(p, occ, p.roomById.get(r.id)!, slots)}`);
    const head = fitting.length === 2 ? `Both ${kinds} rooms are in use` : fitting.length === 1 ? `The only ${kinds} room is in use` : `All ${fitting.length} ${kinds} rooms are in use`;
    reasons.push({ weight: counts.room.length, text: `${head} on ${slotText(p, slot)}: ${listWords(uses, 5)}${also(counts.room.length)}` });
  }
  if (counts.pupil.length > 0) {
    const slot = counts.pupil[0]!;
    const clashes = g.pupils
      .map((pupil) => ({ pupil, s: occ.pupilAt.get(`${pupil}:${slot}`) }))
      .filter((x) => x.s)
      .map((x) => `${p.school.pupils[x.pupil]!.name} is in ${p.school.groups[p.groupById.get(x.s!.group ?? '') ?? -1]?.name ?? 'another group'}`);
    reasons.push({ weight: counts.pupil.length, text: `On ${slotText(p, slot)} ${listWords(clashes)}${also(counts.pupil.length)}` });
  }
  if (counts.day.length > 0 && counts.staff.length + counts.room.length + counts.pupil.length + counts.open.length === 0) {
    reasons.push({ weight: counts.day.length, text: `${name} can meet only once a day, and the other days have no free period for it` });
  }
  if (protectedBlocks.size > 0) {
    const subjects = [...new Set([...protectedBlocks.values()].flat().map((b) => b.subject.toLowerCase()))];
    reasons.push({ weight: 0, text: `${countWords(protectedBlocks.size, 'period')} of the week ${protectedBlocks.size === 1 ? 'is' : 'are'} ruled out by protected ${listWords(subjects)}` });
  }
  if (counts.open.length > 0) {
    reasons.push({ weight: counts.open.length, text: `It could still go on ${slotText(p, counts.open[0]!)}: the planner stopped before placing it` });
  }
  return reasons.sort((a, b) => b.weight - a.weight).map((r) => r.text);
}

function coverReasons(p: Prepared, occ: Occupancy, c: PreparedCover, missing: number): string[] {
  const item = c.cover;
  const what = coverText(p, item.id);
  const needed = item.staffNeeded ?? 1;
  if (c.eligible.length === 0) {
    const roleWords = item.roles ? listWords(item.roles.map(roleName)) : undefined;
    const classTeacher = item.kind === 'ppa' ? p.school.classes.find((k) => k.id === item.class)?.teacher : undefined;
    const reason = nobodyReason(p, item.skills ?? [], what, {
      ...(roleWords && { role: roleWords }),
      ...(item.specifiedWork === true && { specifiedWork: true }),
    });
    return classTeacher ? [reason, 'The class teacher cannot cover their own PPA'] : [reason];
  }
  const busy = c.eligible
    .map((s) => ({ s, why: staffStatus(p, occ, s, c.slot) }))
    .filter((x) => x.why && !(occ.staffAt.get(`${x.s}:${c.slot}`)?.cover === item.id))
    .map((x) => `${p.staff[x.s]!.staff.name} ${x.why}`);
  const who = item.specifiedWork ? 'who may teach' : item.skills?.length ? `with ${skillNames(p, item.skills)}` : 'who may take it';
  const head = missing === needed ? `No one ${who} is free on ${slotText(p, c.slot)}` : `Only ${needed - missing} of ${needed} people ${who} are free on ${slotText(p, c.slot)}`;
  return [`${head}${busy.length > 0 ? `: ${listWords(busy, 6)}` : ''}`];
}

function adultsFor(g: PreparedGroup): number[] {
  return g.lead !== undefined ? [g.lead] : g.eligible;
}

function freeAdults(p: Prepared, occ: Occupancy, g: PreparedGroup, slots: readonly number[]): number[] {
  return adultsFor(g).filter((s) => slots.every((slot) => staffStatus(p, occ, s, slot) === undefined));
}

function roomFree(p: Prepared, occ: Occupancy, room: number, slots: readonly number[]): boolean {
  return slots.every((slot) => p.roomTaken[room]![slot] === undefined && !occ.roomAt.has(`${room}:${slot}`));
}

function roomUse(p: Prepared, occ: Occupancy, room: number, slots: readonly number[]): string {
  for (const slot of slots) {
    const session = occ.roomAt.get(`${room}:${slot}`);
    if (session?.group !== undefined) return `has ${p.school.groups[p.groupById.get(session.group) ?? -1]?.name ?? 'a group'}`;
    const taken = p.roomTaken[room]![slot];
    if (taken?.kind === 'lesson') {
      const lesson = p.school.lessons[taken.lesson]!;
      return `has ${p.school.classes.find((k) => k.id === lesson.class)?.name ?? lesson.class} (${lesson.subject})`;
    }
    if (taken?.kind === 'cover') return `is used for ${coverText(p, p.school.cover[taken.cover]!.id)}`;
    if (session) return `is used for ${coverText(p, session.cover ?? '')}`;
  }
  return 'is in use';
}

function timeRule(p: Prepared, g: PreparedGroup): string {
  if (g.group.periods) return listWords(g.group.periods.map((id) => p.school.calendar.periods.find((x) => x.id === id)?.label ?? id));
  if (g.group.slots) return 'its fixed times';
  return `${g.length} periods running`;
}

function roleName(role: string): string {
  const names: Record<string, string> = {
    teacher: 'teachers', hlta: 'HLTAs', ta: 'teaching assistants', 'cover-supervisor': 'cover supervisors', senco: 'the SENCO',
    'pastoral-lead': 'the pastoral lead', leader: 'leaders', other: 'other staff',
  };
  return names[role] ?? role;
}
