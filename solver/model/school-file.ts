/**
 * The `staffroom/1` school file (../spec/school-file.md) as a runtime schema.
 * Every object is strict: an unknown key is an error, so a typo is never silently ignored.
 * The TypeScript types of the whole domain are inferred from this one schema.
 */
import { z } from 'zod';

export const FORMAT = 'staffroom/1';

export const DAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'] as const;
export const PHASES = ['primary', 'secondary', 'all-through', 'special'] as const;
export const PERIOD_KINDS = ['lesson', 'registration', 'tutor', 'assembly', 'break', 'lunch'] as const;
export const SKILL_AREAS = ['CI', 'CL', 'SEMH', 'SP', 'medical', 'behaviour', 'general'] as const;
export const NEED_AREAS = ['CI', 'CL', 'SEMH', 'SP'] as const;
export const ROOM_KINDS = [
  'classroom', 'small-group', 'one-to-one', 'therapy', 'sensory', 'hall', 'library', 'pastoral', 'medical', 'other',
] as const;
export const ROLES = [
  'teacher', 'hlta', 'ta', 'cover-supervisor', 'senco', 'pastoral-lead', 'leader', 'other',
] as const;
export const YEARS = ['N', 'R', '1', '2', '3', '4', '5', '6', '7', '8', '9', '10', '11', '12', '13', '14'] as const;
export const SEN_CODES = ['N', 'K', 'E'] as const;
export const COVER_KINDS = ['ppa', 'absence', 'duty', 'post'] as const;
export const PRIORITIES = [1, 2, 3, 4, 5] as const;

const id = z.string().min(1, 'must be a non-empty id');
const text = z.string();
const day = z.enum(DAYS);
const week = z.string().min(1, 'must name a week of calendar.weeks');
const time = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'must be a 24-hour time HH:MM, e.g. "09:05"');
const date = z
  .string()
  // abort: a date of the wrong shape is not also reported as an impossible date.
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'must be a date YYYY-MM-DD, e.g. "2025-09-01"', abort: true })
  .refine(isRealDate, 'must be a real calendar date');
const count = z.number().int('must be a whole number').min(1, 'must be at least 1');
const priority = z.union(PRIORITIES.map((p) => z.literal(p)), { error: 'must be a priority 1 (highest) to 5' });

function isRealDate(value: string): boolean {
  const [y, m, d] = value.split('-').map(Number) as [number, number, number];
  const parsed = new Date(Date.UTC(y, m - 1, d));
  return parsed.getUTCFullYear() === y && parsed.getUTCMonth() === m - 1 && parsed.getUTCDate() === d;
}

export const periodSchema = z.strictObject({
  id,
  label: text.optional(),
  start: time,
  end: time,
  kind: z.enum(PERIOD_KINDS),
});

export const termSchema = z.strictObject({
  name: text,
  start: date,
  end: date,
  startsOn: z.enum(['A', 'B']).optional(),
});

export const calendarSchema = z.strictObject({
  weeks: z.union([z.tuple([z.literal('A')]), z.tuple([z.literal('A'), z.literal('B')])], {
    error: 'must be ["A"] (one-week cycle) or ["A", "B"] (two-week cycle)',
  }),
  days: z.array(day).min(1, 'must list at least one school day'),
  periods: z.array(periodSchema).min(1, 'must list at least one period'),
  asOf: date.optional(),
  terms: z.array(termSchema).optional(),
  closures: z.array(date).optional(),
});

export const skillSchema = z.strictObject({
  id,
  name: text,
  area: z.enum(SKILL_AREAS).optional(),
});

export const roomSchema = z.strictObject({
  id,
  name: text,
  kind: z.enum(ROOM_KINDS),
  capacity: count,
});

export const availabilitySchema = z.strictObject({
  week: week.optional(),
  day,
  periods: z.array(id),
});

export const busySchema = z.strictObject({
  week: week.optional(),
  day,
  period: id,
  what: text,
});

export const staffSkillSchema = z.strictObject({
  skill: id,
  expires: date.optional(),
});

export const staffSchema = z.strictObject({
  id,
  name: text,
  role: z.enum(ROLES),
  sex: z.enum(['F', 'M']).optional(),
  specifiedWork: z.boolean(),
  skills: z.array(staffSkillSchema),
  available: z.array(availabilitySchema),
  busy: z.array(busySchema).optional(),
  maxPeriodsPerWeek: z.number().int('must be a whole number').min(0, 'cannot be negative').optional(),
  /** The date of the import that found them gone from the MIS export; kept, never planned with. */
  left: date.optional(),
});

