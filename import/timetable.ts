/**
 * A class timetable in the "long" format (domain.md 5.4: one row per class, cycle day and period)
 * merged into the school. Classes are made as needed; the lessons of every class in the file are
 * replaced by the file's, and classes the file does not mention keep theirs (an MIS may export one
 * year group at a time). Staff codes and rooms must already be in the school.
 */
import type { Day, Lesson, Period, Phase, School, SchoolClass, Staff } from '../solver/model/school-file';
import type { Row } from './rows';
import { quoteList, type KindResult } from './shared';
import type { FieldChange, PreviewItem, RejectedRow } from './types';
import { readClock, readDayName, readWeek, readYear, shown, squash } from './values';

export interface TimetableRow {
  line: number;
  /** The class's code as written. */
  classCode: string;
  week: 'A' | 'B' | undefined;
  day: Day;
  period: string;
  subject: string;
  year: string | undefined;
  teacher: string | undefined;
  room: string | undefined;
}

/** Lookups built once per import. */
export interface TimetableIndex {
  school: School;
  staffByCode: Map<string, Staff[]>;
  roomByKey: Map<string, string[]>;
}

export function indexForTimetable(school: School): TimetableIndex {
  const staffByCode = new Map<string, Staff[]>();
  for (const s of school.staff) staffByCode.set(s.id.toUpperCase(), [...(staffByCode.get(s.id.toUpperCase()) ?? []), s]);
  const roomByKey = new Map<string, string[]>();
  const add = (key: string, id: string) => {
    const list = roomByKey.get(key) ?? [];
    if (!list.includes(id)) roomByKey.set(key, [...list, id]);
  };
  for (const r of school.rooms) {
    add(r.id.toUpperCase(), r.id);
    add(r.name.toUpperCase(), r.id);
  }
  return { school, staffByCode, roomByKey };
}

/** One row as a lesson, or the reasons it cannot be. */
export function readTimetableRow(row: Row, index: TimetableIndex): { lesson: TimetableRow | null; reasons: string[] } {
  const { school } = index;
  const { calendar } = school;
  const twoWeek = calendar.weeks.length === 2;
  const reasons: string[] = [];
  const classCode = row.get('class') ?? '';
  if (classCode === '') reasons.push('the class is missing');

  let week: 'A' | 'B' | undefined;
  const rawWeek = row.get('week') ?? '';
  if (rawWeek !== '') {
    const read = readWeek(rawWeek);
    if (read === null) reasons.push(`week ${shown(rawWeek)} not recognised (A or B)`);
    else if (read === 'B' && !twoWeek) reasons.push(`week ${shown(rawWeek)} is Week B, but the school's timetable is the same every week`);
    else if (twoWeek) week = read;
  }

  let day: Day | null = null;
  const rawDay = row.get('day') ?? '';
  if (rawDay !== '') {
    day = readDayName(rawDay);
    if (day === null) reasons.push(`day ${shown(rawDay)} not recognised`);
    else if (!calendar.days.includes(day)) reasons.push(`day ${shown(rawDay)} is not a school day`);
  }
  const rawCycle = row.get('cycleDay') ?? '';
  if (rawCycle !== '') {
    const n = /^\d{1,2}$/.test(rawCycle) ? Number(rawCycle) : NaN;
    const count = calendar.days.length * calendar.weeks.length;
    if (!(n >= 1 && n <= count)) {
      reasons.push(`cycle day ${shown(rawCycle)} is not a day of the cycle (1 to ${count})`);
    } else {
      const cycleDay = calendar.days[(n - 1) % calendar.days.length] as Day;
      const cycleWeek = n > calendar.days.length ? 'B' : 'A';
      if (day !== null && day !== cycleDay) reasons.push(`cycle day ${n} is a ${cycleDay}, but the row says ${shown(rawDay)}`);
      if (twoWeek && week !== undefined && week !== cycleWeek) reasons.push(`cycle day ${n} is in Week ${cycleWeek}, but the row says Week ${week}`);
      day ??= cycleDay;
      if (twoWeek) week ??= cycleWeek;
    }
  }
  if (rawDay === '' && rawCycle === '') reasons.push('the day is missing');

  const period = findPeriod(calendar.periods, row.get('period') ?? '', row.get('start') ?? '');
  if (typeof period === 'object') reasons.push(period.reason);

  const subject = row.get('subject') ?? '';
  if (subject === '') reasons.push('the subject is missing');

  let year: string | undefined;
  const rawYear = row.get('year') ?? '';
  if (rawYear !== '') {
    const read = readYear(rawYear);
    if (read.ok) year = read.value;
    else reasons.push(read.reason);
  }

  let teacher: string | undefined;
  const rawStaff = row.get('staff') ?? '';
  if (rawStaff !== '') {
    const found = index.staffByCode.get(rawStaff.toUpperCase()) ?? [];
    const member = found.find((s) => s.id === rawStaff) ?? (found.length === 1 ? found[0] : undefined);
    if (!member) reasons.push(`staff code ${shown(rawStaff)} is not on the staff list (import the staff first)`);
    else if (member.left !== undefined) reasons.push(`staff code ${shown(rawStaff)} is ${member.name}, who left on ${member.left}`);
    else teacher = member.id;
  }

  let room: string | undefined;
  const rawRoom = row.get('room') ?? '';
  if (rawRoom !== '') {
    const found = index.roomByKey.get(rawRoom.toUpperCase()) ?? [];
    if (found.length === 1) room = found[0];
    else if (found.length === 0) reasons.push(`room ${shown(rawRoom)} is not one of the school's rooms`);
    else reasons.push(`room ${shown(rawRoom)} could be any of ${found.join(', ')}`);
  }

  if (reasons.length > 0 || day === null || typeof period !== 'string') return { lesson: null, reasons };
  return { lesson: { line: row.line, classCode, week, day, period, subject, year, teacher, room }, reasons };
}

