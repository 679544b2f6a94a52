/**
 * A card on the grid: a group session (coloured and patterned by area of need, so a black-and-white
 * print still tells them apart) or a cover session, with a menu button beside it. Click or Enter
 * selects it; Space picks it up to move with the arrow keys; the pointer drags it.
 */
import { memo, useMemo } from 'react';
import type { Pickup } from '../../api/grid';
import { useCardDrag, type DragData } from './drag';

export interface CardView {
  /** Unique on the page: a session shows once in each of its adults' rows. */
  key: string;
  pick: Pickup;
  what: string;
  /** Said after the name but not shown (the cell's time and adults): ", Monday Period 1, with Ms Khan:". */
  spoken: string;
  /** The second line: "4 pupils · Library", "PPA cover for Robins". */
  detail: string;
  /** "area-SEMH", "cover-duty", "unplaced". */
  kind: string;
  /** Short badge: "SEMH", "Duty", "PPA". */
  badge: string;
  pinned: boolean;
  sentence: string;
}

interface Props {
  view: CardView;
  selected: boolean;
  onSelect(key: string): void;
  onMenu(key: string, button: HTMLButtonElement): void;
}

function PinMark() {
  return (
    <svg className="card-pin" viewBox="0 0 16 16" width="13" height="13" aria-hidden="true" focusable="false">
      <path d="M10.5 1.5 14.5 5.5 12.8 6.2 10.2 8.8 10.4 12.2 8.9 13.7 6 10.8 2.4 14.4 1.6 13.6 5.2 10 2.3 7.1 3.8 5.6 7.2 5.8 9.8 3.2Z" />
    </svg>
  );
}

export const Card = memo(function Card({ view, selected, onSelect, onMenu }: Props) {
  const data = useMemo<DragData>(() => ({ pick: view.pick, what: view.what, sentence: view.sentence }), [view]);
  const { ref, props, isDragging } = useCardDrag(view.key, data);
  return (
    <div className={`card-wrap${selected ? ' selected' : ''}`}>
      <div
        ref={ref}
        {...props}
        className={`card ${view.kind}${view.pinned ? ' pinned' : ''}${isDragging ? ' lifted' : ''}`}
        aria-current={selected ? 'true' : undefined}
        title={view.sentence}
        onClick={() => onSelect(view.key)}
        onKeyDown={(event) => {
          props.onKeyDown(event);
          if (event.key === 'Enter' && !event.defaultPrevented) onSelect(view.key);
        }}
      >
        {/* Its name is what it shows, with the rest said but not shown, so speech and sight agree. */}
        <span className="card-what">{view.what}</span>
        <span className="visually-hidden">{view.spoken}</span>
        <span className="card-detail">
          {view.badge && <span className="card-badge">{view.badge} </span>}
          {view.detail}
        </span>
        {view.pinned && <PinMark />}
        {view.pinned && <span className="visually-hidden">, pinned</span>}
      </div>
      <button
        type="button"
        className="card-menu"
        aria-haspopup="menu"
        aria-label={`Actions for ${view.sentence}`}
        onClick={(event) => onMenu(view.key, event.currentTarget)}
      >
        <span aria-hidden="true">⋮</span>
      </button>
    </div>
  );
});
