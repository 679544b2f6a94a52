/**
 * "Plan": fills everything not pinned, off the interface thread. Shows progress with Cancel
 * (which keeps the best checked plan found so far), then what the plan would change (added,
 * moved, restaffed, removed) to accept as one edit, or discard with nothing written.
 */
import { useCallback, useEffect, useId, useRef, useState } from 'react';
import type { GridOutcome, PlanChange, PlanJobView, PlanProposal } from '../../api/grid';
import type { Unfilled } from '../../solver/model/school-file';
import { useClient } from '../api/ClientContext';
import { asApiError } from '../api/use-request';
import { Dialog } from '../components/Dialog';

const POLL_MS = 200;
const SHOWN_CHANGES = 200;
const LIMITS = [
  { ms: 15_000, words: '15 seconds' },
  { ms: 60_000, words: '1 minute' },
  { ms: 180_000, words: '3 minutes' },
  { ms: 600_000, words: '10 minutes' },
] as const;

const KIND_WORDS: Readonly<Record<PlanChange['kind'], string>> = { added: 'Added', moved: 'Moved', restaffed: 'Restaffed', removed: 'Removed' };

const STATUS_WORDS: Readonly<Record<PlanProposal['status'], string>> = {
  complete: 'The planner finished. Every session below has been checked against every rule.',
  stopped: 'You stopped the planner. This is the best plan it had found so far, checked against every rule.',
  'timed-out': 'The planner ran out of time. This is the best plan it found, checked against every rule.',
};

interface Props {
  pinned: number;
  /** The group's name or the cover item's label, with the week in a two-week school. */
  nameOf(unfilled: Unfilled): string;
  onAccepted(outcome: Extract<GridOutcome, { done: true }>): void;
  onClose(): void;
}

function Changes({ proposal }: { proposal: PlanProposal }) {
  const kinds = (['added', 'moved', 'restaffed', 'removed'] as const).filter((k) => proposal.counts[k] > 0);
  if (kinds.length === 0) return <p>The plan on the grid is already the best the planner found: nothing would change.</p>;
  return (
    <>
      <ul className="plan-counts">
        {kinds.map((k) => <li key={k}><strong>{proposal.counts[k]}</strong> {k}</li>)}
        <li><strong>{proposal.counts.unchanged}</strong> unchanged</li>
      </ul>
      {kinds.map((k) => {
        const list = proposal.changes.filter((c) => c.kind === k);
        return (
          <details key={k} className="changes">
            <summary>{KIND_WORDS[k]} ({list.length})</summary>
            <ul className="plain">
              {list.slice(0, SHOWN_CHANGES).map((c, i) => (
                <li key={i}>
                  <strong>{c.what}</strong>: {c.before && c.after ? `${c.before} → ${c.after}` : (c.after ?? c.before)}
                </li>
              ))}
            </ul>
            {list.length > SHOWN_CHANGES && <p className="muted">…and {list.length - SHOWN_CHANGES} more.</p>}
          </details>
        );
      })}
    </>
  );
}

