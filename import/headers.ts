/**
 * Which column holds which field. Each field has the headings SIMS, Arbor and Bromcom reports use
 * for it (domain.md 5.2-5.4), compared loosely (case, spaces and punctuation ignored, a "Pupil"
 * or "Student" prefix dropped, one or two typing slips forgiven). The person can map any column
 * by hand; a column mapped by hand always wins over a recognised one.
 */
import { squash } from './values';

export const IMPORT_KINDS = ['pupils', 'staff', 'timetable'] as const;
export type ImportKind = (typeof IMPORT_KINDS)[number];

export interface FieldInfo {
  field: string;
  label: string;
  /** What the field means, for the mapping menu and the CLI's help. */
  hint: string;
  aliases: readonly string[];
}

const NAME_FIELDS: readonly FieldInfo[] = [
  { field: 'legalSurname', label: 'Legal surname', hint: 'used for the name when no preferred surname is given', aliases: ['Legal Surname', 'Legal Last Name', 'Surname', 'Last Name', 'Lastname', 'Family Name'] },
  { field: 'legalForename', label: 'Legal forename', hint: 'used for the name when no preferred forename is given', aliases: ['Legal Forename', 'Legal First Name', 'Forename', 'First Name', 'Firstname', 'Given Name'] },
  { field: 'preferredSurname', label: 'Preferred surname', hint: 'the surname printed on rotas', aliases: ['Preferred Surname', 'Preferred Last Name', 'Preferred Lastname', 'Known As Last Name', 'Known As Surname', 'KnownAsLastName'] },
  { field: 'preferredForename', label: 'Preferred forename', hint: 'the forename printed on rotas', aliases: ['Preferred Forename', 'Preferred First Name', 'Preferred Firstname', 'Preferred Name', 'Known As First Name', 'Known As', 'KnownAsFirstName', 'Chosen Name'] },
  { field: 'name', label: 'Full name', hint: '"Forename Surname" or "Surname, Forename", when the names are not in separate columns', aliases: ['Name', 'Full Name', 'Display Name'] },
];

