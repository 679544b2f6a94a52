/**
 * Drag and drop for the plan grid, all in one place: the sensors (a pointer that must move a few
 * pixels first, so a click still selects; the keyboard, whose arrows jump whole cells), the typed
 * drag data, what a screen reader hears, and the live check of every drop target.
 *
 * When a card is picked up, the Node side judges every place it could go in one answer
 * (plan:targets). Every cell is then marked at once (`data-drop="ok"`/`"no"`, and the short word
 * for the rule it would break), and each pointer move or arrow key only looks one target up. The
 * marks and the highlight are set on the DOM directly, not through React state: a rota holds
 * thousands of cells, and redrawing them on every pointer move would cost far more than a frame.
 * Cells say where they are with `data-slot` (the slot number) and `data-row` (the row of the drop
 * targets: an adult's index in the school, or the "same adults" row after the last adult).
 */
import {
  DndContext, DragOverlay, KeyboardSensor, PointerSensor, useDraggable, useSensor, useSensors,
  type Announcements, type DragEndEvent, type DragStartEvent, type KeyboardCoordinateGetter,
} from '@dnd-kit/core';
import {
  createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type KeyboardEvent as ReactKeyboardEvent, type PointerEvent as ReactPointerEvent, type ReactNode,
} from 'react';
import type { DropTargets, Pickup } from '../../api/grid';
import { useClient } from '../api/ClientContext';
import { RULE_WORDS } from './words';

/** What a draggable card carries. */
export interface DragData {
  pick: Pickup;
  /** The group's name or the cover item's label. */
  what: string;
  /** The card in full words, as a screen reader reads it. */
  sentence: string;
}

/** A place a card was dropped: a slot, and a row of the drop targets. */
export interface DropPlace {
  slot: number;
  row: number;
}

export interface DragLayerProps {
  /** Anything that changes whenever the school does, so answers for an older school are not reused. */
  version: unknown;
  /** "Wednesday Period 2 with Ms Khan", for the hint and the screen reader. */
  describe(place: DropPlace, targets: DropTargets | null): string;
  /** `keyboard`: the card was moved with the arrow keys, so focus should follow it. */
  onDrop(data: DragData, place: DropPlace | null, targets: DropTargets | null, keyboard: boolean): void;
  children: ReactNode;
}

const INSTRUCTIONS = 'To move this card, press Space to pick it up, then use the arrow keys: left and right change the time, '
  + 'up and down change the adult. Press Space again to drop it there, or Escape to leave it where it was. '
  + 'The card’s menu button also offers Move to and Give to.';

const CELL = '[data-slot]';

/** What cards need from the layer; it never changes, so cards do not redraw when a drag starts or ends. */
interface DragApi {
  /** Starts asking for the drop targets of a card before the drag has properly begun (on pointer down). */
  prefetch(pick: Pickup): void;
}

const DragContext = createContext<DragApi | null>(null);

function useDragApi(): DragApi {
  const api = useContext(DragContext);
  if (!api) throw new Error('useCardDrag is used outside the DragLayer');
  return api;
}

function keyOf(pick: Pickup): string {
  return JSON.stringify(pick);
}

function placeOf(cell: Element | null): DropPlace | null {
  if (!(cell instanceof HTMLElement)) return null;
  const slot = Number(cell.dataset.slot);
  const row = Number(cell.dataset.row);
  return Number.isInteger(slot) && Number.isInteger(row) ? { slot, row } : null;
}

function codeAt(targets: DropTargets, place: DropPlace): number {
  return targets.codes[place.row * targets.slotCount + place.slot] ?? -1;
}

/** The cells of a cell's row, in order. */
function rowCells(cell: HTMLElement): HTMLElement[] {
  return cell.parentElement ? [...cell.parentElement.querySelectorAll<HTMLElement>(`:scope > ${CELL}`)] : [];
}

/** The next row (up or down) that holds cells. */
function nextRow(row: Element, down: boolean): Element | null {
  let next = down ? row.nextElementSibling : row.previousElementSibling;
  while (next && !next.querySelector(`:scope > ${CELL}`)) next = down ? next.nextElementSibling : next.previousElementSibling;
  return next;
}

/** The cell an arrow key leads to from `cell`: the same row's neighbour, or the same column of the next row. */
function neighbour(cell: HTMLElement, code: string): HTMLElement | null {
  const cells = rowCells(cell);
  const at = cells.indexOf(cell);
  if (code === 'ArrowRight') return cells[at + 1] ?? null;
  if (code === 'ArrowLeft') return at > 0 ? (cells[at - 1] ?? null) : null;
  if (code !== 'ArrowDown' && code !== 'ArrowUp') return null;
  const row = cell.parentElement ? nextRow(cell.parentElement, code === 'ArrowDown') : null;
  if (!row) return null;
  const next = [...row.querySelectorAll<HTMLElement>(`:scope > ${CELL}`)];
  return next[Math.min(at, next.length - 1)] ?? null;
}

