/** The school's data in the words staff use: day names, roles, SEN codes, slots, dates. */
import type {
  Calendar, CoverKind, Day, NeedArea, Role, RoomKind, School, Skill, Staff,
} from '../../solver/model/school-file';

type SkillArea = NonNullable<Skill['area']>;

export const DAY_NAMES: Readonly<Record<Day, string>> = {
  Mon: 'Monday', Tue: 'Tuesday', Wed: 'Wednesday', Thu: 'Thursday', Fri: 'Friday', Sat: 'Saturday', Sun: 'Sunday',
};

export const ROLE_NAMES: Readonly<Record<Role, string>> = {
  teacher: 'Teacher',
  hlta: 'HLTA',
  ta: 'Teaching assistant',
  'cover-supervisor': 'Cover supervisor',
  senco: 'SENCO',
  'pastoral-lead': 'Pastoral lead',
  leader: 'School leader',
  other: 'Other staff',
};

export const NEED_AREA_NAMES: Readonly<Record<NeedArea, string>> = {
  CI: 'Communication and interaction',
  CL: 'Cognition and learning',
  SEMH: 'Social, emotional and mental health',
  SP: 'Sensory and/or physical',
};

/** Skill areas: the four broad areas of need, and three more for training that is not one of them. */
export const SKILL_AREA_NAMES: Readonly<Record<SkillArea, string>> = {
  ...NEED_AREA_NAMES,
  medical: 'Medical',
  behaviour: 'Behaviour support',
  general: 'General',
};

export const SEN_NAMES: Readonly<Record<'N' | 'K' | 'E', string>> = { N: 'No SEN', K: 'SEN support', E: 'EHC plan' };

/** School census SEN type codes. */
const NEED_NAMES: Readonly<Record<string, string>> = {
  SPLD: 'Specific learning difficulty',
  MLD: 'Moderate learning difficulty',
  SLD: 'Severe learning difficulty',
  PMLD: 'Profound and multiple learning difficulty',
  SEMH: 'Social, emotional and mental health',
  SLCN: 'Speech, language and communication needs',
  HI: 'Hearing impairment',
  VI: 'Vision impairment',
  MSI: 'Multi-sensory impairment',
  PD: 'Physical disability',
  ASD: 'Autistic spectrum disorder',
  OTH: 'Other difficulty or disability',
  NSA: 'SEN support, no specialist assessment',
};

/** The census need codes, in the census's own order. */
export const NEED_CODES: readonly string[] = Object.keys(NEED_NAMES);

export function needName(code: string): string {
  const name = NEED_NAMES[code];
  return name ? `${name} (${code})` : code;
}

export const COVER_KIND_NAMES: Readonly<Record<CoverKind, string>> = {
  ppa: 'PPA cover', absence: 'Absence cover', duty: 'Duty', post: 'Staffed post',
};

export const ROOM_KIND_NAMES: Readonly<Record<RoomKind, string>> = {
  classroom: 'Classroom',
  'small-group': 'Small-group room',
  'one-to-one': 'One-to-one room',
  therapy: 'Therapy room',
  sensory: 'Sensory room',
  hall: 'Hall',
  library: 'Library',
  pastoral: 'Pastoral room',
  medical: 'Medical room',
  other: 'Other room',
};

export function yearName(year: string): string {
  if (year === 'N') return 'Nursery';
  if (year === 'R') return 'Reception';
  return `Year ${year}`;
}

export function periodName(calendar: Calendar, periodId: string): string {
  return calendar.periods.find((p) => p.id === periodId)?.label ?? periodId;
}

/** "Monday Session 3", with ", Week A" (or ", every week") in a two-week school. */
export function slotInWords(calendar: Calendar, slot: { week?: string | undefined; day: Day; period: string }): string {
  const when = `${DAY_NAMES[slot.day]} ${periodName(calendar, slot.period)}`;
  if (calendar.weeks.length < 2) return when;
  return slot.week === undefined ? `${when}, every week` : `${when}, Week ${slot.week}`;
}

/** A number that sorts slots in timetable order: week, then day, then period. */
export function slotOrder(calendar: Calendar, slot: { week?: string | undefined; day: Day; period: string }): number {
  const week = slot.week === undefined ? 0 : calendar.weeks.findIndex((w) => w === slot.week);
  const day = calendar.days.indexOf(slot.day);
  const period = calendar.periods.findIndex((p) => p.id === slot.period);
  return (week * 10 + day) * 100 + period;
}

const DATE_FORMAT = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });

/** "12 Mar 2026" from "2026-03-12". */
export function dateInWords(isoDate: string): string {
  const [y, m, d] = isoDate.split('-').map(Number);
  if (y === undefined || m === undefined || d === undefined) return isoDate;
  return DATE_FORMAT.format(new Date(Date.UTC(y, m - 1, d)));
}