/** The period a cell names: its id, its label, its number ("1" -> P1), or its start time. */
function findPeriod(periods: readonly Period[], raw: string, start: string): string | { reason: string } {
  const listed = periods.map((p) => p.id).join(', ');
  if (raw === '' && start === '') return { reason: 'the period is missing' };
  if (raw !== '') {
    const exact = periods.find((p) => p.id === raw) ?? periods.find((p) => p.id.toUpperCase() === raw.toUpperCase());
    if (exact) return exact.id;
    const labelled = periods.filter((p) => p.label !== undefined && squash(p.label) === squash(raw));
    if (labelled.length === 1) return (labelled[0] as Period).id;
    if (/^\d{1,2}$/.test(raw)) {
      const n = String(Number(raw));
      const numbered = periods.filter((p) => new RegExp(`(^|\\D)0*${n}$`).test(p.id) || new RegExp(`(^|\\D)0*${n}$`).test(p.label ?? ''));
      if (numbered.length === 1) return (numbered[0] as Period).id;
    }
  }
  const clock = readClock(raw !== '' && start === '' ? raw : start);
  if (clock !== null) {
    const hhmm = `${String(Math.floor(clock / 60)).padStart(2, '0')}:${String(clock % 60).padStart(2, '0')}`;
    const timed = periods.find((p) => p.start === hhmm);
    if (timed) return timed.id;
    if (raw === '') return { reason: `no period starts at ${hhmm} (the periods are ${listed})` };
  }
  return { reason: `period ${shown(raw)} is not one of the school's periods (${listed})` };
}

const PROTECTED_DEFAULTS: Readonly<Record<'primary' | 'secondary', readonly string[]>> = {
  primary: ['english', 'maths', 'mathematics', 'math', 'phonics', 'literacy', 'numeracy'],
  secondary: ['english', 'englishlanguage', 'englishliterature', 'maths', 'mathematics', 'math', 'science', 'combinedscience', 'triplescience', 'biology', 'chemistry', 'physics'],
};

function defaultProtected(phase: Phase): Set<string> {
  if (phase === 'primary') return new Set(PROTECTED_DEFAULTS.primary);
  if (phase === 'secondary') return new Set(PROTECTED_DEFAULTS.secondary);
  return new Set([...PROTECTED_DEFAULTS.primary, ...PROTECTED_DEFAULTS.secondary]);
}

