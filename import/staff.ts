/**
 * A staff export merged into the school. Staff match by staff code, which is their id in the
 * school file. Job titles become roles; working days and hours become the periods they are
 * available. Someone missing from the export is marked as left and kept with their skills and
 * history; the preview names the plan sessions that will lose them.
 */
import type { Availability, Day, Role, School, Staff } from '../solver/model/school-file';
import { readNames, type Row } from './rows';
import { quoteList, type KindResult } from './shared';
import type { FieldChange, PreviewItem, RejectedRow, RowWarning } from './types';
import { readSex, readWorkingDays, readWorkingHours, shown, squash } from './values';

export interface StaffRow {
  line: number;
  code: string;
  name: string;
  /** Undefined when the file says nothing about the role (no column, or a blank cell). */
  role: Role | undefined;
  sex: 'F' | 'M' | undefined;
  sexGiven: boolean;
  days: Day[] | undefined;
  /** Periods of each working day; undefined when the file gives no times. */
  periods: string[] | undefined;
  warnings: string[];
}

const ROLE_WORDS: readonly [RegExp, Role][] = [
  [/\b(senco|sendco|senco|inclusion (manager|lead|leader|coordinator)|special educational needs co)/, 'senco'],
  [/\b(hlta|higher level teaching assistant|higher-level teaching assistant)\b/, 'hlta'],
  [/\bcover supervisor\b/, 'cover-supervisor'],
  [/\b(teaching assistant|learning support assistant|lsa|classroom assistant|ta|support assistant|nursery nurse|early years practitioner|eyp)\b/, 'ta'],
  [/\b(head ?teacher|deputy head|assistant head|principal|vice principal|executive head|senior leader|slt)\b/, 'leader'],
  [/\b(head of year|pastoral|learning mentor|behaviour|attendance|safeguarding)\b/, 'pastoral-lead'],
  [/\b(teacher|head of|subject lead|ect|nqt|instructor|lecturer|tutor)\b/, 'teacher'],
];

const ROLE_NAMES: Readonly<Record<string, Role>> = {
  teacher: 'teacher', hlta: 'hlta', ta: 'ta', coversupervisor: 'cover-supervisor', senco: 'senco', pastorallead: 'pastoral-lead',
  leader: 'leader', schoolleader: 'leader', other: 'other', otherstaff: 'other', teachingassistant: 'ta',
};

/** A job title as a role: "Class Teacher" -> teacher, "HLTA Level 2" -> hlta; unknown -> null. */
export function readRole(title: string): Role | null {
  const direct = ROLE_NAMES[squash(title)];
  if (direct) return direct;
  const text = title.toLowerCase().replace(/[^a-z0-9 -]+/g, ' ');
  for (const [pattern, role] of ROLE_WORDS) if (pattern.test(text)) return role;
  return null;
}

/** Roles that may do specified work (plan, teach and assess) unless the school says otherwise. */
const TEACHING_ROLES: readonly Role[] = ['teacher', 'senco', 'leader'];

/** One row as a member of staff, or the reasons it cannot be. */
export function readStaffRow(row: Row, school: School): { staff: StaffRow | null; reasons: string[] } {
  const reasons: string[] = [];
  const warnings: string[] = [];
  const code = row.get('code') ?? '';
  if (code === '') reasons.push('the staff code is missing');
  else if (!/^[A-Za-z0-9][A-Za-z0-9_./-]{0,11}$/.test(code)) {
    reasons.push(`staff code ${shown(code)} is not a staff code (letters and digits, at most 12, no spaces)`);
  }
  const { names, reason } = readNames(row, row.get('title') || undefined);
  if (reason !== null) reasons.push(reason);
  let role: Role | undefined;
  const title = row.get('role') ?? '';
  if (title !== '') {
    const read = readRole(title);
    role = read ?? 'other';
    if (read === null) warnings.push(`job title ${shown(title)} is not a role Staffroom plans with, so they are listed as other staff`);
  }
  const sex = readSex(row.get('sex') ?? '');
  if (!sex.ok) reasons.push(sex.reason);
  let days: Day[] | undefined;
  const rawDays = row.get('days') ?? '';
  if (rawDays !== '') {
    const read = readWorkingDays(rawDays, school.calendar.days);
    if (read.ok) days = read.value;
    else reasons.push(read.reason);
  }
  let periods: string[] | undefined;
  const rawHours = row.get('hours') ?? '';
  if (rawHours !== '') {
    const read = readWorkingHours(rawHours, school.calendar.periods);
    if (!read.ok) reasons.push(read.reason);
    else if ('periods' in read.value) periods = read.value.periods;
    else warnings.push(`working hours ${shown(rawHours)} are hours a week, not times of day, so the whole school day is used`);
  }
  if (reasons.length > 0 || names === null) return { staff: null, reasons };
  return {
    staff: { line: row.line, code, name: names.display, role, sex: sex.ok ? sex.value : undefined, sexGiven: row.get('sex') !== undefined && row.get('sex') !== '', days, periods, warnings },
    reasons,
  };
}

