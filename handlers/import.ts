/**
 * Handlers of the `import:` domain. Preview and apply run the same pure importer on the same
 * request, so what is saved is checked again from the file's bytes, never taken from the screen.
 */
import type { ImportApplyResult, ImportPreviewResult, ImportRequest } from '../api/contract';
import { ApiError } from '../api/result';
import { applyImport, hasSchool, readImportMapping, readPupilIdentities, readSchool, type Db } from '../db';
import { EditRefusedError, historyState } from '../db/edits';
import { runImport, signatureOf } from '../import/merge';
import { todayInEngland } from '../import/shared';
import type { ImportOutcome } from '../import/types';
import type { HandlerContext } from './context';
import { NO_SCHOOL_MESSAGE, summarise } from './school';
import type { ChannelHandlers } from './types';

interface Prepared {
  outcome: ImportOutcome;
  result: ImportPreviewResult;
}

function prepare(db: Db, request: ImportRequest, today: string): Prepared {
  if (!hasSchool(db)) throw new ApiError('no-school', NO_SCHOOL_MESSAGE);
  const bytes = new Uint8Array(Buffer.from(request.data, 'base64'));
  const remembered = request.mapping === undefined ? readImportMapping(db, request.kind, signatureOf(bytes)) : null;
  const mapping = request.mapping ?? remembered ?? {};
  const outcome = runImport({
    kind: request.kind,
    bytes,
    school: readSchool(db),
    mapping,
    edits: request.edits ?? [],
    identities: readPupilIdentities(db),
    today,
  });
  return { outcome, result: { ...outcome.preview, fileName: request.fileName, remembered: remembered !== null, mapping: { ...mapping } } };
}

/** The columns the person chose by hand: what is remembered for the next file with these headings. */
function chosenMapping(result: ImportPreviewResult): Record<string, string> {
  const chosen: Record<string, string> = {};
  for (const [header, field] of Object.entries(result.mapping)) if (result.header.includes(header)) chosen[header] = field;
  return chosen;
}

/** Runs the save; the history's refusal (a merged school it will not take) becomes a plain error, nothing saved. */
function saved<T>(save: () => T): T {
  try {
    return save();
  } catch (error) {
    if (error instanceof EditRefusedError) throw new ApiError('invalid-input', `This import cannot be saved: ${error.message}`);
    throw error;
  }
}

/** A file name short enough for an edit's label (at most 300 characters in all). */
const LABEL_FILE_NAME = 100;

/** The edit's name in the history: "Imported pupils from sims-pupils.csv: 12 added, 3 updated, 1 left". */
export function importLabel(preview: ImportPreviewResult): string {
  const what = preview.kind === 'timetable' ? 'the timetable' : preview.kind;
  const name = preview.fileName.length > LABEL_FILE_NAME ? `${preview.fileName.slice(0, LABEL_FILE_NAME - 1)}…` : preview.fileName;
  const last = preview.kind === 'timetable' ? `${preview.removed.length} removed` : `${preview.left.length} left`;
  return `Imported ${what} from ${name || 'a file'}: ${preview.added.length} added, ${preview.updated.length} updated, ${last}`;
}

export function importHandlersFor(today: () => string = todayInEngland) {
  return {
    'import:preview': (request, context: HandlerContext) => prepare(context.database(), request, today()).result,

    'import:apply': (request, context: HandlerContext): ImportApplyResult => {
      const db = context.database();
      const { outcome, result } = prepare(db, request, today());
      const merged = outcome.school;
      if (merged === null) return { applied: false, preview: result };
      const label = importLabel(result);
      const entry = saved(() => applyImport(db, {
        school: merged,
        label,
        identities: outcome.identities,
        kind: request.kind,
        signature: result.signature,
        mapping: chosenMapping(result),
        today: today(),
      }));
      return { applied: true, changed: entry !== null, label, summary: summarise(merged), preview: result, history: historyState(db) };
    },
  } satisfies ChannelHandlers<'import'>;
}

export const importHandlers = importHandlersFor();
