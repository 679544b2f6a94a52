/** Writing a whole school: the demo school, an imported staffroom/1 file. */
import type { School, Session } from '../../solver/model';
import type { Db } from '../database';

/** Tables holding the school, children before parents, so they can be emptied in this order. */
export const SCHOOL_TABLES = [
  'plan_unfilled_reason', 'plan_unfilled', 'plan_session_staff', 'plan_session',
  'cover_role', 'cover_skill', 'cover_item',
  'group_slot', 'group_period', 'group_role', 'group_preferred_staff', 'group_room_kind', 'group_skill', 'group_pupil',
  'intervention_group', 'lesson', 'class_pupil', 'school_class', 'pupil_need', 'pupil',
  'staff_busy', 'staff_availability_period', 'staff_availability', 'staff_skill', 'staff',
  'room', 'skill', 'closure', 'term', 'period', 'school_day', 'cycle_week', 'school',
] as const;

type Value = string | number | null;

const flag = (value: boolean | undefined): number | null => (value === undefined ? null : value ? 1 : 0);
const given = (list: readonly unknown[] | undefined): number => (list === undefined ? 0 : 1);

/** Replaces whatever school the database holds with `school`, in one transaction. */
export function replaceSchool(db: Db, school: School): void {
  db.transaction(() => {
    for (const table of SCHOOL_TABLES) db.prepare(`DELETE FROM ${table}`).run();
    writeSchool(db, school);
  })();
}

