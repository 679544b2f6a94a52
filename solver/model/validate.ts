/**
 * Reading a `staffroom/1` school file: the schema first, then, when the shape is right, every
 * consistency check, so a school sees all its problems at once rather than one per attempt.
 */
import { checkCalendar } from './checks/calendar';
import { checkGroupSlots } from './checks/group-slots';
import { checkIds } from './checks/ids';
import { checkPinnedPlan } from './checks/pinned-sessions';
import { checkReferences } from './checks/references';
import { warnAboutSchool } from './checks/warnings';
import { quote } from './json-path';
import { scanJson } from './json-text';
import { Findings, type Problem } from './problem';
import { FORMAT, type School } from './school-file';
import { shapeProblems } from './shape-problems';

export type { Problem } from './problem';
export { Findings } from './problem';
export { describeSchool } from './describe-school';

/** The outcome of reading a school file: the school and its warnings, or every problem found. */
export type ParseResult = { ok: true; school: School; warnings: Problem[] } | { ok: false; problems: Problem[] };

/** One check over a school whose shape is valid: it records problems and warnings in `found`. */
export type CheckPass = (school: School, found: Findings) => void;

/** Checks that need only a well-shaped file. Each reports everything it finds. */
const CONSISTENCY_PASSES: readonly CheckPass[] = [checkIds, checkCalendar, checkReferences, checkGroupSlots];

/**
 * Checks that may trust every id to resolve and every id to be unique: they run only when the
 * consistency passes found nothing. Checks of the plan against the hard rules belong here.
 */
const CONSISTENT_FILE_PASSES: readonly CheckPass[] = [checkPinnedPlan, warnAboutSchool];

/** Checks parsed JSON as a school file: its shape, then every cross-reference and rule of the format. */
export function parseSchool(json: unknown): ParseResult {
  const shape = shapeProblems(json);
  if (shape.length > 0) return { ok: false, problems: shape };
  // The schema has no transforms or defaults, so the value it accepted is the school itself:
  // keeping it (not zod's copy) keeps the file's own key order for writing it back (rule 11).
  const school = json as School;
  const found = new Findings();
  for (const pass of CONSISTENCY_PASSES) pass(school, found);
  if (found.problems.length === 0) {
    for (const pass of CONSISTENT_FILE_PASSES) pass(school, found);
  }
  if (found.problems.length > 0) return { ok: false, problems: found.problems };
  return { ok: true, school, warnings: found.warnings };
}

/** Reads the text of a school file (a UTF-8 byte-order mark is fine) and checks it as parseSchool does. */
export function parseSchoolText(text: string): ParseResult {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (body.trim() === '') {
    return failed('$', `the file is empty: a school file is one JSON object { "format": "${FORMAT}", ... }`);
  }
  const scan = scanJson(body);
  if (scan.error !== null) {
    return failed('$', `the file is not valid JSON: line ${scan.error.line}, column ${scan.error.column}: ${scan.error.message}`);
  }
  const repeated: Problem[] = scan.duplicateKeys.map((d) => {
    const lines = [...new Set(d.lines)];
    const where = lines.length === 1 ? `line ${lines[0]}` : `lines ${lines.join(', ')}`;
    return {
      path: d.path,
      message: `key ${quote(d.key)} is written ${d.lines.length} times in one object (${where}): only the last would be read; keep one`,
    };
  });
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch (error) {
    // The scanner follows the JSON grammar, so this is only a safety net with the parser's own words.
    return failed('$', `the file is not valid JSON: ${error instanceof Error ? error.message : String(error)}`);
  }
  const result = parseSchool(json);
  if (repeated.length === 0) return result;
  return { ok: false, problems: [...repeated, ...(result.ok ? [] : result.problems)] };
}

function failed(path: string, message: string): ParseResult {
  return { ok: false, problems: [{ path, message }] };
}
