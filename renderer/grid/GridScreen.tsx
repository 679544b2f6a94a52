/**
 * The weekly grid: the rota or one timetable, the Unplaced tray and the side panel. Dragging (by
 * pointer or keyboard) and the card menus all end in one move command, `session:move`, which the
 * Node side checks again with the rule checker and writes as one edit; the plan it answers with is
 * shown at once, without reading the school again.
 */
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { DropTargets, GridOutcome, Pickup } from '../../api/grid';
import type { Calendar, School, Session, Staff, Unfilled } from '../../solver/model/school-file';
import { useClient } from '../api/ClientContext';
import { asApiError } from '../api/use-request';
import { useEditing } from '../editing/EditingContext';
import { yearName } from '../school/words';
import type { CardView } from './Card';
import { CardMenu, type MenuItem } from './CardMenu';
import { DragLayer, type DragData, type DropPlace } from './drag';
import { GiveDialog } from './GiveDialog';
import {
  cardShown, cardsByStaff, cycleSlots, lookupsOf, NO_FILTERS, notesOf, periodsPlanned, sessionsOf, sessionsPlanned, slotIndexOf,
  slotWords, staffDuties, staffShown, unplacedDemand, cardOf, type CardInfo, type GridFilters, type Lookups, type Subject, type Unplaced,
} from './grid-model';
import { GridToolbar, type Layout } from './GridToolbar';
import { MoveDialog, type MoveChoice } from './MoveDialog';
import { PlanRun } from './PlanRun';
import { RotaView, type RotaRowData } from './RotaView';
import { SidePanel, type PanelSelection } from './SidePanel';
import { TimetableView } from './TimetableView';
import { UnplacedTray } from './UnplacedTray';
import { cardSentence, movedSentence, namesOf } from './words';

/** A card's key says what it is: a session in someone's row, a session in a timetable, or tray demand. */
type CardKey = ['s', string, string] | ['t', string, string | null] | ['u', string];

function keyOf(parts: CardKey): string {
  return JSON.stringify(parts);
}

function parseKey(key: string): CardKey | null {
  const parts: unknown = JSON.parse(key);
  return Array.isArray(parts) && (parts[0] === 's' || parts[0] === 't' || parts[0] === 'u') ? (parts as CardKey) : null;
}

const COVER_BADGES = { ppa: 'PPA', duty: 'Duty', post: 'Post', absence: 'Cover' } as const;
const EMPTY: readonly CardInfo[] = [];

/** The last row data per adult, so a row whose cards did not change keeps its object and is not redrawn. */
const rowCache = new WeakMap<Staff, RotaRowData>();

function sameCards(a: readonly CardInfo[], b: readonly CardInfo[]): boolean {
  return a.length === b.length && a.every((card, i) => card === b[i]);
}

type Dialog =
  | { kind: 'move'; pick: Pickup; title: string; current: { slot: number; staff: readonly string[]; from: string | null } | null }
  | { kind: 'give'; session: string; from: string | null; title: string; slot: number }
  | { kind: 'plan' };

type Notice = { tone: 'refused' | 'done'; text: string };

function subjectsOf(school: Pick<School, 'staff' | 'groups' | 'pupils' | 'rooms'>): Map<string, Subject> {
  const out = new Map<string, Subject>();
  const add = (name: string, subject: Subject) => {
    let key = name;
    for (let n = 2; out.has(key); n++) key = `${name} #${n}`;
    out.set(key, subject);
  };
  for (const s of school.staff) add(`${s.name} (staff)`, { kind: 'staff', id: s.id });
  for (const g of school.groups) add(`${g.name} (group)`, { kind: 'group', id: g.id });
  for (const p of school.pupils) add(`${p.name} (pupil, ${yearName(p.year)})`, { kind: 'pupil', id: p.id });
  for (const r of school.rooms) add(`${r.name} (room)`, { kind: 'room', id: r.id });
  return out;
}