export function PlanRun({ pinned, nameOf, onAccepted, onClose }: Props) {
  const client = useClient();
  const ids = useId();
  const [limit, setLimit] = useState<number>(60_000);
  const [view, setView] = useState<PlanJobView | null>(null);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const job = useRef<string | null>(null);

  const attempt = useCallback(async (work: () => Promise<void>) => {
    setBusy(true);
    setProblem(null);
    try {
      await work();
    } catch (error) {
      setProblem(asApiError(error).message);
    } finally {
      setBusy(false);
    }
  }, []);

  // While it runs, ask how it is going a few times a second.
  useEffect(() => {
    if (view?.state !== 'running') return;
    const timer = setTimeout(() => {
      client.call('plan:progress', { job: view.job }).then(setView, (error: unknown) => setProblem(asApiError(error).message));
    }, POLL_MS);
    return () => clearTimeout(timer);
  }, [client, view]);

  const start = () => attempt(async () => {
    const started = await client.call('plan:start', { timeLimitMs: limit });
    job.current = started.job;
    setView(started);
  });
  const cancel = () => attempt(async () => {
    if (view) setView(await client.call('plan:cancel', { job: view.job }));
  });
  const accept = () => attempt(async () => {
    if (!view) return;
    const outcome = await client.call('plan:accept', { job: view.job });
    if (!outcome.done) {
      setProblem(outcome.reason);
      return;
    }
    job.current = null;
    onAccepted(outcome);
    onClose();
  });
  // Closing the dialog any way but Accept leaves nothing behind and writes nothing.
  const close = () => {
    const running = job.current;
    job.current = null;
    if (running) void client.call('plan:discard', { job: running }).catch(() => undefined);
    onClose();
  };

  const proposal = view?.state === 'done' ? view.proposal : null;
  return (
    <Dialog title="Plan the week" onClose={close} wide>
      {view === null && (
        <form
          onSubmit={(event) => {
            event.preventDefault();
            void start();
          }}
        >
          <p>
            The planner fills everything that is not pinned: group sessions, cover, duties and posts.
            {pinned > 0 ? ` The ${pinned} pinned session${pinned === 1 ? '' : 's'} stay exactly where they are.` : ' Pin a session first to keep it where it is.'}
            {' '}You will see what would change before anything is saved.
          </p>
          <label htmlFor={`${ids}-limit`}>Time to spend at most</label>{' '}
          <select id={`${ids}-limit`} value={limit} onChange={(e) => setLimit(Number(e.target.value))}>
            {LIMITS.map((l) => <option key={l.ms} value={l.ms}>{l.words}</option>)}
          </select>
          <div className="form-actions">
            <button type="submit" disabled={busy}>Start planning</button>
            <button type="button" className="secondary" onClick={close}>Cancel</button>
          </div>
        </form>
      )}
      {view?.state === 'running' && (
        <div className="plan-progress">
          <label htmlFor={`${ids}-progress`}>{view.message}…</label>
          <progress id={`${ids}-progress`} max={1} value={view.fraction} aria-valuetext={`${Math.round(view.fraction * 100)}%: ${view.message}`} />
          <p className="muted" role="status">
            {view.hasPlan ? 'A first plan is ready. Cancel keeps the best plan found so far.' : 'Looking for a first plan…'}
          </p>
          <div className="form-actions">
            <button type="button" className="secondary" onClick={() => void cancel()} disabled={busy}>Cancel</button>
          </div>
        </div>
      )}
      {proposal && (
        <div className="plan-proposal">
          <p role="status">{STATUS_WORDS[proposal.status]}</p>
          <p>It meets <strong>{proposal.met}</strong> of the <strong>{proposal.demand}</strong> sessions and people the school needs in the cycle.</p>
          <Changes proposal={proposal} />
          {proposal.unfilled.length > 0 && (
            <details className="changes">
              <summary>Still not placed ({proposal.unfilled.reduce((n, u) => n + u.missing, 0)})</summary>
              <ul className="plain">
                {proposal.unfilled.map((u, i) => <li key={i}><strong>{nameOf(u)}</strong> ({u.missing} missing): {u.reasons[0] ?? ''}</li>)}
              </ul>
            </details>
          )}
          <div className="form-actions">
            <button type="button" onClick={() => void accept()} disabled={busy}>Accept this plan</button>
            <button type="button" className="secondary" onClick={close} disabled={busy}>Discard</button>
          </div>
        </div>
      )}
      {view?.state === 'cancelled' && (
        <>
          <p role="status">The planner stopped before it had a plan. Nothing was changed.</p>
          <div className="form-actions"><button type="button" onClick={close}>Close</button></div>
        </>
      )}
      {view?.state === 'failed' && (
        <>
          <p className="field-error" role="alert">{view.message}</p>
          <div className="form-actions"><button type="button" onClick={close}>Close</button></div>
        </>
      )}
      {problem && <p className="field-error" role="alert">{problem}</p>}
    </Dialog>
  );
}
