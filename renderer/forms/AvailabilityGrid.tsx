/**
 * The working pattern as a grid to paint: days across, periods down. Press on a slot and drag to
 * paint several on (or off); with the keyboard, arrow keys move between slots and Space or Enter
 * switches one. Whole days and whole periods switch from their headings. A two-week school gets a
 * tab for each week.
 */
import { useEffect, useId, useRef, useState, type KeyboardEvent, type PointerEvent } from 'react';
import type { Calendar } from '../../solver/model/school-file';
import { DAY_NAMES, workingPattern } from '../school/words';
import { availableOf, slotKey } from './availability';
import { FieldSet } from './fields';

/** Changes the slots from the latest ones: several changes can land before the next render while painting. */
export type SlotsUpdate = (update: (slots: ReadonlySet<string>) => Set<string>) => void;

interface Props {
  path: string;
  calendar: Calendar;
  slots: ReadonlySet<string>;
  onChange: SlotsUpdate;
}

export function AvailabilityGrid({ path, calendar, slots, onChange }: Props) {
  const twoWeeks = calendar.weeks.length > 1;
  const [week, setWeek] = useState<string>(calendar.weeks[0] ?? 'A');
  const tabsId = useId();
  const summary = workingPattern(calendar, { available: availableOf(calendar, slots) });

  const copyWeek = () =>
    onChange((current) => {
      const other = week === 'A' ? 'B' : 'A';
      const next = new Set([...current].filter((k) => !k.startsWith(`${other}|`)));
      for (const key of current) if (key.startsWith(`${week}|`)) next.add(`${other}${key.slice(1)}`);
      return next;
    });

  return (
    <FieldSet
      path={path}
      label="Working days and periods"
      hint="Ticked slots are when this person works. Press and drag across slots to switch several at once; with the keyboard, use the arrow keys and Space."
    >
      {twoWeeks && (
        <div className="week-tabs">
          <div role="tablist" aria-label="Timetable week">
            {calendar.weeks.map((w) => (
              <button
                key={w}
                type="button"
                role="tab"
                id={`${tabsId}-tab-${w}`}
                aria-selected={w === week}
                aria-controls={`${tabsId}-panel`}
                tabIndex={w === week ? 0 : -1}
                onClick={() => setWeek(w)}
                onKeyDown={(e) => {
                  if (e.key !== 'ArrowLeft' && e.key !== 'ArrowRight') return;
                  e.preventDefault();
                  const other = calendar.weeks.find((x) => x !== w) ?? w;
                  setWeek(other);
                  document.getElementById(`${tabsId}-tab-${other}`)?.focus();
                }}
              >
                Week {w}
              </button>
            ))}
          </div>
          <button type="button" className="small secondary" onClick={copyWeek}>
            Copy Week {week} to Week {week === 'A' ? 'B' : 'A'}
          </button>
        </div>
      )}
      <div role={twoWeeks ? 'tabpanel' : undefined} id={`${tabsId}-panel`} aria-labelledby={twoWeeks ? `${tabsId}-tab-${week}` : undefined}>
        <SlotGrid calendar={calendar} week={week} slots={slots} onChange={onChange} caption={twoWeeks ? `Working periods, Week ${week}` : 'Working periods'} />
      </div>
      <p className="grid-summary"><strong>In words:</strong> {summary}</p>
    </FieldSet>
  );
}