function totalsOf(calendar: Calendar, person: Staff, planned: readonly number[] | undefined): { text: string; over: boolean } {
  const weeks = calendar.weeks;
  const cap = person.maxPeriodsPerWeek;
  const counts = weeks.map((_, i) => planned?.[i] ?? 0);
  const over = cap !== undefined && counts.some((n) => n > cap);
  const of = cap === undefined ? '' : ` of ${cap}`;
  if (weeks.length === 1) return { text: `${counts[0] ?? 0}${of} periods`, over };
  return { text: `${weeks.map((w, i) => `${w} ${counts[i] ?? 0}`).join(' · ')}${of}`, over };
}

export function GridScreen() {
  const editing = useEditing();
  const client = useClient();
  const { school } = editing;
  const [started] = useState(() => {
    performance.mark('grid:render-start');
    return true;
  });
  const [layout, setLayout] = useState<Layout>('rota');
  const [subject, setSubject] = useState<Subject | null>(null);
  const [filters, setFilters] = useState<GridFilters>(NO_FILTERS);
  const [selected, setSelected] = useState<{ key: string; person: string | null } | null>(null);
  const [menu, setMenu] = useState<{ key: string; anchor: HTMLButtonElement } | null>(null);
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const [notice, setNotice] = useState<Notice | null>(null);
  const [reveal, setReveal] = useState<{ person: string } | null>(null);
  // The card to focus once the grid shows a keyboard move (set by the move, used after the redraw).
  const focusAfter = useRef<string | null>(null);
  const dropPending = useRef(false);

  // Derived once per school (or per plan, for what the plan alone changes).
  const { calendar, staff, lessons, groups, cover, classes, rooms, pupils, plan } = school;
  // Each is rebuilt only when what it reads changes: a new plan leaves the lookups, slots and duties as they were.
  const lookups = useMemo<Lookups>(() => lookupsOf({ staff, groups, cover, classes, rooms, pupils }), [staff, groups, cover, classes, rooms, pupils]);
  const slots = useMemo(() => cycleSlots(calendar), [calendar]);
  const duties = useMemo(() => staffDuties(calendar, staff, lessons, slots), [calendar, staff, lessons, slots]);
  const byStaff = useMemo(() => cardsByStaff(school, lookups), [school, lookups]);
  const unplaced = useMemo(() => unplacedDemand(school, lookups), [school, lookups]);
  const planned = useMemo(() => periodsPlanned(school, lookups), [school, lookups]);
  const groupTotals = useMemo(() => sessionsPlanned(school), [school]);
  const subjects = useMemo(() => subjectsOf({ staff, groups, pupils, rooms }), [staff, groups, pupils, rooms]);
  const shownSlots = useMemo(() => (filters.week === '' ? slots : slots.filter((s) => s.week === filters.week)), [slots, filters.week]);

  const sentenceOf = useCallback((card: CardInfo) => cardSentence(calendar, lookups, card), [calendar, lookups]);

  const cardView = useCallback((card: CardInfo, key: string, pick: Pickup): CardView | null => {
    if (!cardShown(filters, card)) return null;
    return {
      key, pick, what: card.what,
      spoken: `, ${slotWords(calendar, card.session)}, with ${namesOf(lookups, card.session.staff)}:`,
      detail: [card.detail, card.room].filter(Boolean).join(' · '),
      kind: card.area ? `area-${card.area}` : `cover-${card.coverKind ?? 'duty'}`,
      // Cover cards say their kind in the detail line already; areas of need need their code for print.
      badge: card.area ?? '',
      pinned: card.pinned,
      sentence: sentenceOf(card),
    };
  }, [filters, sentenceOf, calendar, lookups]);

  const rotaView = useCallback((card: CardInfo, person: string) =>
    cardView(card, keyOf(['s', card.session.id, person]), { session: card.session.id, from: person }), [cardView]);

  const rows = useMemo(() => staffShown(staff, filters).map((person) => {
    const row = lookups.staffIndex.get(person.id) ?? 0;
    const cards = byStaff.get(person.id) ?? EMPTY;
    const personDuties = duties[row] ?? new Uint8Array(slots.length);
    const totals = totalsOf(calendar, person, planned.get(person.id));
    const previous = rowCache.get(person);
    if (previous && previous.duties === personDuties && previous.totals === totals.text && previous.row === row && sameCards(previous.cards, cards)) return previous;
    const data: RotaRowData = { person, row, cards, duties: personDuties, totals: totals.text, overCap: totals.over };
    rowCache.set(person, data);
    return data;
  }), [calendar, staff, filters, lookups, byStaff, duties, slots.length, planned]);

  const unplacedView = useCallback((item: Unplaced): CardView => ({
    key: keyOf(['u', item.key]), pick: item.pick, what: item.what, spoken: ', not placed yet:', detail: item.detail,
    kind: `unplaced ${item.area ? `area-${item.area}` : `cover-${item.coverKind ?? 'duty'}`}`,
    badge: item.area ?? (item.coverKind ? COVER_BADGES[item.coverKind] : ''),
    pinned: false,
    sentence: `${item.what}, unplaced: ${item.detail}. ${item.reasons[0] ?? ''}`,
  }), []);
  const shownUnplaced = useMemo(() => unplaced.filter((u) => cardShown(filters, u) && (filters.week === '' || u.week === undefined || u.week === filters.week)), [unplaced, filters]);

  // What is selected, as the side panel shows it; a selection whose session has gone is dropped.
  const selection = useMemo<PanelSelection | null>(() => {
    const parts = selected ? parseKey(selected.key) : null;
    if (!parts) return null;
    if (parts[0] === 'u') {
      const item = unplaced.find((u) => u.key === parts[1]);
      return item ? { type: 'unplaced', item } : null;
    }
    const session = plan?.sessions.find((s) => s.id === parts[1]);
    if (!session) return null;
    const from = parts[2] !== null && session.staff.includes(parts[2]) ? parts[2] : null;
    return { type: 'session', session, from };
  }, [selected, plan, unplaced]);

  // The full first drawing of the grid, measured for the benchmark.
  useLayoutEffect(() => {
    if (!started) return;
    requestAnimationFrame(() => setTimeout(() => performance.measure('grid:render', 'grid:render-start'), 0));
  }, [started, layout]);

  // A saved drop is measured from the drop to the grid showing it.
  useLayoutEffect(() => {
    if (!dropPending.current) return;
    dropPending.current = false;
    requestAnimationFrame(() => setTimeout(() => performance.measure('grid:drop-to-shown', 'grid:drop'), 0));
  }, [plan]);

  // After a keyboard move, focus follows the card to its new place.
  useEffect(() => {
    const key = focusAfter.current;
    if (key === null) return;
    const card = document.querySelector<HTMLElement>(`[data-card="${CSS.escape(key)}"]`);
    if (card) {
      card.focus();
      focusAfter.current = null;
    }
  }, [plan]);

  const { applyPlan, announce } = editing;

  /** Runs a grid command: a done one shows the new plan and says what happened; a refusal says why. */
  const run = useCallback(async (call: () => Promise<GridOutcome>, said: (outcome: Extract<GridOutcome, { done: true }>) => string, refusedAs: string) => {
    try {
      const outcome = await call();
      if (dropPending.current) performance.measure('grid:drop-answered', 'grid:drop');
      if (!outcome.done) {
        // Nothing will be shown for a refused drop, so the next new plan is not its answer.
        dropPending.current = false;
        const text = `${refusedAs}: ${outcome.reason}`;
        setNotice({ tone: 'refused', text });
        announce(text);
        return null;
      }
      const message = said(outcome);
      applyPlan(outcome.plan, message, outcome.history);
      setNotice({ tone: 'done', text: message });
      return outcome;
    } catch (error) {
      dropPending.current = false;
      const text = asApiError(error).message;
      setNotice({ tone: 'refused', text });
      announce(text);
      return null;
    }
  }, [applyPlan, announce]);

  const sessionById = useCallback((id: string): Session | null => plan?.sessions.find((s) => s.id === id) ?? null, [plan]);

  const move = useCallback(async (pick: Pickup, slot: { week?: string | undefined; day: Session['day']; period: string }, staffId: string | undefined, keepFocus: boolean) => {
    const before = 'session' in pick ? sessionById(pick.session) : null;
    const to = slot.week === undefined ? { day: slot.day, period: slot.period } : { week: slot.week, day: slot.day, period: slot.period };
    const outcome = await run(
      () => client.call('session:move', { pick, to, ...(staffId === undefined ? {} : { staff: staffId }) }),
      (done) => {
        const after = done.plan.sessions.find((s) => s.id === done.session);
        return after ? `${movedSentence(calendar, lookups, before, after)}.` : done.label;
      },
      'Not moved',
    );
    const after = outcome?.plan.sessions.find((s) => s.id === outcome.session);
    if (after) {
      const person = 'from' in pick && pick.from !== undefined && before ? (after.staff[before.staff.indexOf(pick.from)] ?? after.staff[0]) : after.staff[0];
      const key = layout === 'rota' && person !== undefined ? keyOf(['s', after.id, person]) : keyOf(['t', after.id, subject?.kind === 'staff' ? subject.id : null]);
      setSelected({ key, person: person ?? null });
      if (keepFocus) focusAfter.current = key;
    }
  }, [client, run, sessionById, calendar, lookups, layout, subject]);

  const describe = useCallback((place: DropPlace, targets: DropTargets | null) => {
    const slot = slots[place.slot];
    const when = slot?.words ?? 'there';
    const person = staff[place.row];
    if (person) return `${when} with ${person.name}`;
    const any = targets?.anyStaff[place.slot];
    return any ? `${when} with ${namesOf(lookups, any)}` : `${when} with the same adults`;
  }, [slots, staff, lookups]);

  const onDrop = useCallback((data: DragData, place: DropPlace | null, targets: DropTargets | null, keyboard: boolean) => {
    if (!place) {
      setNotice({ tone: 'done', text: `${data.what} was not moved.` });
      return;
    }
    const slot = slots[place.slot];
    if (!slot) return;
    const person = staff[place.row]?.id;
    const { pick } = data;
    if ('session' in pick) {
      const session = sessionById(pick.session);
      const home = session ? slotIndexOf(calendar, session) : -1;
      if (session && home === place.slot && (person === undefined || person === (pick.from ?? session.staff[0]))) {
        setNotice({ tone: 'done', text: `${data.what} was not moved.` });
        announce(`${data.what} was not moved.`);
        return;
      }
    }
    const code = targets ? (targets.codes[place.row * targets.slotCount + place.slot] ?? 0) : 0;
    if (code > 0) {
      const text = `Not moved: ${targets?.reasons[code - 1]?.text ?? 'it breaks a rule there'}.`;
      setNotice({ tone: 'refused', text });
      announce(text);
      return;
    }
    performance.mark('grid:drop');
    dropPending.current = true;
    void move(pick, slot, person, keyboard);
  }, [slots, staff, sessionById, calendar, announce, move]);

  const onSelect = useCallback((key: string) => {
    const parts = parseKey(key);
    setSelected({ key, person: parts?.[0] === 's' ? parts[2] : null });
  }, []);
  const onMenu = useCallback((key: string, anchor: HTMLButtonElement) => {
    onSelect(key);
    setMenu({ key, anchor });
  }, [onSelect]);

  const openMove = useCallback((sel: PanelSelection) => {
    if (sel.type === 'unplaced') {
      setDialog({ kind: 'move', pick: sel.item.pick, title: `Place ${sel.item.what}`, current: null });
      return;
    }
    const { session, from } = sel;
    const what = lookups.groups.get(session.group ?? '')?.name ?? lookups.cover.get(session.cover ?? '')?.label ?? 'the session';
    setDialog({
      kind: 'move', pick: from === null ? { session: session.id } : { session: session.id, from }, title: `Move ${what}`,
      current: { slot: slotIndexOf(calendar, session), staff: session.staff, from },
    });
  }, [lookups, calendar]);

  const openGive = useCallback((sel: PanelSelection) => {
    if (sel.type !== 'session') return;
    const { session, from } = sel;
    const what = lookups.groups.get(session.group ?? '')?.name ?? lookups.cover.get(session.cover ?? '')?.label ?? 'the session';
    const whose = from !== null && session.staff.length > 1 ? ` instead of ${lookups.staff.get(from)?.name ?? from}` : '';
    setDialog({ kind: 'give', session: session.id, from, title: `Give ${what} on ${slotWords(calendar, session)} to someone else${whose}`, slot: slotIndexOf(calendar, session) });
  }, [lookups, calendar]);

  const pin = useCallback((id: string, pinned: boolean) => {
    void run(() => client.call(pinned ? 'session:pin' : 'session:unpin', { session: id }), (o) => `${o.label}.`, pinned ? 'Not pinned' : 'Not unpinned');
  }, [client, run]);
  const remove = useCallback((id: string) => {
    void run(() => client.call('session:remove', { session: id }), (o) => `${o.label}. Undo (Ctrl+Z) puts it back.`, 'Not taken off').then((o) => {
      if (o) setSelected(null);
    });
  }, [client, run]);

  const menuItems = (key: string): MenuItem[] => {
    const parts = parseKey(key);
    if (!parts) return [];
    if (parts[0] === 'u') {
      const item = unplaced.find((u) => u.key === parts[1]);
      return item ? [
        { label: 'Place…', onChoose: () => openMove({ type: 'unplaced', item }) },
        { label: 'Why it is not placed', onChoose: () => setSelected({ key, person: null }) },
      ] : [];
    }
    const session = sessionById(parts[1]);
    if (!session) return [];
    const from = parts[2] !== null && session.staff.includes(parts[2]) ? parts[2] : null;
    const sel: PanelSelection = { type: 'session', session, from };
    return [
      { label: 'Move to…', onChoose: () => openMove(sel) },
      { label: 'Give to…', onChoose: () => openGive(sel) },
      session.pinned ? { label: 'Unpin', onChoose: () => pin(session.id, false) } : { label: 'Pin', onChoose: () => pin(session.id, true) },
      { label: 'Remove from plan', onChoose: () => remove(session.id) },
      { label: 'Show details', onChoose: () => setSelected({ key, person: from }) },
    ];
  };

  const jump = useCallback((target: Subject) => {
    if (target.kind === 'staff' && layout === 'rota') {
      if (!staffShown(staff, filters).some((s) => s.id === target.id)) setFilters((f) => ({ ...f, role: '', skill: '' }));
      setReveal({ person: target.id });
      return;
    }
    performance.mark('grid:render-start');
    setSubject(target);
    setLayout('timetable');
  }, [layout, staff, filters]);

  const subjectName = useCallback((s: Subject) => [...subjects].find(([, v]) => v.kind === s.kind && v.id === s.id)?.[0] ?? s.id, [subjects]);
  const timetable = useMemo(() => {
    if (layout !== 'timetable' || subject === null) return null;
    const row = subject.kind === 'staff' ? (lookups.staffIndex.get(subject.id) ?? staff.length) : staff.length;
    const cards = sessionsOf(school, subject, lookups).map((s) => cardOf(calendar, s, lookups));
    return {
      row, cards,
      notes: notesOf(school, subject, slots),
      duties: subject.kind === 'staff' ? (duties[row] ?? null) : null,
    };
  }, [layout, subject, school, calendar, lookups, slots, duties, staff]);
  const timetableView = useCallback((card: CardInfo) => {
    const from = subject?.kind === 'staff' ? subject.id : null;
    return cardView(card, keyOf(['t', card.session.id, from]), from === null ? { session: card.session.id } : { session: card.session.id, from });
  }, [cardView, subject]);

  const nameOfUnfilled = useCallback((u: Unfilled) => {
    const what = u.group !== undefined ? (lookups.groups.get(u.group)?.name ?? u.group) : (lookups.cover.get(u.cover ?? '')?.label ?? 'Cover');
    return calendar.weeks.length > 1 && u.week ? `${what} (Week ${u.week})` : what;
  }, [lookups, calendar]);

  const pinnedCount = plan?.sessions.filter((s) => s.pinned === true).length ?? 0;
  const panelActions = {
    moveTo: () => selection && openMove(selection),
    giveTo: () => selection && openGive(selection),
    pin: () => selection?.type === 'session' && pin(selection.session.id, true),
    unpin: () => selection?.type === 'session' && pin(selection.session.id, false),
    remove: () => selection?.type === 'session' && remove(selection.session.id),
    place: () => selection && openMove(selection),
    close: () => setSelected(null),
  };

  return (
    <div className="grid-screen">
      <GridToolbar
        school={school}
        layout={layout}
        subject={subject}
        filters={filters}
        subjects={subjects}
        subjectName={subjectName}
        onLayout={(l) => {
          performance.mark('grid:render-start');
          if (l === 'timetable' && subject === null) setSubject(selection?.type === 'session' && selection.session.staff[0] ? { kind: 'staff', id: selection.session.staff[0] } : staff[0] ? { kind: 'staff', id: staff[0].id } : null);
          setLayout(l);
        }}
        onSubject={setSubject}
        onFilters={setFilters}
        onJump={jump}
        onPlan={() => setDialog({ kind: 'plan' })}
      />
      {notice && (
        <p className={`grid-notice ${notice.tone}`} role={notice.tone === 'refused' ? 'alert' : undefined}>
          <span className="grid-notice-text">{notice.text}</span>
          <button type="button" className="link" onClick={() => setNotice(null)}>Dismiss</button>
        </p>
      )}
      <DragLayer version={plan} describe={describe} onDrop={onDrop}>
        <div className="grid-main">
          {layout === 'rota' ? (
            <RotaView school={school} rows={rows} slots={shownSlots} selected={selected} reveal={reveal} viewOf={rotaView} onSelect={onSelect} onMenu={onMenu} />
          ) : timetable && subject ? (
            <TimetableView
              school={school}
              title={subjectName(subject)}
              slots={shownSlots}
              row={timetable.row}
              cards={timetable.cards}
              notes={timetable.notes}
              duties={timetable.duties}
              selected={selected?.key ?? null}
              viewOf={timetableView}
              onSelect={onSelect}
              onMenu={onMenu}
            />
          ) : (
            <p className="muted">Choose whose timetable to show.</p>
          )}
        </div>
        <div className="grid-side">
          <UnplacedTray items={shownUnplaced} selected={selected?.key ?? null} viewOf={unplacedView} onSelect={onSelect} onMenu={onMenu} />
          <SidePanel school={school} lookups={lookups} selection={selection} sessionsPlanned={groupTotals} actions={panelActions} />
        </div>
      </DragLayer>
      {menu && <CardMenu label="Card actions" anchor={menu.anchor} items={menuItems(menu.key)} onClose={() => setMenu(null)} />}
      {dialog?.kind === 'move' && (
        <MoveDialog
          title={dialog.title}
          pick={dialog.pick}
          slots={slots}
          staff={staff}
          lookups={lookups}
          current={dialog.current}
          onClose={() => setDialog(null)}
          onChoose={(choice: MoveChoice) => {
            setDialog(null);
            void move(dialog.pick, choice.slot, choice.staff, false);
          }}
        />
      )}
      {dialog?.kind === 'give' && (
        <GiveDialog
          title={dialog.title}
          session={dialog.session}
          from={dialog.from}
          onClose={() => setDialog(null)}
          onGive={(person) => {
            const slot = slots[dialog.slot];
            setDialog(null);
            if (slot) void move(dialog.from === null ? { session: dialog.session } : { session: dialog.session, from: dialog.from }, slot, person, false);
          }}
        />
      )}
      {dialog?.kind === 'plan' && (
        <PlanRun
          pinned={pinnedCount}
          nameOf={nameOfUnfilled}
          onClose={() => setDialog(null)}
          onAccepted={(outcome) => {
            applyPlan(outcome.plan, `${outcome.label}.`, outcome.history);
            setNotice({ tone: 'done', text: `${outcome.label}.` });
          }}
        />
      )}
    </div>
  );
}
