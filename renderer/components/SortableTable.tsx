/**
 * A readable list: a table with a caption, a filter box that matches any column's text, and
 * column headers that sort (click or Enter). Headers carry aria-sort for screen readers.
 */
import { useId, useMemo, useState, type ReactNode } from 'react';

export interface Column<Row> {
  header: string;
  /** Plain text for filtering and, unless `sortValue` is given, for sorting. */
  text: (row: Row) => string;
  sortValue?: (row: Row) => string | number;
  /** How the cell looks; defaults to `text`. */
  render?: (row: Row) => ReactNode;
  /** Class for the column's cells, e.g. "number". */
  className?: string;
}

interface Props<Row> {
  caption: string;
  /** What the rows are, for the filter's label and the count: "staff", "pupils". */
  noun: string;
  rows: readonly Row[];
  columns: readonly Column<Row>[];
  rowKey: (row: Row) => string;
  /** Buttons beside the filter, e.g. "Add a member of staff". */
  tools?: ReactNode;
  /** Buttons for one row (Edit, Delete), in a last column that does not sort. */
  actions?: (row: Row) => ReactNode;
}

interface Sort {
  column: number;
  ascending: boolean;
}

const collator = new Intl.Collator('en-GB', { numeric: true, sensitivity: 'base' });

export function SortableTable<Row>({ caption, noun, rows, columns, rowKey, tools, actions }: Props<Row>) {
  const filterId = useId();
  const [filter, setFilter] = useState('');
  const [sort, setSort] = useState<Sort>({ column: 0, ascending: true });

  const shown = useMemo(() => {
    const words = filter.trim().toLowerCase().split(/\s+/).filter(Boolean);
    const matching = words.length === 0
      ? [...rows]
      : rows.filter((row) => {
          const text = columns.map((c) => c.text(row)).join(' ').toLowerCase();
          return words.every((w) => text.includes(w));
        });
    const column = columns[sort.column];
    if (!column) return matching;
    const key = column.sortValue ?? column.text;
    const direction = sort.ascending ? 1 : -1;
    return matching.sort((a, b) => {
      const x = key(a);
      const y = key(b);
      const order = typeof x === 'number' && typeof y === 'number' ? x - y : collator.compare(String(x), String(y));
      return order * direction;
    });
  }, [rows, columns, filter, sort]);

  const sortBy = (column: number) =>
    setSort((current) => ({ column, ascending: current.column === column ? !current.ascending : true }));

  return (
    <div className="list">
      <div className="list-tools">
        <label htmlFor={filterId}>Filter {noun}</label>
        <input id={filterId} type="search" value={filter} onChange={(e) => setFilter(e.target.value)} autoComplete="off" />
        <p className="list-count" aria-live="polite">
          {shown.length === rows.length ? `${rows.length} ${noun}` : `Showing ${shown.length} of ${rows.length} ${noun}`}
        </p>
        {tools && <div className="list-buttons">{tools}</div>}
      </div>
      <table>
        <caption>{caption}</caption>
        <thead>
          <tr>
            {columns.map((column, index) => (
              <th
                key={column.header}
                scope="col"
                className={column.className}
                aria-sort={sort.column === index ? (sort.ascending ? 'ascending' : 'descending') : 'none'}
              >
                <button type="button" className="sort" onClick={() => sortBy(index)}>
                  {column.header}
                  <span className="sort-mark" aria-hidden="true">
                    {sort.column === index ? (sort.ascending ? '▲' : '▼') : ''}
                  </span>
                </button>
              </th>
            ))}
            {actions && (
              <th scope="col" className="actions">
                <span className="visually-hidden">Actions</span>
              </th>
            )}
          </tr>
        </thead>
        <tbody>
          {shown.map((row) => (
            <tr key={rowKey(row)}>
              {columns.map((column) => (
                <td key={column.header} className={column.className}>
                  {column.render ? column.render(row) : column.text(row)}
                </td>
              ))}
              {actions && <td className="actions">{actions(row)}</td>}
            </tr>
          ))}
        </tbody>
      </table>
      {shown.length === 0 && <p className="list-empty">No {noun} match “{filter}”.</p>}
    </div>
  );
}
