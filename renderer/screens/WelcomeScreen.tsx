/** First start, no school yet: choose one of the two bundled demo schools to look around. */
import { useCallback, useState } from 'react';
import type { DemoPhase, DemoSchool } from '../../api/contract';
import type { ApiError } from '../../api/result';
import { useClient } from '../api/ClientContext';
import { asApiError, useRequest } from '../api/use-request';
import { Problem } from '../components/Problem';

export function WelcomeScreen({ onOpened }: { onOpened: () => void }) {
  const client = useClient();
  const [demos, retry] = useRequest(useCallback(() => client.call('school:listDemos'), [client]));
  const [opening, setOpening] = useState<DemoPhase | null>(null);
  const [error, setError] = useState<ApiError | null>(null);

  const open = async (phase: DemoPhase) => {
    setOpening(phase);
    setError(null);
    try {
      await client.call('school:openDemo', { phase });
      onOpened();
    } catch (e) {
      setError(asApiError(e));
      setOpening(null);
    }
  };

  return (
    <main className="welcome">
      <p className="app-name">Staffroom</p>
      <h1>Welcome to Staffroom</h1>
      <p>
        Staffroom plans who runs which intervention group, when and where, and who covers PPA, duties
        and staffed posts. Everything stays on this computer.
      </p>
      <h2>Start with a demo school</h2>
      <p>Both schools are fictional, with realistic staff, pupils, groups and timetables.</p>
      {demos.status === 'loading' && <p className="muted">Reading the demo schools…</p>}
      {demos.status === 'failed' && <Problem error={demos.error} onRetry={retry} />}
      {demos.status === 'done' && (
        <ul className="demo-choices">
          {demos.value.map((demo) => (
            <li key={demo.phase}>
              <DemoChoice demo={demo} busy={opening !== null} opening={opening === demo.phase} onOpen={() => void open(demo.phase)} />
            </li>
          ))}
        </ul>
      )}
      {error && <Problem error={error} />}
    </main>
  );
}

function DemoChoice({ demo, busy, opening, onOpen }: { demo: DemoSchool; busy: boolean; opening: boolean; onOpen: () => void }) {
  const { summary } = demo;
  const headingId = `demo-${demo.phase}`;
  return (
    <article className="demo-choice" aria-labelledby={headingId}>
      <h3 id={headingId}>{summary.name}</h3>
      <p>
        {demo.phase === 'primary' ? 'Primary school' : 'Secondary school'},{' '}
        {summary.weeks.length > 1 ? 'two-week timetable (Week A and B)' : 'one-week timetable'}
      </p>
      <p className="muted">
        {summary.counts.staff} staff, {summary.counts.pupils} pupils, {summary.counts.groups} intervention groups,{' '}
        {summary.counts.cover} cover items and duties
      </p>
      <button type="button" onClick={onOpen} disabled={busy}>
        {opening ? 'Opening…' : `Open ${summary.name}`}
      </button>
    </article>
  );
}
