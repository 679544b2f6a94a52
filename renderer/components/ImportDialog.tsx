/**
 * Importing a whole school: choose a staffroom/1 file; it is checked first and every problem is
 * listed with where it is (nothing is written); a good file is shown with what it holds, and only
 * replaces the open school when that is confirmed. Staffroom keeps a copy of the current data
 * first, and the undo history starts afresh.
 */
import { useId, useState, type ChangeEvent } from 'react';
import type { FileProblem, SchoolFileCheck } from '../../api/edits';
import { useClient } from '../api/ClientContext';
import { asApiError } from '../api/use-request';
import { Dialog } from './Dialog';

type Stage =
  | { step: 'choose' }
  | { step: 'checking'; fileName: string }
  | { step: 'checked'; fileName: string; text: string; check: SchoolFileCheck }
  | { step: 'importing'; fileName: string };

const SHOWN_PROBLEMS = 200;

export function ImportDialog({ current, onClose, onImported }: { current: string; onClose: () => void; onImported: (message: string) => void }) {
  const client = useClient();
  const inputId = useId();
  const [stage, setStage] = useState<Stage>({ step: 'choose' });
  const [error, setError] = useState<string | null>(null);

  const choose = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    if (!file) return;
    setError(null);
    setStage({ step: 'checking', fileName: file.name });
    try {
      const text = await file.text();
      const check = await client.call('file:checkSchool', { text });
      setStage({ step: 'checked', fileName: file.name, text, check });
    } catch (e) {
      setError(asApiError(e).message);
      setStage({ step: 'choose' });
    }
  };

  const replace = async (fileName: string, text: string) => {
    setStage({ step: 'importing', fileName });
    try {
      const result = await client.call('file:importSchool', { text });
      if (!result.imported) {
        setStage({ step: 'checked', fileName, text, check: { ok: false, problems: result.problems } });
        return;
      }
      const kept = result.backupFile ? ` A copy of the previous data was kept in ${result.backupFile}.` : '';
      onImported(`Imported ${result.summary.name} from ${fileName}.${kept} Undo history starts afresh.`);
    } catch (e) {
      setError(asApiError(e).message);
      setStage({ step: 'choose' });
    }
  };

  return (
    <Dialog title="Import a school file" onClose={onClose} wide>
      {(stage.step === 'choose' || stage.step === 'checking') && (
        <div className="field">
          <label htmlFor={inputId}>Choose a Staffroom school file (staffroom/1, .json)</label>
          <p className="field-hint">It is checked first; nothing changes until you confirm.</p>
          <input id={inputId} type="file" accept=".json,application/json" onChange={(e) => void choose(e)} disabled={stage.step === 'checking'} />
        </div>
      )}
      {stage.step === 'checking' && <p role="status">Checking {stage.fileName}…</p>}
      {stage.step === 'checked' && !stage.check.ok && <Problems fileName={stage.fileName} problems={stage.check.problems} />}
      {stage.step === 'checked' && stage.check.ok && (
        <div role="status">
          <p>
            <strong>{stage.fileName}</strong> holds <strong>{stage.check.summary.name}</strong>: {stage.check.summary.counts.staff} staff,{' '}
            {stage.check.summary.counts.pupils} pupils, {stage.check.summary.counts.groups} intervention groups, {stage.check.summary.counts.cover} cover
            items and {stage.check.summary.counts.sessions} planned sessions.
          </p>
          {stage.check.warnings.length > 0 && <p>It has {stage.check.warnings.length} warning{stage.check.warnings.length === 1 ? '' : 's'} worth checking after import (they do not stop it).</p>}
          <p className="notice">
            Importing replaces <strong>{current}</strong>, the school open now. Staffroom first keeps a copy of the current data in the
            data folder’s <code>backups</code> folder, and the undo history starts afresh: this import cannot be undone with Undo.
          </p>
        </div>
      )}
      {stage.step === 'importing' && <p role="status">Importing {stage.fileName}…</p>}
      {error && <p className="field-error" role="alert">{error}</p>}
      <div className="form-actions">
        {stage.step === 'checked' && stage.check.ok && (
          <button type="button" onClick={() => void replace(stage.fileName, stage.text)}>
            Replace {current} with {stage.check.summary.name}
          </button>
        )}
        {stage.step === 'checked' && (
          <button type="button" className="secondary" onClick={() => setStage({ step: 'choose' })}>Choose another file</button>
        )}
        <button type="button" className="secondary" onClick={onClose} disabled={stage.step === 'importing'}>Cancel</button>
      </div>
    </Dialog>
  );
}

function Problems({ fileName, problems }: { fileName: string; problems: readonly FileProblem[] }) {
  return (
    <div className="error-summary" role="alert">
      <h3>{fileName} cannot be imported: {problems.length} problem{problems.length === 1 ? '' : 's'}. Nothing was changed.</h3>
      <ul className="file-problems">
        {problems.slice(0, SHOWN_PROBLEMS).map((p, i) => (
          <li key={`${i}-${p.path}`}>
            <code>{p.path}</code> {p.message}
          </li>
        ))}
      </ul>
      {problems.length > SHOWN_PROBLEMS && <p>… and {problems.length - SHOWN_PROBLEMS} more.</p>}
    </div>
  );
}
