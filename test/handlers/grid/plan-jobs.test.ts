/**
 * The planner as a job on a worker thread: start, progress, cancel (keeping the best verified plan
 * so far), accept as one edit, discard writing nothing; a plan that breaks a rule is a bug and is
 * never offered. These run the real planner in a real worker.
 */
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import type { PlanJobView } from '../../../api/grid';
import { planSchool } from '../../../solver/planner';
import { checkPlan } from '../../../solver/rules';
import { hangingAfter } from '../../fixtures/hanging-planner';
import { demoSchool } from '../../fixtures/schools';
import { elsa, tinySchool } from '../../fixtures/tiny-school';
import { donePlan, gridFixture, type GridFixture } from './helpers';

let fixture: GridFixture | undefined;
afterEach(() => fixture?.dispose());

const pause = () => new Promise((resolve) => setTimeout(resolve, 50));

/** Asks how the job is going until `done` says so (or the test's own time runs out). */
async function until(job: string, done: (view: PlanJobView) => boolean): Promise<PlanJobView> {
  for (;;) {
    const view = await fixture!.call('plan:progress', { job });
    if (done(view)) return view;
    await pause();
  }
}

const finished = (view: PlanJobView) => view.state !== 'running';

describe('a planner run', () => {
  it('reports progress, then offers a checked proposal that Accept writes as one edit and Undo takes back', async () => {
    const school = tinySchool();
    fixture = gridFixture(school);
    const started = await fixture.call('plan:start', { timeLimitMs: 30_000 });
    expect(started).toMatchObject({ state: 'running', hasPlan: false });
    // Asking to start again while it runs answers with the same run.
    expect((await fixture.call('plan:start', {})).job).toBe(started.job);

    const view = await until(started.job, finished);
    if (view.state !== 'done') throw new Error(`the run ended ${view.state}`);
    const { proposal } = view;
    expect(proposal.status).toBe('complete');
    expect(proposal.counts.added).toBe(proposal.changes.length);
    expect(proposal.changes[0]).toMatchObject({ kind: 'added', after: expect.stringMatching(/ with /) });
    expect(proposal.met).toBeLessThanOrEqual(proposal.demand);
    expect(fixture.school()).toEqual(school);

    const outcome = await fixture.call('plan:accept', { job: started.job });
    expect(outcome).toMatchObject({ done: true, changed: true, label: `Accepted a new plan: ${proposal.counts.added} added` });
    const accepted = fixture.school();
    expect(accepted.plan?.sessions).toEqual(donePlan(outcome).sessions);
    expect(accepted.plan?.sessions).toHaveLength(proposal.counts.added);
    expect(accepted.plan?.unfilled ?? []).toEqual(proposal.unfilled);
    expect(checkPlan(accepted)).toEqual([]);
    expect((await fixture.call('edit:history', { limit: 5 })).entries).toHaveLength(1);

    await fixture.call('edit:undo', undefined);
    expect(fixture.school()).toEqual(school);
    // The run is used up: accepting it again is refused.
    expect(await fixture.call('plan:accept', { job: started.job })).toMatchObject({ done: false, reason: expect.stringMatching(/no longer there/) });
  });

  it('keeps pinned sessions exactly and reports moved and restaffed sessions against the plan on the grid', async () => {
    const pinned = elsa('S-PIN', { day: 'Thu', period: 'P2', pinned: true });
    const school = tinySchool((s) => {
      s.plan = { sessions: [pinned, elsa('S-FREE', { day: 'Fri', period: 'P3', staff: ['ODE'] })] };
    });
    fixture = gridFixture(school);
    const { job } = await fixture.call('plan:start', { timeLimitMs: 30_000 });
    const view = await until(job, finished);
    if (view.state !== 'done') throw new Error(`the run ended ${view.state}`);
    expect(view.proposal.counts.unchanged + view.proposal.counts.moved + view.proposal.counts.restaffed + view.proposal.counts.removed).toBe(2);
    donePlan(await fixture.call('plan:accept', { job }));
    expect(fixture.school().plan?.sessions).toContainEqual(pinned);
  });

  it('writes nothing when the proposal is discarded', async () => {
    fixture = gridFixture(tinySchool());
    const { job } = await fixture.call('plan:start', { timeLimitMs: 30_000 });
    await until(job, finished);
    const writes = fixture.changes();
    expect(await fixture.call('plan:discard', { job })).toMatchObject({ job, state: 'done' });
    expect(fixture.changes()).toBe(writes);
    expect(await fixture.call('plan:accept', { job })).toMatchObject({ done: false });
    expect((await fixture.failure('plan:progress', { job })).message).toMatch(/no longer there/);
  });

  it('cancelled before it has any plan, it offers nothing', async () => {
    fixture = gridFixture(tinySchool());
    const { job } = await fixture.call('plan:start', { timeLimitMs: 30_000 });
    // No message from the worker can arrive between these two calls (no turn of the event loop).
    expect(await fixture.call('plan:cancel', { job })).toEqual({ job, state: 'cancelled' });
    expect(await fixture.call('plan:accept', { job })).toEqual({ done: false, reason: 'That planner run made no plan to accept.', rule: null });
  });

  it('cancelled once it has a plan, it offers the best verified plan so far, marked stopped', async () => {
    const school = demoSchool('primary');
    fixture = gridFixture(school);
    const { job } = await fixture.call('plan:start', { timeLimitMs: 600_000 });
    const running = await until(job, (view) => view.state !== 'running' || view.hasPlan);
    expect(running).toMatchObject({ state: 'running', hasPlan: true });
    const view = await fixture.call('plan:cancel', { job });
    if (view.state !== 'done') throw new Error(`the run ended ${view.state}`);
    expect(view.proposal.status).toBe('stopped');
    expect(view.proposal.counts.added).toBeGreaterThan(0);
    donePlan(await fixture.call('plan:accept', { job }));
    expect(checkPlan(fixture.school())).toEqual([]);
  }, 60_000);

  it('refuses to accept a plan that no longer fits the school as it is now', async () => {
    fixture = gridFixture(tinySchool());
    const { job } = await fixture.call('plan:start', { timeLimitMs: 30_000 });
    const view = await until(job, finished);
    if (view.state !== 'done' || !view.proposal.changes.some((c) => c.what === 'Lego club')) throw new Error('the plan places Lego club');
    await fixture.call('group:delete', { id: 'G-LEGO' });
    const writes = fixture.changes();
    expect(await fixture.call('plan:accept', { job })).toMatchObject({
      done: false, reason: expect.stringMatching(/^The school has changed since this plan was made, and the plan no longer fits it: .*Plan again\.$/),
    });
    expect(fixture.changes()).toBe(writes);
  });
});

