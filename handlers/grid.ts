/**
 * Handlers of the plan grid: live drop targets for a picked-up card, the one move command, pins,
 * taking a session off, who could take it instead, and the planner run as a job.
 */
import type { PlanJobView } from '../api/grid';
import { ApiError } from '../api/result';
import type { HandlerContext } from './context';
import { alternativesFor } from './grid/alternatives';
import { DropPlanner } from './grid/drop-planner';
import { GridRefusal, resolvePick } from './grid/picks';
import { acceptPlan, moveSession, pinSession, removeSession } from './grid/plan-edits';
import { PlanJobMissing } from './grid/plan-jobs';
import { dropTargets } from './grid/targets';
import type { ChannelHandlers } from './types';

/** A pick or job that no longer exists is bad input: said plainly, nothing changed. */
function plainly<T>(work: () => T): T {
  try {
    return work();
  } catch (error) {
    if (error instanceof GridRefusal || error instanceof PlanJobMissing) throw new ApiError('invalid-input', error.message);
    throw error;
  }
}

function openPlan(context: HandlerContext) {
  return context.grid.plans.get(context.database());
}

function jobView(work: () => PlanJobView): PlanJobView {
  return plainly(work);
}

export const gridHandlers = {
  'plan:targets': ({ pick }, context) => plainly(() => {
    const open = openPlan(context);
    return dropTargets(new DropPlanner(open, resolvePick(open.school, pick)), open.school.staff.map((s) => s.id));
  }),
  'plan:start': ({ timeLimitMs }, context) => context.grid.jobs.start(openPlan(context).school, timeLimitMs),
  'plan:progress': ({ job }, context) => jobView(() => context.grid.jobs.view(job)),
  'plan:cancel': ({ job }, context) => jobView(() => context.grid.jobs.cancel(job)),
  'plan:accept': ({ job }, context) => acceptPlan(context, job),
  'plan:discard': ({ job }, context) => jobView(() => context.grid.jobs.discard(job)),
  'session:move': (request, context) => moveSession(context, request),
  'session:pin': ({ session }, context) => pinSession(context, session, true),
  'session:unpin': ({ session }, context) => pinSession(context, session, false),
  'session:remove': ({ session }, context) => removeSession(context, session),
  'session:alternatives': ({ session, from }, context) => plainly(() => alternativesFor(openPlan(context), session, from)),
} satisfies ChannelHandlers<'plan'> & Partial<ChannelHandlers<'session'>>;
