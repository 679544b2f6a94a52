/**
 * Where a picked-up card may go, judged by the same rule checker the planner's answers pass
 * (`RuleBook.allows`, and `violationsFor` for the words). The drop targets of the whole grid and
 * a single move are worked out by this one class, so what the grid shows and what a drop does
 * cannot disagree.
 *
 * Checking every (slot, adult) pair in full is about a microsecond each, but most pairs fail for
 * a reason that depends only on the slot (the pupils have a protected lesson, the group already
 * runs that day) or only on the adult (not trained), so those are found once per slot and once
 * per adult from a probe session, and only the pairs that pass both are checked in full.
 */
import type { Session } from '../../solver/model/school-file';
import type { Violation, ViolationCode } from '../../solver/rules';
import type { OpenPlan } from './open-plan';
import { staffWith, weekOf, type Picked } from './picks';
import { slotText } from './words';

/** Why a drop is refused: the hard rule it breaks, in plain words. */
export interface Reason {
  rule: number;
  text: string;
}

/** Rule breaks that depend only on the session's slot and room, never on who takes it. */
const SLOT_CODES: ReadonlySet<ViolationCode> = new Set<ViolationCode>([
  'pupil-double-booked', 'room-double-booked', 'room-too-small', 'room-wrong-kind', 'room-has-lesson', 'room-missing',
  'wrong-period-kind', 'not-consecutive', 'group-period-not-allowed', 'group-fixed-slot', 'protected-lesson',
  'too-many-sessions', 'two-sessions-one-day', 'cover-wrong-slot', 'cover-wrong-room', 'slot-unknown',
]);

/** Rule breaks about the room alone: another room may do. */
const ROOM_CODES: ReadonlySet<ViolationCode> = new Set<ViolationCode>([
  'room-double-booked', 'room-too-small', 'room-wrong-kind', 'room-has-lesson', 'room-missing',
]);

/**
 * Rule breaks that depend only on who takes it, and whose words name no slot, so one probe per
 * adult speaks for every slot. (A named lead or the same-adult rule also depend only on the adult,
 * but their words name the slot, so those pairs are checked in full.)
 */
const STAFF_CODES: ReadonlySet<ViolationCode> = new Set<ViolationCode>([
  'skill-missing', 'skill-expired', 'role-not-allowed', 'needs-specified-work', 'wrong-staff-sex',
]);

interface SlotPlan {
  /** The session moved to this slot, in the room it would use, with the picked session's staff. */
  at: Session;
  problem: Reason | null;
}

/** A drop's outcome: the session it would write, or why not. */
export type Drop = { session: Session; reason: null } | { session: null; reason: Reason };

function reasonOf(v: Violation): Reason {
  return { rule: v.rule, text: v.message };
}

export class DropPlanner {
  readonly slotCount: number;
  private readonly slots: (SlotPlan | undefined)[];
  private readonly staffReasons = new Map<string, Reason | null>();
  private readonly fittingRooms: string[];
  private order: string[] | null = null;

  constructor(private readonly open: OpenPlan, readonly picked: Picked) {
    this.slotCount = open.index.slotCount;
    this.slots = new Array<SlotPlan | undefined>(this.slotCount).fill(undefined);
    this.fittingRooms = this.roomsThatFit();
  }

  /** The slot number of (week, day, period), or -1 when the calendar has no such slot. */
  slotOf(slot: { week?: string | undefined; day: string; period: string }): number {
    const { index } = this.open;
    const w = index.weekCount > 1 ? (slot.week === undefined ? undefined : index.weeks.get(slot.week)) : 0;
    const d = index.days.get(slot.day);
    const p = index.periods.get(slot.period);
    if (w === undefined || d === undefined || p === undefined) return -1;
    return (w * index.dayCount + d) * index.periodCount + p;
  }

  /** The picked session moved to slot `s` (its room chosen there), and whether the slot itself allows it. */
  slotPlan(s: number): SlotPlan {
    const known = this.slots[s];
    if (known) return known;
    const plan = this.planSlot(s);
    this.slots[s] = plan;
    return plan;
  }

