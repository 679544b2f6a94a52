/**
 * The grid's edits: the one move command (mouse, keyboard and menu all end here), pin, unpin and
 * taking a session off the plan. Each is checked again here with the rule checker, whatever the
 * window showed, and written as one edit in the history, so Undo and Redo work on it; a refusal
 * says which rule it would break and writes nothing.
 */
import type { GridOutcome, Pickup, SlotInput } from '../../api/grid';
import { applyEdit, EditRefusedError, historyState, type EntityChange } from '../../db/edits';
import type { Plan, Session } from '../../solver/model/school-file';
import type { HandlerContext } from '../context';
import { DropPlanner } from './drop-planner';
import type { OpenPlan } from './open-plan';
import { GridRefusal, resolvePick } from './picks';
import { checkPlan } from '../../solver/rules';
import { countsText, planChanges, sameSession } from './plan-diff';
import { afterPlacing, afterRemoving } from './unfilled';
import { fitLabel, moveLabel, slotText, whatOf } from './words';

export interface MoveRequest {
  pick: Pickup;
  to: SlotInput;
  /** The adult whose row it was dropped on; absent keeps the adults (or picks the best free one for tray demand). */
  staff?: string | undefined;
  /** A room asked for by name; absent keeps the room while it is free, else takes the best free one. */
  room?: string | undefined;
}

function refused(reason: string, rule: number | null = null): GridOutcome {
  return { done: false, reason, rule };
}

/** Runs `work`; a GridRefusal becomes a refusal with nothing written. */
function refusing(work: () => GridOutcome): GridOutcome {
  try {
    return work();
  } catch (error) {
    if (error instanceof GridRefusal) return refused(error.message, error.rule);
    throw error;
  }
}

function samePlace(a: Session, b: Session): boolean {
  return a.week === b.week && a.day === b.day && a.period === b.period && a.room === b.room && a.staff.join('\n') === b.staff.join('\n');
}

/** The plan after replacing (in place), adding (at the end) or removing sessions, as the database will hold it. */
function planWith(open: OpenPlan, changed: readonly { id: string; after: Session | null }[], unfilled: Plan['unfilled']): Plan {
  const sessions = [...(open.school.plan?.sessions ?? [])];
  for (const { id, after } of changed) {
    const at = sessions.findIndex((s) => s.id === id);
    if (after === null) {
      if (at >= 0) sessions.splice(at, 1);
    } else if (at >= 0) {
      sessions[at] = after;
    } else {
      sessions.push(after);
    }
  }
  return unfilled === undefined ? { sessions } : { sessions, unfilled };
}

/** Writes the changes as one edit and keeps the open plan in step; an edit the history refuses writes nothing. */
function record(context: HandlerContext, open: OpenPlan, label: string, sessions: readonly { id: string; after: Session | null }[], unfilled: Plan['unfilled'], focus: string | null): GridOutcome {
  const db = context.database();
  const changes: EntityChange[] = sessions.map(({ id, after }) => ({ kind: 'session', id, after }));
  const before = open.school.plan?.unfilled;
  // An empty list where there was none says the same thing: the plan's details stay as they are.
  const unfilledChanged = unfilled !== undefined && JSON.stringify(unfilled) !== JSON.stringify(before ?? []);
  if (unfilledChanged) changes.push({ kind: 'plan', id: 'plan', after: { unfilled } });
  const plan = planWith(open, sessions, unfilledChanged ? unfilled : before);
  let changed: boolean;
  try {
    changed = applyEdit(db, label, changes) !== null;
  } catch (error) {
    if (error instanceof EditRefusedError) return refused(error.message);
    throw error;
  }
  context.grid.plans.wrote(db, open, plan);
  return { done: true, changed, label, session: focus, plan: { sessions: plan.sessions, unfilled: plan.unfilled ?? [] }, history: historyState(db) };
}

/** Moves a session (or places tray demand) to a slot and adult, pinned there, if every hard rule still holds. */
export function moveSession(context: HandlerContext, request: MoveRequest): GridOutcome {
  const open = context.grid.plans.get(context.database());
  return refusing(() => {
    const { school } = open;
    const picked = resolvePick(school, request.pick);
    const planner = new DropPlanner(open, picked);
    const s = planner.slotOf(request.to);
    if (s < 0) throw new GridRefusal(`${slotText(school, { ...request.to, period: request.to.period })} is not a time in this school's timetable. Nothing was changed.`);
    if (request.staff !== undefined && !school.staff.some((p) => p.id === request.staff)) {
      throw new GridRefusal('That member of staff is no longer in the school. Nothing was changed.');
    }
    if (request.room !== undefined && !school.rooms.some((r) => r.id === request.room)) {
      throw new GridRefusal('That room is no longer in the school. Nothing was changed.');
    }
    const drop = request.staff === undefined ? planner.dropKeepingStaff(s) : planner.dropOn(s, request.staff);
    if (drop.session === null) return refused(drop.reason.text, drop.reason.rule);
    const candidate: Session = { ...drop.session, ...(request.room === undefined ? {} : { room: request.room }), pinned: true };
    // Whatever the window believed, the session is judged in full once more before it is written.
    const broken = open.book.violationsFor(candidate)[0];
    if (broken) return refused(broken.message, broken.rule);
    if (picked.kind === 'session' && picked.original && samePlace(picked.original, candidate)) {
      return refused(`${picked.what} is already on ${slotText(school, candidate)} with those adults. Nothing was changed.`);
    }
    const placed = picked.kind !== 'session';
    const unfilled = placed
      ? afterPlacing(school, school.plan?.unfilled ?? [], candidate, candidate.staff.length - picked.base.staff.length)
      : school.plan?.unfilled;
    const label = moveLabel(school, picked.original, candidate, placed);
    return record(context, open, label, [{ id: candidate.id, after: candidate }], unfilled, candidate.id);
  });
}

