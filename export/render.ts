/**
 * One export, start to finish: the view's sheets written as a self-contained HTML file, a CSV
 * file, or one iCalendar file per adult. The app's `export:render` and `staffroom export` both
 * call this, so a file is the same whichever made it.
 */
import type { School } from '../solver/model/school-file';
import { listWords } from '../solver/model/words';
import { documentCsv } from './csv-views';
import { buildDocument, ExportProblem, type ExportRequest } from './documents';
import { documentHtml } from './html/render-html';
import { adultCalendar } from './ics';
import { schoolWeeks } from './school-weeks';
import { sessionsOfAdult } from './slot-contents';
import { fileSlug } from './words';

import type { ExportFormat } from './choices';

export { EXPORT_FORMATS, type ExportFormat } from './choices';

export const FORMAT_NAMES: Readonly<Record<ExportFormat, string>> = { html: 'web page (HTML)', csv: 'spreadsheet (CSV)', ics: 'calendar (iCalendar)' };

/** A file to hand to the person (the same shape as the app's other exports). */
export interface ExportFile {
  fileName: string;
  mediaType: string;
  text: string;
}

export interface ExportOutcome {
  files: ExportFile[];
  /** What was left out and why, e.g. adults with no sessions to put in a calendar. */
  notes: string[];
  /** Pages (sheets) the HTML holds: one per person, or per day of the rota. */
  sheets: number;
}

export interface ExportClock {
  /** Today in England, YYYY-MM-DD: printed on every page. */
  today: string;
  /** Now: the calendar files' DTSTAMP. */
  now: Date;
}

/** Renders one export. Throws ExportProblem for a request the school cannot meet, in plain words. */
export function renderExport(school: School, request: ExportRequest & { format: ExportFormat }, clock: ExportClock): ExportOutcome {
  if (request.format === 'ics' && request.view !== 'staff') {
    throw new ExportProblem('Calendar files are made for adults: choose the adults view for iCalendar.');
  }
  const doc = buildDocument(school, request, clock.today);
  switch (request.format) {
    case 'html':
      return { files: [{ fileName: `${doc.stem}.html`, mediaType: 'text/html', text: documentHtml(doc) }], notes: doc.note ? [doc.note] : [], sheets: doc.sheets.length };
    case 'csv':
      return { files: [{ fileName: `${doc.stem}.csv`, mediaType: 'text/csv', text: documentCsv(doc) }], notes: doc.note ? [doc.note] : [], sheets: doc.sheets.length };
    case 'ics': {
      const l = doc.lookup;
      const weeks = schoolWeeks(school.calendar);
      const from = school.calendar.asOf ?? clock.today;
      const schoolSlug = fileSlug(school.school.name);
      const used = new Set<string>();
      const files: ExportFile[] = [];
      const without: string[] = [];
      for (const sheet of doc.sheets) {
        const staff = sheet.kind === 'timetable' ? l.staffById.get(sheet.page.id) : undefined;
        if (!staff) continue;
        if (sessionsOfAdult(l, staff).length === 0) {
          without.push(staff.name);
          continue;
        }
        let fileName = `${schoolSlug}-${fileSlug(staff.name, 'adult')}.ics`;
        if (used.has(fileName)) fileName = `${schoolSlug}-${fileSlug(staff.name, 'adult')}-${fileSlug(staff.id, 'id')}.ics`;
        used.add(fileName);
        files.push({ fileName, mediaType: 'text/calendar', text: adultCalendar(l, staff, { weeks, now: clock.now, from }) });
      }
      if (files.length === 0) {
        throw new ExportProblem(without.length === 1
          ? `${without[0]} has no sessions in the plan, so there is no calendar to make.`
          : 'None of the chosen adults has a session in the plan, so there is no calendar to make.');
      }
      const notes = without.length > 0
        ? [`${without.length} ${without.length === 1 ? 'adult has' : 'adults have'} no sessions in the plan and no calendar file: ${listWords(without, 8)}.`]
        : [];
      if (weeks.length === 0) notes.push('The school file gives no term dates: each calendar says what it assumes.');
      return { files, notes, sheets: doc.sheets.length };
    }
  }
}
