/**
 * Handlers of the `import:` domain. Preview and apply run the same pure importer on the same
 * request, so what is saved is checked again from the file's bytes, never taken from the screen.
 */
import type { ImportPreviewResult, ImportRequest } from '../api/contract';
import { ApiError } from '../api/result';
import { applyImport, hasSchool, readImportMapping, readPupilIdentities, readSchool, type Db } from '../db';
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

export function importHandlersFor(today: () => string = todayInEngland) {
  return {
    'import:preview': (request, context: HandlerContext) => prepare(context.database(), request, today()).result,

    'import:apply': (request, context: HandlerContext) => {
      const db = context.database();
      const { outcome, result } = prepare(db, request, today());
      if (outcome.school === null) return { applied: false, preview: result };
      applyImport(db, {
        school: outcome.school,
        identities: outcome.identities,
        kind: request.kind,
        signature: result.signature,
        mapping: chosenMapping(result),
        today: today(),
      });
      return { applied: true, summary: summarise(outcome.school), preview: result };
    },
  } satisfies ChannelHandlers<'import'>;
}

export const importHandlers = importHandlersFor();
