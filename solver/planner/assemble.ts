/** Turning a placement into plan sessions, reusing the ids of sessions that stay or move. */
import type { Session } from '../model';
import type { Placement } from './greedy';
import type { GroupOption } from './options';
import type { Prepared } from './prepare';
import type { PreviousPlan } from './previous';

/** The plan's sessions: pinned ones as they were, then every placed group session and cover. */
export function assembleSessions(p: Prepared, options: readonly GroupOption[], placement: Placement, previous: PreviousPlan): Session[] {
  const used = new Set(p.pinned.map((s) => s.id));
  const sessions: Session[] = [...p.pinned];
  // One-week schools leave weeks out, as the spec allows; two-week schools always name them.
  const weekOf = (w: number) => (p.weeks.length > 1 ? p.weeks[w] : undefined);
  const slotParts = (slot: number) => {
    const week = Math.floor(slot / p.slotsPerWeek);
    const inWeek = slot % p.slotsPerWeek;
    return { week, day: p.days[Math.floor(inWeek / p.periodIds.length)]!, period: p.periodIds[inWeek % p.periodIds.length]! };
  };

  // Previous unpinned sessions per group and week: kept in place first, then moved, then new.
  const spare = new Map<string, string[]>();
  for (const s of previous.sessions) {
    if (s.pinned === true || s.group === undefined || used.has(s.id)) continue;
    const key = `${s.group}:${s.week ?? p.weeks[0]}`;
    const list = spare.get(key) ?? [];
    list.push(s.id);
    spare.set(key, list);
  }
  const chosen = placement.sessions.map((c) => ({ ...c, o: options[c.option]! }));
  const ids = new Map<number, string>();
  for (const c of chosen) {
    const before = previous.groupAt.get(`${c.o.group}:${c.o.slots[0]}`);
    if (before && !used.has(before.id)) {
      ids.set(c.option, before.id);
      used.add(before.id);
    }
  }
  for (const c of chosen) {
    if (ids.has(c.option)) continue;
    const group = p.groups[c.o.group]!.group;
    const key = `${group.id}:${p.weeks[c.o.week]}`;
    const list = spare.get(key) ?? [];
    let id = list.find((candidate) => !used.has(candidate));
    if (id === undefined) {
      for (let n = 1; id === undefined || used.has(id); n++) id = `${group.id}.${p.weeks[c.o.week]}${n}`;
    }
    ids.set(c.option, id);
    used.add(id);
  }
  for (const c of chosen) {
    const group = p.groups[c.o.group]!.group;
    const at = slotParts(c.o.slots[0]!);
    const week = weekOf(at.week);
    sessions.push({
      id: ids.get(c.option)!,
      group: group.id,
      ...(week !== undefined && { week }),
      day: at.day,
      period: at.period,
      ...(c.room !== undefined && { room: p.school.rooms[c.room]!.id }),
      staff: c.staff.map((s) => p.staff[s]!.staff.id),
    });
  }

  const coverIds = new Map<string, string>();
  for (const s of previous.sessions) if (s.cover !== undefined && s.pinned !== true) coverIds.set(`${s.cover}:${s.week ?? p.weeks[0]}`, s.id);
  for (const [item, staff] of [...placement.cover].sort((a, b) => a[0] - b[0])) {
    const c = p.cover[item]!;
    const at = slotParts(c.slot);
    const week = weekOf(at.week);
    let id = coverIds.get(`${c.cover.id}:${p.weeks[at.week]}`);
    if (id === undefined || used.has(id)) {
      id = c.cover.week !== undefined || p.weeks.length === 1 ? c.cover.id : `${c.cover.id}.${p.weeks[at.week]}`;
      for (let n = 2; used.has(id); n++) id = `${c.cover.id}.${n}`;
    }
    used.add(id);
    sessions.push({
      id,
      cover: c.cover.id,
      ...(week !== undefined && { week }),
      day: at.day,
      period: at.period,
      ...(c.cover.room !== undefined && { room: c.cover.room }),
      staff: staff.map((s) => p.staff[s]!.staff.id),
    });
  }
  return sessions;
}