/** Merges accepted staff rows into the school. */
export function mergeStaff(school: School, rows: readonly StaffRow[], today: string, rejectedKeys: ReadonlyMap<string, number>): KindResult {
  const rejected: RejectedRow[] = [];
  const warnings: RowWarning[] = [];
  const notes: string[] = [];
  const byCode = new Map<string, StaffRow>();
  const bad = new Set<StaffRow>();
  const reject = (row: StaffRow, reason: string) => {
    bad.add(row);
    const existing = rejected.find((r) => r.line === row.line);
    if (existing) existing.reasons.push(reason);
    else rejected.push({ line: row.line, textLine: row.line, reasons: [reason], cells: [] });
  };
  for (const row of rows) {
    const key = row.code.toUpperCase();
    const other = rejectedKeys.get(key);
    if (other !== undefined) {
      reject(row, `staff code ${row.code} is also on line ${other}`);
      continue;
    }
    const first = byCode.get(key);
    if (first) {
      reject(first, `staff code ${row.code} is also on line ${row.line}`);
      reject(row, `staff code ${row.code} is also on line ${first.line}`);
    } else byCode.set(key, row);
  }
  const allPeriods = school.calendar.periods.map((p) => p.id);
  const staff = new Map<string, Staff>(school.staff.map((s) => [s.id, { ...s }]));
  const order = school.staff.map((s) => s.id);
  const findStaff = (code: string): Staff | undefined => {
    const exact = staff.get(code);
    if (exact) return exact;
    const same = [...staff.values()].filter((s) => s.id.toUpperCase() === code.toUpperCase());
    return same.length === 1 ? same[0] : undefined;
  };
  const added: PreviewItem[] = [];
  const updated: PreviewItem[] = [];
  const seen = new Set<string>();
  let unchanged = 0;
  let defaulted = 0;
  for (const row of rows) {
    if (bad.has(row)) continue;
    for (const message of row.warnings) warnings.push({ line: row.line, message });
    const existing = findStaff(row.code);
    if (!existing) {
      const role = row.role ?? 'other';
      if (row.days === undefined && row.periods === undefined) defaulted += 1;
      const member: Staff = {
        id: row.code, name: row.name, role, ...(row.sex ? { sex: row.sex } : {}), specifiedWork: TEACHING_ROLES.includes(role),
        skills: [], available: availability(row.days ?? school.calendar.days, () => row.periods ?? allPeriods),
      };
      if (row.role === undefined) warnings.push({ line: row.line, message: 'no role is given, so they are listed as other staff' });
      staff.set(member.id, member);
      order.push(member.id);
      seen.add(member.id);
      added.push({
        entity: 'staff', key: member.id, name: member.name, line: row.line, effects: [],
        changes: [{ field: 'role', from: '', to: roleWords(role) }, { field: 'works', from: '', to: describeAvailability(member.available, school) }],
      });
      continue;
    }
    seen.add(existing.id);
    const changes: FieldChange[] = [];
    if (existing.name !== row.name) changes.push({ field: 'name', from: existing.name, to: row.name });
    existing.name = row.name;
    if (row.role !== undefined && row.role !== existing.role) {
      changes.push({ field: 'role', from: roleWords(existing.role), to: roleWords(row.role) });
      existing.role = row.role;
      const specified = TEACHING_ROLES.includes(row.role);
      if (specified !== existing.specifiedWork) {
        changes.push({ field: 'specified work', from: existing.specifiedWork ? 'yes' : 'no', to: specified ? 'yes' : 'no' });
        existing.specifiedWork = specified;
      }
    }
    if (row.sexGiven && row.sex !== existing.sex) {
      changes.push({ field: 'sex', from: existing.sex ?? '', to: row.sex ?? '' });
      if (row.sex) existing.sex = row.sex;
      else delete existing.sex;
    }
    if (row.days !== undefined || row.periods !== undefined) {
      const currentDays = school.calendar.days.filter((d) => existing.available.some((a) => a.day === d));
      const days = row.days ?? (currentDays.length > 0 ? currentDays : school.calendar.days);
      const periodsOn = (day: Day) => row.periods ?? unionPeriods(existing.available, day, allPeriods);
      const next = availability(days, periodsOn);
      if (canonical(next) !== canonical(existing.available)) {
        changes.push({ field: 'works', from: describeAvailability(existing.available, school), to: describeAvailability(next, school) });
        existing.available = next;
      }
    }
    if (existing.left !== undefined) {
      changes.push({ field: 'status', from: `left on ${existing.left}`, to: 'back on the staff' });
      delete existing.left;
    }
    if (changes.length > 0) updated.push({ entity: 'staff', key: existing.id, name: existing.name, line: row.line, changes, effects: [] });
    else unchanged += 1;
  }

  const left: PreviewItem[] = [];
  for (const id of order) {
    const member = staff.get(id) as Staff;
    if (seen.has(id) || member.left !== undefined || rejectedKeys.has(id.toUpperCase())) continue;
    member.left = today;
    left.push({
      entity: 'staff', key: id, name: member.name, changes: [{ field: 'status', from: 'on the staff', to: `left on ${today}` }],
      effects: leaverEffects(school, id),
    });
  }
  if (defaulted > 0) {
    notes.push(`${defaulted} new ${defaulted === 1 ? 'person has' : 'people have'} no working days or hours in the file, so they are set to work every school day; change it in Staff.`);
  }
  return {
    school: { ...school, staff: order.map((id) => staff.get(id) as Staff) },
    added, updated, left, removed: [], unchanged, rejected, warnings, notes,
  };
}

