/**
 * Intervention groups drawn from the programme catalogue: pupils of one cohort whose needs the
 * programme suits, EHC-plan provision at priority 1, and the scheduling rules each programme
 * brings (same adult, two adults, two periods, tutor time or lunch only, fixed times, a named lead).
 */
import type { Day, Group, Staff } from '../../solver/model';
import { PROGRAMMES } from './catalogue';
import type { Programme } from './catalogue';
import type { Draft } from './draft';

function holders(draft: Draft, prog: Programme, validOnly: boolean): Staff[] {
  return draft.staff.filter((s) => {
    if (prog.roles && !prog.roles.includes(s.role)) return false;
    if (!prog.roles && s.role === 'other' && !prog.visitor) return false;
    const held = validOnly ? draft.validSkills(s) : new Set(s.skills.map((k) => k.skill));
    return prog.skills.every((k) => held.has(k));
  });
}

/**
 * A school that runs a programme has trained people for it: when fewer hold its skills than a
 * session needs adults, train some support staff (their training is current).
 */
function trainFor(draft: Draft, prog: Programme): void {
  const needed = (prog.adults ?? 1) + (prog.adults && prog.adults > 1 ? 1 : 0);
  const have = holders(draft, prog, true);
  if (have.length >= needed) return;
  const pool = draft.rng.shuffle(draft.staff.filter((s) => s.role !== 'other' && (prog.roles ? prog.roles.includes(s.role) : s.role !== 'teacher') && !have.includes(s)));
  for (const person of pool.slice(0, needed - have.length)) {
    person.skills = person.skills.filter((k) => !prog.skills.includes(k.skill));
    for (const skill of prog.skills) person.skills.push({ skill });
  }
}

function cohortOf(draft: Draft, pupil: string): string {
  const c = draft.cohort.get(pupil) ?? '';
  // Primary timetables protect the same mornings for every class, so a key stage can mix;
  // secondary groups stay inside one year and band (section 4.3 of domain.md).
  return draft.phase === 'primary' ? c.split('-')[0] ?? c : c;
}

