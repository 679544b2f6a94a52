/** Everyone, or a chosen few: a filterable list of check boxes for adults, groups, pupils or rooms. */
import { useId, useMemo, useState } from 'react';
import type { Choice } from './choices';

interface Props {
  noun: { one: string; many: string };
  choices: readonly Choice[];
  everyone: boolean;
  chosen: ReadonlySet<string>;
  onEveryone: (everyone: boolean) => void;
  onChosen: (chosen: Set<string>) => void;
}

export function WhoPicker({ noun, choices, everyone, chosen, onEveryone, onChosen }: Props) {
  const id = useId();
  const [filter, setFilter] = useState('');
  const shown = useMemo(() => {
    const words = filter.trim().toLowerCase();
    return words === '' ? choices : choices.filter((c) => `${c.name} ${c.detail}`.toLowerCase().includes(words));
  }, [choices, filter]);
  const toggle = (choiceId: string, on: boolean) => {
    const next = new Set(chosen);
    if (on) next.add(choiceId);
    else next.delete(choiceId);
    onChosen(next);
  };
  return (
    <fieldset className="who">
      <legend>Who</legend>
      <label>
        <input type="radio" name={`${id}-who`} checked={everyone} onChange={() => onEveryone(true)} />
        Every {noun.one} ({choices.length} {choices.length === 1 ? noun.one : noun.many}, a page each)
      </label>
      <label>
        <input type="radio" name={`${id}-who`} checked={!everyone} onChange={() => onEveryone(false)} />
        Choose {noun.many}
      </label>
      {!everyone && (
        <div className="who-choose">
          <div className="who-tools">
            <label htmlFor={`${id}-filter`}>Find</label>
            <input id={`${id}-filter`} type="search" value={filter} onChange={(e) => setFilter(e.target.value)} autoComplete="off" />
            <span className="muted" aria-live="polite">{chosen.size} chosen</span>
            {chosen.size > 0 && <button type="button" className="link" onClick={() => onChosen(new Set())}>Clear</button>}
          </div>
          <ul className="who-list" aria-label={`Choose ${noun.many}`}>
            {shown.map((c) => (
              <li key={c.id}>
                <label>
                  <input type="checkbox" checked={chosen.has(c.id)} onChange={(e) => toggle(c.id, e.target.checked)} />
                  {c.name} {c.detail && <span className="muted">· {c.detail}</span>}
                </label>
              </li>
            ))}
            {shown.length === 0 && <li className="muted">No {noun.one} matches “{filter}”.</li>}
          </ul>
        </div>
      )}
    </fieldset>
  );
}
