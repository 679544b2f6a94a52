/** Writing and removing one pupil with their needs. */
import type { Pupil } from '../../solver/model';
import { given, type Writer } from './writer';

/** Writes `p` at `position`, replacing the pupil with the same id. */
export function putPupil(w: Writer, p: Pupil, position: number): void {
  w.upsert('pupil', {
    id: p.id, name: p.name, upn: p.upn ?? null, year: p.year, sen: p.sen, needs_given: given(p.needs), left: p.left ?? null, position,
  }, ['id']);
  w.run('DELETE FROM pupil_need WHERE pupil_id = ?', p.id);
  p.needs?.forEach((need, i) => w.insert('pupil_need', { pupil_id: p.id, position: i, need }));
}

/** Removes a pupil and their needs. */
export function deletePupil(w: Writer, id: string): void {
  w.run('DELETE FROM pupil WHERE id = ?', id);
}
