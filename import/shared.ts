/** Small pieces the three kinds of import share. */
import type { Pupil, School } from '../solver/model/school-file';
import type { PreviewItem, RejectedRow, RowWarning } from './types';

/** What merging one kind of export gives: the merged school and what changed. */
export interface KindResult {
  school: School;
  added: PreviewItem[];
  updated: PreviewItem[];
  left: PreviewItem[];
  removed: PreviewItem[];
  unchanged: number;
  /** Rows rejected only when seen together (a UPN twice, two rows for one lesson). */
  rejected: RejectedRow[];
  warnings: RowWarning[];
  notes: string[];
}

export const SEN_WORDS_FOR: Readonly<Record<Pupil['sen'], string>> = { N: 'No SEN', K: 'SEN support', E: 'EHC plan' };

export function yearWords(year: string): string {
  if (year === 'N') return 'Nursery';
  if (year === 'R') return 'Reception';
  return `Year ${year}`;
}

/** "Robins", "Robins and Wrens", "Robins, Wrens and Owls". */
export function quoteList(names: readonly string[]): string {
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}

/**
 * A fresh id in the style of the school's ids: "P065" after "P064", "Q0185" after "Q0184";
 * `fallback` plus four digits when the school has none.
 */
export function nextId(used: ReadonlySet<string>, existing: readonly string[], fallback: string): string {
  const styles = new Map<string, { width: number; max: number; count: number }>();
  for (const id of existing) {
    const match = /^([A-Za-z]+)(\d+)$/.exec(id);
    if (!match) continue;
    const prefix = match[1] ?? '';
    const digits = match[2] ?? '';
    const style = styles.get(prefix) ?? { width: digits.length, max: 0, count: 0 };
    style.max = Math.max(style.max, Number(digits));
    style.count += 1;
    styles.set(prefix, style);
  }
  const [prefix, style] = [...styles.entries()].sort((a, b) => b[1].count - a[1].count)[0] ?? [fallback, { width: 4, max: 0, count: 0 }];
  for (let n = style.max + 1; ; n++) {
    const id = `${prefix}${String(n).padStart(style.width, '0')}`;
    if (!used.has(id)) return id;
  }
}

/** Today's date in England (YYYY-MM-DD), where the school is: the date leavers are marked with. */
export function todayInEngland(now: Date = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London', year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}
