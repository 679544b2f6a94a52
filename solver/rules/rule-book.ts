/**
 * The checker's state: the school index plus the placed sessions. Judges one candidate session in
 * microseconds (for the grid's live drop targets and the planner's moves) and the whole plan.
 */
import type { School, Session } from '../model/school-file';
import { Occupancy } from './occupancy';
import { resolveSession, type Placement } from './placement';
import type { RuleContext } from './rule-context';
import { checkPeople } from './rule-1-people';
import { checkPupils } from './rule-2-pupils';
import { checkRooms } from './rule-3-rooms';
import { checkSkillsAndRoles } from './rule-4-skills-roles';
import { checkGroupTimes } from './rule-5-group-times';
import { checkProtectedLessons } from './rule-6-protected-lessons';
import { checkGroupWeek } from './rule-7-group-week';
import { checkCover } from './rule-8-cover';
import { checkWeeklyCap } from './rule-9-weekly-cap';
import { pinnedChanged, pinnedChanges, pinnedMissing } from './rule-10-pinned';
import { indexSchool, type SchoolIndex } from './school-index';
import type { Violation } from './violation';

/** Options for `RuleBook` and `checkPlan`. */
export interface RuleOptions {
  /** The input's pinned sessions: each must appear unchanged among the sessions (rule 10). */
  pinned?: readonly Session[];
  /** A prebuilt `indexSchool(school)` of the same school, to skip building it again. */
  index?: SchoolIndex;
}

interface Entry {
  session: Session;
  placement: Placement | null;
  problems: Violation[];
  position: number;
}

const NOTHING: readonly Placement[] = [];

const RULES: readonly ((ctx: RuleContext) => void)[] = [
  checkPeople, checkPupils, checkRooms, checkSkillsAndRoles, checkGroupTimes,
  checkProtectedLessons, checkGroupWeek, checkCover, checkWeeklyCap,
];

/** Runs the rules in number order; `stop` ends the run early once the answer is known. */
function runRules(ctx: RuleContext, stop?: () => boolean): void {
  for (const rule of RULES) {
    rule(ctx);
    if (stop?.() === true) return;
  }
}

function comparePositions(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < Math.min(a.length, b.length); i += 1) {
    const d = (a[i] ?? 0) - (b[i] ?? 0);
    if (d !== 0) return d;
  }
  return a.length - b.length;
}

/** Hard rules 1-10 over a set of sessions that can change one session at a time. */
export class RuleBook {
  /** The school index the rules read; pass it to other books of the same school. */
  readonly index: SchoolIndex;
  private readonly occupancy: Occupancy;
  private readonly entries: Entry[] = [];
  private readonly pinned: readonly Session[];
  private readonly pinnedById = new Map<string, Session>();
  private nextKey = 0;
  private nextPosition = 0;

  /** Indexes the school (unless `options.index` is given) and places the sessions. */
  constructor(school: School, sessions: readonly Session[] = school.plan?.sessions ?? [], options: RuleOptions = {}) {
    this.index = options.index ?? indexSchool(school);
    this.occupancy = new Occupancy(this.index);
    this.pinned = options.pinned ?? [];
    for (const p of this.pinned) if (!this.pinnedById.has(p.id)) this.pinnedById.set(p.id, p);
    for (const session of sessions) this.entries.push(this.enter(session, this.nextPosition++));
  }

  /**
   * What placing `candidate` would break, judged against all other sessions; a placed session
   * with the same id is treated as removed (the candidate is its new version).
   */
  violationsFor(candidate: Session): Violation[] {
    const { placement, problems } = resolveSession(this.index, candidate, -1, -1);
    const out = problems;
    if (placement !== null) {
      runRules({
        facts: this.index,
        occupancy: this.occupancy,
        self: placement,
        excluded: this.occupancy.byId.get(candidate.id) ?? NOTHING,
        emit: (make) => { out.push(make()); },
      });
    }
    const pinned = this.pinnedById.get(candidate.id);
    if (pinned !== undefined) {
      const changed = pinnedChanged(this.index, pinned, candidate);
      if (changed !== null) out.push(changed);
    }
    return out;
  }

