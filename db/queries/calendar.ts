/** Reading the school's own details and its calendar (both kept on the one `school` row and its tables). */
import type { Calendar, Day, Period, PeriodKind, Phase, School, Term } from '../../solver/model';
import type { Db } from '../database';
import { drop, givenList, opt, str, type Row } from './rows';

/** The database holds no school yet (first start, before the demo is chosen). */
export class NoSchoolError extends Error {
  constructor() {
    super('There is no school in this database yet.');
    this.name = 'NoSchoolError';
  }
}

/** True when a school has been saved. */
export function hasSchool(db: Db): boolean {
  return db.prepare('SELECT 1 FROM school WHERE id = 1').get() !== undefined;
}

/** The one `school` row; throws NoSchoolError when there is none. */
export function schoolRow(db: Db): Row {
  const head = db.prepare('SELECT * FROM school WHERE id = 1').get() as Row | undefined;
  if (!head) throw new NoSchoolError();
  return head;
}

/** The school's name and phase. */
export function readSchoolDetails(db: Db): School['school'] {
  const head = schoolRow(db);
  return { name: str(head.name), phase: str(head.phase) as Phase };
}

/** The calendar: cycle weeks, days, periods, and the optional date, terms and closures. */
export function readCalendar(db: Db): Calendar {
  const head = schoolRow(db);
  const all = (sql: string): Row[] => db.prepare(sql).all() as Row[];
  const periods: Period[] = all('SELECT * FROM period ORDER BY position').map((r) =>
    drop({ id: str(r.id), label: opt(r.label), start: str(r.start), end: str(r.end), kind: str(r.kind) as PeriodKind }),
  );
  const terms: Term[] = all('SELECT * FROM term ORDER BY position').map((r) =>
    drop({ name: str(r.name), start: str(r.start), end: str(r.end), startsOn: opt(r.starts_on) as 'A' | 'B' | undefined }),
  );
  const weeks = all('SELECT label FROM cycle_week ORDER BY position').map((r) => str(r.label));
  return drop({
    weeks: (weeks.length === 2 ? ['A', 'B'] : ['A']) as Calendar['weeks'],
    days: all('SELECT day FROM school_day ORDER BY position').map((r) => str(r.day) as Day),
    periods,
    asOf: opt(head.as_of),
    terms: givenList(head.terms_given, terms),
    closures: givenList(head.closures_given, all('SELECT date FROM closure ORDER BY position').map((r) => str(r.date))),
  });
}
