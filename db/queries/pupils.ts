/** Reading pupils with their needs, primary need first. */
import type { Pupil } from '../../solver/model';
import type { Db } from '../database';
import { byOwner, drop, givenList, listOf, opt, rowsOf, str, type Positioned } from './rows';

/** Every pupil in list order, or only the one with `id`. */
export function readPupils(db: Db, id?: string): Positioned<Pupil>[] {
  const needs = byOwner(rowsOf(db, 'pupil_need', 'pupil_id', id, 'pupil_id, position'), 'pupil_id');
  return rowsOf(db, 'pupil', 'id', id, 'position').map((r) => ({
    position: Number(r.position),
    value: drop({
      id: str(r.id),
      name: str(r.name),
      upn: opt(r.upn),
      year: str(r.year) as Pupil['year'],
      sen: str(r.sen) as Pupil['sen'],
      needs: givenList(r.needs_given, listOf(needs, str(r.id), (n) => str(n.need))),
      left: opt(r.left),
    }),
  }));
}
