/**
 * Hard rule 8: a cover session sits in its cover item's slot, in its room when the item names one
 * (a session that names no room is in the item's room), with at most `staffNeeded` people in all
 * (counted per cover item and week, across its sessions). Cover for a class may share the room of
 * that class's lesson; any other lesson occupies its room, as for group sessions (rule 5).
 */
import { count, describeSlot } from './describe';
import { idsOf, othersIn, slotWordsOf, type RuleContext } from './rule-context';
import { whenOf } from './placement';

/** Checks rule 8 for the judged session (cover sessions only). */
export function checkCover(ctx: RuleContext): void {
  const { facts, self } = ctx;
  const item = self.cover;
  if (item === undefined) return;
  const cover = item.cover;
  const ids = [self.session.id];

  const rightWeek = item.week === -1 || item.week === self.week;
  if (!rightWeek || item.day !== self.day || item.period !== self.first) {
    ctx.emit(() => ({
      rule: 8, code: 'cover-wrong-slot', sessions: ids,
      message: `${cover.label} is on ${describeSlot(facts.calendar, cover.week, cover.day, cover.period)}, not ${whenOf(facts, self)}`,
    }));
  }

  if (cover.room !== undefined && self.session.room !== undefined && self.session.room !== cover.room) {
    const wanted = item.room >= 0 ? (facts.rooms[item.room]?.name ?? cover.room) : cover.room;
    const actual = facts.rooms[self.room]?.name ?? self.session.room;
    ctx.emit(() => ({
      rule: 8, code: 'cover-wrong-room', sessions: ids,
      message: `${cover.label} is in ${wanted}, not ${actual}`,
    }));
  }

  const needed = cover.staffNeeded ?? 1;
  const sameItem = othersIn(ctx, ctx.occupancy.coverWeek[item.index * facts.weekCount + self.week]);
  let people = self.session.staff.length;
  for (const p of sameItem) people += p.session.staff.length;
  if (people > needed) {
    ctx.emit(() => ({
      rule: 8, code: 'cover-overstaffed', sessions: idsOf(self, sameItem),
      message: `${cover.label} needs ${count(needed, 'person', 'people')}, but ${people} would be on it`,
    }), `cover-overstaffed|${item.index}|${self.week}`);
  }

  if (self.room >= 0) {
    for (const slot of self.slots) {
      const lessons = facts.roomLessons[self.room * facts.slotCount + slot];
      const lesson = lessons?.find((l) => l.class !== cover.class);
      if (lesson === undefined) continue;
      const room = facts.rooms[self.room]?.name ?? '';
      const className = facts.classById.get(lesson.class)?.name ?? lesson.class;
      ctx.emit(() => ({
        rule: 8, code: 'room-has-lesson', sessions: ids,
        message: `${room} has a ${lesson.subject} lesson (${className}) on ${slotWordsOf(ctx, slot)}, so ${cover.label} cannot use it`,
      }));
      break;
    }
  }
}
