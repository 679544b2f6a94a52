/** The Unplaced tray: demand the plan does not meet, highest priority first, each a card to drag onto the grid. */
import { Card, type CardView } from './Card';
import type { Unplaced } from './grid-model';

interface Props {
  items: readonly Unplaced[];
  selected: string | null;
  viewOf(item: Unplaced): CardView;
  onSelect(key: string): void;
  onMenu(key: string, button: HTMLButtonElement): void;
}

export function UnplacedTray({ items, selected, viewOf, onSelect, onMenu }: Props) {
  return (
    <section className="tray" aria-labelledby="tray-heading">
      <h3 id="tray-heading">Unplaced <span className="count">({items.length})</span></h3>
      {items.length === 0 ? (
        <p className="muted">Everything the school needs is on the plan.</p>
      ) : (
        <ul className="tray-list">
          {items.map((item) => {
            const view = viewOf(item);
            return (
              <li key={item.key}>
                <Card view={view} selected={selected === view.key} onSelect={onSelect} onMenu={onMenu} />
                <p className="tray-why">{item.reasons[0]}</p>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
