/**
 * Importing a CSV export from the MIS: choose what it holds, pick the file, check the columns,
 * read the preview (added, updated, left, every rejected row with its line), correct rejected
 * rows in place, then Confirm (one edit in the history, so Undo takes it back) or Cancel (nothing
 * written).
 */
import { useState } from 'react';
import type { ImportPreviewResult, ImportRequest } from '../../api/contract';
import type { HistoryState } from '../../api/edits';
import { ApiError } from '../../api/result';
import { useClient } from '../api/ClientContext';
import { asApiError } from '../api/use-request';
import { Problem } from '../components/Problem';
import { ImportChanges } from '../import/ImportChanges';
import { ImportColumns } from '../import/ImportColumns';
import { RejectedRows } from '../import/RejectedRows';

type Kind = ImportRequest['kind'];

const KINDS: readonly { kind: Kind; title: string; hint: string }[] = [
  { kind: 'pupils', title: 'Pupils', hint: 'UPN, names, year group, registration group, SEN status and needs' },
  { kind: 'staff', title: 'Staff', hint: 'staff code, names, role or job title, working days and hours' },
  { kind: 'timetable', title: 'Class timetable', hint: 'one row per class, day and period: subject, teacher and room' },
];

/** The browser server takes 16 MB a request; base64 makes a file a third larger. */
const MAX_FILE_BYTES = 11 * 1024 * 1024;

interface Chosen {
  fileName: string;
  data: string;
}

interface ImportScreenProps {
  /** The last import's result, shown until the next file is chosen. */
  done: string | null;
  /** After a save: the message to announce and the undo and redo that follow it. */
  onImported: (message: string, history: HistoryState) => Promise<void> | void;
}

