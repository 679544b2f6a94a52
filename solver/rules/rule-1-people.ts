/**
 * Hard rule 1: a person is in one place at a time. Never two sessions in one slot, never a
 * session where they are busy, teaching a lesson (the lesson names them as teacher), or not
 * available. A PPA cover item's class teacher is not available to it (the spec's Cover section).
 */
import { dayName, listWords, isAre } from './describe';
import { whenOf, type Placement } from './placement';
import { idsOf, isOther, pairKey, slotWordsOf, staffName, type RuleContext } from './rule-context';

/** Checks rule 1 for the judged session. */
export function checkPeople(ctx: RuleContext): void {
  const { facts, self } = ctx;
  const { slotCount } = facts;
  const ids = [self.session.id];

  const seen = new Set<string>();
  const repeated = new Set<string>();
  for (const id of self.session.staff) {
    if (seen.has(id)) repeated.add(id);
    seen.add(id);
  }
  for (const id of repeated) {
    ctx.emit(() => ({
      rule: 1, code: 'staff-repeated', sessions: ids,
      message: `${facts.staffById.get(id)?.staff.name ?? id} is listed more than once on ${self.what} on ${whenOf(facts, self)}`,
    }));
  }

  for (const s of self.staff) {
    const name = staffName(ctx, s);
    const item = self.cover;
    if (item !== undefined && item.ppaTeacher === s) {
      const className = item.coveredClass?.name ?? 'the class';
      ctx.emit(() => ({
        rule: 1, code: 'class-teacher-on-own-ppa', sessions: ids,
        message: `${name} is the class teacher of ${className}, so cannot cover their own PPA (${item.cover.label}) on ${whenOf(facts, self)}`,
      }));
    }
    // A pinned session naming someone who has since left is kept as the school pinned it (the
    // import lists it to be changed by hand, validate warns); no new work goes to them.
    const left = facts.staff[s]?.staff.left;
    if (left !== undefined && self.session.pinned !== true) {
      ctx.emit(() => ({
        rule: 1, code: 'staff-left', sessions: ids,
        message: `${name} has left the school (marked as left on ${left}), so cannot be on ${self.what}`,
      }));
    }
    const base = s * slotCount;
    let offSlot = -1;
    let busySlot = -1;
    let teachingSlot = -1;
    for (const slot of self.slots) {
      if (offSlot < 0 && facts.staffWorks[base + slot] === 0) offSlot = slot;
      if (busySlot < 0 && facts.staffBusy[base + slot] !== undefined) busySlot = slot;
      if (teachingSlot < 0 && facts.staffTeaching[base + slot] !== undefined) teachingSlot = slot;
    }
    if (offSlot >= 0) {
      const dayIndex = s * facts.weekCount * facts.dayCount + self.week * facts.dayCount + self.day;
      const twoWeek = facts.weekCount > 1;
      const offAllDay = facts.staffWorksDay[dayIndex] === 0;
      ctx.emit(() => ({
        rule: 1, code: 'staff-not-working', sessions: ids,
        message: offAllDay
          ? `${name} does not work on ${dayName(self.session.day)}s${twoWeek ? ` in Week ${self.session.week}` : ''}`
          : `${name} is not working on ${slotWordsOf(ctx, offSlot)}`,
      }));
    }
    if (busySlot >= 0) {
      const busy = facts.staffBusy[base + busySlot];
      ctx.emit(() => ({
        rule: 1, code: 'staff-busy', sessions: ids,
        message: `${name} is busy on ${slotWordsOf(ctx, busySlot)}${busy?.what ? `: ${busy.what}` : ''}`,
      }));
    }
    if (teachingSlot >= 0) {
      const lesson = facts.staffTeaching[base + teachingSlot];
      const className = lesson === undefined ? '' : (facts.classById.get(lesson.class)?.name ?? lesson.class);
      ctx.emit(() => ({
        rule: 1, code: 'staff-teaching', sessions: ids,
        message: `${name} is teaching ${lesson?.subject ?? 'a lesson'} (${className}) on ${slotWordsOf(ctx, teachingSlot)}`,
      }));
    }
  }

  // Clashes with other sessions, one report per other session naming everyone shared.
  const clashes = new Map<Placement, { staff: number[]; slot: number }>();
  for (const s of self.staff) {
    const base = s * slotCount;
    for (const slot of self.slots) {
      const list = ctx.occupancy.staffAt[base + slot];
      if (list === undefined) continue;
      for (const other of list) {
        if (!isOther(ctx, other)) continue;
        const clash = clashes.get(other);
        if (clash === undefined) clashes.set(other, { staff: [s], slot });
        else if (!clash.staff.includes(s)) clash.staff.push(s);
      }
    }
  }
  for (const [other, clash] of clashes) {
    const names = clash.staff.map((s) => staffName(ctx, s));
    ctx.emit(() => ({
      rule: 1, code: 'staff-double-booked', sessions: idsOf(self, [other]),
      message: `${listWords(names)} ${isAre(names.length)} already with ${other.what} on ${slotWordsOf(ctx, clash.slot)}, so cannot also take ${self.what}`,
    }), pairKey('staff-double-booked', self, other));
  }
}
