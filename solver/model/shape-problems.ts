/**
 * Turns the schema's findings into plain explanations: an unknown key names the key and the
 * nearest right one, a bad choice lists the allowed values, a wrong type says what was expected.
 */
import { z } from 'zod';
import { describeValue, jsonPath, quote } from './json-path';
import { FORMAT, schoolSchema } from './school-file';
import type { Problem } from './problem';
import { closestWord } from './spelling';

type Issue = z.core.$ZodIssue;
type Segment = PropertyKey;

/** Checks the shape of a school file against the schema; every mismatch, in plain words. */
export function shapeProblems(json: unknown): Problem[] {
  const result = schoolSchema.safeParse(json);
  if (result.success) return [];
  if (isPlainObject(json) && typeof json.format === 'string' && json.format !== FORMAT) {
    // A different format is a different document: its other "mistakes" would only be noise.
    return [{
      path: '$.format',
      message: `this file is in format ${quote(json.format)}; this version of Staffroom reads "${FORMAT}" files only`,
    }];
  }
  return explainIssues(result.error.issues, json);
}

function explainIssues(issues: readonly Issue[], json: unknown): Problem[] {
  const problems: Problem[] = [];
  // A misspelt key also leaves the right key missing; the one message about the typo says it all.
  const suggested = new Set<string>();
  for (const issue of issues) {
    if (issue.code !== 'unrecognized_keys') continue;
    for (const key of issue.keys) {
      const suggestion = closestWord(key, knownKeys(issue.path));
      if (suggestion !== null) suggested.add(jsonPath([...issue.path, suggestion]));
    }
  }
  for (const issue of issues) {
    if (issue.code === 'unrecognized_keys') {
      const allowed = knownKeys(issue.path);
      for (const key of issue.keys) {
        problems.push({ path: jsonPath([...issue.path, key]), message: unknownKeyMessage(key, allowed) });
      }
      continue;
    }
    const found = valueAt(json, issue.path);
    if (!found.present && issue.path.length > 0) {
      if (suggested.has(jsonPath(issue.path))) continue;
      const key = String(issue.path[issue.path.length - 1]);
      problems.push({ path: jsonPath(issue.path), message: `required field ${quote(key)} is missing` });
      continue;
    }
    problems.push({ path: jsonPath(issue.path), message: issueMessage(issue, found.value) });
  }
  return problems;
}

function unknownKeyMessage(key: string, allowed: readonly string[]): string {
  const suggestion = closestWord(key, allowed);
  if (suggestion !== null) return `unknown key ${quote(key)} (did you mean ${quote(suggestion)}?)`;
  if (allowed.length === 0) return `unknown key ${quote(key)}`;
  return `unknown key ${quote(key)} (the keys allowed here are ${allowed.join(', ')})`;
}

function issueMessage(issue: Issue, value: unknown): string {
  switch (issue.code) {
    case 'invalid_type':
      return wrongTypeMessage(issue.expected, value, issue.path.length === 0);
    case 'invalid_value': {
      const allowed = issue.values.map((v) => (typeof v === 'string' ? quote(v) : String(v)));
      const suggestion = typeof value === 'string'
        ? closestWord(value, issue.values.filter((v): v is string => typeof v === 'string'), { prefixes: true })
        : null;
      const hint = suggestion === null ? '' : ` (did you mean ${quote(suggestion)}?)`;
      if (allowed.length === 1) return `must be ${allowed[0]}, not ${describeValue(value)}${hint}`;
      return `${describeValue(value)} is not allowed here${hint}: use one of ${allowed.join(', ')}`;
    }
    case 'too_small':
    case 'too_big':
      return issue.origin === 'number' || issue.origin === 'int'
        ? `${issue.message} (found ${describeValue(value)})`
        : issue.message;
    default:
      return `${issue.message} (found ${describeValue(value)})`;
  }
}

const TYPE_WORDS: Record<string, string> = {
  string: 'text in double quotes',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'a list [ ... ]',
  object: 'an object { ... }',
};

function wrongTypeMessage(expected: string, value: unknown, root: boolean): string {
  if (root) {
    return `a school file is one JSON object { "format": "${FORMAT}", ... }, but this file holds ${describeValue(value)}`;
  }
  const wanted = TYPE_WORDS[expected] ?? expected;
  let hint = '';
  if (typeof value === 'string') {
    const unquoted = value.trim();
    if ((expected === 'number' && unquoted !== '' && Number.isFinite(Number(unquoted)))
      || (expected === 'boolean' && (unquoted === 'true' || unquoted === 'false'))) {
      hint = ': remove the quotes';
    }
  } else if (expected === 'array' && (typeof value === 'string' || typeof value === 'number')) {
    hint = `: write a list, e.g. [${JSON.stringify(value)}]`;
  }
  return `must be ${wanted}, but it is ${typeWords(value)} ${describeValue(value)}${hint}`.replace(/ {2,}/g, ' ');
}

function typeWords(value: unknown): string {
  if (typeof value === 'string') return 'text';
  if (typeof value === 'number') return 'the number';
  if (typeof value === 'boolean') return 'the value';
  return '';
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function valueAt(root: unknown, path: readonly Segment[]): { present: boolean; value: unknown } {
  let value = root;
  for (const segment of path) {
    if (typeof value !== 'object' || value === null) return { present: false, value: undefined };
    const container = value as Record<PropertyKey, unknown>;
    if (!Object.prototype.hasOwnProperty.call(container, segment)) return { present: false, value: undefined };
    value = container[segment];
  }
  return { present: value !== undefined, value };
}

/** The keys the schema allows in the object at `path`. */
function knownKeys(path: readonly Segment[]): string[] {
  let schema: z.ZodType | undefined = schoolSchema;
  for (const segment of path) {
    schema = schema === undefined ? undefined : childSchema(unwrap(schema), segment);
  }
  const object = schema === undefined ? undefined : unwrap(schema);
  return object instanceof z.ZodObject ? Object.keys(object.shape) : [];
}

function childSchema(schema: z.ZodType, segment: Segment): z.ZodType | undefined {
  if (schema instanceof z.ZodObject && typeof segment === 'string') {
    const shape = schema.shape as Record<string, z.ZodType>;
    return shape[segment];
  }
  if (schema instanceof z.ZodArray && typeof segment === 'number') return schema.element as z.ZodType;
  return undefined;
}

function unwrap(schema: z.ZodType): z.ZodType {
  let inner = schema;
  while (inner instanceof z.ZodOptional) inner = inner.unwrap() as z.ZodType;
  return inner;
}
