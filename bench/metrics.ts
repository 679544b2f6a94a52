/**
 * Plan metrics, computed the same way for any plan (the app's planner or the HiGHS reference):
 * filled demand per priority, continuity, preferred-staff use, repeated withdrawals and workload.
 *
 * Continuity (lower is better; it is what the reference minimises in its stage (b)): for every
 * group, each distinct lead adult (first person of a session) across the cycle costs 1, plus 1
 * more when the group lists preferredStaff and that adult is not on the list. Groups without
 * sessions cost 0.
 *
 * Repeated withdrawals: per pupil, cycle week and subject, every group session over a lesson of
 * that subject after the first (a session counts once per subject even when it covers two periods).
 */
import type { CoverKind, Group, Lesson, Priority, School, Session } from '../solver/model';
import { PRIORITIES } from '../solver/model';
import type { FilledByPriority } from '../solver/planner/types';

export interface DemandCount {
  demand: number;
  filled: number;
}

export interface PlanMetrics {
  filled: FilledByPriority;
  total: DemandCount;
  /** Demand and fill by kind: group sessions, and cover people per cover kind. */
  byKind: Record<'groups' | CoverKind, DemandCount>;
  continuity: number;
  /** Distinct lead adults per group (groups with at least one session). */
  distinctLeads: { total: number; groupsWithSessions: number; perGroup: Record<string, number> };
  /** Sessions of groups that list preferredStaff, and how many a preferred adult leads. */
  preferred: { sessions: number; ledByPreferred: number };
  repeatedWithdrawals: number;
  workload: WorkloadSummary;
}

export interface WorkloadSummary {
  /** People with at least one session. */
  adults: number;
  /** Mean and largest periods of sessions per person per cycle week, over people with sessions. */
  meanPeriodsPerWeek: number;
  maxPeriodsPerWeek: number;
  /** (person, week) pairs over their maxPeriodsPerWeek. */
  overCap: number;
  /** Largest share of a cap used, over capped people with sessions. */
  maxCapShare: number;
}

function emptyFilled(): FilledByPriority {
  return { 1: { demand: 0, filled: 0 }, 2: { demand: 0, filled: 0 }, 3: { demand: 0, filled: 0 }, 4: { demand: 0, filled: 0 }, 5: { demand: 0, filled: 0 } };
}

/** The week a session sits in (one-week schools may leave it out). */
export function sessionWeek(school: School, session: Session): string {
  if (session.week !== undefined) return session.week;
  const cover = session.cover === undefined ? undefined : school.cover.find((c) => c.id === session.cover);
  return cover?.week ?? school.calendar.weeks[0] ?? 'A';
}

/** The period ids a group session covers (one for cover). */
export function sessionPeriods(school: School, session: Session, group: Group | undefined): string[] {
  const periods = school.calendar.periods;
  const at = periods.findIndex((p) => p.id === session.period);
  if (at < 0) return [session.period];
  return periods.slice(at, at + (group?.length ?? 1)).map((p) => p.id);
}

/** All metrics of one plan. */
export function planMetrics(school: School, sessions: readonly Session[]): PlanMetrics {
  const groups = new Map(school.groups.map((g) => [g.id, g]));
  const covers = new Map(school.cover.map((c) => [c.id, c]));
  const weeks = school.calendar.weeks;
  const filled = emptyFilled();
  const byKind: PlanMetrics['byKind'] = {
    groups: { demand: 0, filled: 0 }, ppa: { demand: 0, filled: 0 }, absence: { demand: 0, filled: 0 },
    duty: { demand: 0, filled: 0 }, post: { demand: 0, filled: 0 },
  };

  const groupWeekCount = new Map<string, number>();
  const coverPeople = new Map<string, number>();
  for (const s of sessions) {
    if (s.group !== undefined) {
      const key = `${s.group}|${sessionWeek(school, s)}`;
      groupWeekCount.set(key, (groupWeekCount.get(key) ?? 0) + 1);
    } else if (s.cover !== undefined) {
      coverPeople.set(s.cover, (coverPeople.get(s.cover) ?? 0) + s.staff.length);
    }
  }
  for (const g of school.groups) {
    const demand = g.sessionsPerWeek * weeks.length;
    const got = weeks.reduce((n, w) => n + Math.min(g.sessionsPerWeek, groupWeekCount.get(`${g.id}|${w}`) ?? 0), 0);
    filled[g.priority].demand += demand;
    filled[g.priority].filled += got;
    byKind.groups.demand += demand;
    byKind.groups.filled += got;
  }
  for (const c of school.cover) {
    const demand = c.staffNeeded ?? 1;
    const got = Math.min(demand, coverPeople.get(c.id) ?? 0);
    filled[c.priority].demand += demand;
    filled[c.priority].filled += got;
    byKind[c.kind].demand += demand;
    byKind[c.kind].filled += got;
  }
  const total = PRIORITIES.reduce<DemandCount>((t, p: Priority) => ({ demand: t.demand + filled[p].demand, filled: t.filled + filled[p].filled }), { demand: 0, filled: 0 });

  // Continuity and preferred staff.
  const leads = new Map<string, Set<string>>();
  const preferred = { sessions: 0, ledByPreferred: 0 };
  for (const s of sessions) {
    const g = s.group === undefined ? undefined : groups.get(s.group);
    const lead = s.staff[0];
    if (!g || lead === undefined) continue;
    const set = leads.get(g.id) ?? new Set<string>();
    set.add(lead);
    leads.set(g.id, set);
    if (g.preferredStaff && g.preferredStaff.length > 0) {
      preferred.sessions += 1;
      if (g.preferredStaff.includes(lead)) preferred.ledByPreferred += 1;
    }
  }
  let continuity = 0;
  const perGroup: Record<string, number> = {};
  for (const [groupId, set] of leads) {
    const g = groups.get(groupId) as Group;
    perGroup[groupId] = set.size;
    for (const lead of set) continuity += 1 + (g.preferredStaff && g.preferredStaff.length > 0 && !g.preferredStaff.includes(lead) ? 1 : 0);
  }
  const distinctLeads = { total: Object.values(perGroup).reduce((a, b) => a + b, 0), groupsWithSessions: leads.size, perGroup };

  return {
    filled, total, byKind, continuity, distinctLeads, preferred,
    repeatedWithdrawals: repeatedWithdrawals(school, sessions),
    workload: workload(school, sessions, groups, covers),
  };
}

