/** Ids for new things: short, readable in an exported file, and unused in their list. */

/** `PREFIX-n` with the smallest n above the list's size that is not taken. */
export function newId(taken: Iterable<string>, prefix: string): string {
  const used = new Set(taken);
  for (let n = used.size + 1; ; n++) {
    const id = `${prefix}-${n}`;
    if (!used.has(id)) return id;
  }
}

/** Several new ids at once, none clashing with each other. */
export function newIds(taken: Iterable<string>, prefix: string, count: number): string[] {
  const used = new Set(taken);
  const ids: string[] = [];
  for (let i = 0; i < count; i++) {
    const id = newId(used, prefix);
    used.add(id);
    ids.push(id);
  }
  return ids;
}

/** A skill's id from its name, e.g. "Team Teach" -> "TEAM_TEACH" (the demo schools' style), made unique. */
export function skillId(taken: Iterable<string>, name: string): string {
  const used = new Set(taken);
  const base = name.normalize('NFKD').replace(/[^A-Za-z0-9]+/g, '_').replace(/^_+|_+$/g, '').toUpperCase().slice(0, 40) || 'SKILL';
  if (!used.has(base)) return base;
  return newId(used, base);
}
