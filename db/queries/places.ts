/** Reading the skills catalogue and the rooms. */
import type { Room, RoomKind, Skill } from '../../solver/model';
import type { Db } from '../database';
import { drop, opt, rowsOf, str, type Positioned } from './rows';

/** Every skill in list order, or only the one with `id`. */
export function readSkills(db: Db, id?: string): Positioned<Skill>[] {
  return rowsOf(db, 'skill', 'id', id, 'position').map((r) => ({
    position: Number(r.position),
    value: drop({ id: str(r.id), name: str(r.name), area: opt(r.area) as Skill['area'] }),
  }));
}

/** Every room in list order, or only the one with `id`. */
export function readRooms(db: Db, id?: string): Positioned<Room>[] {
  return rowsOf(db, 'room', 'id', id, 'position').map((r) => ({
    position: Number(r.position),
    value: { id: str(r.id), name: str(r.name), kind: str(r.kind) as RoomKind, capacity: Number(r.capacity) },
  }));
}
