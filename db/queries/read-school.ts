/** Reading the whole school back as a staffroom/1 document, exactly as it was written. */
import type {
  Availability, Busy, Cover, Day, Group, GroupSlot, Lesson, Period, PeriodKind, Phase, Pupil, Role, Room,
  RoomKind, School, SchoolClass, Session, Skill, Staff, Term, Unfilled,
} from '../../solver/model';
import { FORMAT } from '../../solver/model';
import type { Db } from '../database';

/** The database holds no school yet (first start, before the demo is chosen). */
export class NoSchoolError extends Error {
  constructor() {
    super('There is no school in this database yet.');
    this.name = 'NoSchoolError';
  }
}

type Row = Record<string, string | number | null>;

/** True when a school has been saved. */
export function hasSchool(db: Db): boolean {
  return db.prepare('SELECT 1 FROM school WHERE id = 1').get() !== undefined;
}

/** The school as a staffroom/1 document; throws NoSchoolError when there is none. */
export function readSchool(db: Db): School {
  return db.transaction(() => readSchoolNow(db))();
}

function readSchoolNow(db: Db): School {
  const all = (sql: string): Row[] => db.prepare(sql).all() as Row[];
  const head = db.prepare('SELECT * FROM school WHERE id = 1').get() as Row | undefined;
  if (!head) throw new NoSchoolError();

  const str = (v: string | number | null | undefined): string => String(v);
  const opt = (v: string | number | null | undefined): string | undefined => (v === null || v === undefined ? undefined : String(v));
  const optNum = (v: string | number | null | undefined): number | undefined => (v === null || v === undefined ? undefined : Number(v));
  const optBool = (v: string | number | null | undefined): boolean | undefined => (v === null || v === undefined ? undefined : v === 1);
  const byOwner = (sql: string, owner: string): Map<string, Row[]> => {
    const map = new Map<string, Row[]>();
    for (const row of all(sql)) {
      const key = str(row[owner]);
      const list = map.get(key);
      if (list) list.push(row);
      else map.set(key, [row]);
    }
    return map;
  };
  // Each child query is ordered by owner then position, so lists come back in the school's order.
  const listOf = <T>(map: Map<string, Row[]>, key: string, pick: (r: Row) => T): T[] => (map.get(key) ?? []).map(pick);
  const givenList = <T>(isGiven: string | number | null | undefined, list: T[]): T[] | undefined => (isGiven === 1 ? list : undefined);
  const drop = <T extends object>(o: T): T => {
    for (const k of Object.keys(o) as (keyof T)[]) if (o[k] === undefined) delete o[k];
    return o;
  };

  const periods: Period[] = all('SELECT * FROM period ORDER BY position').map((r) =>
    drop({ id: str(r.id), label: opt(r.label), start: str(r.start), end: str(r.end), kind: str(r.kind) as PeriodKind }),
  );
  const terms: Term[] = all('SELECT * FROM term ORDER BY position').map((r) =>
    drop({ name: str(r.name), start: str(r.start), end: str(r.end), startsOn: opt(r.starts_on) as 'A' | 'B' | undefined }),
  );
  const weeks = all('SELECT label FROM cycle_week ORDER BY position').map((r) => str(r.label));
  const calendar: School['calendar'] = drop({
    weeks: (weeks.length === 2 ? ['A', 'B'] : ['A']) as ['A'] | ['A', 'B'],
    days: all('SELECT day FROM school_day ORDER BY position').map((r) => str(r.day) as Day),
    periods,
    asOf: opt(head.as_of),
    terms: givenList(head.terms_given, terms),
    closures: givenList(head.closures_given, all('SELECT date FROM closure ORDER BY position').map((r) => str(r.date))),
  });

  const skills: Skill[] = all('SELECT * FROM skill ORDER BY position').map((r) =>
    drop({ id: str(r.id), name: str(r.name), area: opt(r.area) as Skill['area'] }),
  );
  const rooms: Room[] = all('SELECT * FROM room ORDER BY position').map((r) => ({
    id: str(r.id), name: str(r.name), kind: str(r.kind) as RoomKind, capacity: Number(r.capacity),
  }));

  const staffSkills = byOwner('SELECT * FROM staff_skill ORDER BY staff_id, position', 'staff_id');
  const availabilityPeriods = byOwner(
    "SELECT staff_id || '#' || entry AS owner, period_id FROM staff_availability_period ORDER BY staff_id, entry, position",
    'owner',
  );
  const availability = byOwner('SELECT * FROM staff_availability ORDER BY staff_id, position', 'staff_id');
  const busy = byOwner('SELECT * FROM staff_busy ORDER BY staff_id, position', 'staff_id');
  const staff: Staff[] = all('SELECT * FROM staff ORDER BY position').map((r) => {
    const id = str(r.id);
    return drop({
      id,
      name: str(r.name),
      role: str(r.role) as Role,
      sex: opt(r.sex) as Staff['sex'],
      specifiedWork: r.specified_work === 1,
      skills: listOf(staffSkills, id, (k) => drop({ skill: str(k.skill_id), expires: opt(k.expires) })),
      available: listOf(availability, id, (a): Availability =>
        drop({
          week: opt(a.week),
          day: str(a.day) as Day,
          periods: listOf(availabilityPeriods, `${id}#${str(a.position)}`, (p) => str(p.period_id)),
        }),
      ),
      busy: givenList(r.busy_given, listOf(busy, id, (b): Busy =>
        drop({ week: opt(b.week), day: str(b.day) as Day, period: str(b.period_id), what: str(b.what) }),
      )),
      maxPeriodsPerWeek: optNum(r.max_periods_per_week),
      left: opt(r.left),
    });
  });

  const needs = byOwner('SELECT * FROM pupil_need ORDER BY pupil_id, position', 'pupil_id');
  const pupils: Pupil[] = all('SELECT * FROM pupil ORDER BY position').map((r) =>
    drop({
      id: str(r.id), name: str(r.name), upn: opt(r.upn), year: str(r.year) as Pupil['year'], sen: str(r.sen) as Pupil['sen'],
      needs: givenList(r.needs_given, listOf(needs, str(r.id), (n) => str(n.need))),
      left: opt(r.left),
    }),
  );

  const classPupils = byOwner('SELECT * FROM class_pupil ORDER BY class_id, position', 'class_id');
  const classes: SchoolClass[] = all('SELECT * FROM school_class ORDER BY position').map((r) =>
    drop({
      id: str(r.id), name: str(r.name), year: opt(r.year), subject: opt(r.subject), teacher: opt(r.teacher_id),
      pupils: listOf(classPupils, str(r.id), (p) => str(p.pupil_id)),
    }),
  );

  const lessons: Lesson[] = all('SELECT * FROM lesson ORDER BY position').map((r) =>
    drop({
      class: str(r.class_id), week: opt(r.week), day: str(r.day) as Day, period: str(r.period_id), subject: str(r.subject),
      teacher: opt(r.teacher_id), room: opt(r.room_id), protected: r.protected === 1,
    }),
  );

  const groupLists = {
    pupils: byOwner('SELECT * FROM group_pupil ORDER BY group_id, position', 'group_id'),
    skills: byOwner('SELECT * FROM group_skill ORDER BY group_id, position', 'group_id'),
    roomKinds: byOwner('SELECT * FROM group_room_kind ORDER BY group_id, position', 'group_id'),
    preferred: byOwner('SELECT * FROM group_preferred_staff ORDER BY group_id, position', 'group_id'),
    roles: byOwner('SELECT * FROM group_role ORDER BY group_id, position', 'group_id'),
    periods: byOwner('SELECT * FROM group_period ORDER BY group_id, position', 'group_id'),
    slots: byOwner('SELECT * FROM group_slot ORDER BY group_id, position', 'group_id'),
  };
  const groups: Group[] = all('SELECT * FROM intervention_group ORDER BY position').map((r) => {
    const id = str(r.id);
    return drop({
      id,
      name: str(r.name),
      programme: opt(r.programme),
      area: str(r.area) as Group['area'],
      pupils: listOf(groupLists.pupils, id, (p) => str(p.pupil_id)),
      sessionsPerWeek: Number(r.sessions_per_week),
      length: optNum(r.length),
      adults: optNum(r.adults),
      skills: listOf(groupLists.skills, id, (s) => str(s.skill_id)),
      roomKinds: givenList(r.room_kinds_given, listOf(groupLists.roomKinds, id, (k) => str(k.kind) as RoomKind)),
      sameAdult: optBool(r.same_adult),
      staffSex: opt(r.staff_sex) as Group['staffSex'],
      unstructured: optBool(r.unstructured),
      priority: Number(r.priority) as Group['priority'],
      ehcp: optBool(r.ehcp),
      preferredStaff: givenList(r.preferred_staff_given, listOf(groupLists.preferred, id, (s) => str(s.staff_id))),
      lead: opt(r.lead_id),
      roles: givenList(r.roles_given, listOf(groupLists.roles, id, (s) => str(s.role) as Role)),
      periods: givenList(r.periods_given, listOf(groupLists.periods, id, (s) => str(s.period_id))),
      slots: givenList(r.slots_given, listOf(groupLists.slots, id, (s): GroupSlot =>
        drop({ week: opt(s.week), day: str(s.day) as Day, period: str(s.period_id) }),
      )),
    });
  });

  const coverSkills = byOwner('SELECT * FROM cover_skill ORDER BY cover_id, position', 'cover_id');
  const coverRoles = byOwner('SELECT * FROM cover_role ORDER BY cover_id, position', 'cover_id');
  const cover: Cover[] = all('SELECT * FROM cover_item ORDER BY position').map((r) => {
    const id = str(r.id);
    return drop({
      id,
      kind: str(r.kind) as Cover['kind'],
      label: str(r.label),
      week: opt(r.week),
      day: str(r.day) as Day,
      period: str(r.period_id),
      class: opt(r.class_id),
      staffNeeded: optNum(r.staff_needed),
      skills: givenList(r.skills_given, listOf(coverSkills, id, (s) => str(s.skill_id))),
      roles: givenList(r.roles_given, listOf(coverRoles, id, (s) => str(s.role) as Role)),
      specifiedWork: optBool(r.specified_work),
      room: opt(r.room_id),
      priority: Number(r.priority) as Cover['priority'],
    });
  });

  const school: School = {
    format: FORMAT,
    school: { name: str(head.name), phase: str(head.phase) as Phase },
    calendar,
    skills,
    rooms,
    staff,
    pupils,
    classes,
    lessons,
    groups,
    cover,
  };
  if (head.plan_given === 1) {
    school.plan = drop({
      sessions: readSessions(db),
      unfilled: head.unfilled_given === 1 ? readUnfilled(db) : undefined,
    });
  }
  return school;
}

