/**
 * Handlers of the `export:` domain (Print and export): the open school's timetables, rota, cover
 * sheet and daily sheet as HTML, CSV or iCalendar files, and in the desktop app the same HTML
 * printed to a PDF. The files are made by export/, exactly as `staffroom export` makes them.
 */
import type { ExportedPdf, ExportResult } from '../api/contract';
import { ApiError } from '../api/result';
import { hasSchool, readSchool } from '../db';
import { ExportProblem, renderExport, type ExportFormat, type ExportOutcome, type ExportRequest } from '../export';
import { todayInEngland } from '../import/shared';
import type { HandlerContext } from './context';
import { NO_SCHOOL_MESSAGE } from './school';
import type { ChannelHandlers } from './types';

export const PDF_NEEDS_DESKTOP =
  'Saving a PDF straight away needs the desktop app. Here, use Print and choose "Save as PDF" as the printer.';

function render(context: HandlerContext, request: ExportRequest & { format: ExportFormat }, now: Date = new Date()): ExportOutcome {
  const db = context.database();
  if (!hasSchool(db)) throw new ApiError('no-school', NO_SCHOOL_MESSAGE);
  try {
    return renderExport(readSchool(db), request, { today: todayInEngland(now), now });
  } catch (error) {
    if (error instanceof ExportProblem) throw new ApiError('invalid-input', error.message);
    throw error;
  }
}

function toBase64(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('base64');
}

export const exportHandlers = {
  'export:render': (input, context): ExportResult => {
    const outcome = render(context, input);
    return { files: outcome.files, notes: outcome.notes, sheets: outcome.sheets };
  },

  'export:pdf': async (input, context): Promise<ExportedPdf> => {
    if (!context.printToPdf) throw new ApiError('desktop-only', PDF_NEEDS_DESKTOP);
    const outcome = render(context, { ...input, format: 'html' });
    const [page] = outcome.files;
    if (!page) throw new ApiError('invalid-input', 'There was nothing to print.');
    const pdf = await context.printToPdf(page.text);
    return { fileName: page.fileName.replace(/\.html$/, '.pdf'), base64: toBase64(pdf), sheets: outcome.sheets };
  },
} satisfies ChannelHandlers<'export'>;
