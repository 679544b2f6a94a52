export { planSchool, filledByPriority, distinctLeads, changedCount } from './plan-school';
export { PlannerBugError, verifyPlan } from './verify';
export type { PlanOptions, PlanProgress, PlanResult, FilledByPriority } from './types';
