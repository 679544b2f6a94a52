/** Small assertions shared by the rule tests. */
import type { Violation } from '../../../solver/rules';

/** "rule:code" for each violation, in order: compact to compare. */
export function codes(violations: readonly Violation[]): string[] {
  return violations.map((v) => `${v.rule}:${v.code}`);
}
