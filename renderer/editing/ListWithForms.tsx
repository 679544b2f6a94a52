/**
 * A list screen that edits: the list (with Add, and Edit and Delete on each row) or, while one is
 * open, the form for one row. Deleting asks first and says what else it changes; the deletion and
 * those changes are one edit, so one undo brings everything back.
 */
import { useCallback, useEffect, useState, type ReactNode } from 'react';
import type { DeletableKind, EditOutcome } from '../../api/edits';
import { useClient } from '../api/ClientContext';
import { asApiError } from '../api/use-request';
import { Dialog } from '../components/Dialog';
import { SortableTable, type Column } from '../components/SortableTable';
import { useEditing } from './EditingContext';

interface Props<Row extends { id: string }> {
  kind: DeletableKind;
  caption: string;
  /** "staff", "pupils": for the filter and the count. */
  noun: string;
  /** "member of staff", "pupil": for Add. */
  one: string;
  rows: readonly Row[];
  columns: readonly Column<Row>[];
  name: (row: Row) => string;
  remove: (id: string) => Promise<EditOutcome>;
  /** The form for a row (null: a new one); `done` closes it. */
  form: (row: Row | null, done: (savedId: string | null) => void) => ReactNode;
  /** Extra text above the list. */
  intro?: ReactNode;
}

type Mode<Row> = { open: false } | { open: true; row: Row | null };

export function ListWithForms<Row extends { id: string }>(props: Props<Row>) {
  const { kind, rows, name, form, one } = props;
  const editing = useEditing();
  const [mode, setMode] = useState<Mode<Row>>({ open: false });
  const [deleting, setDeleting] = useState<Row | null>(null);
  // A new object each time, so asking to focus the same element twice still moves focus.
  const [focusAfter, setFocusAfter] = useState<{ id: string } | null>(null);
  const { setFormOpen } = editing;

  useEffect(() => {
    setFormOpen(mode.open);
    return () => setFormOpen(false);
  }, [mode.open, setFormOpen]);

  // Back on the list, focus returns to the row that was edited (or to Add).
  useEffect(() => {
    if (mode.open || focusAfter === null) return;
    const target = document.getElementById(focusAfter.id) ?? document.getElementById(`add-${kind}`);
    target?.focus();
  }, [mode.open, focusAfter, kind]);

  const done = useCallback((savedId: string | null) => {
    setFocusAfter({ id: savedId === null ? `add-${kind}` : `edit-${kind}-${savedId}` });
    setMode({ open: false });
  }, [kind]);

  if (mode.open) return <>{form(mode.row, done)}</>;

  return (
    <>
      {props.intro}
      <SortableTable
        caption={props.caption}
        noun={props.noun}
        rows={rows}
        columns={props.columns}
        rowKey={(r) => r.id}
        tools={
          <button type="button" id={`add-${kind}`} onClick={() => setMode({ open: true, row: null })}>
            Add {/^[aeiou]/i.test(one) ? 'an' : 'a'} {one}
          </button>
        }
        actions={(row) => (
          <div className="row-actions">
            <button type="button" id={`edit-${kind}-${row.id}`} className="small" onClick={() => setMode({ open: true, row })}>
              Edit<span className="visually-hidden"> {name(row)}</span>
            </button>
            <button type="button" id={`delete-${kind}-${row.id}`} className="small danger" onClick={() => setDeleting(row)}>
              Delete<span className="visually-hidden"> {name(row)}</span>
            </button>
          </div>
        )}
      />
      {deleting && (
        <ConfirmDelete
          kind={kind}
          id={deleting.id}
          name={name(deleting)}
          remove={props.remove}
          onClose={() => setDeleting(null)}
          // The deleted row's buttons are gone: focus goes to Add.
          onDeleted={() => setFocusAfter({ id: `add-${kind}` })}
        />
      )}
    </>
  );
}

function ConfirmDelete({ kind, id, name, remove, onClose, onDeleted }: {
  kind: DeletableKind;
  id: string;
  name: string;
  remove: (id: string) => Promise<EditOutcome>;
  onClose: () => void;
  onDeleted: () => void;
}) {
  const client = useClient();
  const editing = useEditing();
  const [consequences, setConsequences] = useState<string[] | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    let current = true;
    client.call('edit:deleteImpact', { kind, id }).then(
      (impact) => current && setConsequences(impact.consequences),
      (error: unknown) => current && setProblem(asApiError(error).message),
    );
    return () => {
      current = false;
    };
  }, [client, kind, id]);

  const confirm = async () => {
    setBusy(true);
    try {
      const outcome = await remove(id);
      if (!outcome.saved) {
        setProblem(outcome.problems.map((p) => p.message).join(' '));
        return;
      }
      onClose();
      await editing.afterEdit(`Deleted: ${outcome.label}.`, outcome.history);
      onDeleted();
    } catch (error) {
      setProblem(asApiError(error).message);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Dialog title={`Delete ${name}?`} onClose={onClose}>
      {consequences === null && problem === null && <p className="muted">Checking what else this changes…</p>}
      {consequences !== null && consequences.length === 0 && <p>Nothing else in the school refers to {name}.</p>}
      {consequences !== null && consequences.length > 0 && (
        <>
          <p>Deleting {name} also changes:</p>
          <ul>
            {consequences.map((c) => (
              <li key={c}>{c}</li>
            ))}
          </ul>
        </>
      )}
      <p className="muted">You can undo this straight away with Undo (Ctrl+Z).</p>
      {problem && <p className="field-error" role="alert">{problem}</p>}
      <div className="form-actions">
        <button type="button" className="danger" disabled={busy || consequences === null} onClick={() => void confirm()}>
          {busy ? 'Deleting…' : `Delete ${name}`}
        </button>
        <button type="button" className="secondary" onClick={onClose} autoFocus>Cancel</button>
      </div>
    </Dialog>
  );
}