/** The date skills are judged on: the plan's date when the school gives one, else today. */
export function judgingDate(calendar: Calendar, today: Date = new Date()): string {
  return calendar.asOf ?? today.toISOString().slice(0, 10);
}

/** "valid until 12 Mar 2026" or "expired 3 Jul 2025" (a skill is valid up to and including its date). */
export function expiryInWords(expires: string | undefined, onDate: string): { text: string; expired: boolean } | null {
  if (expires === undefined) return null;
  const expired = expires < onDate;
  return { text: `${expired ? 'expired' : 'valid until'} ${dateInWords(expires)}`, expired };
}

/**
 * When someone works, e.g. "Mon–Fri", "Mon–Wed", "Mon–Fri, Registration to Session 4",
 * "Week A: Mon, Tue; Week B: Thu, Fri". Days with the same hours are grouped.
 */
export function workingPattern(calendar: Calendar, staff: Pick<Staff, 'available'>): string {
  if (staff.available.length === 0) return 'Not available for planning';
  const everyWeek = staff.available.every((a) => a.week === undefined);
  const weeks = everyWeek ? [undefined] : calendar.weeks;
  return weeks
    .map((week) => {
      const pattern = weekPattern(calendar, staff.available.filter((a) => a.week === undefined || a.week === week));
      return week === undefined ? pattern : `Week ${week}: ${pattern}`;
    })
    .join('; ');
}

function weekPattern(calendar: Calendar, entries: Staff['available']): string {
  const hoursByDay = new Map<Day, string>();
  for (const day of calendar.days) {
    const periods = new Set(entries.filter((e) => e.day === day).flatMap((e) => e.periods));
    if (periods.size > 0) hoursByDay.set(day, hoursInWords(calendar, periods));
  }
  if (hoursByDay.size === 0) return 'no days';
  const runs: { days: Day[]; hours: string }[] = [];
  let previousIndex = -2;
  for (const [index, day] of calendar.days.entries()) {
    const hours = hoursByDay.get(day);
    if (hours === undefined) continue;
    const last = runs.at(-1);
    if (last && last.hours === hours && previousIndex === index - 1) last.days.push(day);
    else runs.push({ days: [day], hours });
    previousIndex = index;
  }
  return runs
    .map(({ days, hours }) => {
      const span = days.length > 2 ? `${days[0]}–${days.at(-1)}` : days.join(', ');
      return hours === '' ? span : `${span} (${hours})`;
    })
    .join(', ');
}

/** "" for the whole day, else e.g. "Registration to Session 4" or "Lunch only". */
function hoursInWords(calendar: Calendar, periods: ReadonlySet<string>): string {
  const positions = calendar.periods.map((p, i) => (periods.has(p.id) ? i : -1)).filter((i) => i >= 0);
  if (positions.length === calendar.periods.length) return '';
  const first = positions[0];
  const last = positions.at(-1);
  if (first === undefined || last === undefined) return '';
  const label = (i: number) => calendar.periods[i]?.label ?? calendar.periods[i]?.id ?? '';
  if (positions.length === 1) return `${label(first)} only`;
  if (last - first + 1 === positions.length) return `${label(first)} to ${label(last)}`;
  return positions.map(label).join(', ');
}

/** Names for ids, for every list the screens show. */
export interface SchoolIndex {
  school: School;
  staffName(id: string): string;
  pupilName(id: string): string;
  roomName(id: string): string;
  className(id: string): string;
  skillName(id: string): string;
  groupsOfPupil(id: string): readonly string[];
}

export function indexSchool(school: School): SchoolIndex {
  const byId = <T extends { id: string; name: string }>(items: readonly T[]) => new Map(items.map((i) => [i.id, i.name]));
  const staff = byId(school.staff);
  const pupils = byId(school.pupils);
  const rooms = byId(school.rooms);
  const classes = byId(school.classes);
  const skills = byId(school.skills);
  const groupsOfPupil = new Map<string, string[]>();
  for (const group of school.groups) {
    for (const pupil of group.pupils) groupsOfPupil.set(pupil, [...(groupsOfPupil.get(pupil) ?? []), group.name]);
  }
  // An id with no name is shown as the id itself, so a broken reference is visible, not hidden.
  return {
    school,
    staffName: (id) => staff.get(id) ?? id,
    pupilName: (id) => pupils.get(id) ?? id,
    roomName: (id) => rooms.get(id) ?? id,
    className: (id) => classes.get(id) ?? id,
    skillName: (id) => skills.get(id) ?? id,
    groupsOfPupil: (id) => groupsOfPupil.get(id) ?? [],
  };
}