const slotKey = (l: { class: string; week?: string | undefined; day: string; period: string }) => `${l.class}|${l.week ?? '*'}|${l.day}|${l.period}`;

/** Merges accepted timetable rows into the school. */
export function mergeTimetable(school: School, rows: readonly TimetableRow[]): KindResult {
  const rejected: RejectedRow[] = [];
  const bad = new Set<TimetableRow>();
  const reject = (row: TimetableRow, reason: string) => {
    bad.add(row);
    const existing = rejected.find((r) => r.line === row.line);
    if (existing) existing.reasons.push(reason);
    else rejected.push({ line: row.line, textLine: row.line, reasons: [reason], cells: [] });
  };

  // Which class each row is: an existing class by code or name, else a new one with that code.
  const classById = new Map(school.classes.map((c) => [c.id, c]));
  const classByName = new Map<string, SchoolClass>();
  for (const c of school.classes) if (!classByName.has(c.name.toLowerCase())) classByName.set(c.name.toLowerCase(), c);
  const classOf = (row: TimetableRow) => (classById.get(row.classCode) ?? classByName.get(row.classCode.toLowerCase()))?.id ?? row.classCode;

  // Two rows in one slot of one class: one of them is wrong.
  const weeks = school.calendar.weeks;
  const taken = new Map<string, TimetableRow>();
  const reported = new Set<string>();
  for (const row of rows) {
    const id = classOf(row);
    for (const week of row.week ? [row.week] : weeks) {
      const key = `${id}|${week}|${row.day}|${row.period}`;
      const first = taken.get(key);
      if (first && first !== row) {
        const where = `${row.day} ${row.period}${weeks.length > 1 ? ` (Week ${week})` : ''}`;
        const pair = `${first.line}-${row.line}`;
        if (!reported.has(pair)) {
          reported.add(pair);
          reject(first, `class ${row.classCode} has another lesson on ${where} on line ${row.line}`);
          reject(row, `class ${row.classCode} has another lesson on ${where} on line ${first.line}`);
        }
      } else taken.set(key, row);
    }
  }
  const good = rows.filter((r) => !bad.has(r));

  // Protected subjects: as the school already marks them, else the core subjects of its phase.
  const votes = new Map<string, { yes: number; no: number }>();
  for (const l of school.lessons) {
    const v = votes.get(squash(l.subject)) ?? { yes: 0, no: 0 };
    if (l.protected) v.yes += 1;
    else v.no += 1;
    votes.set(squash(l.subject), v);
  }
  const defaults = defaultProtected(school.school.phase);
  const isProtected = (subject: string) => {
    const v = votes.get(squash(subject));
    return v ? v.yes >= v.no : defaults.has(squash(subject));
  };

  const touched = new Set(good.map(classOf));
  const existingBySlot = new Map<string, number>();
  school.lessons.forEach((l, i) => {
    if (touched.has(l.class) && !existingBySlot.has(slotKey(l))) existingBySlot.set(slotKey(l), i);
  });
  const replaced = new Map<number, Lesson>();
  const addedLessons: Lesson[] = [];
  const added: PreviewItem[] = [];
  const updated: PreviewItem[] = [];
  let unchanged = 0;
  const slotWords = (l: Lesson) => `${l.day} ${l.period}${l.week ? ` (Week ${l.week})` : ''}`;
  for (const row of good) {
    const lesson: Lesson = {
      class: classOf(row), ...(row.week ? { week: row.week } : {}), day: row.day, period: row.period, subject: row.subject,
      ...(row.teacher ? { teacher: row.teacher } : {}), ...(row.room ? { room: row.room } : {}), protected: isProtected(row.subject),
    };
    const at = existingBySlot.get(slotKey(lesson));
    const name = `${row.classCode} ${row.subject}, ${slotWords(lesson)}`;
    if (at === undefined) {
      addedLessons.push(lesson);
      added.push({ entity: 'lesson', key: slotKey(lesson), name, line: row.line, changes: [], effects: lesson.protected ? ['protected'] : [] });
      continue;
    }
    existingBySlot.delete(slotKey(lesson));
    const before = school.lessons[at] as Lesson;
    const changes: FieldChange[] = [];
    if (before.subject !== lesson.subject) changes.push({ field: 'subject', from: before.subject, to: lesson.subject });
    if ((before.teacher ?? '') !== (lesson.teacher ?? '')) changes.push({ field: 'teacher', from: before.teacher ?? '', to: lesson.teacher ?? '' });
    if ((before.room ?? '') !== (lesson.room ?? '')) changes.push({ field: 'room', from: before.room ?? '', to: lesson.room ?? '' });
    if (before.protected !== lesson.protected) changes.push({ field: 'protected', from: before.protected ? 'yes' : 'no', to: lesson.protected ? 'yes' : 'no' });
    if (changes.length === 0) {
      unchanged += 1;
      replaced.set(at, before);
    } else {
      replaced.set(at, lesson);
      updated.push({ entity: 'lesson', key: slotKey(lesson), name, line: row.line, changes, effects: [] });
    }
  }
  const removed: PreviewItem[] = [];
  const lessons: Lesson[] = [];
  school.lessons.forEach((l, i) => {
    if (!touched.has(l.class)) lessons.push(l);
    else if (replaced.has(i)) lessons.push(replaced.get(i) as Lesson);
    else removed.push({ entity: 'lesson', key: slotKey(l), name: `${l.class} ${l.subject}, ${slotWords(l)}`, changes: [], effects: [] });
  });
  lessons.push(...addedLessons);

  // Classes: new ones from the file; a class's teacher follows the file when they no longer teach it.
  const classes = school.classes.map((c) => ({ ...c }));
  const rowsOf = new Map<string, TimetableRow[]>();
  for (const row of good) rowsOf.set(classOf(row), [...(rowsOf.get(classOf(row)) ?? []), row]);
  for (const [id, classRows] of rowsOf) {
    const teachers = mostFrequent(classRows.map((r) => r.teacher).filter((t): t is string => t !== undefined));
    const year = classRows.find((r) => r.year !== undefined)?.year;
    const subjects = new Set(classRows.map((r) => r.subject));
    const existing = classes.find((c) => c.id === id);
    if (!existing) {
      const made: SchoolClass = {
        id, name: classRows[0]?.classCode ?? id, ...(year ? { year } : {}),
        ...(subjects.size === 1 ? { subject: [...subjects][0] as string } : {}), ...(teachers[0] ? { teacher: teachers[0] } : {}), pupils: [],
      };
      classes.push(made);
      added.push({ entity: 'class', key: id, name: made.name, line: classRows[0]?.line, changes: [], effects: [] });
      continue;
    }
    const changes: FieldChange[] = [];
    if (teachers.length > 0 && (existing.teacher === undefined || !teachers.includes(existing.teacher))) {
      changes.push({ field: 'teacher', from: existing.teacher ?? '', to: teachers[0] as string });
      existing.teacher = teachers[0];
    }
    if (existing.year === undefined && year !== undefined) {
      changes.push({ field: 'year', from: '', to: year });
      existing.year = year;
    }
    if (changes.length > 0) updated.push({ entity: 'class', key: id, name: existing.name, line: classRows[0]?.line, changes, effects: [] });
  }

  const notes: string[] = [];
  const protectedCount = good.filter((r) => isProtected(r.subject)).length;
  const protectedSubjects = [...new Set(good.filter((r) => isProtected(r.subject)).map((r) => r.subject))].sort();
  notes.push(
    `${good.length} lesson${good.length === 1 ? '' : 's'} for ${rowsOf.size} class${rowsOf.size === 1 ? '' : 'es'}; ` +
      `${protectedCount} protected${protectedSubjects.length > 0 ? ` (${quoteList(protectedSubjects)})` : ''}: pupils are never withdrawn from those.`,
  );
  const untouched = new Set(school.lessons.filter((l) => !touched.has(l.class)).map((l) => l.class));
  if (untouched.size > 0) notes.push(`The lessons of ${untouched.size} class${untouched.size === 1 ? '' : 'es'} not in this file are kept as they were.`);
  return { school: { ...school, classes, lessons }, added, updated, left: [], removed, unchanged, rejected, warnings: [], notes };
}

/** The values most common first (ties in the order first seen). */
function mostFrequent(values: readonly string[]): string[] {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1]).map(([v]) => v);
}
