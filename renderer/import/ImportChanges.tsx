/** What the import will do: counts, each opening to the people, classes or lessons it names. */
import type { ImportPreviewResult } from '../../api/contract';
import type { PreviewItem } from '../../import/types';

const NOUNS: Readonly<Record<PreviewItem['entity'], [string, string]>> = {
  pupil: ['pupil', 'pupils'],
  staff: ['member of staff', 'staff'],
  class: ['class', 'classes'],
  lesson: ['lesson', 'lessons'],
};

function counted(items: readonly PreviewItem[]): string {
  if (items.length === 0) return 'none';
  const counts = new Map<PreviewItem['entity'], number>();
  for (const item of items) counts.set(item.entity, (counts.get(item.entity) ?? 0) + 1);
  return [...counts].map(([entity, n]) => `${n} ${NOUNS[entity][n === 1 ? 0 : 1]}`).join(', ');
}

const SHOWN = 200;

function Details({ title, items }: { title: string; items: readonly PreviewItem[] }) {
  if (items.length === 0) {
    return (
      <p className="change-none">
        <strong>{title}:</strong> none
      </p>
    );
  }
  return (
    <details className="changes">
      <summary>
        <strong>{title}:</strong> {counted(items)}
      </summary>
      <ul>
        {items.slice(0, SHOWN).map((item) => (
          <li key={`${item.entity}:${item.key}`}>
            <strong>{item.name}</strong>
            {item.line !== undefined && <span className="muted"> (line {item.line})</span>}
            {item.changes.length + item.effects.length > 0 && (
              <ul className="plain">
                {item.changes.map((c) => (
                  <li key={c.field}>
                    {c.from === '' ? `${c.field}: ${c.to}` : `${c.field}: ${c.from} → ${c.to === '' ? '(none)' : c.to}`}
                  </li>
                ))}
                {item.effects.map((e) => (
                  <li key={e}>{e.charAt(0).toUpperCase() + e.slice(1)}</li>
                ))}
              </ul>
            )}
          </li>
        ))}
        {items.length > SHOWN && <li className="muted">…and {items.length - SHOWN} more</li>}
      </ul>
    </details>
  );
}

export function ImportChanges({ preview }: { preview: ImportPreviewResult }) {
  return (
    <div className="import-changes">
      <Details title="To add" items={preview.added} />
      <Details title="To update" items={preview.updated} />
      {preview.kind === 'timetable' ? (
        <Details title="To remove" items={preview.removed} />
      ) : (
        <Details title="To mark as left" items={preview.left} />
      )}
      <p className="change-none">
        <strong>Unchanged:</strong> {preview.unchanged}
      </p>
      {preview.notes.map((n) => (
        <p key={n}>{n}</p>
      ))}
      {preview.warnings.length > 0 && (
        <div className="notice">
          <p>Worth checking:</p>
          <ul>
            {preview.warnings.map((w) => (
              <li key={`${w.line}:${w.message}`}>
                Line {w.line}: {w.message}
              </li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}
