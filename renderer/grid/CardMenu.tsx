/**
 * A card's menu: a small list of actions under its button. Arrow keys move between them, Enter
 * chooses, Escape (or a click elsewhere) closes it and focus goes back to the button.
 */
import { useEffect, useLayoutEffect, useRef, useState } from 'react';

export interface MenuItem {
  label: string;
  onChoose(): void;
}

interface Props {
  label: string;
  anchor: HTMLElement;
  items: readonly MenuItem[];
  onClose(): void;
}

export function CardMenu({ label, anchor, items, onClose }: Props) {
  const ref = useRef<HTMLDivElement>(null);
  const [place, setPlace] = useState<{ top: number; left: number } | null>(null);

  // Placed under its button, kept inside the window.
  useLayoutEffect(() => {
    const box = anchor.getBoundingClientRect();
    const width = ref.current?.offsetWidth ?? 200;
    const height = ref.current?.offsetHeight ?? 150;
    const top = box.bottom + height + 8 > window.innerHeight ? Math.max(4, box.top - height - 4) : box.bottom + 4;
    setPlace({ top, left: Math.max(4, Math.min(box.left, window.innerWidth - width - 8)) });
  }, [anchor]);

  useEffect(() => {
    ref.current?.querySelector<HTMLElement>('[role="menuitem"]')?.focus();
    const outside = (event: PointerEvent) => {
      if (event.target instanceof Node && !ref.current?.contains(event.target) && !anchor.contains(event.target)) onClose();
    };
    window.addEventListener('pointerdown', outside, { capture: true });
    return () => window.removeEventListener('pointerdown', outside, { capture: true });
  }, [anchor, onClose]);

  const close = () => {
    onClose();
    anchor.focus();
  };

  return (
    <div
      ref={ref}
      role="menu"
      aria-label={label}
      className="card-actions"
      // Where to show it is only known once the button's place is measured.
      style={place ? { top: place.top, left: place.left } : { visibility: 'hidden' }}
      onKeyDown={(event) => {
        const entries = [...(ref.current?.querySelectorAll<HTMLElement>('[role="menuitem"]') ?? [])];
        const at = entries.indexOf(document.activeElement as HTMLElement);
        if (event.key === 'Escape' || event.key === 'Tab') {
          event.preventDefault();
          event.stopPropagation();
          close();
        } else if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
          event.preventDefault();
          const step = event.key === 'ArrowDown' ? 1 : -1;
          entries[(at + step + entries.length) % entries.length]?.focus();
        } else if (event.key === 'Home' || event.key === 'End') {
          event.preventDefault();
          (event.key === 'Home' ? entries[0] : entries.at(-1))?.focus();
        }
      }}
    >
      {items.map((item) => (
        <button
          key={item.label}
          type="button"
          role="menuitem"
          tabIndex={-1}
          onClick={() => {
            onClose();
            item.onChoose();
          }}
        >
          {item.label}
        </button>
      ))}
    </div>
  );
}