export const FIELDS: Readonly<Record<ImportKind, readonly FieldInfo[]>> = {
  pupils: [
    { field: 'upn', label: 'UPN', hint: 'Unique Pupil Number: matches pupils between imports', aliases: ['UPN', 'Unique Pupil Number', 'Pupil UPN'] },
    ...NAME_FIELDS,
    { field: 'dob', label: 'Date of birth', hint: 'DD/MM/YYYY or YYYY-MM-DD; matches pupils who have no UPN', aliases: ['Date of Birth', 'DOB', 'Birth Date', 'Birthdate', 'D.O.B.'] },
    { field: 'year', label: 'Year group', hint: '"Year 7", "Y7", "7", "R", "N1"...', aliases: ['Year Group', 'Year', 'Year Taught In', 'NC Year', 'Curriculum Year', 'Yr', 'Year Grp'] },
    { field: 'regGroup', label: 'Registration group', hint: 'the pupil\'s class or form; they are put in the class of that name', aliases: ['Reg Group', 'Registration Group', 'Form', 'Registration Form', 'Tutor Group', 'Form Group', 'Reg', 'Form Class'] },
    { field: 'sen', label: 'SEN status', hint: 'EHCP / SEN Support / No SEN, or E / K / N', aliases: ['SEN Status', 'SEN', 'SEN Provision', 'SEN Stage', 'SEND Status', 'SEN Code'] },
    { field: 'need1', label: 'Primary need', hint: 'census need type (SLCN, ASD, SPLD...) or its description', aliases: ['SEN Need 1', 'SEN Need', 'Primary Need', 'SEN Need Type', 'Need Type', 'SEN Type', 'SEN Primary Need', 'Need 1', 'Primary SEN Need', 'SEN Need Type 1', 'Need Type 1'] },
    { field: 'need2', label: 'Secondary need', hint: 'census need type ranked second', aliases: ['SEN Need 2', 'Secondary Need', 'SEN Secondary Need', 'Need 2', 'Need Type 2', 'SEN Type 2', 'Secondary SEN Need', 'SEN Need Type 2'] },
    { field: 'needs', label: 'Needs (list)', hint: 'several need types in one cell, primary first ("ASD; SLCN")', aliases: ['SEN Needs', 'Needs', 'SEN Need Types', 'Need Types'] },
  ],
  staff: [
    { field: 'code', label: 'Staff code', hint: 'the initials the timetable uses: matches staff between imports', aliases: ['Staff Code', 'Code', 'Initials', 'Staff Initials', 'Teacher Code', 'Staff ID', 'Timetable Code', 'Staff Id Code'] },
    { field: 'title', label: 'Title', hint: 'Mr, Mrs, Ms, Dr...; used for the name when there is no forename', aliases: ['Title'] },
    ...NAME_FIELDS,
    { field: 'role', label: 'Role or job title', hint: 'Teacher, HLTA, Teaching Assistant, SENCO, Cover Supervisor...', aliases: ['Role', 'Job Title', 'Post', 'Staff Role', 'Position', 'Staff Type', 'Roles', 'Job Role', 'Post Title'] },
    { field: 'sex', label: 'Sex', hint: 'M or F', aliases: ['Gender', 'Sex'] },
    { field: 'days', label: 'Working days', hint: '"Mon-Fri", "Mon, Tue, Wed", "Full time"', aliases: ['Working Days', 'Days', 'Days Worked', 'Work Pattern', 'Working Pattern', 'Days Working'] },
    { field: 'hours', label: 'Working hours', hint: '"08:30-15:30", "mornings", "afternoons", "all day"', aliases: ['Working Hours', 'Hours', 'Times', 'Daily Hours', 'Working Times', 'Hours Worked'] },
  ],
  timetable: [
    { field: 'week', label: 'Week', hint: 'A or B in a two-week timetable', aliases: ['Week', 'Timetable Week', 'Cycle Week', 'Wk'] },
    { field: 'day', label: 'Day', hint: 'Monday, Mon...', aliases: ['Day', 'Day of Week', 'Weekday', 'Day Name'] },
    { field: 'cycleDay', label: 'Cycle day', hint: '1-5 (or 6-10 for Week B)', aliases: ['Cycle Day', 'Cycle_Day', 'Day Number', 'Day No'] },
    { field: 'period', label: 'Period', hint: 'the period\'s code or name (P1, Period 1...)', aliases: ['Period', 'Period Name', 'Lesson', 'Period Code', 'Period Label'] },
    { field: 'start', label: 'Start time', hint: 'finds the period when its name is not recognised', aliases: ['Start', 'Start Time', 'From', 'Time'] },
    { field: 'class', label: 'Class', hint: 'the class code, e.g. 10X/Ma1', aliases: ['Class', 'Class Code', 'Class_Code', 'Teaching Group', 'Class Name', 'Set', 'Group'] },
    { field: 'subject', label: 'Subject', hint: 'English, Maths...', aliases: ['Subject', 'Subject Name', 'Course'] },
    { field: 'year', label: 'Year group', hint: 'the class\'s year group', aliases: ['Year Group', 'Year_Group', 'Year', 'NC Year'] },
    { field: 'staff', label: 'Staff code', hint: 'the teacher\'s staff code', aliases: ['Staff Code', 'Staff_Code', 'Staff', 'Teacher', 'Teacher Code', 'Staff Initials'] },
    { field: 'room', label: 'Room', hint: 'the room\'s code or name', aliases: ['Room', 'Room Code', 'Room Name', 'Location'] },
  ],
};

/** What each kind cannot do without (each entry: any one of the fields). */
export const REQUIRED: Readonly<Record<ImportKind, readonly (readonly string[])[]>> = {
  pupils: [['legalSurname', 'preferredSurname', 'name'], ['legalForename', 'preferredForename', 'name'], ['year']],
  staff: [['code'], ['legalSurname', 'preferredSurname', 'name']],
  timetable: [['class'], ['day', 'cycleDay'], ['period', 'start'], ['subject']],
};

/** The field names of a kind, e.g. for `--map` errors. */
export function fieldNames(kind: ImportKind): string[] {
  return FIELDS[kind].map((f) => f.field);
}

export function fieldLabel(kind: ImportKind, field: string): string {
  return FIELDS[kind].find((f) => f.field === field)?.label ?? field;
}

/** A column and the field it feeds. */
export interface ColumnMapping {
  index: number;
  header: string;
  field: string | null;
  /** recognised from its heading, chosen by the person, or not imported. */
  how: 'recognised' | 'chosen' | 'ignored';
}

/** The person's choices: heading -> field name, or "" to leave the column out. */
export type Mapping = Readonly<Record<string, string>>;

const PREFIXES = ['pupil', 'student', 'learner', 'child', 'staff', 'member', 'employee'];

function headingKey(header: string, keepPrefix: boolean): string {
  const s = squash(header);
  if (keepPrefix) return s;
  for (const prefix of PREFIXES) if (s.startsWith(prefix) && s.length > prefix.length + 1) return s.slice(prefix.length);
  return s;
}