  /** Why `person` can never take it, whatever the slot; null when they might. */
  staffReason(person: string): Reason | null {
    const known = this.staffReasons.get(person);
    if (known !== undefined) return known;
    const { base } = this.picked;
    const home = this.slotOf(base);
    const probe = { ...this.slotPlan(home < 0 ? 0 : home).at, staff: staffWith(this.picked, person) };
    const found = this.open.book.violationsFor(probe).find((v) => STAFF_CODES.has(v.code));
    const reason = found ? reasonOf(found) : null;
    this.staffReasons.set(person, reason);
    return reason;
  }

  /** Dropping on `person`'s row in slot `s`. */
  dropOn(s: number, person: string): Drop {
    const slot = this.slotPlan(s);
    const reasons = [slot.problem, this.staffReason(person)].filter((r): r is Reason => r !== null);
    // The lower rule number first, as the checker lists them.
    if (reasons.length > 0) return { session: null, reason: reasons.sort((a, b) => a.rule - b.rule)[0]! };
    const alone: Session = { ...slot.at, staff: staffWith(this.picked, person) };
    if (this.needsPartners(alone)) {
      // Whatever this person cannot do themselves is the reason, before looking for a partner.
      const own = this.open.book.violationsFor(alone).find((v) => v.code !== 'wrong-adult-count');
      if (own) return { session: null, reason: reasonOf(own) };
    }
    const candidate = this.withPartners(alone);
    if (candidate === null) {
      return { session: null, reason: { rule: 7, text: `Nobody else who could work with them on ${this.picked.what} is free on ${slotText(this.open.school, slot.at)}` } };
    }
    return this.judge(candidate);
  }

  /**
   * Dropping where the adults stay as they are: a planned session keeps its staff; demand from the
   * tray goes to the first adult, in order of preference, who can take it there.
   */
  dropKeepingStaff(s: number): Drop {
    const slot = this.slotPlan(s);
    if (slot.problem) return { session: null, reason: slot.problem };
    if (this.picked.kind === 'session') return this.judge(slot.at);
    for (const person of this.preferenceOrder()) {
      if (this.staffReason(person) !== null) continue;
      const drop = this.dropOn(s, person);
      if (drop.session) return drop;
    }
    return { session: null, reason: { rule: 1, text: `Nobody who could take ${this.picked.what} is free on ${slotText(this.open.school, slot.at)}` } };
  }

  private judge(candidate: Session): Drop {
    const { book } = this.open;
    if (book.allows(candidate)) return { session: candidate, reason: null };
    const first = book.violationsFor(candidate)[0];
    // allows and violationsFor run the same rules; should they ever disagree, refusing is the safe side.
    return { session: null, reason: first ? reasonOf(first) : { rule: 1, text: `${this.picked.what} cannot go there` } };
  }

  /** Tray demand for a group that needs more adults than the one it was dropped on. */
  private needsPartners(candidate: Session): boolean {
    return this.picked.kind === 'group' && candidate.staff.length < (this.picked.group?.adults ?? 1);
  }

  /** A group needing more than one adult gets the first free partners, in order of preference. */
  private withPartners(candidate: Session): Session | null {
    if (!this.needsPartners(candidate)) return candidate;
    const needed = this.picked.group?.adults ?? 1;
    let staff = candidate.staff;
    for (const person of this.preferenceOrder()) {
      if (staff.length >= needed) break;
      if (staff.includes(person) || this.staffReason(person) !== null) continue;
      const next = [...staff, person];
      const trial = { ...candidate, staff: next };
      const ok = next.length === needed
        ? this.open.book.allows(trial)
        : this.open.book.violationsFor(trial).every((v) => v.code === 'wrong-adult-count');
      if (ok) staff = next;
    }
    return staff.length === needed ? { ...candidate, staff } : null;
  }