/** Pins a session where it is (it must keep every hard rule there), or unpins it. */
export function pinSession(context: HandlerContext, id: string, pinned: boolean): GridOutcome {
  const open = context.grid.plans.get(context.database());
  return refusing(() => {
    const { school } = open;
    const session = resolvePick(school, { session: id }).base;
    const where = `${whatOf(school, session)} on ${slotText(school, session)}`;
    if ((session.pinned === true) === pinned) {
      return refused(`${where} is ${pinned ? 'already pinned' : 'not pinned'}. Nothing was changed.`);
    }
    if (pinned) {
      const broken = open.book.violationsFor({ ...session, pinned: true })[0];
      if (broken) return refused(`${where} cannot be pinned, because it breaks a rule: ${broken.message}`, broken.rule);
    }
    const { pinned: _pinned, ...rest } = session;
    const after: Session = pinned ? { ...session, pinned: true } : rest;
    return record(context, open, fitLabel(`${pinned ? 'Pinned' : 'Unpinned'} ${where}`), [{ id, after }], school.plan?.unfilled, id);
  });
}

/** Takes a session off the plan; its demand goes back to the unfilled list in the same edit. */
export function removeSession(context: HandlerContext, id: string): GridOutcome {
  const open = context.grid.plans.get(context.database());
  return refusing(() => {
    const { school } = open;
    const session = resolvePick(school, { session: id }).base;
    const unfilled = afterRemoving(school, school.plan?.unfilled ?? [], session);
    const label = fitLabel(`Took ${whatOf(school, session)} on ${slotText(school, session)} off the plan`);
    return record(context, open, label, [{ id, after: null }], unfilled, null);
  });
}

/**
 * Accepts a finished planner job: one edit replacing every session that changed and the unfilled
 * list, so one Undo takes the whole plan back. The school may have changed while the planner ran,
 * so the plan is checked against the school as it is now; if it no longer fits, nothing is written.
 */
export function acceptPlan(context: HandlerContext, jobId: string): GridOutcome {
  const job = context.grid.jobs.find(jobId);
  if (!job) return refused('That plan is no longer there: it was accepted, discarded or replaced by a newer one. Plan again to see a new one.');
  if (job.status.state !== 'done') {
    return refused(job.status.state === 'running' ? 'The planner is still working; wait for it to finish or cancel it first.' : 'That planner run made no plan to accept.');
  }
  const open = context.grid.plans.get(context.database());
  const { school } = open;
  const proposed = job.status.result;
  const current = school.plan?.sessions ?? [];
  const pinned = current.filter((s) => s.pinned === true);
  const broken = checkPlan(school, proposed.sessions, { pinned, index: open.index })[0];
  if (broken) {
    return refused(`The school has changed since this plan was made, and the plan no longer fits it: ${broken.message}. Plan again.`, broken.rule);
  }
  const now = new Map(current.map((s) => [s.id, s]));
  const kept = new Set(proposed.sessions.map((s) => s.id));
  const sessions = [
    ...proposed.sessions.filter((s) => { const was = now.get(s.id); return !was || !sameSession(was, s); }).map((s) => ({ id: s.id, after: s })),
    ...current.filter((s) => !kept.has(s.id)).map((s) => ({ id: s.id, after: null })),
  ];
  const { counts } = planChanges(school, current, proposed.sessions);
  const label = `Accepted a new plan: ${countsText(counts)}`;
  if (sessions.length === 0 && JSON.stringify(proposed.unfilled) === JSON.stringify(school.plan?.unfilled ?? [])) {
    context.grid.jobs.discard(jobId);
    return { done: true, changed: false, label, session: null, plan: { sessions: [...current], unfilled: school.plan?.unfilled ?? [] }, history: historyState(context.database()) };
  }
  const outcome = record(context, open, fitLabel(label), sessions, proposed.unfilled, null);
  if (outcome.done) context.grid.jobs.discard(jobId);
  return outcome;
}
