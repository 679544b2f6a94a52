/**
 * Support staff for a generated school: HLTAs, TAs (class, 1:1 and intervention), cover
 * supervisors and a visiting therapist, with the part-time working patterns of section 1.5 of
 * domain.md, in-class commitments, dated training (some of it expired) and weekly caps.
 */
import type { Availability, Day, Role, Staff } from '../../solver/model';
import { CARE_SKILLS, PRIMARY_ONLY_SKILLS, PROGRAMME_SKILLS, SECONDARY_ONLY_SKILLS } from './catalogue';
import type { Draft } from './draft';
import { shiftDate } from './draft';
import { personName } from './names';

type Pattern = 'full' | 'mornings' | 'afternoons' | 'days';

/** Gives a person dated skills: some with an expiry, a share of those already expired. */
export function giveSkills(draft: Draft, staff: Staff, skills: readonly string[]): void {
  const asOf = draft.calendar.asOf ?? '2025-09-15';
  for (const skill of new Set(skills)) {
    if (staff.skills.some((s) => s.skill === skill)) continue;
    const care = (CARE_SKILLS as readonly string[]).includes(skill);
    if (draft.rng.chance(care ? Math.min(1, draft.shape.expiring * 2) : draft.shape.expiring)) {
      const expired = draft.rng.chance(draft.shape.expired);
      staff.skills.push({ skill, expires: shiftDate(asOf, expired ? -draft.rng.int(5, 400) : draft.rng.int(20, 900)) });
    } else {
      staff.skills.push({ skill });
    }
  }
}

function programmeSkillPool(draft: Draft): string[] {
  return [...PROGRAMME_SKILLS, ...(draft.phase === 'primary' ? PRIMARY_ONLY_SKILLS : SECONDARY_ONLY_SKILLS)];
}

function availability(draft: Draft, pattern: Pattern, withLunch: boolean): Availability[] {
  const ids = draft.periods.map((p) => p.id);
  const lunchAt = draft.periods.findIndex((p) => p.kind === 'lunch');
  const all = ids.filter((_id, i) => withLunch || i !== lunchAt);
  const mornings = ids.slice(0, lunchAt);
  const afternoons = ids.slice(lunchAt);
  const { rng } = draft;
  switch (pattern) {
    case 'full':
      return draft.days.map((day) => ({ day, periods: [...all] }));
    case 'mornings':
      return draft.days.map((day) => ({ day, periods: [...mornings] }));
    case 'afternoons':
      return draft.days.map((day) => ({ day, periods: [...afternoons] }));
    case 'days': {
      const n = rng.int(3, 4);
      if (draft.weeks.length > 1 && rng.chance(0.3)) {
        // Some fortnightly contracts work different days in Week A and Week B.
        return draft.weeks.flatMap((week) => rng.sample(draft.days, n).map((day: Day) => ({ week, day, periods: [...all] })));
      }
      return rng.sample(draft.days, n).map((day: Day) => ({ day, periods: [...all] }));
    }
  }
}

function workedPeriods(draft: Draft, staff: Staff): number {
  let total = 0;
  for (const week of draft.weeks) {
    for (const day of draft.days) {
      for (const p of draft.periods) if (draft.works(staff, week, day, p.id)) total += 1;
    }
  }
  return total / draft.weeks.length;
}