function SlotGrid({ calendar, week, slots, onChange, caption }: {
  calendar: Calendar;
  week: string;
  slots: ReadonlySet<string>;
  onChange: SlotsUpdate;
  caption: string;
}) {
  const { days, periods } = calendar;
  const [active, setActive] = useState({ row: 0, col: 0 });
  const painting = useRef<boolean | null>(null);
  const lastCell = useRef<{ row: number; col: number } | null>(null);
  const table = useRef<HTMLTableElement>(null);

  useEffect(() => {
    const stop = () => {
      painting.current = null;
      lastCell.current = null;
    };
    window.addEventListener('pointerup', stop);
    window.addEventListener('pointercancel', stop);
    return () => {
      window.removeEventListener('pointerup', stop);
      window.removeEventListener('pointercancel', stop);
    };
  }, []);

  const set = (keys: readonly string[], on: boolean) =>
    onChange((current) => {
      const next = new Set(current);
      for (const key of keys) {
        if (on) next.add(key);
        else next.delete(key);
      }
      return next;
    });
  const keyAt = (row: number, col: number) => slotKey(week, days[col] ?? '', periods[row]?.id ?? '');

  const down = (event: PointerEvent<HTMLButtonElement>, row: number, col: number) => {
    if (event.button !== 0) return;
    event.preventDefault();
    // Touch pointers are captured by the first cell; release so the drag reaches the others.
    if (event.currentTarget.hasPointerCapture(event.pointerId)) event.currentTarget.releasePointerCapture(event.pointerId);
    const on = !slots.has(keyAt(row, col));
    painting.current = on;
    lastCell.current = { row, col };
    setActive({ row, col });
    // No scrolling while painting: the slots must stay under the pointer.
    event.currentTarget.focus({ preventScroll: true });
    set([keyAt(row, col)], on);
  };
  // Painting follows pointer moves over the table rather than each slot's enter event: a quick
  // drag can cross a slot between two events, so every slot on the line between is painted too.
  const drag = (event: PointerEvent<HTMLTableElement>) => {
    const last = lastCell.current;
    if (painting.current === null || last === null || (event.buttons & 1) === 0) return;
    const target = (event.target as Element).closest<HTMLElement>('[data-cell]');
    const at = target?.dataset.cell?.split('-').map(Number);
    if (!at || at.length !== 2) return;
    const [row = 0, col = 0] = at;
    if (row === last.row && col === last.col) return;
    const steps = Math.max(Math.abs(row - last.row), Math.abs(col - last.col));
    const keys: string[] = [];
    for (let i = 1; i <= steps; i++) {
      keys.push(keyAt(Math.round(last.row + ((row - last.row) * i) / steps), Math.round(last.col + ((col - last.col) * i) / steps)));
    }
    lastCell.current = { row, col };
    set(keys, painting.current);
  };
  const move = (event: KeyboardEvent<HTMLButtonElement>, row: number, col: number) => {
    const moves: Record<string, [number, number]> = {
      ArrowUp: [row - 1, col], ArrowDown: [row + 1, col], ArrowLeft: [row, col - 1], ArrowRight: [row, col + 1],
      Home: [row, 0], End: [row, days.length - 1],
    };
    const to = moves[event.key];
    if (!to) return;
    event.preventDefault();
    const next = { row: Math.max(0, Math.min(periods.length - 1, to[0])), col: Math.max(0, Math.min(days.length - 1, to[1])) };
    setActive(next);
    table.current?.querySelector<HTMLButtonElement>(`[data-cell="${next.row}-${next.col}"]`)?.focus();
  };

  const dayKeys = (col: number) => periods.map((_p, row) => keyAt(row, col));
  const periodKeys = (row: number) => days.map((_d, col) => keyAt(row, col));
  const allOn = (keys: readonly string[]) => keys.every((k) => slots.has(k));

  return (
    <table className="slot-grid" ref={table} onPointerMove={drag}>
      <caption className="visually-hidden">{caption}</caption>
      <thead>
        <tr>
          <td />
          {days.map((day, col) => {
            const on = allOn(dayKeys(col));
            return (
              <th key={day} scope="col">
                <button type="button" className="grid-heading" onClick={() => set(dayKeys(col), !on)} title={`Switch every period of ${DAY_NAMES[day]} ${on ? 'off' : 'on'}`}>
                  {day}
                </button>
              </th>
            );
          })}
        </tr>
      </thead>
      <tbody>
        {periods.map((period, row) => {
          const on = allOn(periodKeys(row));
          const name = period.label ?? period.id;
          return (
            <tr key={period.id} className={period.kind === 'lesson' ? undefined : 'unstructured'}>
              <th scope="row">
                <button type="button" className="grid-heading" onClick={() => set(periodKeys(row), !on)} title={`Switch ${name} ${on ? 'off' : 'on'} on every day`}>
                  {name}
                  <span className="muted"> {period.start}</span>
                </button>
              </th>
              {days.map((day, col) => {
                const key = keyAt(row, col);
                const checked = slots.has(key);
                const isActive = active.row === row && active.col === col;
                return (
                  <td key={day}>
                    <button
                      type="button"
                      role="checkbox"
                      aria-checked={checked}
                      aria-label={`${DAY_NAMES[day]} ${name}`}
                      data-cell={`${row}-${col}`}
                      className={checked ? 'slot on' : 'slot'}
                      tabIndex={isActive ? 0 : -1}
                      onPointerDown={(e) => down(e, row, col)}
                      onClick={(e) => {
                        // Pointer presses are handled on pointerdown; this is Space or Enter.
                        if (e.detail === 0) set([key], !checked);
                      }}
                      onKeyDown={(e) => move(e, row, col)}
                      onFocus={() => setActive({ row, col })}
                    >
                      <span aria-hidden="true">{checked ? '✓' : ''}</span>
                    </button>
                  </td>
                );
              })}
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
