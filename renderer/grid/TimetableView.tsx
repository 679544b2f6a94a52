/**
 * One timetable: days across, periods down, for one adult, group, pupil or room, with what else
 * fills their week (lessons, fixed commitments, days off) so a person can see why a slot is busy.
 * Dropping a card here moves it in time: to this adult, or keeping its adults for the others.
 */
import type { School } from '../../solver/model/school-file';
import { DAY_NAMES } from '../school/words';
import { Card, type CardView } from './Card';
import { Duty, type CardInfo, type SlotRef } from './grid-model';

interface Props {
  school: School;
  /** "Aisha Shah (HLTA)", "ELSA group": whose timetable this is. */
  title: string;
  slots: readonly SlotRef[];
  /** The drop-target row every cell stands for. */
  row: number;
  cards: readonly CardInfo[];
  /** Per slot, lessons and other notes worth seeing. */
  notes: ReadonlyMap<number, string[]>;
  /** For an adult: whether they work, are busy or teach, per slot. */
  duties: Uint8Array | null;
  selected: string | null;
  viewOf(card: CardInfo): CardView | null;
  onSelect(key: string): void;
  onMenu(key: string, button: HTMLButtonElement): void;
}

const DUTY_WORDS = ['', 'Not working', 'Busy', 'Teaching'] as const;
const DUTY_CLASS = ['', ' off', ' busy', ' teaching'] as const;

export function TimetableView({ school, title, slots, row, cards, notes, duties, selected, viewOf, onSelect, onMenu }: Props) {
  const { periods } = school.calendar;
  // Columns: each (week, day) shown; rows: periods.
  const columns: { week: string | undefined; day: SlotRef['day']; first: number }[] = [];
  for (const slot of slots) if (slot.dayStart) columns.push({ week: slot.week, day: slot.day, first: slot.index });
  const at = new Map<number, CardInfo[]>();
  for (const card of cards) {
    const list = at.get(card.slot);
    if (list) list.push(card);
    else at.set(card.slot, [card]);
  }
  return (
    <div className="grid-scroll" role="region" aria-label={`Timetable of ${title}`} tabIndex={0}>
      <div role="table" className="timetable" aria-label={`Timetable of ${title}`}>
        <div role="rowgroup" className="grid-head">
          <div role="row" className="grid-row">
            <div role="columnheader" className="row-head corner">Period</div>
            {columns.map((c) => (
              <div key={c.first} role="columnheader" className="col-head day-start">
                <span className="col-day">{DAY_NAMES[c.day]}</span>
                {c.week && <><span className="visually-hidden">, </span><span className="col-period">Week {c.week}</span></>}
              </div>
            ))}
          </div>
        </div>
        <div role="rowgroup">
          {periods.map((period, p) => (
            <div key={period.id} role="row" className={`grid-row${period.kind === 'break' || period.kind === 'lunch' ? ' free' : ''}`}>
              <div role="rowheader" className="row-head">
                <span className="row-name">{period.label ?? period.id}</span>
                <span className="row-totals">{period.start}–{period.end}</span>
              </div>
              {columns.map((c) => {
                const index = c.first + p;
                const duty = duties?.[index] ?? Duty.Free;
                const here = at.get(index);
                const lines = notes.get(index) ?? [];
                return (
                  <div key={c.first} role="cell" className={`cell day-start${DUTY_CLASS[duty]}`} data-slot={index} data-row={row}>
                    {here?.map((card) => {
                      const view = viewOf(card);
                      return view && <Card key={view.key} view={view} selected={selected === view.key} onSelect={onSelect} onMenu={onMenu} />;
                    })}
                    {duty === Duty.NotWorking && <span className="cell-note">{DUTY_WORDS[duty]}</span>}
                    {lines.map((line) => <span key={line} className="cell-note">{line}</span>)}
                  </div>
                );
              })}
            </div>
          ))}
        </div>
      </div>
    </div>
  );
}