  /** True when placing `candidate` breaks no hard rule: `violationsFor` without building any words. */
  allows(candidate: Session): boolean {
    const { placement, problems } = resolveSession(this.index, candidate, -1, -1);
    if (placement === null || problems.length > 0) return false;
    const pinned = this.pinnedById.get(candidate.id);
    if (pinned !== undefined && pinnedChanges(pinned, candidate).length > 0) return false;
    let broken = false;
    runRules({
      facts: this.index,
      occupancy: this.occupancy,
      self: placement,
      excluded: this.occupancy.byId.get(candidate.id) ?? NOTHING,
      emit: () => { broken = true; },
    }, () => broken);
    return !broken;
  }

  /** Adds a session, or replaces the session with the same id where it stands. */
  place(session: Session): void {
    const at = this.entries.findIndex((e) => e.session.id === session.id);
    if (at < 0) {
      this.entries.push(this.enter(session, this.nextPosition++));
      return;
    }
    const old = this.entries[at];
    if (old === undefined) return;
    if (old.placement !== null) this.occupancy.remove(old.placement);
    this.entries[at] = this.enter(session, old.position);
  }

  /** Removes the session with this id; false when there is none. */
  remove(id: string): boolean {
    const at = this.entries.findIndex((e) => e.session.id === id);
    const old = this.entries[at];
    if (old === undefined) return false;
    if (old.placement !== null) this.occupancy.remove(old.placement);
    this.entries.splice(at, 1);
    return true;
  }

  /** The current sessions, in plan order. */
  sessions(): Session[] {
    return this.entries.map((e) => e.session);
  }

  /** Every violation of hard rules 1-10 in the current sessions, by rule, then plan order. */
  check(): Violation[] {
    const found: { violation: Violation; position: number }[] = [];
    const keys = new Set<string>();
    const firstWithId = new Map<string, Entry>();
    for (const entry of this.entries) if (!firstWithId.has(entry.session.id)) firstWithId.set(entry.session.id, entry);
    // Later sessions are judged first, so a clash reported once reads "already with <the earlier one>".
    for (let i = this.entries.length - 1; i >= 0; i -= 1) {
      const entry = this.entries[i];
      if (entry === undefined) continue;
      const { session, position } = entry;
      if (firstWithId.get(session.id) !== entry) {
        found.push({
          position,
          violation: {
            rule: session.cover !== undefined ? 8 : 7, code: 'session-id-repeated', sessions: [session.id],
            message: `More than one session has the id "${session.id}"; each session needs its own id`,
          },
        });
      }
      for (const violation of entry.problems) found.push({ violation, position });
      const placement = entry.placement;
      if (placement === null) continue;
      runRules({
        facts: this.index,
        occupancy: this.occupancy,
        self: placement,
        excluded: [placement],
        emit: (make, key) => {
          if (key !== undefined) {
            if (keys.has(key)) return;
            keys.add(key);
          }
          found.push({ violation: make(), position });
        },
      });
    }
    this.pinned.forEach((pinned, i) => {
      const actual = firstWithId.get(pinned.id);
      if (actual === undefined) {
        found.push({ violation: pinnedMissing(this.index, pinned), position: this.nextPosition + i });
      } else {
        const changed = pinnedChanged(this.index, pinned, actual.session);
        if (changed !== null) found.push({ violation: changed, position: actual.position });
      }
    });
    // By rule, then by the plan positions of the sessions involved; the sort is stable, so one
    // session's violations of one rule keep the rule file's order.
    const positions = new Map<string, number>();
    for (const [id, entry] of firstWithId) positions.set(id, entry.position);
    const order = found.map(({ violation, position }) => ({
      violation,
      at: violation.sessions.length > 1 ? violation.sessions.map((id) => positions.get(id) ?? position).sort((a, b) => a - b) : [position],
    }));
    order.sort((a, b) => a.violation.rule - b.violation.rule || comparePositions(a.at, b.at));
    return order.map((o) => o.violation);
  }

  private enter(session: Session, position: number): Entry {
    const { placement, problems } = resolveSession(this.index, session, this.nextKey++, position);
    if (placement !== null) this.occupancy.add(placement);
    return { session, placement, problems, position };
  }
}
