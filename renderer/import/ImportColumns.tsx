/** The file's columns, what each is imported as, and a menu per column to change it. */
import type { ImportPreviewResult } from '../../api/contract';

export function ImportColumns({ preview, disabled, onMap }: { preview: ImportPreviewResult; disabled: boolean; onMap: (header: string, field: string) => void }) {
  return (
    <table className="compact import-columns">
      <caption>Columns in the file and what they are imported as</caption>
      <thead>
        <tr>
          <th scope="col">Column heading</th>
          <th scope="col">Imported as</th>
          <th scope="col">How</th>
        </tr>
      </thead>
      <tbody>
        {preview.columns.map((c) => {
          const heading = c.header === '' ? `(column ${c.index + 1}, no heading)` : c.header;
          return (
            <tr key={c.index}>
              <th scope="row">{heading}</th>
              <td>
                <select
                  aria-label={`Import column ${heading} as`}
                  value={c.field ?? ''}
                  disabled={disabled || c.header === ''}
                  onChange={(e) => onMap(c.header, e.target.value)}
                >
                  <option value="">Not imported</option>
                  {preview.fields.map((f) => (
                    <option key={f.field} value={f.field}>
                      {f.label}
                    </option>
                  ))}
                </select>
              </td>
              <td className="muted">{c.how === 'recognised' ? 'Recognised' : c.how === 'chosen' ? 'Chosen by you' : 'Left out'}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

