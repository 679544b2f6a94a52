/** The independent checker of the school file's hard rules 1-10. It never logs. */
export type { Violation, ViolationCode } from './violation';
export { checkPlan, checkPinnedSessions } from './check-plan';
export { RuleBook, type RuleOptions } from './rule-book';
export { indexSchool, type SchoolIndex } from './school-index';
export { describeSlot } from './describe';
export { pinnedChanges } from './rule-10-pinned';