/** The plan's sessions in plan order. */
export function readSessions(db: Db): Session[] {
  const staff = new Map<string, string[]>();
  for (const r of db.prepare('SELECT session_id, staff_id FROM plan_session_staff ORDER BY session_id, position').all() as Row[]) {
    const list = staff.get(String(r.session_id));
    if (list) list.push(String(r.staff_id));
    else staff.set(String(r.session_id), [String(r.staff_id)]);
  }
  // Keys in the spec's order, so exported files read naturally.
  return (db.prepare('SELECT * FROM plan_session ORDER BY position').all() as Row[]).map((r) => ({
    id: String(r.id),
    ...(r.group_id !== null && { group: String(r.group_id) }),
    ...(r.cover_id !== null && { cover: String(r.cover_id) }),
    ...(r.week !== null && { week: String(r.week) }),
    day: String(r.day) as Day,
    period: String(r.period_id),
    ...(r.room_id !== null && { room: String(r.room_id) }),
    staff: staff.get(String(r.id)) ?? [],
    ...(r.pinned !== null && { pinned: r.pinned === 1 }),
  }));
}

/** The plan's unfilled demand with its reasons. */
export function readUnfilled(db: Db): Unfilled[] {
  const reasons = new Map<number, string[]>();
  for (const r of db.prepare('SELECT * FROM plan_unfilled_reason ORDER BY unfilled, position').all() as Row[]) {
    const list = reasons.get(Number(r.unfilled));
    if (list) list.push(String(r.reason));
    else reasons.set(Number(r.unfilled), [String(r.reason)]);
  }
  return (db.prepare('SELECT * FROM plan_unfilled ORDER BY position').all() as Row[]).map((r) => {
    const u: Unfilled = { missing: Number(r.missing), reasons: reasons.get(Number(r.position)) ?? [] };
    if (r.group_id !== null) u.group = String(r.group_id);
    if (r.cover_id !== null) u.cover = String(r.cover_id);
    if (r.week !== null) u.week = String(r.week);
    return u;
  });
}
