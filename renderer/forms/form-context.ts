/**
 * Field errors of the open form, by field path (`name`, `skills.0.expires`): set by the form's own
 * checks before sending, and by the problems Staffroom sends back when it refuses a save.
 */
import { createContext, useContext } from 'react';
import type { FieldProblem } from '../../api/edits';

export type FieldErrors = Readonly<Record<string, string>>;

export const FormErrors = createContext<FieldErrors>({});

export function useFieldError(path: string): string | undefined {
  return useContext(FormErrors)[path];
}

/** The element id of a field: only letters, digits and dashes, so it needs no escaping. */
export function fieldId(path: string): string {
  return `field-${path.replace(/[^A-Za-z0-9]+/g, '-')}`;
}

/**
 * Puts each problem at the closest field the form shows: `available.3.periods.0` lands on
 * `available` when that is the nearest field on screen. What matches no field is form-wide ('').
 */
export function placeProblems(problems: readonly FieldProblem[], hasField: (path: string) => boolean): Record<string, string> {
  const placed: Record<string, string> = {};
  for (const problem of problems) {
    const parts = problem.field === '' ? [] : problem.field.split('.');
    let at = '';
    for (let n = parts.length; n > 0; n--) {
      const candidate = parts.slice(0, n).join('.');
      if (hasField(candidate)) {
        at = candidate;
        break;
      }
    }
    placed[at] = placed[at] ? `${placed[at]} ${problem.message}` : problem.message;
  }
  return placed;
}
