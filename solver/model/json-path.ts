/** JSON paths for people: `$.staff[3].skills[0].skill`, with `$` for the whole file. */

const PLAIN_KEY = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/** The JSON path of a list of keys and indexes, e.g. ['staff', 3, 'name'] -> `$.staff[3].name`. */
export function jsonPath(segments: readonly PropertyKey[]): string {
  let path = '$';
  for (const segment of segments) path = childPath(path, segment);
  return path;
}

/** The path of one key or index below `path`. */
export function childPath(path: string, segment: PropertyKey): string {
  if (typeof segment === 'number') return `${path}[${segment}]`;
  const key = String(segment);
  return PLAIN_KEY.test(key) ? `${path}.${key}` : `${path}[${JSON.stringify(key)}]`;
}

/** A short description of a JSON value for a message: `"9:00"`, `7`, `a list of 3 items` ... */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (typeof value === 'string') return quote(value);
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) {
    const json = JSON.stringify(value);
    if (json.length <= 30) return `the list ${json}`;
    return value.length === 1 ? 'a list of 1 item' : `a list of ${value.length} items`;
  }
  return 'an object { ... }';
}

/** A string in double quotes, shortened when long so a message stays on one line. */
export function quote(text: string): string {
  const shown = text.length > 40 ? `${text.slice(0, 37)}...` : text;
  return JSON.stringify(shown);
}