const lessonIndex = new WeakMap<readonly Lesson[], Map<string, Lesson[]>>();

/** Lessons by `${week}|${day}|${period}`, week-less lessons expanded to every week (kept per lesson list). */
export function lessonsBySlot(school: School): Map<string, Lesson[]> {
  const known = lessonIndex.get(school.lessons);
  if (known) return known;
  const out = new Map<string, Lesson[]>();
  lessonIndex.set(school.lessons, out);
  for (const lesson of school.lessons) {
    for (const week of lesson.week === undefined ? school.calendar.weeks : [lesson.week]) {
      const key = `${week}|${lesson.day}|${lesson.period}`;
      const list = out.get(key);
      if (list) list.push(lesson);
      else out.set(key, [lesson]);
    }
  }
  return out;
}

/** Repeated withdrawals of a plan (see the header). */
export function repeatedWithdrawals(school: School, sessions: readonly Session[]): number {
  const groups = new Map(school.groups.map((g) => [g.id, g]));
  const classesOfPupil = new Map<string, Set<string>>();
  for (const c of school.classes) {
    for (const p of c.pupils) {
      const set = classesOfPupil.get(p) ?? new Set<string>();
      set.add(c.id);
      classesOfPupil.set(p, set);
    }
  }
  const bySlot = lessonsBySlot(school);
  const counts = new Map<string, number>();
  for (const s of sessions) {
    const g = s.group === undefined ? undefined : groups.get(s.group);
    if (!g) continue;
    const week = sessionWeek(school, s);
    const periods = sessionPeriods(school, s, g);
    for (const pupil of g.pupils) {
      const classes = classesOfPupil.get(pupil);
      if (!classes) continue;
      const subjects = new Set<string>();
      for (const period of periods) {
        for (const lesson of bySlot.get(`${week}|${s.day}|${period}`) ?? []) if (classes.has(lesson.class)) subjects.add(lesson.subject);
      }
      for (const subject of subjects) {
        const key = `${pupil}|${week}|${subject}`;
        counts.set(key, (counts.get(key) ?? 0) + 1);
      }
    }
  }
  let repeats = 0;
  for (const n of counts.values()) repeats += Math.max(0, n - 1);
  return repeats;
}

function workload(school: School, sessions: readonly Session[], groups: Map<string, Group>, covers: Map<string, unknown>): WorkloadSummary {
  const periods = new Map<string, number>();
  for (const s of sessions) {
    const length = s.group !== undefined ? groups.get(s.group)?.length ?? 1 : covers.has(s.cover ?? '') ? 1 : 0;
    const week = sessionWeek(school, s);
    for (const person of s.staff) periods.set(`${person}|${week}`, (periods.get(`${person}|${week}`) ?? 0) + length);
  }
  const caps = new Map(school.staff.map((p) => [p.id, p.maxPeriodsPerWeek]));
  const perPerson = new Map<string, number>();
  let max = 0;
  let overCap = 0;
  let maxCapShare = 0;
  for (const [key, n] of periods) {
    const person = key.slice(0, key.lastIndexOf('|'));
    perPerson.set(person, (perPerson.get(person) ?? 0) + n);
    max = Math.max(max, n);
    const cap = caps.get(person);
    if (cap !== undefined) {
      if (n > cap) overCap += 1;
      maxCapShare = Math.max(maxCapShare, cap === 0 ? Infinity : n / cap);
    }
  }
  const adults = perPerson.size;
  const totalPeriods = [...perPerson.values()].reduce((a, b) => a + b, 0);
  return { adults, meanPeriodsPerWeek: adults ? totalPeriods / adults / school.calendar.weeks.length : 0, maxPeriodsPerWeek: max, overCap, maxCapShare };
}
