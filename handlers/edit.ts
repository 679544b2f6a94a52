/** Handlers of the `edit:` domain: undo, redo, the history, and what a deletion would also change. */
import { ApiError } from '../api/result';
import { editHistory, EditRefusedError, historyState, redoEdit, undoEdit } from '../db/edits';
import { linksTo } from '../db/edits/links';
import { hasSchool, readSchool, type Db } from '../db';
import type { HandlerContext } from './context';
import { NO_SCHOOL_MESSAGE } from './school';
import type { ChannelHandlers } from './types';

function schoolDatabase(context: HandlerContext): Db {
  const db = context.database();
  if (!hasSchool(db)) throw new ApiError('no-school', NO_SCHOOL_MESSAGE);
  return db;
}

function step(context: HandlerContext, run: (db: Db) => { label: string } | null) {
  const db = schoolDatabase(context);
  try {
    const entry = run(db);
    return { label: entry?.label ?? null, history: historyState(db) };
  } catch (error) {
    if (error instanceof EditRefusedError) throw new ApiError('cannot-undo', error.message);
    throw error;
  }
}

export const editHandlers = {
  'edit:undo': (_input, context) => step(context, undoEdit),
  'edit:redo': (_input, context) => step(context, redoEdit),
  'edit:history': (input, context) => {
    const db = schoolDatabase(context);
    return { entries: editHistory(db, input?.limit ?? 50), ...historyState(db) };
  },
  'edit:deleteImpact': ({ kind, id }, context) => {
    const links = linksTo(readSchool(schoolDatabase(context)), kind, id);
    if (!links) throw new ApiError('invalid-input', 'Staffroom cannot find that; it may have been deleted already.');
    return { name: links.name, consequences: links.consequences };
  },
} satisfies ChannelHandlers<'edit'>;
