/**
 * The things an edit can change, each addressed by kind and id: the objects of the staffroom/1
 * lists (`staff`, `pupil`, `class`, `group`, `cover`, `room`, `skill`, `session`), the lessons of
 * one class taken together (`class-lessons`, id = the class id), and three singletons whose id is
 * their kind: `school` (name and phase), `calendar`, and `plan` (the plan apart from its
 * sessions: null when there is no plan, else `{}` or `{ unfilled }`).
 */
import { z } from 'zod';
import {
  calendarSchema, classSchema, coverSchema, groupSchema, lessonSchema, pupilSchema, roomSchema, sessionSchema,
  skillSchema, staffSchema, unfilledSchema, PHASES,
  type Calendar, type Cover, type Group, type Lesson, type Pupil, type Room, type School, type SchoolClass,
  type Session, type Skill, type Staff,
} from '../../solver/model';
import type { PlanDetails } from '../queries/plan';

export const ENTITY_KINDS = [
  'school', 'calendar', 'plan', 'skill', 'room', 'staff', 'pupil', 'class', 'class-lessons', 'group', 'cover', 'session',
] as const;
export type EntityKind = (typeof ENTITY_KINDS)[number];

/** The value each kind of entity has, exactly as in the school file. */
export interface EntityValues {
  school: School['school'];
  calendar: Calendar;
  plan: PlanDetails;
  skill: Skill;
  room: Room;
  staff: Staff;
  pupil: Pupil;
  class: SchoolClass;
  'class-lessons': Lesson[];
  group: Group;
  cover: Cover;
  session: Session;
}

/** One entity's new state in an edit: its value, or null to remove it. */
export type EntityChange = { [K in EntityKind]: { kind: K; id: string; after: EntityValues[K] | null } }[EntityKind];

/**
 * An entity as it is stored at one moment: its value and its place in its list (`position` for
 * list entities, `positions` for the lessons of a class, one per lesson; none for singletons).
 */
export interface Snapshot<K extends EntityKind = EntityKind> {
  value: EntityValues[K];
  position?: number;
  positions?: number[];
}

export const SINGLETONS: readonly EntityKind[] = ['school', 'calendar', 'plan'];

export const planDetailsSchema = z.strictObject({ unfilled: z.array(unfilledSchema).optional() });

/** The schema each kind's value must match. */
export const ENTITY_SCHEMAS: { readonly [K in EntityKind]: z.ZodType<EntityValues[K]> } = {
  school: z.strictObject({ name: z.string(), phase: z.enum(PHASES) }),
  calendar: calendarSchema,
  plan: planDetailsSchema,
  skill: skillSchema,
  room: roomSchema,
  staff: staffSchema,
  pupil: pupilSchema,
  class: classSchema,
  'class-lessons': z.array(lessonSchema),
  group: groupSchema,
  cover: coverSchema,
  session: sessionSchema,
};

/** How each kind is called in a message: "staff member", "intervention group" ... */
export const ENTITY_NOUNS: { readonly [K in EntityKind]: string } = {
  school: 'school',
  calendar: 'calendar',
  plan: 'plan',
  skill: 'skill',
  room: 'room',
  staff: 'staff member',
  pupil: 'pupil',
  class: 'class',
  'class-lessons': 'lessons of class',
  group: 'intervention group',
  cover: 'cover item',
  session: 'planned session',
};

/** The name a person knows an entity by, taken from its value where it has one. */
export function entityName(kind: EntityKind, id: string, value: unknown): string {
  if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
    if (kind === 'cover' && 'label' in value && typeof value.label === 'string') return value.label;
    if ('name' in value && typeof value.name === 'string' && kind !== 'school') return value.name;
  }
  return kind === 'school' || kind === 'calendar' || kind === 'plan' ? `the ${kind}` : id;
}
