/** Rows that cannot be imported as they are, each with its line and reasons, correctable in place. */
import { useState } from 'react';
import type { ImportPreviewResult } from '../../api/contract';
import type { RejectedRow } from '../../import/types';

export function RejectedRows({ preview, disabled, onCorrect }: { preview: ImportPreviewResult; disabled: boolean; onCorrect: (line: number, cells: string[]) => void }) {
  const [open, setOpen] = useState<number | null>(null);
  if (preview.rejected.length === 0) return null;
  return (
    <section aria-labelledby="import-rejected" className="rejected">
      <h4 id="import-rejected">
        {preview.rejected.length} row{preview.rejected.length === 1 ? '' : 's'} to correct
      </h4>
      <p className="muted">Line numbers are as a spreadsheet shows them: the headings are line 1.</p>
      <ul>
        {preview.rejected.map((row) => (
          <li key={row.line}>
            <p>
              <strong>Line {row.line}</strong>
              {row.textLine !== row.line && <span className="muted"> (text line {row.textLine})</span>}: {row.reasons.join('; ')}
            </p>
            {open === row.line ? (
              <RowEditor
                row={row}
                header={preview.header}
                disabled={disabled}
                onCancel={() => setOpen(null)}
                onSave={(cells) => {
                  setOpen(null);
                  onCorrect(row.line, cells);
                }}
              />
            ) : (
              <button type="button" className="secondary" disabled={disabled} onClick={() => setOpen(row.line)}>
                Correct line {row.line}
              </button>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}

function RowEditor({ row, header, disabled, onSave, onCancel }: { row: RejectedRow; header: readonly string[]; disabled: boolean; onSave: (cells: string[]) => void; onCancel: () => void }) {
  const [cells, setCells] = useState<string[]>(() => fit(row.cells, header.length));
  return (
    <form
      className="row-editor"
      aria-label={`Correct line ${row.line}`}
      onSubmit={(e) => {
        e.preventDefault();
        onSave(cells);
      }}
    >
      <div className="row-cells">
        {header.map((h, i) => (
          <label key={i}>
            <span>{h === '' ? `Column ${i + 1}` : h}</span>
            <input
              value={cells[i] ?? ''}
              onChange={(e) => setCells((now) => now.map((c, j) => (j === i ? e.target.value : c)))}
            />
          </label>
        ))}
      </div>
      <button type="submit" disabled={disabled}>
        Check line {row.line} again
      </button>{' '}
      <button type="button" className="secondary" onClick={onCancel}>
        Close
      </button>
    </form>
  );
}

/** The row's cells laid under the headings: extra cells (a stray comma) join the last column. */
function fit(cells: readonly string[], width: number): string[] {
  const out = Array.from({ length: width }, (_, i) => cells[i] ?? '');
  if (cells.length > width && width > 0) out[width - 1] = cells.slice(width - 1).join(',');
  return out;
}
