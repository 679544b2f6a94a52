/** Reading and writing one entity of each kind through the per-kind queries and mutations. */
import type { Db } from '../database';
import { putCalendar, putSchoolDetails } from '../mutations/calendar';
import { deleteClass, deleteClassLessons, putClass, putClassLessons } from '../mutations/classes';
import { deleteCover, putCover } from '../mutations/cover';
import { deleteGroup, putGroup } from '../mutations/groups';
import { deletePupil, putPupil } from '../mutations/pupils';
import { deleteRoom, deleteSkill, putRoom, putSkill } from '../mutations/places';
import { deleteSession, putPlanDetails, putSession } from '../mutations/plan';
import { deleteStaff, putStaff } from '../mutations/staff';
import { nextPosition, type Writer } from '../mutations/writer';
import { readCalendar, readSchoolDetails } from '../queries/calendar';
import { readClasses, readLessons } from '../queries/classes';
import { readCover } from '../queries/cover';
import { readGroups } from '../queries/groups';
import { readRooms, readSkills } from '../queries/places';
import { readPlanDetails, readPlanSessions } from '../queries/plan';
import { readPupils } from '../queries/pupils';
import type { Positioned } from '../queries/rows';
import { readStaff } from '../queries/staff';
import { EditRefusedError } from './refusal';
import type { EntityKind, EntityValues, Snapshot } from './entities';

export interface EntityStore<K extends EntityKind> {
  /** The entity as stored now, or null when it is absent. */
  read(db: Db, id: string): Snapshot<K> | null;
  /** Where a new value goes: the place it has now, or the end of its list. */
  place(w: Writer, value: EntityValues[K], before: Snapshot<K> | null): Snapshot<K>;
  /** Writes a snapshot exactly, at its recorded place. */
  write(w: Writer, id: string, snapshot: Snapshot<K>): void;
  /** Removes the entity. */
  remove(w: Writer, id: string): void;
}

function listStore<K extends EntityKind>(
  table: string,
  read: (db: Db, id: string) => Positioned<EntityValues[K]>[],
  put: (w: Writer, value: EntityValues[K], position: number) => void,
  remove: (w: Writer, id: string) => void,
): EntityStore<K> {
  return {
    read(db, id) {
      const found = read(db, id)[0];
      return found ? { value: found.value, position: found.position } : null;
    },
    place: (w, value, before) => ({ value, position: before?.position ?? nextPosition(w, table) }),
    write(w, _id, snapshot) {
      if (snapshot.position === undefined) throw new Error(`a ${table} snapshot has no position`);
      put(w, snapshot.value, snapshot.position);
    },
    remove,
  };
}

const ONE_SCHOOL = 'school';

export const STORES: { readonly [K in EntityKind]: EntityStore<K> } = {
  school: {
    read: (db) => ({ value: readSchoolDetails(db) }),
    place: (_w, value) => ({ value }),
    write: (w, _id, snapshot) => putSchoolDetails(w, snapshot.value),
    remove: () => {
      throw new EditRefusedError('invalid', `The ${ONE_SCHOOL} itself cannot be removed; open or import another school instead.`);
    },
  },
  calendar: {
    read: (db) => ({ value: readCalendar(db) }),
    place: (_w, value) => ({ value }),
    write: (w, _id, snapshot) => putCalendar(w, snapshot.value),
    remove: () => {
      throw new EditRefusedError('invalid', 'A school always has a calendar; change it instead of removing it.');
    },
  },
  plan: {
    read(db) {
      const details = readPlanDetails(db);
      return details === null ? null : { value: details };
    },
    place: (_w, value) => ({ value }),
    write: (w, _id, snapshot) => putPlanDetails(w, snapshot.value),
    remove: (w) => putPlanDetails(w, null),
  },
  skill: listStore('skill', readSkills, putSkill, deleteSkill),
  room: listStore('room', readRooms, putRoom, deleteRoom),
  staff: listStore('staff', readStaff, putStaff, deleteStaff),
  pupil: listStore('pupil', readPupils, putPupil, deletePupil),
  class: listStore('school_class', readClasses, putClass, deleteClass),
  group: listStore('intervention_group', readGroups, putGroup, deleteGroup),
  cover: listStore('cover_item', readCover, putCover, deleteCover),
  session: listStore('plan_session', readPlanSessions, putSession, deleteSession),
  'class-lessons': {
    read(db, id) {
      const lessons = readLessons(db, id);
      return lessons.length === 0 ? null : { value: lessons.map((l) => l.value), positions: lessons.map((l) => l.position) };
    },
    place(w, value, before) {
      // Lessons keep the places the class's lessons had, in order; any extra go to the end.
      const kept = (before?.positions ?? []).slice(0, value.length);
      let next = nextPosition(w, 'lesson');
      const positions = value.map((_lesson, i) => kept[i] ?? next++);
      return { value, positions };
    },
    write(w, id, snapshot) {
      putClassLessons(w, id, snapshot.value, snapshot.positions ?? []);
    },
    remove: deleteClassLessons,
  },
};

/** The store of one kind, typed for it. */
export function storeOf<K extends EntityKind>(kind: K): EntityStore<K> {
  return STORES[kind] as EntityStore<K>;
}
