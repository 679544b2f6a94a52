/**
 * Printable timetables and exports: pure view-building (no Node, no DOM, no React) from a school
 * and its plan to HTML for paper and the intranet, CSV for Excel and iCalendar for calendars.
 */
export { EXPORT_VIEWS, VIEW_TITLES, ExportProblem, everyone, resolveDay, type ExportRequest, type ExportView } from './documents';
export { EXPORT_FORMATS, FORMAT_NAMES, renderExport, type ExportClock, type ExportFile, type ExportFormat, type ExportOutcome } from './render';
export { PRINT_STYLESHEET } from './html/stylesheet';
export { schoolWeeks, dateInCalendar, weekOfDate, type SchoolWeek } from './school-weeks';
