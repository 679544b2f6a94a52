/**
 * A list of small rows edited in place (skills held, fixed commitments, terms ...): each row is a
 * labelled group with its own Remove button; Add puts a new row at the end and moves focus to it.
 */
import { useEffect, useRef, type ReactNode } from 'react';
import { FieldSet } from './fields';

interface Props<T> {
  path: string;
  label: string;
  hint?: ReactNode;
  rows: readonly T[];
  onChange: (rows: T[]) => void;
  blank: () => T;
  /** "skill", "fixed commitment": names each row for screen readers and the buttons. */
  rowName: string;
  render: (row: T, index: number, update: (patch: Partial<T>) => void) => ReactNode;
  /** Rows may be moved up and down (their order means something, e.g. primary need first). */
  ordered?: boolean;
  empty?: string;
}

export function RowsField<T>({ path, label, hint, rows, onChange, blank, rowName, render, ordered, empty }: Props<T>) {
  const list = useRef<HTMLDivElement>(null);
  const count = useRef(rows.length);
  useEffect(() => {
    // A row was just added: focus its first control.
    if (rows.length > count.current) list.current?.lastElementChild?.querySelector<HTMLElement>('input, select')?.focus();
    count.current = rows.length;
  }, [rows.length]);

  const update = (index: number, patch: Partial<T>) => onChange(rows.map((row, i) => (i === index ? { ...row, ...patch } : row)));
  const remove = (index: number) => onChange(rows.filter((_row, i) => i !== index));
  const swap = (a: number, b: number) => {
    const next = [...rows];
    const [x, y] = [next[a], next[b]];
    if (x === undefined || y === undefined) return;
    next[a] = y;
    next[b] = x;
    onChange(next);
  };

  return (
    <FieldSet path={path} label={label} hint={hint}>
      <div className="rows" ref={list}>
        {rows.map((row, index) => (
          <div key={index} className="row-editor" role="group" aria-label={`${capital(rowName)} ${index + 1}`}>
            {render(row, index, (patch) => update(index, patch))}
            <div className="row-buttons">
              {ordered && (
                <>
                  <button type="button" className="small secondary" disabled={index === 0} onClick={() => swap(index, index - 1)}>
                    Up<span className="visually-hidden">: move {rowName} {index + 1} up</span>
                  </button>
                  <button type="button" className="small secondary" disabled={index === rows.length - 1} onClick={() => swap(index, index + 1)}>
                    Down<span className="visually-hidden">: move {rowName} {index + 1} down</span>
                  </button>
                </>
              )}
              <button type="button" className="small secondary" onClick={() => remove(index)}>
                Remove<span className="visually-hidden"> {rowName} {index + 1}</span>
              </button>
            </div>
          </div>
        ))}
      </div>
      {rows.length === 0 && empty && <p className="muted">{empty}</p>}
      <button type="button" className="small secondary" onClick={() => onChange([...rows, blank()])}>
        Add {/^[aeiou]/i.test(rowName) ? 'an' : 'a'} {rowName}
      </button>
    </FieldSet>
  );
}

function capital(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