/** Adds `count` intervention groups to the draft. */
export function addGroups(draft: Draft, count: number): void {
  const { rng } = draft;
  const phase = draft.phase === 'primary' ? 'primary' : 'secondary';
  const visitors = draft.staff.filter((s) => s.role === 'other' && s.skills.some((k) => k.skill === 'SALT_QUALIFIED'));
  const visitorSlotsUsed = new Set<string>();
  const load = new Map<string, number>();
  const names = new Map<string, number>();
  const uses = new Map<string, number>();
  // Periods a cycle each person could give to sessions, and what groups already planned ask of them.
  const planned = new Map<string, number>();
  const freeCache = new Map<string, number>();
  const freeTime = (s: Staff): number => {
    let n = freeCache.get(s.id);
    if (n === undefined) {
      n = 0;
      for (const week of draft.weeks) {
        for (const day of draft.days) {
          for (const p of draft.periods) if (draft.works(s, week, day, p.id) && !draft.isTaken(draft.staffTaken, s.id, [`${week}|${day}|${p.id}`])) n += 1;
        }
      }
      freeCache.set(s.id, n);
    }
    return n;
  };
  let fixedStartUsed = false;
  let visitorGroups = 0;

  const usable = (p: Programme): boolean => {
    if (!p.phases.includes(phase)) return false;
    if (p.visitor && (visitors.length === 0 || visitorGroups >= visitors.length * 3)) return false;
    if (p.fixedSlots && fixedStartUsed) return false;
    return p.visitor ? holders(draft, p, false).length > 0 : true;
  };
  for (let i = 0; i < count; i += 1) {
    const candidates = PROGRAMMES.filter(usable);
    if (candidates.length === 0) break;
    // Schools mostly run what they have trained staff with time for; otherwise they train someone.
    const room = (p: Programme): number => {
      const able = holders(draft, p, true);
      if (able.length < (p.adults ?? 1)) return 0;
      const spare = able.reduce((sum, s) => sum + Math.max(0, freeTime(s) - (planned.get(s.id) ?? 0)), 0);
      return spare / ((p.adults ?? 1) * (p.length ?? 1) * p.sessions[1] * draft.weeks.length);
    };
    const weight = (p: Programme): number => p.weight / (1 + 2 * (uses.get(p.programme) ?? 0)) * (room(p) >= 2 ? 1 : room(p) >= 1 ? 0.3 : 0.05);
    const prog = rng.weighted(candidates, weight);
    uses.set(prog.programme, (uses.get(prog.programme) ?? 0) + 1);
    if (!prog.visitor && room(prog) < 1 && rng.chance(0.85)) trainFor(draft, prog);

    const free = draft.pupils.filter((p) => (load.get(p.id) ?? 0) < 3);
    if (free.length === 0) break;
    const suited = free.filter((p) => p.needs?.some((n) => prog.needs.includes(n)) || (p.sen === 'N' && prog.area === 'CL'));
    const anchor = rng.pick(suited.length ? suited : free);
    const cohort = cohortOf(draft, anchor.id);
    const size = rng.int(prog.size[0], prog.size[1]);
    const sameYear = (id: string): boolean => draft.cohort.get(id) === draft.cohort.get(anchor.id);
    const inCohort = (list: typeof free): typeof free => list.filter((p) => p.id !== anchor.id && cohortOf(draft, p.id) === cohort);
    const ordered = [
      ...rng.shuffle(inCohort(suited).filter((p) => sameYear(p.id))),
      ...rng.shuffle(inCohort(suited).filter((p) => !sameYear(p.id))),
      ...rng.shuffle(inCohort(free).filter((p) => !suited.includes(p))),
    ];
    const pupils = [anchor, ...ordered].slice(0, size);
    for (const p of pupils) load.set(p.id, (load.get(p.id) ?? 0) + 1);

    const label = draft.phase === 'primary' ? (anchor.year === 'R' ? 'Reception' : `Y${anchor.year}`) : `Y${anchor.year}${(draft.cohort.get(anchor.id) ?? '').slice(-1)}`;
    const base = `${prog.programme} (${label})`;
    const seen = (names.get(base) ?? 0) + 1;
    names.set(base, seen);
    const ehcp = pupils.some((p) => p.sen === 'E' && p.needs?.some((n) => prog.needs.includes(n))) && rng.chance(0.75);
    const group: Group = {
      id: `G${String(draft.groups.length + 1).padStart(3, '0')}`,
      name: seen > 1 ? `${base} group ${seen}` : base,
      programme: prog.programme,
      area: prog.area,
      pupils: pupils.map((p) => p.id),
      sessionsPerWeek: rng.int(prog.sessions[0], prog.sessions[1]),
      skills: [...prog.skills],
      priority: ehcp ? 1 : (rng.int(prog.priority[0], prog.priority[1]) as Group['priority']),
    };
    if (ehcp) group.ehcp = true;
    if (prog.length && prog.length > 1) group.length = prog.length;
    if (prog.adults && prog.adults > 1) group.adults = prog.adults;
    if (prog.roomKinds) group.roomKinds = [...prog.roomKinds];
    if (prog.sameAdult) group.sameAdult = true;
    if (prog.roles) group.roles = [...prog.roles];
    if (prog.staffSex) group.staffSex = draft.pupilSex.get(anchor.id) ?? 'F';
    if (prog.window === 'tutor') group.periods = draft.periodsOfKind('tutor');
    if (prog.window === 'lunch') {
      group.periods = draft.periodsOfKind('lunch');
      group.unstructured = true;
    }
    if (prog.window === 'afternoon' && draft.phase === 'primary') group.periods = ['S4', 'S5'];
    if (prog.fixedSlots) {
      fixedStartUsed = true;
      const first = draft.periods[0]?.id ?? 'REG';
      const days = rng.sample(draft.days, group.sessionsPerWeek);
      group.slots = draft.days.filter((d) => days.includes(d)).map((day: Day) => ({ day, period: first }));
    }
    if (prog.visitor) {
      const visitor = rng.pick(visitors);
      const avail = visitor.available[0];
      if (avail) {
        visitorGroups += 1;
        group.lead = visitor.id;
        group.sessionsPerWeek = 1;
        // The therapist's visiting time: a period when none of the pupils is in a protected lesson
        // in Week A (Week B may still clash: a real wrinkle of fortnightly timetables).
        const options = avail.periods.filter((period) => !visitorSlotsUsed.has(`${visitor.id}|${avail.day}|${period}`)
          && pupils.every((p) => !draft.isTaken(draft.pupilProtected, p.id, draft.keys('A', avail.day, period))));
        const period = options.length ? rng.pick(options) : rng.pick(avail.periods);
        visitorSlotsUsed.add(`${visitor.id}|${avail.day}|${period}`);
        group.slots = [{ day: avail.day, period }];
      }
    }
    const able = holders(draft, prog, true);
    const ask = (group.adults ?? 1) * (group.length ?? 1) * group.sessionsPerWeek * draft.weeks.length;
    for (const s of able) planned.set(s.id, (planned.get(s.id) ?? 0) + ask / able.length);
    if (rng.chance(0.65)) {
      const pool = able.length ? able : draft.staff.filter((s) => s.role !== 'teacher');
      group.preferredStaff = rng.sample(pool, rng.chance(0.8) ? 1 : 2).map((s) => s.id);
    }
    draft.groups.push(group);
  }
}
