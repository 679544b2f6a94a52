/**
 * The one path every save and delete takes: read the school, work out the edit, check the school
 * it would leave with the same validator as an imported file (so a save can never make the school
 * file invalid), then apply it as one edit. A refusal comes back as problems by form field, with
 * nothing written.
 */
import type { EditOutcome, FieldProblem } from '../../api/edits';
import { ApiError } from '../../api/result';
import { hasSchool, readSchool } from '../../db';
import { applyEdit, EditRefusedError, historyState, type EntityChange, type EntityKind } from '../../db/edits';
import { withChanges } from '../../db/edits/on-school';
import { parseSchool, type Problem } from '../../solver/model/validate';
import type { School } from '../../solver/model/school-file';
import type { HandlerContext } from '../context';
import { NO_SCHOOL_MESSAGE } from '../school';
import { elsewhereInWords } from './where';

/** An entity whose problems a form shows by field, and the prefix its fields have in the form. */
export interface Focus {
  kind: EntityKind;
  id: string;
  field: string;
}

export interface EditPlan {
  label: string;
  /** The id the caller gets back: the saved (or deleted) thing. */
  id: string;
  changes: EntityChange[];
  focus: Focus[];
}

/** Builds an edit from the school as it is now, or returns why it cannot be made. */
export type EditBuilder = (school: School) => EditPlan | FieldProblem[];

/** Runs `build` on the current school and applies the edit it describes, if the result is a valid school. */
export function commitEdit(context: HandlerContext, build: EditBuilder): EditOutcome {
  const db = context.database();
  if (!hasSchool(db)) throw new ApiError('no-school', NO_SCHOOL_MESSAGE);
  const school = readSchool(db);
  const plan = build(school);
  if (Array.isArray(plan)) return { saved: false, problems: plan };

  const next = withChanges(school, plan.changes);
  const checked = parseSchool(next.school);
  if (!checked.ok) {
    const fresh = newProblems(school, checked.problems);
    if (fresh.length > 0) return { saved: false, problems: byField(fresh, next.paths, plan.focus, next.school) };
  }
  try {
    const entry = applyEdit(db, plan.label, plan.changes);
    const warnings = checked.ok ? byField(checked.warnings, next.paths, plan.focus, next.school).filter((w) => w.field !== '') : [];
    return { saved: true, changed: entry !== null, id: plan.id, label: plan.label, warnings, history: historyState(db) };
  } catch (error) {
    if (error instanceof EditRefusedError) return { saved: false, problems: [{ field: error.path ?? '', message: error.message }] };
    throw error;
  }
}

/**
 * Problems the edit would bring in. A school is valid after every edit, so the current school has
 * none; should it have some anyway (a file written by another tool), those are not this edit's fault.
 */
function newProblems(current: School, problems: readonly Problem[]): Problem[] {
  const before = parseSchool(current);
  if (before.ok) return [...problems];
  const known = new Set(before.problems.map((p) => p.message));
  return problems.filter((p) => !known.has(p.message));
}

/** Problems under a focused entity become field problems of its form; the rest are said in words. */
function byField(problems: readonly Problem[], paths: Map<string, string[]>, focus: readonly Focus[], school: School): FieldProblem[] {
  const found: FieldProblem[] = [];
  const elsewhere: Problem[] = [];
  for (const problem of problems) {
    const field = fieldOf(problem.path, paths, focus);
    if (field === null) elsewhere.push(problem);
    else found.push({ field, message: problem.message });
  }
  return [...found, ...elsewhereInWords(elsewhere, school)];
}

function fieldOf(path: string, paths: Map<string, string[]>, focus: readonly Focus[]): string | null {
  for (const f of focus) {
    const prefixes = paths.get(`${f.kind}:${f.id}`) ?? [];
    for (const [index, prefix] of prefixes.entries()) {
      if (path !== prefix && !path.startsWith(`${prefix}.`) && !path.startsWith(`${prefix}[`)) continue;
      const rest = path.slice(prefix.length).replace(/\[(\d+)\]/g, '.$1').replace(/^\./, '');
      // The lessons of a class are many entries of the lessons list: number them within the class.
      const own = prefixes.length > 1 ? [String(index), rest].filter(Boolean).join('.') : rest;
      return [f.field, own].filter(Boolean).join('.');
    }
  }
  return null;
}
