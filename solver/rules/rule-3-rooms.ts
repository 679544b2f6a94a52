/**
 * Hard rule 3: when the school lists any rooms, every group session has one. A room holds at
 * most one session per slot, with capacity >= pupils + adults, and its kind is one of the
 * group's `roomKinds` when given. Sessions of one cover item in one room are one use of it (a
 * cover item needing two people may be written as two sessions).
 */
import { count, roomKindWithArticle, roomKindsList } from './describe';
import { whenOf, type Placement } from './placement';
import { idsOf, isOther, pairKey, slotWordsOf, type RuleContext } from './rule-context';

/** Checks rule 3 for the judged session. */
export function checkRooms(ctx: RuleContext): void {
  const { facts, self } = ctx;
  const ids = [self.session.id];
  if (self.group !== undefined && facts.rooms.length > 0 && self.session.room === undefined) {
    ctx.emit(() => ({ rule: 3, code: 'room-missing', sessions: ids, message: `${self.what} on ${whenOf(facts, self)} has no room` }));
  }
  if (self.room < 0) return;
  const room = facts.rooms[self.room];
  if (room === undefined) return;

  const clashes = new Map<Placement, number>();
  const sameItem: Placement[] = [];
  for (const slot of self.slots) {
    const list = ctx.occupancy.roomAt[self.room * facts.slotCount + slot];
    if (list === undefined) continue;
    for (const other of list) {
      if (!isOther(ctx, other)) continue;
      if (self.cover !== undefined && other.cover === self.cover) {
        if (!sameItem.includes(other)) sameItem.push(other);
      } else if (!clashes.has(other)) {
        clashes.set(other, slot);
      }
    }
  }
  for (const [other, slot] of clashes) {
    ctx.emit(() => ({
      rule: 3, code: 'room-double-booked', sessions: idsOf(self, [other]),
      message: `${room.name} is already used by ${other.what} on ${slotWordsOf(ctx, slot)}, so cannot also hold ${self.what}`,
    }), pairKey('room-double-booked', self, other));
  }

  let pupils = 0;
  let adults = self.staff.length;
  if (self.group !== undefined) {
    pupils = self.group.group.pupils.length;
    // A candidate still short of adults is judged with the adults it will need.
    adults = Math.max(adults, self.group.adults);
  } else {
    pupils = self.cover?.coveredClass?.pupils.length ?? 0;
    for (const other of sameItem) adults += other.staff.length;
  }
  if (pupils + adults > room.capacity) {
    const people = pupils > 0 ? `${count(pupils, 'pupil')} and ${count(adults, 'adult')}` : count(adults, 'adult');
    const sessions = idsOf(self, sameItem);
    ctx.emit(() => ({
      rule: 3, code: 'room-too-small', sessions,
      message: `${room.name} is too small for ${self.what} (${people}; it holds ${room.capacity})`,
    }), sameItem.length > 0 ? `room-too-small|${self.cover?.index}|${self.room}|${self.slots[0]}` : undefined);
  }

  const kinds = self.group?.group.roomKinds;
  if (kinds !== undefined && !kinds.includes(room.kind)) {
    ctx.emit(() => ({
      rule: 3, code: 'room-wrong-kind', sessions: ids,
      message: `${room.name} is ${roomKindWithArticle(room.kind)}, but ${self.what} needs ${roomKindsList(kinds)}`,
    }));
  }
}