function writeSchool(db: Db, school: School): void {
  const insert = inserter(db);
  const { calendar } = school;
  insert('school', {
    id: 1,
    name: school.school.name,
    phase: school.school.phase,
    as_of: calendar.asOf ?? null,
    terms_given: given(calendar.terms),
    closures_given: given(calendar.closures),
    plan_given: given(school.plan?.sessions),
    unfilled_given: given(school.plan?.unfilled),
  });
  calendar.weeks.forEach((label, position) => insert('cycle_week', { label, position }));
  calendar.days.forEach((day, position) => insert('school_day', { day, position }));
  calendar.periods.forEach((p, position) =>
    insert('period', { id: p.id, label: p.label ?? null, start: p.start, end: p.end, kind: p.kind, position }),
  );
  calendar.terms?.forEach((t, position) =>
    insert('term', { position, name: t.name, start: t.start, end: t.end, starts_on: t.startsOn ?? null }),
  );
  calendar.closures?.forEach((date, position) => insert('closure', { position, date }));
  school.skills.forEach((s, position) => insert('skill', { id: s.id, name: s.name, area: s.area ?? null, position }));
  school.rooms.forEach((r, position) =>
    insert('room', { id: r.id, name: r.name, kind: r.kind, capacity: r.capacity, position }),
  );

  school.staff.forEach((s, position) => {
    insert('staff', {
      id: s.id, name: s.name, role: s.role, sex: s.sex ?? null, specified_work: s.specifiedWork ? 1 : 0,
      max_periods_per_week: s.maxPeriodsPerWeek ?? null, busy_given: given(s.busy), left: s.left ?? null, position,
    });
    s.skills.forEach((k, i) => insert('staff_skill', { staff_id: s.id, position: i, skill_id: k.skill, expires: k.expires ?? null }));
    s.available.forEach((a, entry) => {
      insert('staff_availability', { staff_id: s.id, position: entry, week: a.week ?? null, day: a.day });
      a.periods.forEach((period, i) =>
        insert('staff_availability_period', { staff_id: s.id, entry, position: i, period_id: period }),
      );
    });
    s.busy?.forEach((b, i) =>
      insert('staff_busy', { staff_id: s.id, position: i, week: b.week ?? null, day: b.day, period_id: b.period, what: b.what }),
    );
  });

  school.pupils.forEach((p, position) => {
    insert('pupil', {
      id: p.id, name: p.name, upn: p.upn ?? null, year: p.year, sen: p.sen, needs_given: given(p.needs), left: p.left ?? null, position,
    });
    p.needs?.forEach((need, i) => insert('pupil_need', { pupil_id: p.id, position: i, need }));
  });

  school.classes.forEach((c, position) => {
    insert('school_class', {
      id: c.id, name: c.name, year: c.year ?? null, subject: c.subject ?? null, teacher_id: c.teacher ?? null, position,
    });
    c.pupils.forEach((pupil, i) => insert('class_pupil', { class_id: c.id, position: i, pupil_id: pupil }));
  });

  school.lessons.forEach((l, position) =>
    insert('lesson', {
      position, class_id: l.class, week: l.week ?? null, day: l.day, period_id: l.period, subject: l.subject,
      teacher_id: l.teacher ?? null, room_id: l.room ?? null, protected: l.protected ? 1 : 0,
    }),
  );

  school.groups.forEach((g, position) => {
    insert('intervention_group', {
      id: g.id, name: g.name, programme: g.programme ?? null, area: g.area, sessions_per_week: g.sessionsPerWeek,
      length: g.length ?? null, adults: g.adults ?? null, same_adult: flag(g.sameAdult), staff_sex: g.staffSex ?? null,
      unstructured: flag(g.unstructured), priority: g.priority, ehcp: flag(g.ehcp), lead_id: g.lead ?? null,
      room_kinds_given: given(g.roomKinds), preferred_staff_given: given(g.preferredStaff), roles_given: given(g.roles),
      periods_given: given(g.periods), slots_given: given(g.slots), position,
    });
    g.pupils.forEach((pupil, i) => insert('group_pupil', { group_id: g.id, position: i, pupil_id: pupil }));
    g.skills.forEach((skill, i) => insert('group_skill', { group_id: g.id, position: i, skill_id: skill }));
    g.roomKinds?.forEach((kind, i) => insert('group_room_kind', { group_id: g.id, position: i, kind }));
    g.preferredStaff?.forEach((staff, i) => insert('group_preferred_staff', { group_id: g.id, position: i, staff_id: staff }));
    g.roles?.forEach((role, i) => insert('group_role', { group_id: g.id, position: i, role }));
    g.periods?.forEach((period, i) => insert('group_period', { group_id: g.id, position: i, period_id: period }));
    g.slots?.forEach((s, i) =>
      insert('group_slot', { group_id: g.id, position: i, week: s.week ?? null, day: s.day, period_id: s.period }),
    );
  });

  school.cover.forEach((c, position) => {
    insert('cover_item', {
      id: c.id, kind: c.kind, label: c.label, week: c.week ?? null, day: c.day, period_id: c.period,
      class_id: c.class ?? null, staff_needed: c.staffNeeded ?? null, specified_work: flag(c.specifiedWork),
      room_id: c.room ?? null, priority: c.priority, skills_given: given(c.skills), roles_given: given(c.roles), position,
    });
    c.skills?.forEach((skill, i) => insert('cover_skill', { cover_id: c.id, position: i, skill_id: skill }));
    c.roles?.forEach((role, i) => insert('cover_role', { cover_id: c.id, position: i, role }));
  });

  school.plan?.sessions.forEach((s, position) => insertSession(insert, s, position));
  school.plan?.unfilled?.forEach((u, position) => {
    insert('plan_unfilled', {
      position, group_id: u.group ?? null, cover_id: u.cover ?? null, week: u.week ?? null, missing: u.missing,
    });
    u.reasons.forEach((reason, i) => insert('plan_unfilled_reason', { unfilled: position, position: i, reason }));
  });
}

export type Insert = (table: string, row: Record<string, Value>) => void;

/** Writes one plan session and its staff at `position` in the plan. */
export function insertSession(insert: Insert, s: Session, position: number): void {
  insert('plan_session', {
    id: s.id, group_id: s.group ?? null, cover_id: s.cover ?? null, week: s.week ?? null, day: s.day,
    period_id: s.period, room_id: s.room ?? null, pinned: flag(s.pinned), position,
  });
  s.staff.forEach((staff, i) => insert('plan_session_staff', { session_id: s.id, position: i, staff_id: staff }));
}

/** An insert function that prepares each distinct statement once. */
export function inserter(db: Db): Insert {
  const statements = new Map<string, ReturnType<Db['prepare']>>();
  return (table, row) => {
    const columns = Object.keys(row);
    const key = `${table}(${columns.join(',')})`;
    let statement = statements.get(key);
    if (!statement) {
      statement = db.prepare(`INSERT INTO ${table} (${columns.join(', ')}) VALUES (${columns.map((c) => `@${c}`).join(', ')})`);
      statements.set(key, statement);
    }
    statement.run(row);
  };
}
