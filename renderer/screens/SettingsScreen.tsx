/** The school and its calendar, where the data lives, and the guidance pages Staffroom links to. */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { AppInfo } from '../../api/contract';
import type { ApiError } from '../../api/result';
import { useClient } from '../api/ClientContext';
import { asApiError, useRequest } from '../api/use-request';
import { Problem } from '../components/Problem';
import { useEditing } from '../editing/EditingContext';
import { CalendarForm } from '../forms/CalendarForm';
import { DAY_NAMES, dateInWords, type SchoolIndex } from '../school/words';

const PHASE_NAMES = { primary: 'Primary', secondary: 'Secondary', 'all-through': 'All-through', special: 'Special' } as const;
const GUIDANCE = [
  { url: 'https://www.gov.uk/government/publications/send-code-of-practice-0-to-25', title: 'SEND Code of Practice: 0 to 25 years (GOV.UK)' },
  { url: 'https://www.legislation.gov.uk/uksi/2012/762/contents/made', title: 'The Education (Specified Work) (England) Regulations 2012' },
  {
    url: 'https://educationendowmentfoundation.org.uk/news/eef-launches-updated-guidance-to-help-schools-deploy-their-teaching-assistants',
    title: 'EEF guidance on deploying teaching assistants',
  },
];

export function SettingsScreen({ index }: { index: SchoolIndex }) {
  const client = useClient();
  const { setFormOpen } = useEditing();
  const [editing, setEditing] = useState(false);
  const editButton = useRef<HTMLButtonElement>(null);
  const wasEditing = useRef(false);
  const [info] = useRequest(useCallback(() => client.call('app:info'), [client]));
  const { school, calendar } = index.school;
  useEffect(() => {
    setFormOpen(editing);
    if (!editing && wasEditing.current) editButton.current?.focus();
    wasEditing.current = editing;
    return () => setFormOpen(false);
  }, [editing, setFormOpen]);
  if (editing) return <CalendarForm done={() => setEditing(false)} />;
  return (
    <div className="settings">
      <section aria-labelledby="settings-school">
        <div className="section-heading">
          <h3 id="settings-school">School</h3>
          <button type="button" ref={editButton} onClick={() => setEditing(true)}>Edit the school and calendar</button>
        </div>
        <dl>
          <dt>Name</dt>
          <dd>{school.name}</dd>
          <dt>Phase</dt>
          <dd>{PHASE_NAMES[school.phase]}</dd>
          <dt>Timetable</dt>
          <dd>
            {calendar.weeks.length > 1 ? 'Two-week cycle (Week A and Week B)' : 'The same every week'},{' '}
            {calendar.days.map((d) => DAY_NAMES[d]).join(', ')}
          </dd>
          {calendar.asOf && (
            <>
              <dt>Planning for</dt>
              <dd>{dateInWords(calendar.asOf)} (training and certificates are judged on this date)</dd>
            </>
          )}
        </dl>
      </section>
      <PeriodsTable index={index} />
      <TermsTable index={index} />
      <section aria-labelledby="settings-data">
        <h3 id="settings-data">Where the data lives</h3>
        {info.status === 'failed' && <Problem error={info.error} />}
        {info.status === 'done' && <DataPlace info={info.value} />}
      </section>
      <GuidanceLinks />
    </div>
  );
}

function DataPlace({ info }: { info: AppInfo }) {
  return (
    <dl>
      <dt>Data folder</dt>
      <dd><code>{info.dataFolder}</code></dd>
      <dt>Database file</dt>
      <dd><code>{info.databaseFile}</code></dd>
      <dt>Running as</dt>
      <dd>{info.runtime === 'desktop' ? 'The desktop app' : 'A local web page (npm run serve), on this computer only'}</dd>
      <dt>Version</dt>
      <dd>Staffroom {info.version}</dd>
    </dl>
  );
}

function PeriodsTable({ index }: { index: SchoolIndex }) {
  return (
    <section aria-labelledby="settings-periods">
      <h3 id="settings-periods">The school day</h3>
      <table className="compact">
        <caption>Periods of the day, in order</caption>
        <thead>
          <tr>
            <th scope="col">Period</th>
            <th scope="col">Time</th>
            <th scope="col">Kind</th>
          </tr>
        </thead>
        <tbody>
          {index.school.calendar.periods.map((p) => (
            <tr key={p.id}>
              <th scope="row">{p.label ?? p.id}</th>
              <td>{p.start}–{p.end}</td>
              <td>{p.kind.charAt(0).toUpperCase() + p.kind.slice(1)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

function TermsTable({ index }: { index: SchoolIndex }) {
  const { terms, closures } = index.school.calendar;
  if (!terms?.length) return null;
  return (
    <section aria-labelledby="settings-terms">
      <h3 id="settings-terms">Terms</h3>
      <table className="compact">
        <caption>Terms of the school year</caption>
        <thead>
          <tr>
            <th scope="col">Term</th>
            <th scope="col">From</th>
            <th scope="col">To</th>
          </tr>
        </thead>
        <tbody>
          {terms.map((t) => (
            <tr key={t.name}>
              <th scope="row">{t.name}</th>
              <td>{dateInWords(t.start)}{t.startsOn ? ` (Week ${t.startsOn})` : ''}</td>
              <td>{dateInWords(t.end)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {closures?.length ? <p>Days the school is closed (INSET days and bank holidays): {closures.map(dateInWords).join(', ')}.</p> : null}
    </section>
  );
}

function GuidanceLinks() {
  const client = useClient();
  const [error, setError] = useState<ApiError | null>(null);
  const open = async (url: string) => {
    try {
      const result = await client.call('app:openExternal', { url });
      // The browser path cannot open the page from the server; the page does it once approved.
      if (!result.opened) window.open(result.url, '_blank', 'noopener,noreferrer');
      setError(null);
    } catch (e) {
      setError(asApiError(e));
    }
  };
  return (
    <section aria-labelledby="settings-guidance">
      <h3 id="settings-guidance">Guidance</h3>
      <p>These open in your web browser. Staffroom itself never uses the internet.</p>
      <ul>
        {GUIDANCE.map((g) => (
          <li key={g.url}>
            <button type="button" className="link" onClick={() => void open(g.url)}>
              {g.title}
            </button>
          </li>
        ))}
      </ul>
      {error && <Problem error={error} />}
    </section>
  );
}
