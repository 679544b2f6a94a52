/**
 * The open school with its rule book, kept between requests: the grid asks for every drop
 * target each time a card is picked up, and reading the whole school and indexing it again each
 * time would cost more than checking all the targets. It is read again whenever the database has
 * changed since (any edit, undo, redo or import, from this window or another connection).
 */
import type { Db } from '../../db';
import { hasSchool, readSchool } from '../../db';
import { ApiError } from '../../api/result';
import type { Plan, School } from '../../solver/model/school-file';
import { indexSchool, RuleBook, type SchoolIndex } from '../../solver/rules';
import { NO_SCHOOL_MESSAGE } from '../school';

/** The school as the database holds it now, its checker index, and a rule book holding its plan. */
export interface OpenPlan {
  readonly school: School;
  readonly index: SchoolIndex;
  /** The plan's sessions as the checker sees them; never holds `pinned` (a person may move a pinned session). */
  readonly book: RuleBook;
  readonly stamp: string;
}

/** Changes whenever anything was written: by this connection (total_changes) or another (data_version). */
function stampOf(db: Db): string {
  const version = db.pragma('data_version', { simple: true }) as number;
  const changes = db.prepare('SELECT total_changes()').pluck().get() as number;
  return `${version}:${changes}`;
}

export class OpenPlans {
  private current: { db: Db; open: OpenPlan } | null = null;

  /** The open school, read again only when the database changed since the last look. */
  get(db: Db): OpenPlan {
    const stamp = stampOf(db);
    if (this.current?.db === db && this.current.open.stamp === stamp) return this.current.open;
    if (!hasSchool(db)) throw new ApiError('no-school', NO_SCHOOL_MESSAGE);
    const school = readSchool(db);
    const index = indexSchool(school);
    const open: OpenPlan = { school, index, book: new RuleBook(school, school.plan?.sessions ?? [], { index }), stamp };
    this.current = { db, open };
    return open;
  }

  /**
   * After this connection wrote `plan` as the only change since `before` was read: the plan
   * follows without reading the whole school again (the checker's index does not depend on the
   * plan). When anything else may have been written meanwhile, the next `get` reads it all.
   */
  wrote(db: Db, before: OpenPlan, plan: Plan): void {
    const [version] = before.stamp.split(':');
    const stamp = stampOf(db);
    if (this.current?.open !== before || stamp.split(':')[0] !== version) {
      this.current = null;
      return;
    }
    const school: School = { ...before.school, plan };
    this.current = { db, open: { school, index: before.index, book: new RuleBook(school, plan.sessions, { index: before.index }), stamp } };
  }

  forget(): void {
    this.current = null;
  }
}
