/**
 * Choosing a group's pupils from the school's list, with each pupil's year, SEN status and needs
 * beside their name so the right children are picked. Filter by any of those words; chosen
 * pupils keep the order they were added in.
 */
import { useId, useMemo, useState } from 'react';
import type { Pupil } from '../../solver/model/school-file';
import { SEN_NAMES, yearName } from '../school/words';
import { FieldSet } from './fields';

const YEAR_ORDER = ['N', 'R', '1', '2', '3', '4', '5', '6', '7', '8', '9', '10', '11', '12', '13', '14'];

export function PupilPicker({ path, pupils, chosen, onChange }: {
  path: string;
  pupils: readonly Pupil[];
  chosen: readonly string[];
  onChange: (ids: string[]) => void;
}) {
  const filterId = useId();
  const [filter, setFilter] = useState('');
  const [onlyChosen, setOnlyChosen] = useState(false);
  const byId = useMemo(() => new Map(pupils.map((p) => [p.id, p])), [pupils]);
  const details = (p: Pupil) => [yearName(p.year), SEN_NAMES[p.sen], ...(p.needs ?? [])].join(', ');

  const shown = useMemo(() => {
    const words = filter.trim().toLowerCase().split(/\s+/).filter(Boolean);
    return [...pupils]
      .filter((p) => !onlyChosen || chosen.includes(p.id))
      .filter((p) => {
        const text = `${p.name} ${details(p)}`.toLowerCase();
        return words.every((w) => text.includes(w));
      })
      .sort((a, b) => YEAR_ORDER.indexOf(a.year) - YEAR_ORDER.indexOf(b.year) || a.name.localeCompare(b.name, 'en-GB'));
  }, [pupils, filter, onlyChosen, chosen]);

  const toggle = (id: string, on: boolean) => onChange(on ? [...chosen, id] : chosen.filter((x) => x !== id));
  const names = chosen.map((id) => byId.get(id)?.name ?? id);

  return (
    <FieldSet path={path} label="Pupils" hint="Tick the pupils in this group. Filter by name, year, SEN status or need, e.g. “Year 7 SLCN”.">
      <p className="chosen-pupils" aria-live="polite">
        {chosen.length === 0 ? 'No pupils chosen yet.' : `${chosen.length} chosen: ${names.join(', ')}`}
      </p>
      <div className="list-tools">
        <label htmlFor={filterId}>Filter pupils</label>
        <input id={filterId} type="search" value={filter} onChange={(e) => setFilter(e.target.value)} autoComplete="off" />
        <div className="choice">
          <input id={`${filterId}-chosen`} type="checkbox" checked={onlyChosen} onChange={(e) => setOnlyChosen(e.target.checked)} />
          <label htmlFor={`${filterId}-chosen`}>Show chosen pupils only</label>
        </div>
      </div>
      <div className="picker-scroll">
        <table className="compact picker">
          <caption className="visually-hidden">Pupils to choose from, {shown.length} shown</caption>
          <thead>
            <tr>
              <th scope="col">Pupil</th>
              <th scope="col">Year</th>
              <th scope="col">SEN status</th>
              <th scope="col">Needs</th>
            </tr>
          </thead>
          <tbody>
            {shown.map((p) => {
              const id = `${filterId}-pupil-${p.id.replace(/[^A-Za-z0-9]+/g, '-')}`;
              return (
                <tr key={p.id} className={chosen.includes(p.id) ? 'chosen' : undefined}>
                  <td>
                    <div className="choice">
                      <input id={id} type="checkbox" checked={chosen.includes(p.id)} onChange={(e) => toggle(p.id, e.target.checked)} />
                      <label htmlFor={id}>
                        {p.name}
                        <span className="visually-hidden">, {details(p)}</span>
                      </label>
                    </div>
                  </td>
                  <td className="nowrap">{yearName(p.year)}</td>
                  <td className="nowrap">{SEN_NAMES[p.sen]}</td>
                  <td>{(p.needs ?? []).join(', ') || <span className="muted">None recorded</span>}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      {shown.length === 0 && <p className="muted">No pupils match “{filter}”.</p>}
    </FieldSet>
  );
}