export function DragLayer({ version, describe, onDrop, children }: DragLayerProps) {
  const client = useClient();
  const root = useRef<HTMLDivElement>(null);
  const hint = useRef<HTMLParagraphElement>(null);
  const live = useRef<HTMLDivElement>(null);
  const [active, setActive] = useState<{ data: DragData; keyboard: boolean } | null>(null);
  // Everything below changes on every move, so it lives in refs, not state.
  const targets = useRef<DropTargets | null>(null);
  const hover = useRef<HTMLElement | null>(null);
  const marked = useRef<HTMLElement[]>([]);
  const keyboard = useRef(false);
  const activeKey = useRef<string | null>(null);
  const pending = useRef(new Map<string, Promise<DropTargets | null>>());
  const latest = useRef({ describe, onDrop });
  useEffect(() => {
    latest.current = { describe, onDrop };
  });

  // Answers belong to the school they were asked about.
  useEffect(() => {
    pending.current.clear();
  }, [version]);

  const fetchTargets = useCallback((pick: Pickup) => {
    const key = keyOf(pick);
    let answer = pending.current.get(key);
    if (!answer) {
      answer = client.call('plan:targets', { pick }).catch(() => null);
      pending.current.set(key, answer);
    }
    return answer;
  }, [client]);

  const hintFor = useCallback((place: DropPlace | null): string => {
    if (!place) return 'Drop it on a time in the grid, or press Escape to leave it where it was.';
    const where = latest.current.describe(place, targets.current);
    const answer = targets.current;
    if (!answer) return `${where}: checking the rules…`;
    const code = codeAt(answer, place);
    if (code === 0) return `${where}: can go here.`;
    const reason = answer.reasons[code - 1];
    return `${where}: cannot go here. ${reason ? `${reason.text}.` : ''}`;
  }, []);

  const setHover = useCallback((cell: HTMLElement | null) => {
    if (cell === hover.current) return;
    hover.current?.classList.remove('drop-hover');
    cell?.classList.add('drop-hover');
    hover.current = cell;
    const text = hintFor(placeOf(cell));
    if (hint.current) hint.current.textContent = text;
    // Only keyboard drags are spoken as they move: a pointer crosses many cells a second.
    if (keyboard.current && live.current) live.current.textContent = text;
  }, [hintFor]);

  const mark = useCallback((cells: Iterable<HTMLElement>, answer: DropTargets) => {
    for (const cell of cells) {
      const place = placeOf(cell);
      if (!place) continue;
      const code = codeAt(answer, place);
      cell.setAttribute('data-drop', code === 0 ? 'ok' : 'no');
      const rule = code > 0 ? answer.reasons[code - 1]?.rule : undefined;
      if (rule !== undefined) cell.setAttribute('data-why', RULE_WORDS[rule] ?? `rule ${rule}`);
      marked.current.push(cell);
    }
  }, []);

  const markAll = useCallback((answer: DropTargets) => {
    mark(root.current ? root.current.querySelectorAll<HTMLElement>(CELL) : [], answer);
  }, [mark]);

  // Rows scrolled into view during a drag are drawn then: they are marked as they arrive.
  useEffect(() => {
    const box = root.current;
    if (!active || !box) return;
    const watcher = new MutationObserver((records) => {
      const answer = targets.current;
      if (!answer) return;
      for (const record of records) {
        for (const node of record.addedNodes) {
          if (!(node instanceof HTMLElement)) continue;
          mark(node.matches(CELL) ? [node] : node.querySelectorAll<HTMLElement>(CELL), answer);
        }
      }
    });
    watcher.observe(box, { childList: true, subtree: true });
    return () => watcher.disconnect();
  }, [active, mark]);

  const clearMarks = useCallback(() => {
    for (const cell of marked.current) {
      cell.removeAttribute('data-drop');
      cell.removeAttribute('data-why');
    }
    marked.current = [];
    root.current?.classList.remove('dragging');
  }, []);

  const finish = useCallback(() => {
    keyboard.current = false;
    activeKey.current = null;
    clearMarks();
    setHover(null);
    targets.current = null;
    setActive(null);
  }, [clearMarks, setHover]);

  // The pointer's cell is found where it is: cells scroll, stick and wrap, so geometry is the browser's.
  useEffect(() => {
    if (!active || active.keyboard) return;
    const move = (event: PointerEvent) => {
      const start = performance.now();
      const found = document.elementFromPoint(event.clientX, event.clientY)?.closest(CELL) ?? null;
      setHover(found instanceof HTMLElement && root.current?.contains(found) ? found : null);
      performance.measure('grid:move', { start });
    };
    window.addEventListener('pointermove', move, { capture: true });
    return () => window.removeEventListener('pointermove', move, { capture: true });
  }, [active, setHover]);

  const coordinateGetter = useCallback<KeyboardCoordinateGetter>((event) => {
    const from = hover.current;
    if (!from) return undefined;
    const next = neighbour(from, event.code);
    if (!next) return undefined;
    event.preventDefault();
    next.scrollIntoView({ block: 'nearest', inline: 'nearest' });
    setHover(next);
    const rect = next.getBoundingClientRect();
    return { x: rect.left, y: rect.top };
  }, [setHover]);

  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 6 } }),
    useSensor(KeyboardSensor, {
      coordinateGetter,
      scrollBehavior: 'instant',
      keyboardCodes: { start: ['Space'], cancel: ['Escape'], end: ['Space', 'Enter'] },
    }),
  );

  const onDragStart = useCallback((event: DragStartEvent) => {
    const data = event.active.data.current as DragData | undefined;
    if (!data) return;
    const start = performance.now();
    keyboard.current = event.activatorEvent instanceof KeyboardEvent;
    const key = keyOf(data.pick);
    activeKey.current = key;
    setActive({ data, keyboard: keyboard.current });
    root.current?.classList.add('dragging');
    const node = document.querySelector(`[data-card="${CSS.escape(String(event.active.id))}"]`);
    const home = node?.closest(CELL) ?? root.current?.querySelector(CELL) ?? null;
    if (keyboard.current) setHover(home instanceof HTMLElement ? home : null);
    void fetchTargets(data.pick).then((answer) => {
      // A drag that already ended, or moved on to another card, has no use for this answer.
      if (!answer || activeKey.current !== key) return;
      targets.current = answer;
      markAll(answer);
      performance.measure('grid:pickup', { start });
      const cell = hover.current;
      if (hint.current) hint.current.textContent = hintFor(placeOf(cell));
    });
  }, [fetchTargets, markAll, hintFor, setHover]);

  const onDragEnd = useCallback((event: DragEndEvent) => {
    const data = event.active.data.current as DragData | undefined;
    const place = placeOf(hover.current);
    const answer = targets.current;
    const byKeyboard = keyboard.current;
    finish();
    if (data) latest.current.onDrop(data, place, answer, byKeyboard);
  }, [finish]);

  const announcements = useMemo<Announcements>(() => ({
    onDragStart: ({ active: a }) => {
      const data = a.data.current as DragData | undefined;
      return data ? `Picked up ${data.sentence}. Arrow keys choose where; Space drops it; Escape leaves it where it was.` : undefined;
    },
    // Moves are spoken by the layer itself as each arrow key lands (see setHover).
    onDragMove: () => undefined,
    onDragOver: () => undefined,
    // The outcome of a drop is said once it is saved, or refused.
    onDragEnd: () => undefined,
    onDragCancel: ({ active: a }) => {
      const data = a.data.current as DragData | undefined;
      return data ? `${data.what} was not moved.` : undefined;
    },
  }), []);

  const api = useMemo<DragApi>(() => ({ prefetch: (pick) => void fetchTargets(pick) }), [fetchTargets]);

  return (
    <DragContext value={api}>
      <DndContext
        sensors={sensors}
        onDragStart={onDragStart}
        onDragEnd={onDragEnd}
        onDragCancel={finish}
        accessibility={{ announcements, screenReaderInstructions: { draggable: INSTRUCTIONS } }}
      >
        <div ref={root} className="drag-layer">
          <p ref={hint} className="drop-hint" aria-hidden="true" hidden={active === null} />
          {children}
        </div>
        <div ref={live} className="visually-hidden" aria-live="assertive" aria-atomic="true" />
        <DragOverlay dropAnimation={null} className="drag-overlay">
          {active && !active.keyboard ? <div className="card ghost">{active.data.what}</div> : null}
        </DragOverlay>
      </DndContext>
    </DragContext>
  );
}

/** Makes a card draggable: its props, and whether it is the one being dragged. */
export function useCardDrag(id: string, data: DragData) {
  const api = useDragApi();
  const { attributes, listeners, setNodeRef, isDragging } = useDraggable({ id, data });
  const { pick } = data;
  // dnd-kit types its listeners loosely; these are the two a card has (pointer and keyboard sensors).
  const onPointerDown = listeners?.onPointerDown as ((event: ReactPointerEvent) => void) | undefined;
  const onKeyDown = listeners?.onKeyDown as ((event: ReactKeyboardEvent) => void) | undefined;
  const props = {
    ...attributes,
    'data-card': id,
    onKeyDown: (event: ReactKeyboardEvent) => onKeyDown?.(event),
    onPointerDown: (event: ReactPointerEvent) => {
      if (event.button === 0) api.prefetch(pick);
      onPointerDown?.(event);
    },
  };
  return { ref: setNodeRef, props, isDragging };
}