export const pupilSchema = z.strictObject({
  id,
  name: text,
  upn: text.optional(),
  year: z.enum(YEARS),
  sen: z.enum(SEN_CODES),
  needs: z.array(text).optional(),
  /** The date of the import that found them gone from the MIS export; kept with their history. */
  left: date.optional(),
});

export const classSchema = z.strictObject({
  id,
  name: text,
  year: text.optional(),
  subject: text.optional(),
  teacher: id.optional(),
  pupils: z.array(id),
});

export const lessonSchema = z.strictObject({
  class: id,
  week: week.optional(),
  day,
  period: id,
  subject: text,
  teacher: id.optional(),
  room: id.optional(),
  protected: z.boolean(),
});

export const slotSchema = z.strictObject({
  week: week.optional(),
  day,
  period: id,
});

export const groupSchema = z.strictObject({
  id,
  name: text,
  programme: text.optional(),
  area: z.enum(NEED_AREAS),
  pupils: z.array(id),
  sessionsPerWeek: count,
  length: count.optional(),
  adults: count.optional(),
  skills: z.array(id),
  roomKinds: z.array(z.enum(ROOM_KINDS)).optional(),
  sameAdult: z.boolean().optional(),
  staffSex: z.enum(['F', 'M']).optional(),
  unstructured: z.boolean().optional(),
  priority,
  ehcp: z.boolean().optional(),
  preferredStaff: z.array(id).optional(),
  lead: id.optional(),
  roles: z.array(z.enum(ROLES)).optional(),
  periods: z.array(id).optional(),
  slots: z.array(slotSchema).optional(),
});

export const coverSchema = z.strictObject({
  id,
  kind: z.enum(COVER_KINDS),
  label: text,
  week: week.optional(),
  day,
  period: id,
  class: id.optional(),
  staffNeeded: count.optional(),
  skills: z.array(id).optional(),
  roles: z.array(z.enum(ROLES)).optional(),
  specifiedWork: z.boolean().optional(),
  room: id.optional(),
  priority,
});

export const sessionSchema = z.strictObject({
  id,
  group: id.optional(),
  cover: id.optional(),
  week: week.optional(),
  day,
  period: id,
  room: id.optional(),
  staff: z.array(id),
  pinned: z.boolean().optional(),
});

export const unfilledSchema = z.strictObject({
  group: id.optional(),
  cover: id.optional(),
  week: week.optional(),
  missing: count,
  reasons: z.array(text),
});

export const planSchema = z.strictObject({
  sessions: z.array(sessionSchema),
  unfilled: z.array(unfilledSchema).optional(),
});

export const schoolSchema = z.strictObject({
  format: z.literal(FORMAT, { error: `must be "${FORMAT}"` }),
  school: z.strictObject({ name: text, phase: z.enum(PHASES) }),
  calendar: calendarSchema,
  skills: z.array(skillSchema),
  rooms: z.array(roomSchema),
  staff: z.array(staffSchema),
  pupils: z.array(pupilSchema),
  classes: z.array(classSchema),
  lessons: z.array(lessonSchema),
  groups: z.array(groupSchema),
  cover: z.array(coverSchema),
  plan: planSchema.optional(),
});

export type School = z.infer<typeof schoolSchema>;
export type Calendar = School['calendar'];
export type Period = z.infer<typeof periodSchema>;
export type Term = z.infer<typeof termSchema>;
export type Skill = z.infer<typeof skillSchema>;
export type Room = z.infer<typeof roomSchema>;
export type Staff = z.infer<typeof staffSchema>;
export type StaffSkill = z.infer<typeof staffSkillSchema>;
export type Availability = z.infer<typeof availabilitySchema>;
export type Busy = z.infer<typeof busySchema>;
export type Pupil = z.infer<typeof pupilSchema>;
export type SchoolClass = z.infer<typeof classSchema>;
export type Lesson = z.infer<typeof lessonSchema>;
export type Group = z.infer<typeof groupSchema>;
export type GroupSlot = z.infer<typeof slotSchema>;
export type Cover = z.infer<typeof coverSchema>;
export type Session = z.infer<typeof sessionSchema>;
export type Unfilled = z.infer<typeof unfilledSchema>;
export type Plan = z.infer<typeof planSchema>;
export type Day = (typeof DAYS)[number];
export type Role = (typeof ROLES)[number];
export type RoomKind = (typeof ROOM_KINDS)[number];
export type PeriodKind = (typeof PERIOD_KINDS)[number];
export type NeedArea = (typeof NEED_AREAS)[number];
export type CoverKind = (typeof COVER_KINDS)[number];
export type Priority = (typeof PRIORITIES)[number];
export type Phase = (typeof PHASES)[number];
