/** Writing the school's details and its calendar. */
import type { Calendar, School } from '../../solver/model';
import { given, type Writer } from './writer';

/** Sets the school's name and phase (the school row must exist). */
export function putSchoolDetails(w: Writer, details: School['school']): void {
  w.run('UPDATE school SET name = ?, phase = ? WHERE id = 1', details.name, details.phase);
}

/**
 * Replaces the calendar. Weeks, days and periods are updated in place rather than deleted and
 * re-inserted, because the rest of the school refers to them; one that is removed while still in
 * use is caught by the foreign-key check at the end of the edit.
 */
export function putCalendar(w: Writer, calendar: Calendar): void {
  reorder(w, 'cycle_week', 'label', calendar.weeks, (label, position) => w.upsert('cycle_week', { label, position }, ['label']));
  reorder(w, 'school_day', 'day', calendar.days, (day, position) => w.upsert('school_day', { day, position }, ['day']));
  reorder(w, 'period', 'id', calendar.periods.map((p) => p.id), (_id, position) => {
    const p = calendar.periods[position];
    if (p) w.upsert('period', { id: p.id, label: p.label ?? null, start: p.start, end: p.end, kind: p.kind, position }, ['id']);
  });
  w.run('DELETE FROM term');
  calendar.terms?.forEach((t, position) =>
    w.insert('term', { position, name: t.name, start: t.start, end: t.end, starts_on: t.startsOn ?? null }),
  );
  w.run('DELETE FROM closure');
  calendar.closures?.forEach((date, position) => w.insert('closure', { position, date }));
  w.run(
    'UPDATE school SET as_of = ?, terms_given = ?, closures_given = ? WHERE id = 1',
    calendar.asOf ?? null, given(calendar.terms), given(calendar.closures),
  );
}

/**
 * Keeps exactly `keys` in `table`, in that order. Positions are unique, so the rows that stay are
 * first moved out of the way (negative positions) before each is written at its new place.
 */
function reorder(w: Writer, table: string, key: string, keys: readonly string[], write: (key: string, position: number) => void): void {
  w.run(`DELETE FROM ${table} WHERE ${key} NOT IN (SELECT value FROM json_each(?))`, JSON.stringify(keys));
  w.run(`UPDATE ${table} SET position = -1 - position`);
  keys.forEach((k, position) => write(k, position));
}