export function ImportScreen({ done, onImported }: ImportScreenProps) {
  const client = useClient();
  const [kind, setKind] = useState<Kind>('pupils');
  const [file, setFile] = useState<Chosen | null>(null);
  const [mapping, setMapping] = useState<Record<string, string> | undefined>(undefined);
  const [edits, setEdits] = useState<Map<number, string[]>>(new Map());
  const [preview, setPreview] = useState<ImportPreviewResult | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const [inputKey, setInputKey] = useState(0);
  // The last import's result shows until the next file is chosen (the screen is new after a save).
  const [notice, setNotice] = useState(done);

  const check = async (next: { kind: Kind; file: Chosen; mapping: Record<string, string> | undefined; edits: Map<number, string[]> }) => {
    setBusy(true);
    try {
      const request = requestOf(next.kind, next.file, next.mapping, next.edits);
      const result = await client.call('import:preview', request);
      setPreview(result);
      setMapping(result.mapping);
      setError(null);
    } catch (e) {
      setError(asApiError(e));
    } finally {
      setBusy(false);
    }
  };

  const chooseFile = async (picked: File | undefined) => {
    if (!picked) return;
    setNotice(null);
    if (picked.size > MAX_FILE_BYTES) {
      setError(new ApiError('invalid-input', 'That file is larger than 11 MB, which is too large to import. Export fewer columns and try again.'));
      setPreview(null);
      return;
    }
    const chosen = { fileName: picked.name, data: await base64Of(picked) };
    setFile(chosen);
    setEdits(new Map());
    setMapping(undefined);
    await check({ kind, file: chosen, mapping: undefined, edits: new Map() });
  };

  const chooseKind = async (next: Kind) => {
    setKind(next);
    setEdits(new Map());
    setMapping(undefined);
    if (file) await check({ kind: next, file, mapping: undefined, edits: new Map() });
  };

  const mapColumn = async (header: string, field: string) => {
    if (!file) return;
    const next = { ...(mapping ?? {}), [header]: field };
    await check({ kind, file, mapping: next, edits });
  };

  const correctRow = async (line: number, cells: string[]) => {
    if (!file) return;
    const next = new Map(edits).set(line, cells);
    setEdits(next);
    await check({ kind, file, mapping, edits: next });
  };

  const cancel = () => {
    setFile(null);
    setPreview(null);
    setEdits(new Map());
    setMapping(undefined);
    setError(null);
    setInputKey((k) => k + 1);
  };

  const confirm = async () => {
    if (!file || !preview) return;
    setBusy(true);
    try {
      const result = await client.call('import:apply', requestOf(kind, file, mapping, edits));
      if (!result.applied) {
        setPreview(result.preview);
        setError(null);
        return;
      }
      await onImported(`${result.label}.${result.changed ? '' : ' Nothing in the school changed.'}`, result.history);
    } catch (e) {
      setError(asApiError(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="import">
      {/* Announced by the frame's status line with the other edits; shown here until the next file. */}
      {notice && <p className="saved">{notice}</p>}
      <p>
        Import a CSV file exported from SIMS, Arbor or Bromcom. You will see every change before anything is saved, and
        people who are no longer in the export are marked as left, never deleted.
      </p>
      <fieldset className="kinds" disabled={busy}>
        <legend>What does the file hold?</legend>
        {KINDS.map((k) => (
          <label key={k.kind}>
            <input type="radio" name="import-kind" value={k.kind} checked={kind === k.kind} onChange={() => void chooseKind(k.kind)} />
            <span>
              <strong>{k.title}</strong> <span className="muted">({k.hint})</span>
            </span>
          </label>
        ))}
      </fieldset>
      <p className="file-pick">
        <label htmlFor="import-file">CSV file</label>
        <input
          key={inputKey}
          id="import-file"
          type="file"
          accept=".csv,.txt,text/csv"
          disabled={busy}
          onChange={(e) => void chooseFile(e.target.files?.[0])}
        />
      </p>
      {error && <Problem error={error} />}
      {busy && <p className="muted" role="status">Checking the file…</p>}
      {preview && file && (
        <section aria-labelledby="import-preview" className="import-preview">
          <h3 id="import-preview">Before anything is saved</h3>
          <p>
            {preview.fileName}
            {preview.looksLike ? ` (looks like a ${preview.looksLike} export)` : ''}, read as {preview.encoding}: {preview.rows} row{preview.rows === 1 ? '' : 's'}
            {preview.fileProblems.length === 0 && `, ${preview.accepted} ready`}
            {preview.fileProblems.length === 0 && preview.rejected.length > 0 ? `, ${preview.rejected.length} to correct` : ''}.
            {preview.remembered ? ' The columns are mapped as you mapped them last time for a file with these headings.' : ''}
          </p>
          {preview.fileProblems.length > 0 && (
            <div className="problem" role="alert">
              <h4>This file cannot be imported yet</h4>
              <ul>
                {preview.fileProblems.map((p) => (
                  <li key={p}>{p.charAt(0).toUpperCase() + p.slice(1)}.</li>
                ))}
              </ul>
            </div>
          )}
          <ImportColumns preview={preview} disabled={busy} onMap={(header, field) => void mapColumn(header, field)} />
          {preview.fileProblems.length === 0 && <ImportChanges preview={preview} />}
          <RejectedRows preview={preview} disabled={busy} onCorrect={(line, cells) => void correctRow(line, cells)} />
          <div className="import-actions">
            <button type="button" disabled={busy || !preview.canApply} onClick={() => void confirm()}>
              Confirm import
            </button>
            <button type="button" className="secondary" disabled={busy} onClick={cancel}>
              Cancel
            </button>
            {!preview.canApply && <span className="muted">Correct the rows and columns above to confirm. Nothing has been saved.</span>}
          </div>
        </section>
      )}
    </div>
  );
}

function requestOf(kind: Kind, file: Chosen, mapping: Record<string, string> | undefined, edits: Map<number, string[]>): ImportRequest {
  return {
    kind,
    fileName: file.fileName,
    data: file.data,
    ...(mapping ? { mapping } : {}),
    ...(edits.size > 0 ? { edits: [...edits].map(([line, cells]) => ({ line, cells })) } : {}),
  };
}

/** The file's bytes as base64, in slices small enough for String.fromCharCode. */
async function base64Of(file: File): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}