describe('a planner that breaks a rule', () => {
  it('is reported as a bug, and its plan is never offered', async () => {
    const file = fileURLToPath(new URL('./broken-solve-worker.mjs', import.meta.url));
    fixture = gridFixture(tinySchool(), { solveWorker: () => ({ file }) });
    const { job } = await fixture.call('plan:start', {});
    const view = await until(job, finished);
    expect(view).toMatchObject({ state: 'failed', bug: true });
    if (view.state !== 'failed') throw new Error('failed');
    expect(view.message).toMatch(/This is a bug; the plan was not used\. First problem: Ms Khan is already with .* Nothing was changed\.$/);
    expect(await fixture.call('plan:accept', { job })).toMatchObject({ done: false });
  });

  it('that stops unexpectedly is reported plainly, not as a plan', async () => {
    fixture = gridFixture(tinySchool(), { solveWorker: () => ({ script: 'process.exit(3)' }) });
    const { job } = await fixture.call('plan:start', {});
    expect(await until(job, finished)).toEqual({
      job, state: 'failed', bug: false, message: 'The planner stopped unexpectedly, so it made no plan. Nothing was changed; try again.',
    });
  });
});

describe('a planner stuck past its time limit', () => {
  it('is ended, and its best plan so far is offered, marked as timed out', async () => {
    const school = tinySchool();
    const best = planSchool(school);
    fixture = gridFixture(school, { solveWorker: () => hangingAfter(best), planOverrunGraceMs: 100 });
    const { job } = await fixture.call('plan:start', { timeLimitMs: 1_000 });
    const view = await until(job, finished);
    if (view.state !== 'done') throw new Error(`the run ended ${view.state}`);
    expect(view.proposal.status).toBe('timed-out');
  });

  it('with no plan yet, says so and offers nothing', async () => {
    fixture = gridFixture(tinySchool(), { solveWorker: () => hangingAfter(null), planOverrunGraceMs: 100 });
    const { job } = await fixture.call('plan:start', { timeLimitMs: 1_000 });
    expect(await until(job, finished)).toEqual({
      job, state: 'failed', bug: false,
      message: 'The planner did not finish within its time limit and had no plan to offer. Nothing was changed; try again with more time.',
    });
  });
});
