/** The preview as lines of text, for the command line: counts, details, then every rejected row as `line N: reason`. */
import { fieldLabel } from './headers';
import type { ImportPreview, PreviewItem } from './types';
import { rejectionText } from './types';

const PLURAL: Readonly<Record<PreviewItem['entity'], [string, string]>> = {
  pupil: ['pupil', 'pupils'],
  staff: ['member of staff', 'staff'],
  class: ['class', 'classes'],
  lesson: ['lesson', 'lessons'],
};

/** "3 pupils, 1 class" for a list of items. */
export function countWords(items: readonly PreviewItem[]): string {
  if (items.length === 0) return 'none';
  const counts = new Map<PreviewItem['entity'], number>();
  for (const item of items) counts.set(item.entity, (counts.get(item.entity) ?? 0) + 1);
  return [...counts.entries()].map(([entity, n]) => `${n} ${PLURAL[entity][n === 1 ? 0 : 1]}`).join(', ');
}

/** One item in a line: "Zoë Adams (line 4): year Year 7 -> Year 8; taken out of group ELSA". */
export function itemText(item: PreviewItem): string {
  const where = item.line === undefined ? '' : ` (line ${item.line})`;
  const changes = item.changes.map((c) => (c.from === '' ? `${c.field}: ${c.to}` : `${c.field}: ${c.from} -> ${c.to === '' ? '(none)' : c.to}`));
  const details = [...changes, ...item.effects];
  return `${item.name}${where}${details.length > 0 ? `: ${details.join('; ')}` : ''}`;
}

/** The whole preview; `limit` caps the details listed under added, updated, left and removed. */
export function previewLines(preview: ImportPreview, source: string, limit = 50): string[] {
  const lines: string[] = [];
  const rejected = preview.rejected.length;
  lines.push(
    `${source}: ${preview.kind}${preview.looksLike ? ` (looks like a ${preview.looksLike} export)` : ''}, read as ${preview.encoding}; ` +
      `${preview.rows} row${preview.rows === 1 ? '' : 's'}: ` +
      `${preview.accepted} accepted, ${rejected} rejected`,
  );
  const mapped = preview.columns.map((c) => {
    const heading = c.header === '' ? `(column ${c.index + 1})` : c.header;
    return c.field === null ? `${heading} (not imported)` : `${heading} = ${fieldLabel(preview.kind, c.field)}${c.how === 'chosen' ? ' (--map)' : ''}`;
  });
  if (mapped.length > 0) lines.push(`columns: ${mapped.join('; ')}`);
  for (const problem of preview.fileProblems) lines.push(`problem: ${problem}`);
  const list = (title: string, mark: string, items: readonly PreviewItem[]) => {
    lines.push(`${title}: ${countWords(items)}`);
    for (const item of items.slice(0, limit)) lines.push(`  ${mark} ${itemText(item)}`);
    if (items.length > limit) lines.push(`  ... and ${items.length - limit} more`);
  };
  list('added', '+', preview.added);
  list('updated', '~', preview.updated);
  if (preview.kind === 'timetable') list('removed', '-', preview.removed);
  else list('left', '-', preview.left);
  lines.push(`unchanged: ${preview.unchanged}`);
  for (const note of preview.notes) lines.push(`note: ${note}`);
  for (const w of preview.warnings) lines.push(`warning: line ${w.line}: ${w.message}`);
  if (rejected > 0) lines.push(`rejected: ${rejected} row${rejected === 1 ? '' : 's'}`);
  for (const row of preview.rejected) lines.push(rejectionText(row));
  return lines;
}
