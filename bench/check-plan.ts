/**
 * An independent check of hard rules 1-10 of the spec for any plan, used by the benchmark to
 * verify both the planner's plans and the reference's (and by the tests of the reference).
 * It reads the spec directly and shares no code with the reference model or the app's checker.
 */
import type { Cover, Group, School, Session } from '../solver/model';
import { lessonsBySlot, sessionPeriods, sessionWeek } from './metrics';

export interface Violation {
  rule: number;
  session?: string;
  message: string;
}

const STRUCTURED = new Set(['lesson', 'registration', 'tutor', 'assembly']);

/** Every hard-rule violation of `sessions`; pinned sessions of the school must be kept exactly. */
export function checkPlan(school: School, sessions: readonly Session[]): Violation[] {
  const out: Violation[] = [];
  const cal = school.calendar;
  const groups = new Map(school.groups.map((g) => [g.id, g]));
  const covers = new Map(school.cover.map((c) => [c.id, c]));
  const staff = new Map(school.staff.map((s) => [s.id, s]));
  const rooms = new Map(school.rooms.map((r) => [r.id, r]));
  const periodAt = new Map(cal.periods.map((p, i) => [p.id, i]));
  const bySlot = lessonsBySlot(school);
  const classPupils = new Map(school.classes.map((c) => [c.id, new Set(c.pupils)]));
  const asOf = cal.asOf;
  const holds = (personId: string, skill: string): boolean => staff.get(personId)?.skills.some((s) => s.skill === skill && (asOf === undefined || s.expires === undefined || s.expires >= asOf)) ?? false;
  const works = (personId: string, week: string, day: string, period: string): boolean => staff.get(personId)?.available.some((a) => a.day === day && (a.week === undefined || a.week === week) && a.periods.includes(period)) ?? false;
  const busy = (personId: string, week: string, day: string, period: string): string | undefined => staff.get(personId)?.busy?.find((b) => b.day === day && b.period === period && (b.week === undefined || b.week === week))?.what;
  const teaching = (personId: string, week: string, day: string, period: string): boolean => (bySlot.get(`${week}|${day}|${period}`) ?? []).some((l) => l.teacher === personId);

  const personSlot = new Map<string, string[]>();
  const roomSlot = new Map<string, Set<string>>();
  const pupilSlot = new Map<string, string[]>();
  const groupWeek = new Map<string, number>();
  const groupDay = new Map<string, number>();
  const groupLeads = new Map<string, Set<string>>();
  const coverPeople = new Map<string, number>();
  const personPeriods = new Map<string, number>();

  for (const s of sessions) {
    const bad = (rule: number, message: string): void => {
      out.push({ rule, session: s.id, message });
    };
    const group: Group | undefined = s.group === undefined ? undefined : groups.get(s.group);
    const cover: Cover | undefined = s.cover === undefined ? undefined : covers.get(s.cover);
    if ((s.group === undefined) === (s.cover === undefined)) {
      bad(0, 'names neither or both of a group and a cover item');
      continue;
    }
    if (!group && !cover) {
      bad(0, `names an unknown ${s.group !== undefined ? `group ${s.group}` : `cover item ${s.cover}`}`);
      continue;
    }
    const week = sessionWeek(school, s);
    if (!(cal.weeks as readonly string[]).includes(week)) bad(0, `is in week ${week}, not a week of the cycle`);
    if (s.week === undefined && cal.weeks.length > 1) bad(0, 'names no week in a two-week school');
    if (!cal.days.includes(s.day)) bad(0, `is on ${s.day}, not a school day`);
    const start = periodAt.get(s.period);
    if (start === undefined) {
      bad(0, `starts in unknown period ${s.period}`);
      continue;
    }
    if (new Set(s.staff).size !== s.staff.length) bad(1, 'lists a person twice');
    for (const id of s.staff) if (!staff.has(id)) bad(0, `names unknown person ${id}`);
    const periods = sessionPeriods(school, s, group);
    const roomId = s.room ?? cover?.room;

    if (group) {
      const length = group.length ?? 1;
      if (start + length > cal.periods.length) bad(5, `needs ${length} periods but the day ends first`);
      for (const pid of periods) {
        const kind = cal.periods[periodAt.get(pid) as number]?.kind ?? 'lesson';
        if (!STRUCTURED.has(kind) && !(group.unstructured && (kind === 'break' || kind === 'lunch'))) bad(5, `sits in ${pid}, a ${kind} period`);
        if (group.periods && !group.periods.includes(pid)) bad(5, `sits in ${pid}, outside the group's periods`);
      }
      if (group.slots && !group.slots.some((g) => g.day === s.day && g.period === s.period && (g.week === undefined || g.week === week))) bad(5, 'is not at one of the group\u2019s fixed slots');
      if (s.staff.length !== (group.adults ?? 1)) bad(7, `has ${s.staff.length} adults, the group needs ${group.adults ?? 1}`);
      if (group.lead !== undefined && s.staff[0] !== group.lead) bad(5, `is not led by ${group.lead}`);
      for (const id of s.staff) {
        const person = staff.get(id);
        if (!person) continue;
        if (group.roles && !group.roles.includes(person.role)) bad(4, `${id} is a ${person.role}, not an allowed role`);
        if (group.staffSex && person.sex !== group.staffSex) bad(7, `${id} is not ${group.staffSex}`);
        for (const skill of group.skills) if (!holds(id, skill)) bad(4, `${id} does not hold ${skill} on ${asOf ?? 'the plan date'}`);
      }
      if (school.rooms.length > 0 && roomId === undefined) bad(3, 'has no room');
      if (roomId !== undefined) {
        const room = rooms.get(roomId);
        if (!room) bad(3, `uses unknown room ${roomId}`);
        else {
          if (group.roomKinds && !group.roomKinds.includes(room.kind)) bad(3, `uses a ${room.kind}, not an allowed room kind`);
          if (room.capacity < group.pupils.length + s.staff.length) bad(3, `${roomId} holds ${room.capacity}, the session has ${group.pupils.length + s.staff.length}`);
        }
        for (const pid of periods) if ((bySlot.get(`${week}|${s.day}|${pid}`) ?? []).some((l) => l.room === roomId)) bad(5, `${roomId} holds a lesson in ${pid}`);
      }
      for (const pid of periods) {
        for (const lesson of bySlot.get(`${week}|${s.day}|${pid}`) ?? []) {
          if (!lesson.protected) continue;
          const inClass = classPupils.get(lesson.class);
          for (const pupil of group.pupils) if (inClass?.has(pupil)) bad(6, `withdraws ${pupil} from protected ${lesson.subject} (${pid})`);
        }
      }
      groupWeek.set(`${group.id}|${week}`, (groupWeek.get(`${group.id}|${week}`) ?? 0) + 1);
      groupDay.set(`${group.id}|${week}|${s.day}`, (groupDay.get(`${group.id}|${week}|${s.day}`) ?? 0) + 1);
      const lead = s.staff[0];
      if (lead !== undefined) groupLeads.set(group.id, (groupLeads.get(group.id) ?? new Set<string>()).add(lead));
      for (const pupil of group.pupils) {
        for (const pid of periods) {
          const key = `${pupil}|${week}|${s.day}|${pid}`;
          pupilSlot.set(key, [...(pupilSlot.get(key) ?? []), s.id]);
        }
      }
    } else if (cover) {
      if ((cover.week ?? cal.weeks[0]) !== week || cover.day !== s.day || cover.period !== s.period) bad(8, 'is not in its cover item\u2019s slot');
      if (cover.room !== undefined && s.room !== undefined && s.room !== cover.room) bad(8, `is in ${s.room}, not the cover item's room ${cover.room}`);
      if (roomId !== undefined && (bySlot.get(`${week}|${s.day}|${s.period}`) ?? []).some((l) => l.room === roomId && l.class !== cover.class)) bad(8, `${roomId} holds another class's lesson`);
      const classTeacher = cover.kind === 'ppa' && cover.class ? school.classes.find((c) => c.id === cover.class)?.teacher : undefined;
      for (const id of s.staff) {
        const person = staff.get(id);
        if (!person) continue;
        if (cover.roles && !cover.roles.includes(person.role)) bad(4, `${id} is a ${person.role}, not an allowed role`);
        if (cover.specifiedWork && !person.specifiedWork) bad(4, `${id} may not do specified work`);
        for (const skill of cover.skills ?? []) if (!holds(id, skill)) bad(4, `${id} does not hold ${skill} on ${asOf ?? 'the plan date'}`);
        if (id === classTeacher) bad(1, `${id} is the class teacher on PPA`);
      }
      coverPeople.set(cover.id, (coverPeople.get(cover.id) ?? 0) + s.staff.length);
    }

    if (roomId !== undefined) {
      const user = cover ? `cover:${cover.id}` : `session:${s.id}`;
      for (const pid of periods) {
        const key = `${roomId}|${week}|${s.day}|${pid}`;
        roomSlot.set(key, (roomSlot.get(key) ?? new Set<string>()).add(user));
      }
    }
    for (const id of s.staff) {
      for (const pid of periods) {
        const key = `${id}|${week}|${s.day}|${pid}`;
        personSlot.set(key, [...(personSlot.get(key) ?? []), s.id]);
        if (!works(id, week, s.day, pid)) bad(1, `${id} does not work ${week} ${s.day} ${pid}`);
        const what = busy(id, week, s.day, pid);
        if (what !== undefined) bad(1, `${id} is busy (${what}) ${week} ${s.day} ${pid}`);
        if (teaching(id, week, s.day, pid)) bad(1, `${id} teaches a lesson ${week} ${s.day} ${pid}`);
      }
      personPeriods.set(`${id}|${week}`, (personPeriods.get(`${id}|${week}`) ?? 0) + periods.length);
    }
  }

  for (const [key, ids] of personSlot) if (ids.length > 1) out.push({ rule: 1, message: `${key.replaceAll('|', ' ')}: one person in ${ids.length} sessions (${ids.join(', ')})` });
  for (const [key, users] of roomSlot) if (users.size > 1) out.push({ rule: 3, message: `${key.replaceAll('|', ' ')}: ${users.size} sessions in one room` });
  for (const [key, ids] of pupilSlot) if (ids.length > 1) out.push({ rule: 2, message: `${key.replaceAll('|', ' ')}: one pupil in ${ids.length} sessions (${ids.join(', ')})` });
  for (const [key, n] of groupWeek) {
    const g = groups.get(key.slice(0, key.lastIndexOf('|'))) as Group;
    if (n > g.sessionsPerWeek) out.push({ rule: 7, message: `group ${g.id} has ${n} sessions in week ${key.slice(key.lastIndexOf('|') + 1)}, more than ${g.sessionsPerWeek}` });
  }
  for (const [key, n] of groupDay) if (n > 1) out.push({ rule: 7, message: `${key.replaceAll('|', ' ')}: ${n} sessions of one group on a day` });
  for (const [id, leads] of groupLeads) if (groups.get(id)?.sameAdult && leads.size > 1) out.push({ rule: 7, message: `group ${id} must keep one adult but has ${leads.size} leads` });
  for (const [id, n] of coverPeople) {
    const needed = covers.get(id)?.staffNeeded ?? 1;
    if (n > needed) out.push({ rule: 8, message: `cover item ${id} has ${n} people, more than ${needed}` });
  }
  for (const [key, n] of personPeriods) {
    const id = key.slice(0, key.lastIndexOf('|'));
    const cap = staff.get(id)?.maxPeriodsPerWeek;
    if (cap !== undefined && n > cap) out.push({ rule: 9, message: `${id} has ${n} periods in week ${key.slice(key.lastIndexOf('|') + 1)}, more than ${cap}` });
  }
  const ids = new Set<string>();
  for (const s of sessions) {
    if (ids.has(s.id)) out.push({ rule: 0, session: s.id, message: 'session id used twice' });
    ids.add(s.id);
  }
  const given = new Map(sessions.map((s) => [s.id, s]));
  for (const pinned of school.plan?.sessions ?? []) {
    if (!pinned.pinned) continue;
    const kept = given.get(pinned.id);
    if (!kept || !sameSession(kept, pinned)) out.push({ rule: 10, session: pinned.id, message: 'pinned session not kept exactly' });
  }
  return out;
}

/** True when two sessions are the same in every field the spec defines. */
export function sameSession(a: Session, b: Session): boolean {
  return a.group === b.group && a.cover === b.cover && a.week === b.week && a.day === b.day && a.period === b.period
    && a.room === b.room && a.staff.length === b.staff.length && a.staff.every((s, i) => s === b.staff[i]) && (a.pinned ?? false) === (b.pinned ?? false);
}
