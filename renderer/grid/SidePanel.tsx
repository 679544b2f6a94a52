/**
 * Beside the grid: the selected card in full (when, who, where, its pupils and their needs), who
 * could take it instead (ranked, with why), and for unplaced demand why it could not be placed.
 * With nothing selected, each group's sessions planned against those it needs.
 */
import { useEffect, useState } from 'react';
import type { Alternative } from '../../api/grid';
import type { School, Session } from '../../solver/model/school-file';
import { useClient } from '../api/ClientContext';
import { asApiError } from '../api/use-request';
import { NEED_AREA_NAMES, SEN_NAMES, needName, yearName } from '../school/words';
import type { Lookups, Unplaced } from './grid-model';
import { slotWords } from './grid-model';
import { namesOf } from './words';

export type PanelSelection =
  | { type: 'session'; session: Session; from: string | null }
  | { type: 'unplaced'; item: Unplaced };

export interface PanelActions {
  moveTo(): void;
  giveTo(): void;
  pin(): void;
  unpin(): void;
  remove(): void;
  place(): void;
  close(): void;
}

interface Props {
  school: School;
  lookups: Lookups;
  selection: PanelSelection | null;
  sessionsPlanned: ReadonlyMap<string, number[]>;
  actions: PanelActions;
}

const SHOWN_ALTERNATIVES = 8;
const SHOWN_REFUSALS = 12;

function Alternatives({ session, from }: { session: Session; from: string | null }) {
  const client = useClient();
  const [state, setState] = useState<{ for: string; list: Alternative[] | null; problem: string | null }>({ for: '', list: null, problem: null });
  const asked = `${session.id}|${from ?? ''}|${session.staff.join()}|${session.day}|${session.period}|${session.week ?? ''}`;
  useEffect(() => {
    let current = true;
    client.call('session:alternatives', from === null ? { session: session.id } : { session: session.id, from }).then(
      (list) => current && setState({ for: asked, list, problem: null }),
      (error: unknown) => current && setState({ for: asked, list: null, problem: asApiError(error).message }),
    );
    return () => {
      current = false;
    };
  }, [client, session.id, from, asked]);
  if (state.for !== asked) return <p className="muted">Finding who else could take it…</p>;
  if (state.problem !== null || state.list === null) return <p className="field-error">{state.problem}</p>;
  const can = state.list.filter((a) => a.valid);
  const cannot = state.list.filter((a) => !a.valid);
  return (
    <>
      {can.length === 0 ? <p>Nobody else is free and able to take it then.</p> : (
        <ol className="alternatives">
          {can.slice(0, SHOWN_ALTERNATIVES).map((a) => (
            <li key={a.staff}>
              <strong>{a.name}</strong>
              <span className="muted"> — {a.notes.join('; ')}</span>
            </li>
          ))}
        </ol>
      )}
      {can.length > SHOWN_ALTERNATIVES && <p className="muted">…and {can.length - SHOWN_ALTERNATIVES} more who could.</p>}
      {cannot.length > 0 && (
        <details className="changes">
          <summary>{cannot.length} cannot take it, and why</summary>
          <ul className="plain">
            {cannot.slice(0, SHOWN_REFUSALS).map((a) => <li key={a.staff}><strong>{a.name}</strong>: {a.reasons[0]}</li>)}
          </ul>
          {cannot.length > SHOWN_REFUSALS && <p className="muted">…and {cannot.length - SHOWN_REFUSALS} more.</p>}
        </details>
      )}
    </>
  );
}

function Pupils({ school, groupId }: { school: School; groupId: string }) {
  const group = school.groups.find((g) => g.id === groupId);
  if (!group) return null;
  const pupils = group.pupils.map((id) => school.pupils.find((p) => p.id === id)).filter((p) => p !== undefined);
  return (
    <>
      <h4>Pupils ({pupils.length})</h4>
      <ul className="plain pupils">
        {pupils.map((p) => (
          <li key={p.id}>
            <strong>{p.name}</strong>, {yearName(p.year)}, {SEN_NAMES[p.sen]}
            {p.needs && p.needs.length > 0 && <span className="muted"> — {p.needs.map(needName).join('; ')}</span>}
          </li>
        ))}
      </ul>
    </>
  );
}

