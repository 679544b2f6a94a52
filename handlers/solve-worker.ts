/**
 * The planner's worker thread: plans the school it is given off the interface thread, reporting
 * progress (at most every 50 ms) and every better verified plan, so Cancel can keep the best so
 * far. Built into dist/node/solve-worker.js beside the app's entry points (scripts/build.mjs).
 */
import { parentPort, workerData } from 'node:worker_threads';
import { planSchool, PlannerBugError } from '../solver/planner';
import type { SolveMessage, SolveRequest } from './grid/solve-messages';

const PROGRESS_EVERY_MS = 50;

function run(port: NonNullable<typeof parentPort>, request: SolveRequest): void {
  const send = (message: SolveMessage) => port.postMessage(message);
  let last = 0;
  try {
    const result = planSchool(request.school, {
      timeLimitMs: request.timeLimitMs,
      previous: request.school.plan?.sessions ?? [],
      onProgress: (progress) => {
        const now = Date.now();
        if (now - last < PROGRESS_EVERY_MS && progress.stage !== 'done') return;
        last = now;
        send({ type: 'progress', progress });
      },
      onPlan: (result) => send({ type: 'plan', result }),
    });
    send({ type: 'done', result });
  } catch (error) {
    if (error instanceof PlannerBugError) send({ type: 'bug', message: error.message });
    else send({ type: 'error', name: error instanceof Error ? error.name : typeof error });
  }
}

if (parentPort) run(parentPort, workerData as SolveRequest);
