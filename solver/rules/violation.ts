/** What the hard-rule checker reports: one broken rule, the sessions involved, and why in plain words. */

/** Stable codes for every way a plan can break a hard rule; the UI and tests key on these. */
export type ViolationCode =
  // Rule 1: a person is in one place at a time.
  | 'staff-double-booked'
  | 'staff-repeated'
  | 'staff-not-working'
  | 'staff-left'
  | 'staff-busy'
  | 'staff-teaching'
  | 'class-teacher-on-own-ppa'
  // Rule 2: a pupil is in at most one group session per slot.
  | 'pupil-double-booked'
  // Rule 3: rooms.
  | 'room-missing'
  | 'room-double-booked'
  | 'room-too-small'
  | 'room-wrong-kind'
  // Rule 4: skills, roles, specified work.
  | 'skill-missing'
  | 'skill-expired'
  | 'role-not-allowed'
  | 'needs-specified-work'
  // Rule 5: when and where a group session may sit (rule 8 for cover in a lesson's room).
  | 'wrong-period-kind'
  | 'not-consecutive'
  | 'group-period-not-allowed'
  | 'group-lead-missing'
  | 'group-fixed-slot'
  | 'room-has-lesson'
  // Rule 6: protected lessons.
  | 'protected-lesson'
  // Rule 7: a group's week.
  | 'too-many-sessions'
  | 'two-sessions-one-day'
  | 'wrong-adult-count'
  | 'not-same-adult'
  | 'wrong-staff-sex'
  // Rule 8: cover.
  | 'cover-wrong-slot'
  | 'cover-wrong-room'
  | 'cover-overstaffed'
  // Rule 9: weekly caps.
  | 'over-weekly-cap'
  // Rule 10: pinned sessions.
  | 'pinned-changed'
  | 'pinned-missing'
  // A session that cannot be judged as written; numbered by the rule that needs the missing fact.
  | 'unknown-reference'
  | 'slot-unknown'
  | 'session-id-repeated';

/** One broken hard rule. */
export interface Violation {
  /** The spec's hard-rule number, 1-10. */
  rule: number;
  code: ViolationCode;
  /** Ids of the sessions involved, the session being judged first. */
  sessions: string[];
  /** Plain school language, naming people, groups, rooms and slots. */
  message: string;
}