function GroupTotals({ school, planned }: { school: School; planned: ReadonlyMap<string, number[]> }) {
  const weeks = school.calendar.weeks;
  return (
    <>
      <h3>Groups: sessions planned</h3>
      <table className="compact totals">
        <caption className="visually-hidden">Sessions planned against sessions needed, per group and week</caption>
        <thead>
          <tr>
            <th scope="col">Group</th>
            {weeks.map((w) => <th key={w} scope="col" className="number">{weeks.length > 1 ? `Week ${w}` : 'Planned'}</th>)}
          </tr>
        </thead>
        <tbody>
          {school.groups.map((g) => (
            <tr key={g.id}>
              <th scope="row">{g.name}</th>
              {weeks.map((w, i) => {
                const n = planned.get(g.id)?.[i] ?? 0;
                return <td key={w} className={`number${n < g.sessionsPerWeek ? ' short' : ''}`}>{n} of {g.sessionsPerWeek}</td>;
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}

export function SidePanel({ school, lookups, selection, sessionsPlanned, actions }: Props) {
  if (selection === null) {
    return (
      <aside className="side-panel" aria-label="Details">
        <p className="muted">Select a card to see who else could take it, its pupils, and what you can do with it.</p>
        <GroupTotals school={school} planned={sessionsPlanned} />
      </aside>
    );
  }
  if (selection.type === 'unplaced') {
    const { item } = selection;
    return (
      <aside className="side-panel" aria-label="Details">
        <h3>{item.what}</h3>
        <p>{item.detail}{item.area ? ` · ${NEED_AREA_NAMES[item.area]}` : ''}</p>
        <div className="panel-actions">
          <button type="button" onClick={actions.place}>Place…</button>
          <button type="button" className="secondary" onClick={actions.close}>Close</button>
        </div>
        <h4>Why it could not be placed</h4>
        <ul className="why">
          {item.reasons.map((r) => <li key={r}>{r}</li>)}
        </ul>
        {'group' in item.pick && <Pupils school={school} groupId={item.pick.group} />}
      </aside>
    );
  }
  const { session, from } = selection;
  const what = session.group !== undefined ? lookups.groups.get(session.group) : undefined;
  const cover = session.cover !== undefined ? lookups.cover.get(session.cover) : undefined;
  return (
    <aside className="side-panel" aria-label="Details">
      <h3>{what?.name ?? cover?.label ?? 'Session'}</h3>
      <dl className="facts">
        <dt>When</dt>
        <dd>{slotWords(school.calendar, session)}</dd>
        <dt>Who</dt>
        <dd>{namesOf(lookups, session.staff, 8)}</dd>
        <dt>Room</dt>
        <dd>{session.room ? (lookups.rooms.get(session.room) ?? session.room) : 'None named'}</dd>
        {what && (
          <>
            <dt>Area</dt>
            <dd>{NEED_AREA_NAMES[what.area]}</dd>
          </>
        )}
        <dt>Pinned</dt>
        <dd>{session.pinned ? 'Yes: the planner keeps it exactly here' : 'No: Plan may move it'}</dd>
      </dl>
      <div className="panel-actions">
        <button type="button" onClick={actions.moveTo}>Move to…</button>
        <button type="button" onClick={actions.giveTo}>Give to…</button>
        {session.pinned ? <button type="button" className="secondary" onClick={actions.unpin}>Unpin</button>
          : <button type="button" className="secondary" onClick={actions.pin}>Pin</button>}
        <button type="button" className="danger" onClick={actions.remove}>Remove from plan</button>
      </div>
      <h4>Who could take it instead{from && session.staff.length > 1 ? ` of ${lookups.staff.get(from)?.name ?? from}` : ''}</h4>
      <Alternatives session={session} from={from} />
      {session.group !== undefined && <Pupils school={school} groupId={session.group} />}
    </aside>
  );
}
