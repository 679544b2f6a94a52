/**
 * The Unique Pupil Number (UPN) as the DfE's Common Basic Data Set defines it: 13 characters,
 * a check letter, then 12 digits (a temporary UPN ends in a letter instead of its last digit).
 * The check letter is the weighted sum of characters 2-13 (weights 2-13) mod 23, mapped
 * through the 23 letters below; a temporary UPN's final letter counts as its place in them.
 * Schools get this wrong in imports more often than anywhere else, so it gets a plain message.
 */

/** The check-letter alphabet: I, O and S are never used, to avoid confusion with 1, 0 and 5. */
export const UPN_LETTERS = 'ABCDEFGHJKLMNPQRTUVWXYZ';

/** The check letter that the characters after the first of a UPN call for, or null if they cannot. */
export function upnCheckLetter(upn: string): string | null {
  if (upn.length !== 13) return null;
  let sum = 0;
  for (let position = 2; position <= 13; position++) {
    const value = characterValue(upn.charAt(position - 1), position === 13);
    if (value === null) return null;
    sum += value * position;
  }
  return UPN_LETTERS.charAt(sum % 23);
}

/** What is wrong with a UPN, or null when it is well formed; the words follow `UPN "..." `. */
export function upnProblem(upn: string): string | null {
  if (upn.trim() !== upn) return 'has spaces before or after it';
  if (upn.length !== 13) {
    return `has ${upn.length} character${upn.length === 1 ? '' : 's'}; a UPN has 13 (a letter and 12 digits)`;
  }
  if (upn !== upn.toUpperCase()) return 'must be written in capital letters';
  const first = upn.charAt(0);
  if (!UPN_LETTERS.includes(first)) {
    return /[IOS]/.test(first)
      ? `starts with "${first}", but the letters I, O and S are never used in a UPN`
      : 'must start with its check letter';
  }
  const middle = upn.slice(1, 12);
  if (!/^\d{11}$/.test(middle)) return 'must have digits in places 2 to 12';
  const last = upn.charAt(12);
  if (!/\d/.test(last) && !UPN_LETTERS.includes(last)) {
    return /[IOS]/.test(last)
      ? `ends in "${last}", but the letters I, O and S are never used in a UPN`
      : 'must end in a digit (or, for a temporary UPN, a letter)';
  }
  const expected = upnCheckLetter(upn);
  if (expected !== first) {
    return `has check letter "${first}" but its digits give "${expected ?? '?'}": a character is probably mistyped`;
  }
  return null;
}

function characterValue(character: string, last: boolean): number | null {
  if (/^\d$/.test(character)) return Number(character);
  if (!last) return null;
  const index = UPN_LETTERS.indexOf(character);
  return index < 0 ? null : index;
}
