/**
 * Giving each placed session a room. The model only promised enough rooms slot by slot for each
 * kind of need; here rooms are matched for real, and when they cannot be, the reason comes back
 * as a new row for the model (a set of rooms that is too small for the sessions needing them).
 */
import type { GroupOption } from './options';

export type RoomOutcome =
  | { ok: true; rooms: Map<number, number> }
  | { ok: false; cut: { kind: 'hall'; slot: number; rooms: number[] } | { kind: 'no-good'; options: number[] } };

/**
 * Rooms for the sessions of one school day. `preferred` gives a room to try first for an option
 * (its room in the previous plan); otherwise the smallest fitting room is tried first.
 */
export function assignRooms(
  day: readonly GroupOption[],
  capacity: (room: number) => number,
  preferred: (option: GroupOption) => number | undefined,
): RoomOutcome {
  const rooms = new Map<number, number>();
  const used = new Map<number, Set<number>>(); // slot -> rooms taken
  const take = (slot: number, room: number) => {
    const set = used.get(slot);
    if (set) set.add(room);
    else used.set(slot, new Set([room]));
  };
  const order = (o: GroupOption): number[] => {
    const first = preferred(o);
    return [...o.rooms].sort((a, b) => (a === first ? -1 : b === first ? 1 : capacity(a) - capacity(b) || a - b));
  };

  // Slot by slot first, every session counted (long ones in each slot they cover): a shortfall
  // here is Hall's condition failing, a cut valid for every plan.
  const everySlot = new Map<number, GroupOption[]>();
  for (const o of day) for (const slot of o.slots) everySlot.set(slot, [...(everySlot.get(slot) ?? []), o]);
  for (const [slot, here] of everySlot) {
    const matched = match(here, order, new Set());
    if (!matched.ok) return { ok: false, cut: { kind: 'hall', slot, rooms: matched.rooms } };
  }

  const long = day.filter((o) => o.slots.length > 1).sort((a, b) => a.rooms.length - b.rooms.length || a.id - b.id);
  // Only a long session must keep one room across its periods; when that is what fails, rule out
  // this combination of the long sessions and the sessions sharing their periods.
  const tangle = () => {
    const covered = new Set(long.flatMap((o) => o.slots));
    return day.filter((o) => o.slots.some((slot) => covered.has(slot))).map((o) => o.id);
  };
  if (long.length > 0 && !placeLong(long, 0, order, used, rooms)) {
    return { ok: false, cut: { kind: 'no-good', options: tangle() } };
  }
  for (const o of long) for (const slot of o.slots) take(slot, rooms.get(o.id)!);

  const short = day.filter((o) => o.slots.length === 1);
  const bySlot = new Map<number, GroupOption[]>();
  for (const o of short) {
    const list = bySlot.get(o.slots[0]!);
    if (list) list.push(o);
    else bySlot.set(o.slots[0]!, [o]);
  }
  for (const [slot, here] of bySlot) {
    const taken = used.get(slot) ?? new Set<number>();
    const matched = match(here, order, taken);
    if (!matched.ok) return { ok: false, cut: { kind: 'no-good', options: tangle() } };
    for (const [option, room] of matched.rooms) rooms.set(option, room);
  }
  return { ok: true, rooms };
}

function placeLong(
  long: readonly GroupOption[],
  i: number,
  order: (o: GroupOption) => number[],
  used: Map<number, Set<number>>,
  rooms: Map<number, number>,
): boolean {
  const o = long[i];
  if (!o) return true;
  for (const room of order(o)) {
    if (o.slots.some((slot) => used.get(slot)?.has(room))) continue;
    for (const slot of o.slots) {
      const set = used.get(slot);
      if (set) set.add(room);
      else used.set(slot, new Set([room]));
    }
    rooms.set(o.id, room);
    if (placeLong(long, i + 1, order, used, rooms)) {
      // Undo the marks: the caller re-marks the final choice for every long session.
      for (const slot of o.slots) used.get(slot)!.delete(room);
      return true;
    }
    for (const slot of o.slots) used.get(slot)!.delete(room);
    rooms.delete(o.id);
  }
  return false;
}

/** Kuhn's augmenting paths; on failure, the rooms reachable from an unmatched session (Hall's set). */
function match(
  sessions: readonly GroupOption[],
  order: (o: GroupOption) => number[],
  taken: ReadonlySet<number>,
): { ok: true; rooms: Map<number, number> } | { ok: false; rooms: number[] } {
  const roomOf = new Map<number, number>(); // option -> room
  const holder = new Map<number, GroupOption>(); // room -> option
  const tryPlace = (o: GroupOption, seen: Set<number>): boolean => {
    for (const room of order(o)) {
      if (taken.has(room) || seen.has(room)) continue;
      seen.add(room);
      const other = holder.get(room);
      if (!other || tryPlace(other, seen)) {
        holder.set(room, o);
        roomOf.set(o.id, room);
        return true;
      }
    }
    return false;
  };
  for (const o of sessions) {
    const seen = new Set<number>();
    if (!tryPlace(o, seen)) return { ok: false, rooms: [...seen] };
  }
  return { ok: true, rooms: roomOf };
}
