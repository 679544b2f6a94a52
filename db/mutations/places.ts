/** Writing and removing skills of the catalogue and rooms. */
import type { Room, Skill } from '../../solver/model';
import type { Writer } from './writer';

/** Writes skill `s` at `position`. */
export function putSkill(w: Writer, s: Skill, position: number): void {
  w.upsert('skill', { id: s.id, name: s.name, area: s.area ?? null, position }, ['id']);
}

/** Removes a skill from the catalogue. */
export function deleteSkill(w: Writer, id: string): void {
  w.run('DELETE FROM skill WHERE id = ?', id);
}

/** Writes room `r` at `position`. */
export function putRoom(w: Writer, r: Room, position: number): void {
  w.upsert('room', { id: r.id, name: r.name, kind: r.kind, capacity: r.capacity, position }, ['id']);
}

/** Removes a room. */
export function deleteRoom(w: Writer, id: string): void {
  w.run('DELETE FROM room WHERE id = ?', id);
}