  /**
   * Who should get demand first: the group's named lead, its preferred staff, whoever already
   * leads its sessions, then whoever has the fewest periods planned that week.
   */
  preferenceOrder(): string[] {
    if (this.order) return this.order;
    const { school } = this.open;
    const { picked } = this;
    const week = weekOf(school, picked.base.week);
    const load = new Map<string, number>();
    const leads = new Set<string>();
    for (const s of school.plan?.sessions ?? []) {
      if (weekOf(school, s.week) === week) for (const id of s.staff) load.set(id, (load.get(id) ?? 0) + 1);
      if (picked.group && s.group === picked.group.id && s.staff[0] !== undefined) leads.add(s.staff[0]);
    }
    const group = picked.group;
    const rank = (id: string) => {
      if (group?.lead === id) return 0;
      if (group?.preferredStaff?.includes(id)) return 1;
      if (leads.has(id)) return 2;
      return 3;
    };
    const position = new Map(school.staff.map((s, i) => [s.id, i]));
    this.order = school.staff
      .map((s) => s.id)
      .sort((a, b) => rank(a) - rank(b) || (load.get(a) ?? 0) - (load.get(b) ?? 0) || (position.get(a) ?? 0) - (position.get(b) ?? 0));
    return this.order;
  }

  private planSlot(s: number): SlotPlan {
    const { index, school, book } = this.open;
    const { picked } = this;
    const period = s % index.periodCount;
    const day = Math.floor(s / index.periodCount) % index.dayCount;
    const week = Math.floor(s / (index.periodCount * index.dayCount));
    const twoWeek = index.weekCount > 1;
    const base = picked.base;
    const { week: _week, ...rest } = base;
    const at: Session = {
      ...rest,
      // A one-week school's sessions keep whatever they said about the week (usually nothing).
      ...(twoWeek ? { week: school.calendar.weeks[week] } : base.week === undefined ? {} : { week: base.week }),
      day: school.calendar.days[day] ?? base.day,
      period: school.calendar.periods[period]?.id ?? base.period,
    };
    const slotProblem = (violations: readonly Violation[]) => {
      const found = violations.find((v) => SLOT_CODES.has(v.code) && !ROOM_CODES.has(v.code));
      return found ? reasonOf(found) : null;
    };
    if (picked.group === undefined || school.rooms.length === 0) {
      const found = book.violationsFor({ ...at, staff: [] }).find((v) => SLOT_CODES.has(v.code));
      return { at, problem: found ? reasonOf(found) : null };
    }
    // Keep the room it has while it is still free there; else the best free room that suits it.
    const tries = base.room === undefined ? this.fittingRooms : [base.room, ...this.fittingRooms.filter((r) => r !== base.room)];
    for (const room of tries) {
      const violations = book.violationsFor({ ...at, room, staff: [] });
      if (violations.some((v) => ROOM_CODES.has(v.code))) continue;
      return { at: { ...at, room }, problem: slotProblem(violations) };
    }
    const fallback = tries[0];
    const when = slotText(school, at);
    return {
      at: fallback === undefined ? at : { ...at, room: fallback },
      problem: {
        rule: 3,
        text: this.fittingRooms.length === 0
          ? `No room in the school suits ${picked.what} (its kind of room, big enough for the group and its adults)`
          : `No room that suits ${picked.what} is free on ${when}`,
      },
    };
  }

  /** Rooms of a kind the group allows and big enough for it, the closest fit first. */
  private roomsThatFit(): string[] {
    const group = this.picked.group;
    if (!group) return [];
    const people = group.pupils.length + (group.adults ?? 1);
    const kinds = group.roomKinds;
    const kindRank = (kind: string) => (kinds === undefined ? 0 : kinds.indexOf(kind as (typeof kinds)[number]));
    return this.open.school.rooms
      .map((room, position) => ({ room, position }))
      .filter(({ room }) => kindRank(room.kind) >= 0 && room.capacity >= people)
      .sort((a, b) => kindRank(a.room.kind) - kindRank(b.room.kind) || a.room.capacity - b.room.capacity || a.position - b.position)
      .map(({ room }) => room.id);
  }
}
