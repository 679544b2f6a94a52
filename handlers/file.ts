/**
 * Handlers of the `file:` domain (the File menu): checking and importing a whole-school
 * staffroom/1 file, and exporting the school as one. Files travel as text: the window reads a
 * chosen file and sends its text, and turns an export's text into a download.
 */
import type { ExportedFile, SchoolImport } from '../api/edits';
import { ApiError } from '../api/result';
import { hasSchool, readSchool, replaceSchool } from '../db';
import { parseSchoolText } from '../solver/model/validate';
import { backUpDatabase } from './backups';
import type { HandlerContext } from './context';
import { NO_SCHOOL_MESSAGE, summarise } from './school';
import type { ChannelHandlers } from './types';

function importSchool(context: HandlerContext, text: string): SchoolImport {
  const parsed = parseSchoolText(text);
  if (!parsed.ok) return { imported: false, problems: parsed.problems };
  const db = context.database();
  const backupFile = hasSchool(db) ? backUpDatabase(db, context.dataFolder) : null;
  replaceSchool(db, parsed.school);
  return { imported: true, summary: summarise(parsed.school), warnings: parsed.warnings, backupFile };
}

/** "Elderwood Vale Academy" on 22 Sep 2025 -> "elderwood-vale-academy-2025-09-22.json". */
export function exportFileName(schoolName: string, now: Date, extension: string): string {
  const slug = schoolName.normalize('NFKD').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '') || 'school';
  return `${slug}-${now.toISOString().slice(0, 10)}.${extension}`;
}

function exportSchool(context: HandlerContext, now: Date = new Date()): ExportedFile {
  const db = context.database();
  if (!hasSchool(db)) throw new ApiError('no-school', NO_SCHOOL_MESSAGE);
  const school = readSchool(db);
  return {
    fileName: exportFileName(school.school.name, now, 'json'),
    mediaType: 'application/json',
    text: `${JSON.stringify(school, null, 2)}\n`,
  };
}

export const fileHandlers = {
  'file:checkSchool': ({ text }) => {
    const parsed = parseSchoolText(text);
    return parsed.ok ? { ok: true, summary: summarise(parsed.school), warnings: parsed.warnings } : { ok: false, problems: parsed.problems };
  },
  'file:importSchool': ({ text }, context) => importSchool(context, text),
  'file:exportSchool': (_input, context) => exportSchool(context),
} satisfies ChannelHandlers<'file'>;