/** Adds `count` support staff; returns them (visitors last). */
export function addSupportStaff(draft: Draft, count: number): Staff[] {
  const { rng } = draft;
  const secondary = draft.phase === 'secondary';
  const visitors = count >= 10 ? (secondary && count >= 30 ? 2 : 1) : 0;
  const hltas = Math.max(1, Math.round(count * (secondary ? 0.1 : 0.15)));
  const coverSupervisors = secondary ? 1 + Math.round(count * 0.04) : 0;
  const oneToOne = count >= 5 ? Math.round(count * 0.15) : 0;
  const roles: { role: Role; kind: 'hlta' | 'cs' | 'one' | 'ta' | 'visitor' }[] = [];
  for (let i = 0; i < hltas; i += 1) roles.push({ role: 'hlta', kind: 'hlta' });
  for (let i = 0; i < coverSupervisors; i += 1) roles.push({ role: 'cover-supervisor', kind: 'cs' });
  for (let i = 0; i < oneToOne; i += 1) roles.push({ role: 'ta', kind: 'one' });
  while (roles.length < count - visitors) roles.push({ role: 'ta', kind: 'ta' });
  for (let i = 0; i < visitors; i += 1) roles.push({ role: 'other', kind: 'visitor' });

  const pool = programmeSkillPool(draft);
  const lessonPeriods = draft.periodsOfKind('lesson');
  const added: Staff[] = [];
  roles.forEach(({ role, kind }, i) => {
    const sex: 'F' | 'M' = rng.chance(0.86) ? 'F' : 'M';
    const id = kind === 'visitor' ? `X${String(i - (count - visitors) + 1).padStart(2, '0')}` : `${kind === 'hlta' ? 'H' : kind === 'cs' ? 'CS' : 'A'}${String(i + 1).padStart(2, '0')}`;
    const staff: Staff = { id, name: personName(rng, sex), role, sex, specifiedWork: false, skills: [], available: [] };
    if (kind === 'visitor') {
      // A visiting NHS therapist: one day every week, lesson periods only.
      const day = rng.pick(draft.days);
      staff.available = [{ day, periods: [...lessonPeriods] }];
      staff.name = `${staff.name} (visiting SLT)`;
      giveSkills(draft, staff, ['SALT_QUALIFIED']);
      staff.skills = staff.skills.map((s) => ({ skill: s.skill }));
      draft.staff.push(staff);
      added.push(staff);
      return;
    }
    const pattern: Pattern = kind === 'hlta' || kind === 'cs'
      ? rng.weighted<Pattern>(['full', 'days'], (p) => (p === 'full' ? 4 : 1))
      : rng.weighted<Pattern>(['full', 'mornings', 'afternoons', 'days'], (p) => ({ full: 4, mornings: 2.5, afternoons: 1.2, days: 2 })[p]);
    staff.available = availability(draft, pattern, rng.chance(0.65));
    // Every school has at least one HLTA authorised for specified work (PPA cover).
    staff.specifiedWork = kind === 'hlta' ? i === 0 || rng.chance(0.75) : false;
    const nSkills = kind === 'hlta' ? rng.int(2, 4) : kind === 'one' ? rng.int(1, 2) : rng.int(1, 3);
    const skills = rng.sample(pool, nSkills);
    for (const care of CARE_SKILLS) {
      const p = care === 'PAED_FIRST_AID' ? 0.4 : care === 'TEAM_TEACH_L1' ? 0.35 : care === 'TEAM_TEACH_L2' ? 0.1 : 0.14;
      if (rng.chance(p)) skills.push(care);
    }
    if (kind === 'cs') skills.push('TEAM_TEACH_L1');
    giveSkills(draft, staff, skills);
    draft.staff.push(staff);
    added.push(staff);
    if (kind === 'ta' || kind === 'one') addInClassCommitments(draft, staff, kind === 'one');
    if (kind !== 'one' && rng.chance(0.3)) {
      const worked = workedPeriods(draft, staff);
      staff.maxPeriodsPerWeek = Math.max(3, Math.round(worked * (0.35 + rng.float() * 0.3)));
    }
  });
  return added;
}

/**
 * Class TAs support core lessons; 1:1 EHCP TAs are with their pupil most of the day. Both are hard
 * commitments (busy entries) the planner must work around.
 */
function addInClassCommitments(draft: Draft, staff: Staff, oneToOne: boolean): void {
  const { rng } = draft;
  const lessonPeriods = draft.periodsOfKind('lesson');
  const share = oneToOne ? 0.7 + rng.float() * 0.15 : draft.phase === 'primary' ? 0.25 + rng.float() * 0.2 : 0.3 + rng.float() * 0.2;
  const protectedAt = new Map<string, string>();
  for (const lesson of draft.lessons) {
    if (!lesson.protected) continue;
    for (const week of lesson.week === undefined ? draft.weeks : [lesson.week]) {
      protectedAt.set(`${week}|${lesson.day}|${lesson.period}`, `${lesson.class} ${lesson.subject}`);
    }
  }
  for (const week of draft.weeks) {
    for (const day of draft.days) {
      for (const period of lessonPeriods) {
        if (!draft.works(staff, week, day, period)) continue;
        const core = protectedAt.get(`${week}|${day}|${period}`);
        // Class TAs are drawn to core lessons; 1:1 TAs follow their pupil everywhere.
        const p = oneToOne ? share : core ? share * 1.6 : share * 0.4;
        if (!rng.chance(p)) continue;
        const what = oneToOne ? '1:1 support (EHC plan)' : core ? `In-class support: ${core}` : 'In-class support';
        draft.addBusy(staff, draft.weeks.length > 1 ? week : undefined, day, period, what);
      }
    }
  }
}
