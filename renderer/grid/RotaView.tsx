/**
 * The rota: one row per adult, one column per slot of the whole cycle. Only the rows in view (and
 * a few either side) are in the page, and a row is drawn again only when its own cards change (a
 * move redraws two rows, not ninety), so a large school's cycle stays quick to show and to scroll.
 * Every row has the same height (an adult is in one place at a time, so a cell holds one card),
 * which is what lets the rows in view be found from the scroll position alone.
 */
import { memo, useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { School, Staff } from '../../solver/model/school-file';
import { ROLE_NAMES } from '../school/words';
import { Card, type CardView } from './Card';
import { Duty, type CardInfo, type SlotRef } from './grid-model';

export interface RotaRowData {
  person: Staff;
  /** The person's row among the drop targets: their index in the school's staff list. */
  row: number;
  cards: readonly CardInfo[];
  duties: Uint8Array;
  /** "A 7 of 20 · B 6 of 20 periods". */
  totals: string;
  overCap: boolean;
}

interface RowProps {
  data: RotaRowData;
  /** The row's place in the whole table, for screen readers (the heading row is 1). */
  index: number;
  slots: readonly SlotRef[];
  /** The selected card's key when it is in this row. */
  selected: string | null;
  viewOf(card: CardInfo, person: string): CardView | null;
  onSelect(key: string): void;
  onMenu(key: string, button: HTMLButtonElement): void;
}

const DUTY_CLASS = ['', ' off', ' busy', ' teaching'] as const;

const RotaRow = memo(function RotaRow({ data, index, slots, selected, viewOf, onSelect, onMenu }: RowProps) {
  const { person, row, cards, duties } = data;
  const at = new Map<number, CardInfo[]>();
  const continued = new Map<number, string>();
  for (const card of cards) {
    const list = at.get(card.slot);
    if (list) list.push(card);
    else at.set(card.slot, [card]);
    for (let i = 1; i < card.length; i++) continued.set(card.slot + i, card.what);
  }
  return (
    <div role="row" className="grid-row" data-person={person.id} aria-rowindex={index}>
      <div role="rowheader" className="row-head" id={`rota-${person.id}`} tabIndex={-1}>
        <span className="row-name">{person.name}</span>
        <span className={`row-totals${data.overCap ? ' over' : ''}`}>{ROLE_NAMES[person.role]} · {data.totals}</span>
      </div>
      {slots.map((slot) => {
        const here = at.get(slot.index);
        const rest = continued.get(slot.index);
        return (
          <div
            key={slot.index}
            role="cell"
            className={`cell${DUTY_CLASS[duties[slot.index] ?? Duty.Free]}${slot.dayStart ? ' day-start' : ''}${slot.free ? ' free' : ''}`}
            data-slot={slot.index}
            data-row={row}
          >
            {here?.map((card) => {
              const view = viewOf(card, person.id);
              return view && <Card key={view.key} view={view} selected={selected === view.key} onSelect={onSelect} onMenu={onMenu} />;
            })}
            {rest !== undefined && <span className="continued" aria-hidden="true">↳ {rest}</span>}
          </div>
        );
      })}
    </div>
  );
});

interface Props {
  school: School;
  rows: readonly RotaRowData[];
  slots: readonly SlotRef[];
  /** The selected card, and the adult whose row it is in. */
  selected: { key: string; person: string | null } | null;
  /** An adult to bring into view and focus (a new object each time it is asked). */
  reveal: { person: string } | null;
  viewOf(card: CardInfo, person: string): CardView | null;
  onSelect(key: string): void;
  onMenu(key: string, button: HTMLButtonElement): void;
}

/** "Mon A" over "P1": the column heads, short, with the full words for screen readers. */
function ColumnHead({ school, slot }: { school: School; slot: SlotRef }) {
  const period = school.calendar.periods.find((p) => p.id === slot.period);
  return (
    <div role="columnheader" className={`col-head${slot.dayStart ? ' day-start' : ''}${slot.free ? ' free' : ''}`}>
      <span className="visually-hidden">{slot.words}</span>
      <span aria-hidden="true" className="col-day">{slot.day}{slot.week ? ` ${slot.week}` : ''}</span>
      <span aria-hidden="true" className="col-period">{period?.label ?? slot.period}</span>
    </div>
  );
}

/** Rows drawn beyond those in view, so arrow keys and scrolling never reach an empty edge. */
const OVERSCAN = 8;
/** Rows drawn before the first measurement (a tall window shows about this many). */
const FIRST_ROWS = 24;

export function RotaView({ school, rows, slots, selected, reveal, viewOf, onSelect, onMenu }: Props) {
  const scroller = useRef<HTMLDivElement>(null);
  const [rowHeight, setRowHeight] = useState(0);
  const [range, setRange] = useState({ first: 0, last: FIRST_ROWS });

  const measure = useCallback(() => {
    const box = scroller.current;
    const row = box?.querySelector<HTMLElement>('.rota-body > .grid-row');
    if (!box || !row) return;
    const height = row.offsetHeight;
    const head = box.querySelector<HTMLElement>('.grid-head')?.offsetHeight ?? 0;
    const top = Math.max(0, box.scrollTop - head);
    const first = Math.max(0, Math.floor(top / height) - OVERSCAN);
    const last = Math.ceil((top + box.clientHeight) / height) + OVERSCAN;
    setRowHeight(height);
    setRange((r) => (r.first === first && r.last === last ? r : { first, last }));
  }, []);

  useLayoutEffect(() => {
    measure();
    const box = scroller.current;
    if (!box) return;
    const resize = new ResizeObserver(measure);
    resize.observe(box);
    return () => resize.disconnect();
  }, [measure]);

  // Bringing someone into view: scroll to their row, then focus its heading once it is drawn.
  useEffect(() => {
    if (!reveal || rowHeight === 0) return;
    const at = rows.findIndex((r) => r.person.id === reveal.person);
    const box = scroller.current;
    if (at < 0 || !box) return;
    box.scrollTop = Math.max(0, at * rowHeight - box.clientHeight / 3);
    measure();
    requestAnimationFrame(() => document.getElementById(`rota-${reveal.person}`)?.focus({ preventScroll: true }));
  }, [reveal, rows, rowHeight, measure]);

  const first = Math.min(range.first, Math.max(0, rows.length - 1));
  const last = Math.min(rows.length, range.last);
  const shown = rows.slice(first, last);
  return (
    <div ref={scroller} className="grid-scroll" role="region" aria-label="Rota" tabIndex={0} onScroll={measure}>
      <div role="table" className="rota" aria-label={`Rota: ${rows.length} adults, ${slots.length} periods`} aria-rowcount={rows.length + 1}>
        <div role="rowgroup" className="grid-head">
          <div role="row" className="grid-row" aria-rowindex={1}>
            <div role="columnheader" className="row-head corner">Adult</div>
            {slots.map((slot) => <ColumnHead key={slot.index} school={school} slot={slot} />)}
          </div>
        </div>
        <div role="rowgroup" className="rota-body">
          {/* Rows out of view are stood in for by their height, so the scroll bar stays true. */}
          {first > 0 && rowHeight > 0 && <div className="rota-gap" aria-hidden="true" style={{ height: first * rowHeight }} />}
          {shown.map((data, i) => (
            <RotaRow
              key={data.person.id}
              data={data}
              index={first + i + 2}
              slots={slots}
              selected={selected?.person === data.person.id ? selected.key : null}
              viewOf={viewOf}
              onSelect={onSelect}
              onMenu={onMenu}
            />
          ))}
          {last < rows.length && rowHeight > 0 && <div className="rota-gap" aria-hidden="true" style={{ height: (rows.length - last) * rowHeight }} />}
        </div>
      </div>
    </div>
  );
}
