// A stand-in for the planner's worker that answers with a plan breaking hard rule 1 (Ms Khan in
// two places at once), to prove the main side checks every plan itself before offering it.
import { parentPort } from 'node:worker_threads';

const elsa = (id, day) => ({ id, group: 'G-ELSA', day, period: 'P1', room: 'R-SG', staff: ['KHAN'] });
const lego = { id: 'L1', group: 'G-LEGO', day: 'Mon', period: 'P1', room: 'R-SENS', staff: ['KHAN'] };
const filled = { demand: 0, filled: 0 };
parentPort.postMessage({
  type: 'done',
  result: {
    sessions: [elsa('E1', 'Mon'), lego],
    unfilled: [],
    status: 'complete',
    changed: 2,
    filled: { 1: filled, 2: filled, 3: filled, 4: filled, 5: filled },
    elapsedMs: 1,
  },
});
