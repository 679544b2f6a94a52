/**
 * "Give to…": who could take a session instead, at the same time, best first with why; choosing
 * one runs the same move command as dropping the card on their row.
 */
import { useEffect, useId, useState } from 'react';
import type { Alternative } from '../../api/grid';
import { useClient } from '../api/ClientContext';
import { asApiError } from '../api/use-request';
import { Dialog } from '../components/Dialog';

interface Props {
  title: string;
  session: string;
  from: string | null;
  onGive(staff: string): void;
  onClose(): void;
}

export function GiveDialog({ title, session, from, onGive, onClose }: Props) {
  const client = useClient();
  const name = useId();
  const [list, setList] = useState<Alternative[] | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [chosen, setChosen] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    client.call('session:alternatives', from === null ? { session } : { session, from }).then(
      (answer) => live && setList(answer),
      (error: unknown) => live && setProblem(asApiError(error).message),
    );
    return () => {
      live = false;
    };
  }, [client, session, from]);

  const can = list?.filter((a) => a.valid) ?? [];
  const cannot = list?.filter((a) => !a.valid) ?? [];
  const pick = chosen ?? can[0]?.staff ?? null;
  const pickName = can.find((a) => a.staff === pick)?.name;
  return (
    <Dialog title={title} onClose={onClose} wide>
      {problem && <p className="field-error" role="alert">{problem}</p>}
      {!list && !problem && <p className="muted">Checking everyone against the rules…</p>}
      {list && can.length === 0 && <p>Nobody else is free and able to take it then.</p>}
      {can.length > 0 && (
        <form
          onSubmit={(event) => {
            event.preventDefault();
            if (pick !== null) onGive(pick);
          }}
        >
          <fieldset className="give-list">
            <legend>Who could take it, best first</legend>
            {can.map((a) => (
              <label key={a.staff} className="give-choice">
                <input type="radio" name={name} value={a.staff} checked={pick === a.staff} onChange={() => setChosen(a.staff)} />
                <span><strong>{a.name}</strong> <span className="muted">— {a.notes.join('; ')}</span></span>
              </label>
            ))}
          </fieldset>
          <div className="form-actions">
            <button type="submit">Give it to {pickName}</button>
            <button type="button" className="secondary" onClick={onClose}>Cancel</button>
          </div>
        </form>
      )}
      {list && can.length === 0 && (
        <div className="form-actions">
          <button type="button" className="secondary" onClick={onClose}>Close</button>
        </div>
      )}
      {cannot.length > 0 && (
        <details className="changes">
          <summary>{cannot.length} cannot take it, and why</summary>
          <ul className="plain">
            {cannot.map((a) => <li key={a.staff}><strong>{a.name}</strong>: {a.reasons.join(' ')}</li>)}
          </ul>
        </details>
      )}
    </Dialog>
  );
}
