/**
 * Reads iCalendar text back the way a calendar program does, for the tests: unfolds lines,
 * splits properties and parameters, unescapes text, and expands the weekly RRULEs this project
 * writes (FREQ=WEEKLY with INTERVAL and COUNT, or no end) into dates, minus EXDATEs.
 */

export interface Property {
  name: string;
  params: Record<string, string>;
  value: string;
}

export interface Component {
  name: string;
  properties: Property[];
  children: Component[];
}

export function unfold(text: string): string[] {
  if (!text.endsWith('\r\n')) throw new Error('an iCalendar object ends with CRLF');
  if (/[^\r]\n/.test(text)) throw new Error('every line break must be CRLF');
  return text.replace(/\r\n[ \t]/g, '').split('\r\n').slice(0, -1);
}

function parseLine(line: string): Property {
  const colon = line.indexOf(':');
  if (colon < 0) throw new Error(`not a content line: ${line}`);
  const [name = '', ...params] = line.slice(0, colon).split(';');
  return {
    name,
    params: Object.fromEntries(params.map((p) => p.split('=') as [string, string])),
    value: line.slice(colon + 1),
  };
}

export function parse(text: string): Component {
  const stack: Component[] = [{ name: 'ROOT', properties: [], children: [] }];
  for (const line of unfold(text)) {
    const property = parseLine(line);
    const top = stack[stack.length - 1]!;
    if (property.name === 'BEGIN') {
      const child = { name: property.value, properties: [], children: [] };
      top.children.push(child);
      stack.push(child);
    } else if (property.name === 'END') {
      if (top.name !== property.value) throw new Error(`END:${property.value} closes ${top.name}`);
      stack.pop();
    } else {
      top.properties.push(property);
    }
  }
  if (stack.length !== 1) throw new Error('unclosed component');
  const [calendar] = stack[0]!.children;
  if (!calendar) throw new Error('no VCALENDAR');
  return calendar;
}

export function unescapeText(value: string): string {
  return value.replace(/\\([\\;,nN])/g, (_, ch: string) => (ch === 'n' || ch === 'N' ? '\n' : ch));
}

export function prop(component: Component, name: string): Property | undefined {
  return component.properties.find((p) => p.name === name);
}

const DAY_MS = 86_400_000;
const addDays = (date: string, days: number) => new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
const dateOf = (stamp: string) => `${stamp.slice(0, 4)}-${stamp.slice(4, 6)}-${stamp.slice(6, 8)}`;

/** The dates an event happens on; `limit` bounds an event that repeats with no end. */
export function occurrences(event: Component, limit = 60): string[] {
  const start = prop(event, 'DTSTART');
  if (!start) throw new Error('event without DTSTART');
  const first = dateOf(start.value);
  const rule = prop(event, 'RRULE');
  const excluded = new Set((prop(event, 'EXDATE')?.value.split(',') ?? []).map(dateOf));
  if (!rule) return [first];
  const parts = Object.fromEntries(rule.value.split(';').map((p) => p.split('=') as [string, string]));
  if (parts.FREQ !== 'WEEKLY') throw new Error(`unexpected FREQ ${parts.FREQ}`);
  const interval = Number(parts.INTERVAL ?? '1');
  const count = parts.COUNT === undefined ? limit : Number(parts.COUNT);
  const dates: string[] = [];
  for (let i = 0; i < count; i++) dates.push(addDays(first, 7 * interval * i));
  return dates.filter((d) => !excluded.has(d));
}
