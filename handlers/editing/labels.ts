/**
 * Labels for the edit history in plain words: "Changed Aisha Shah's working days", "Added room
 * Hub", "Deleted group ELSA". They are shown in the app and kept in the database, never logged.
 */

/** What each field of a thing is called in a label. */
export const FIELD_WORDS = {
  staff: {
    name: 'name', role: 'role', sex: 'sex', specifiedWork: 'specified-work authorisation', skills: 'skills',
    available: 'working days', busy: 'fixed commitments', maxPeriodsPerWeek: 'weekly cap',
  },
  pupil: { name: 'name', upn: 'UPN', year: 'year', sen: 'SEN status', needs: 'needs' },
  group: {
    name: 'name', programme: 'programme', area: 'area of need', pupils: 'pupils', sessionsPerWeek: 'sessions per week',
    length: 'session length', adults: 'adults', skills: 'skills', roomKinds: 'rooms', sameAdult: 'same-adult rule',
    staffSex: 'staff sex', unstructured: 'break and lunch times', priority: 'priority', ehcp: 'EHC plan flag',
    preferredStaff: 'preferred staff', lead: 'named lead', roles: 'roles', periods: 'allowed periods', slots: 'fixed times',
  },
  cover: {
    kind: 'kind', label: 'description', week: 'time', day: 'time', period: 'time', class: 'class', staffNeeded: 'staff needed',
    skills: 'skills', roles: 'roles', specifiedWork: 'specified-work rule', room: 'room', priority: 'priority',
  },
  room: { name: 'name', kind: 'kind', capacity: 'capacity' },
  skill: { name: 'name', area: 'area of need' },
  class: { name: 'name', year: 'year', subject: 'subject', teacher: 'class teacher', pupils: 'pupils' },
  session: { group: 'group', cover: 'cover item', week: 'time', day: 'time', period: 'time', room: 'room', staff: 'staff', pinned: 'pin' },
} as const;

export type LabelledKind = keyof typeof FIELD_WORDS;

/** The fields whose values differ between two versions of a thing. */
export function changedFields(before: object, after: object): string[] {
  const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
  const b = before as Record<string, unknown>;
  const a = after as Record<string, unknown>;
  return [...keys].filter((k) => k !== 'id' && JSON.stringify(b[k]) !== JSON.stringify(a[k]));
}

/** "Aisha Shah's" (a plain apostrophe, as people type it when searching the history). */
export function possessive(name: string): string {
  return `${name}'s`;
}

/** "Changed Aisha Shah's working days", "Renamed room Hub to Learning Hub", "Changed Aisha Shah's details". */
export function changeLabel(kind: LabelledKind, title: string, before: object, after: object, afterTitle: string): string {
  const fields = changedFields(before, after);
  if (fields.length === 1 && fields[0] === 'name' && title !== afterTitle) return `Renamed ${title} to ${afterTitle}`;
  const words = FIELD_WORDS[kind] as Readonly<Record<string, string>>;
  const phrases = [...new Set(fields.map((f) => words[f] ?? f))];
  const said = phrases.length === 0 ? 'details' : phrases.length <= 2 ? phrases.join(' and ') : 'details';
  // People and groups read best with a possessive; "cover “Gate duty”'s time" does not.
  return kind === 'staff' || kind === 'pupil' || kind === 'group'
    ? `Changed ${possessive(afterTitle)} ${said}`
    : `Changed the ${said} of ${afterTitle}`;
}