/** The plan sessions and groups that name a leaver: unpinned sessions lose them at the next plan. */
function leaverEffects(school: School, id: string): string[] {
  const effects: string[] = [];
  const sessions = school.plan?.sessions.filter((s) => s.staff.includes(id)) ?? [];
  const label = (s: (typeof sessions)[number]) => {
    const what = s.group ? school.groups.find((g) => g.id === s.group)?.name : school.cover.find((c) => c.id === s.cover)?.label;
    const period = school.calendar.periods.find((p) => p.id === s.period);
    return `${what ?? s.group ?? s.cover ?? s.id} (${s.day} ${period?.label ?? s.period}${s.week && school.calendar.weeks.length > 1 ? `, Week ${s.week}` : ''})`;
  };
  const unpinned = sessions.filter((s) => !s.pinned);
  const pinned = sessions.filter((s) => s.pinned);
  if (unpinned.length > 0) effects.push(`unpinned sessions that will lose them: ${quoteList(unpinned.map(label))}`);
  if (pinned.length > 0) effects.push(`pinned sessions that still name them (change these by hand): ${quoteList(pinned.map(label))}`);
  const leads = school.groups.filter((g) => g.lead === id).map((g) => g.name);
  if (leads.length > 0) effects.push(`named as the lead of ${quoteList(leads)}`);
  return effects;
}

function availability(days: readonly Day[], periodsOn: (day: Day) => string[]): Availability[] {
  return days.map((day) => ({ day, periods: periodsOn(day) }));
}

function unionPeriods(available: readonly Availability[], day: Day, all: readonly string[]): string[] {
  const entries = available.filter((a) => a.day === day);
  if (entries.length === 0) return [...all];
  const chosen = new Set(entries.flatMap((a) => a.periods));
  return all.filter((p) => chosen.has(p));
}

function canonical(available: readonly Availability[]): string {
  return available.map((a) => `${a.week ?? '*'}:${a.day}:${a.periods.join(',')}`).join(';');
}

const ROLE_WORDS_FOR: Readonly<Record<Role, string>> = {
  teacher: 'teacher', hlta: 'HLTA', ta: 'teaching assistant', 'cover-supervisor': 'cover supervisor', senco: 'SENCO',
  'pastoral-lead': 'pastoral lead', leader: 'school leader', other: 'other staff',
};

function roleWords(role: Role): string {
  return ROLE_WORDS_FOR[role];
}

/** "Mon–Fri 08:40–15:10", "Mon, Tue 08:40–12:25; Wed 13:25–15:10". */
export function describeAvailability(available: readonly Availability[], school: School): string {
  if (available.length === 0) return 'never';
  const times = (periods: readonly string[]) => {
    const chosen = school.calendar.periods.filter((p) => periods.includes(p.id));
    const first = chosen[0];
    const last = chosen.at(-1);
    return first && last ? `${first.start}–${last.end}` : 'no periods';
  };
  const parts: { days: string[]; text: string }[] = [];
  for (const a of available) {
    const text = `${times(a.periods)}${a.week ? ` (Week ${a.week})` : ''}`;
    const last = parts.at(-1);
    if (last && last.text === text) last.days.push(a.day);
    else parts.push({ days: [a.day], text });
  }
  const order = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];
  const run = (days: string[]) => days.every((d, i) => i === 0 || order.indexOf(d) === order.indexOf(days[i - 1] ?? '') + 1);
  return parts.map((p) => `${p.days.length > 2 && run(p.days) ? `${p.days[0]}–${p.days.at(-1)}` : p.days.join(', ')} ${p.text}`).join('; ');
}
