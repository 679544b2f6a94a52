/**
 * The menu path of a move: "Move to…" (or "Place…" for unplaced demand) lists only the times and
 * adults that keep every rule, and why the other times cannot; choosing one runs the same move
 * command as a drag.
 */
import { useEffect, useId, useState } from 'react';
import type { DropTargets, Pickup } from '../../api/grid';
import { useClient } from '../api/ClientContext';
import { asApiError } from '../api/use-request';
import { Dialog } from '../components/Dialog';
import type { Lookups, SlotRef } from './grid-model';
import { namesOf } from './words';

export interface MoveChoice {
  slot: SlotRef;
  /** The adult to give it to; absent keeps its adults (or, for demand, the best free adult). */
  staff?: string;
}

interface Props {
  title: string;
  pick: Pickup;
  slots: readonly SlotRef[];
  staff: readonly { id: string }[];
  lookups: Lookups;
  /** Where it is now, and with whom (a planned session), so staying put is not offered. */
  current: { slot: number; staff: readonly string[]; from: string | null } | null;
  onChoose(choice: MoveChoice): void;
  onClose(): void;
}

interface Option {
  value: string;
  label: string;
  staff?: string;
}

export function MoveDialog({ title, pick, slots, staff, lookups, current, onChoose, onClose }: Props) {
  const client = useClient();
  const ids = useId();
  const [targets, setTargets] = useState<DropTargets | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [when, setWhen] = useState('');
  const [who, setWho] = useState('');

  useEffect(() => {
    let live = true;
    client.call('plan:targets', { pick }).then(
      (answer) => live && setTargets(answer),
      (error: unknown) => live && setProblem(asApiError(error).message),
    );
    return () => {
      live = false;
    };
  }, [client, pick]);

  const keep = staff.length;
  const optionsAt = (slot: SlotRef): Option[] => {
    if (!targets) return [];
    const out: Option[] = [];
    const code = (row: number) => targets.codes[row * targets.slotCount + slot.index];
    const here = current !== null && current.slot === slot.index;
    if (code(keep) === 0 && !here) {
      const adults = current ? current.staff : (targets.anyStaff[slot.index] ?? []);
      out.push({ value: 'keep', label: `${current ? 'The same adults' : 'The best free adult'}: ${namesOf(lookups, adults)}` });
    }
    staff.forEach((person, row) => {
      if (code(row) !== 0) return;
      if (here && current?.staff.includes(person.id)) return;
      out.push({ value: person.id, label: lookups.staff.get(person.id)?.name ?? person.id, staff: person.id });
    });
    return out;
  };
  const open = slots.map((slot) => ({ slot, options: optionsAt(slot) })).filter((s) => s.options.length > 0);
  const closed = targets ? slots.filter((slot) => !open.some((o) => o.slot.index === slot.index)) : [];
  const chosen = open.find((o) => String(o.slot.index) === when) ?? open[0];
  const option = chosen?.options.find((o) => o.value === who) ?? chosen?.options[0];
  const why = (slot: SlotRef) => {
    if (!targets) return '';
    const code = targets.codes[keep * targets.slotCount + slot.index] ?? 0;
    if (current && current.slot === slot.index) return 'It is here now.';
    return targets.reasons[code - 1]?.text ?? 'No adult who could take it is free then.';
  };

  return (
    <Dialog title={title} onClose={onClose} wide>
      {problem && <p className="field-error" role="alert">{problem}</p>}
      {!targets && !problem && <p className="muted">Checking every time against the rules…</p>}
      {targets && open.length === 0 && <p>There is no time in the week it could go without breaking a rule.</p>}
      {targets && chosen && option && (
        <form
          className="move-form"
          onSubmit={(event) => {
            event.preventDefault();
            onChoose(option.staff === undefined ? { slot: chosen.slot } : { slot: chosen.slot, staff: option.staff });
          }}
        >
          <p className="muted">{open.length} time{open.length === 1 ? '' : 's'} keep every rule.</p>
          <label htmlFor={`${ids}-when`}>When</label>
          <select id={`${ids}-when`} value={String(chosen.slot.index)} onChange={(e) => { setWhen(e.target.value); setWho(''); }}>
            {open.map((o) => <option key={o.slot.index} value={o.slot.index}>{o.slot.words}</option>)}
          </select>
          <label htmlFor={`${ids}-who`}>With</label>
          <select id={`${ids}-who`} value={option.value} onChange={(e) => setWho(e.target.value)}>
            {chosen.options.map((o) => <option key={o.value} value={o.value}>{o.label}</option>)}
          </select>
          <div className="form-actions">
            <button type="submit">{current ? 'Move it there' : 'Place it there'}</button>
            <button type="button" className="secondary" onClick={onClose}>Cancel</button>
          </div>
        </form>
      )}
      {targets && !chosen && (
        <div className="form-actions">
          <button type="button" className="secondary" onClick={onClose}>Close</button>
        </div>
      )}
      {closed.length > 0 && (
        <details className="changes">
          <summary>Why not the other {closed.length} times</summary>
          <ul className="plain">
            {closed.map((slot) => <li key={slot.index}><strong>{slot.words}</strong>: {why(slot)}</li>)}
          </ul>
        </details>
      )}
    </Dialog>
  );
}