/** The field a heading names for this kind, or null. */
export function recogniseHeader(kind: ImportKind, header: string): string | null {
  const candidates = [headingKey(header, true), headingKey(header, false)];
  for (const key of candidates) {
    for (const info of FIELDS[kind]) if (info.aliases.some((a) => squash(a) === key)) return info.field;
  }
  // Fuzzy: one slip in a heading of 5+ letters, two in one of 10+; only when exactly one field fits.
  for (const key of candidates) {
    if (key.length < 5) continue;
    const allowed = key.length >= 10 ? 2 : 1;
    const fits = new Set<string>();
    for (const info of FIELDS[kind]) {
      if (info.aliases.some((a) => squash(a).length >= 5 && distance(squash(a), key) <= allowed)) fits.add(info.field);
    }
    if (fits.size === 1) return [...fits][0] ?? null;
  }
  return null;
}

/**
 * Decides every column's field: the person's choices first, then recognised headings; a field
 * fed by two columns keeps the first and leaves the other out. Problems are whole-file problems.
 */
export function mapColumns(kind: ImportKind, header: readonly string[], mapping: Mapping): { columns: ColumnMapping[]; problems: string[] } {
  const problems: string[] = [];
  const known = new Set(fieldNames(kind));
  const taken = new Map<string, number>();
  const columns: ColumnMapping[] = header.map((h, index) => ({ index, header: h, field: null, how: 'ignored' }));
  for (const column of columns) {
    const choice = Object.hasOwn(mapping, column.header) ? mapping[column.header] : undefined;
    if (choice === undefined) continue;
    column.how = choice === '' ? 'ignored' : 'chosen';
    if (choice === '') continue;
    if (!known.has(choice)) {
      problems.push(`column ${shownHeader(column.header)} is mapped to ${JSON.stringify(choice)}, which is not a ${kind} field`);
      continue;
    }
    const other = taken.get(choice);
    if (other !== undefined) {
      problems.push(`columns ${shownHeader(header[other] ?? '')} and ${shownHeader(column.header)} are both mapped to ${fieldLabel(kind, choice)}; choose one`);
      continue;
    }
    column.field = choice;
    taken.set(choice, column.index);
  }
  for (const column of columns) {
    if (column.how === 'chosen' || Object.hasOwn(mapping, column.header)) continue;
    const field = recogniseHeader(kind, column.header);
    if (field === null || taken.has(field)) continue;
    column.field = field;
    column.how = 'recognised';
    taken.set(field, column.index);
  }
  for (const anyOf of REQUIRED[kind]) {
    if (!anyOf.some((f) => taken.has(f))) {
      const names = anyOf.map((f) => fieldLabel(kind, f));
      problems.push(`no column is mapped to ${names.length === 1 ? names[0] : `${names.slice(0, -1).join(', ')} or ${names.at(-1)}`}`);
    }
  }
  return { columns, problems };
}

/** Headings only one MIS writes (domain.md 5.2), to say which system a pupils export looks like it came from. */
const MIS_MARKERS: Readonly<Record<'SIMS' | 'Arbor' | 'Bromcom', readonly string[]>> = {
  SIMS: ['Legal Surname', 'Legal Forename', 'Reg Group', 'Adno', 'Year Taught In', 'Preferred Forename', 'Preferred Surname'],
  Arbor: ['Known As First Name', 'Known As Last Name', 'Registration Form', 'SEN Need Type', 'Legal First Name'],
  Bromcom: ['Preferred Firstname', 'Preferred Lastname', 'Tutor Group', 'Need Type', 'Legal Last Name'],
};

/** "SIMS", "Arbor" or "Bromcom" when two or more headings are ones only that system uses, else null. */
export function guessMis(header: readonly string[]): 'SIMS' | 'Arbor' | 'Bromcom' | null {
  const keys = new Set(header.map(squash));
  const scores = Object.entries(MIS_MARKERS).map(([mis, markers]) => [mis, markers.filter((m) => keys.has(squash(m))).length] as const);
  scores.sort((a, b) => b[1] - a[1]);
  const [best, second] = scores;
  if (!best || best[1] < 2 || (second && second[1] === best[1])) return null;
  return best[0] as 'SIMS' | 'Arbor' | 'Bromcom';
}

/** The headings of a file as one key, for remembering the mapping made for files shaped like it. */
export function headerSignature(header: readonly string[]): string {
  return header.map(squash).join('|');
}

function shownHeader(header: string): string {
  return header === '' ? '(no heading)' : `"${header}"`;
}

/** Levenshtein distance, stopping early is not needed for headings this short. */
function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let previous = row[0] ?? 0;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const current = row[j] ?? 0;
      row[j] = Math.min((row[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1));
      previous = current;
    }
  }
  return row[b.length] ?? 0;
}
