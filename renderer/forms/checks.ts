/** The form's own checks, in the same words as the rest of the app, run before anything is sent. */

/** A problem for a required name-like field, or null. */
export function required(value: string, what: string): string | null {
  return value.trim() === '' ? `Enter ${what}.` : null;
}

/** A whole number in a range from a number field ('' allowed when optional), or a problem. */
export function wholeNumber(value: string, { min, max, optional, what }: { min: number; max?: number; optional?: boolean; what: string }): string | null {
  if (value.trim() === '') return optional ? null : `Enter ${what}.`;
  const n = Number(value);
  if (!Number.isInteger(n)) return `${capital(what)} must be a whole number.`;
  if (n < min) return `${capital(what)} must be at least ${min}.`;
  if (max !== undefined && n > max) return `${capital(what)} must be at most ${max}.`;
  return null;
}

/** A YYYY-MM-DD date that is a real day ('' allowed when optional). */
export function date(value: string, what: string, optional = true): string | null {
  if (value === '') return optional ? null : `Enter ${what}.`;
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return `${capital(what)} must be a date.`;
  const [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const real = new Date(Date.UTC(y, m - 1, d));
  return real.getUTCFullYear() === y && real.getUTCMonth() === m - 1 && real.getUTCDate() === d ? null : `${capital(what)} is not a real date.`;
}

/** A 24-hour HH:MM time. */
export function time(value: string, what: string): string | null {
  return /^([01]\d|2[0-3]):[0-5]\d$/.test(value) ? null : `Enter ${what} as a time, e.g. 09:05.`;
}

function capital(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Collects problems by field; `add` ignores nulls. */
export class Problems {
  readonly byField: Record<string, string> = {};

  add(field: string, problem: string | null): void {
    if (problem !== null && this.byField[field] === undefined) this.byField[field] = problem;
  }
}
