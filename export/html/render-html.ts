/**
 * An export document as one self-contained HTML file: a sheet per person (or per day, for the
 * rota), each starting a new page, each with its own header (school, who, week, date printed).
 * The same text is what the app shows and prints, and what the tests turn into a PDF.
 */
import { dayName } from '../../solver/model/words';
import type { Period } from '../../solver/model/school-file';
import type { ExportDocument, Sheet } from '../documents';
import { TONES, type Entry, type Tone } from '../entries';
import type { CoverSection, DayGrid } from '../sheets';
import type { DetailTable, Grid, KeyItem, TimetablePage } from '../timetables';
import { weekWords } from '../words';
import { className, htmlDocument, text } from './markup';

/** The document as a complete HTML file. */
export function documentHtml(doc: ExportDocument): string {
  const sheets = doc.sheets.map((sheet, i) => sheetHtml(doc, sheet, i + 1, i === doc.sheets.length - 1 ? doc.note : ''));
  const body = sheets.length > 0
    ? `<main>\n${sheets.join('\n')}\n</main>`
    : `<main><section class="sheet"><p class="empty">${text(`There is nothing to print: ${doc.note || 'no one was chosen.'}`)}</p></section></main>`;
  return htmlDocument(`${doc.title} – ${doc.school}`, `cycle-${doc.lookup.school.calendar.weeks.length}`, body);
}

function sheetHtml(doc: ExportDocument, sheet: Sheet, n: number, closing: string): string {
  const id = `sheet-${n}`;
  const about = sheet.kind === 'timetable' ? [doc.title, ...sheet.page.about] : [doc.title];
  const head = [
    '<header class="page-head">',
    '<div>',
    `<p class="school">${text(doc.school)}</p>`,
    `<h1 id="${id}">${text(sheet.heading)}</h1>`,
    `<p class="about">${text(about.join(' · '))}</p>`,
    '</div>',
    `<div class="when"><p class="weeks">${text(sheet.weekLabel)}</p><p>${text(doc.printed)}</p></div>`,
    '</header>',
  ].join('');
  const body = sheet.kind === 'timetable'
    ? timetableHtml(sheet.page)
    : sheet.kind === 'day-grid'
      ? dayGridHtml(doc, sheet.grid, sheet.withPupils, sheet.heading)
      : coverHtml(doc, sheet.sections);
  const end = closing ? `<p class="closing">${text(closing)}</p>` : '';
  const subject = sheet.kind === 'timetable' ? ` s-${sheet.page.subject}` : ` s-${sheet.kind}`;
  return `<section class="sheet${subject}" aria-labelledby="${id}"><table class="frame" role="presentation"><thead><tr><td>${head}</td></tr></thead><tbody><tr><td>${body}${end}</td></tr></tbody></table></section>`;
}

function entryHtml(entry: Entry, extraLineClass: (line: string) => string = () => ''): string {
  // A lesson is one run of plain text: a teacher's week holds dozens, and each separate piece of
  // text is paid for in the time it takes to print every page.
  if (entry.tone === 'lesson') return `<div class="entry t-lesson">${text([entry.title, ...entry.lines].join(' · '))}</div>`;
  // A real space after the tag, so copied or extracted text reads "CL Fresh Start", not "CLFresh Start".
  const tag = entry.tag ? `<span class="tag">${text(entry.tag)}</span> ` : '';
  const lines = entry.lines.map((line) => `<span class="line${extraLineClass(line)}">${text(line)}</span>`).join('');
  return `<div class="entry t-${className(entry.tone)}"><div class="head">${tag}<span class="title">${text(entry.title)}</span></div>${lines}</div>`;
}

function periodHeads(periods: readonly Period[]): string {
  return periods.map((p) => `<th scope="col">${text(p.label ?? p.id)}<span class="time">${text(`${p.start}–${p.end}`)}</span></th>`).join('');
}

function periodCols(periods: readonly Period[]): string {
  return periods.map((p) => `<col class="k-${className(p.kind)}">`).join('');
}

function gridHtml(grid: Grid, caption: string): string {
  const twoWeeks = grid.weeks.length > 1;
  const cols = `<colgroup>${twoWeeks ? '<col class="c-week">' : ''}<col class="c-day">${periodCols(grid.periods)}</colgroup>`;
  const head = `<thead><tr><td${twoWeeks ? ' colspan="2"' : ''}></td>${periodHeads(grid.periods)}</tr></thead>`;
  const weeks = grid.weeks.map((week) => {
    const rows = week.days.map((d, i) => {
      const weekCell = twoWeeks && i === 0 ? `<th scope="rowgroup" rowspan="${week.days.length}" class="week"><span>${text(week.label)}</span></th>` : '';
      // Only cells with something in them get the fixed-height box; the day's own cell holds the
      // row's height. Fewer boxes make the document markedly quicker to lay out and print.
      const cells = d.cells.map((entries) => (entries.length === 0 ? '<td></td>' : `<td><div class="cell">${entries.map((e) => entryHtml(e)).join('')}</div></td>`)).join('');
      return `<tr>${weekCell}<th scope="row" class="day"><div class="cell"><abbr title="${text(dayName(d.day))}">${text(d.day)}</abbr></div></th>${cells}</tr>`;
    });
    return `<tbody class="week-start">${rows.join('')}</tbody>`;
  });
  return `<table class="grid"><caption class="visually-hidden">${text(caption)}</caption>${cols}${head}${weeks.join('')}</table>`;
}

function legendHtml(tones: ReadonlySet<Tone>): string {
  const items = TONES.filter((t) => tones.has(t.tone));
  if (items.length === 0) return '';
  const li = items.map((t) => `<li><span class="entry t-${className(t.tone)}" aria-hidden="true"></span>${text(t.tag ? `${t.tag}: ${t.meaning}` : t.meaning)}</li>`);
  return `<ul class="legend" aria-label="Key to colours and patterns">${li.join('')}</ul>`;
}

function keyHtml(items: readonly KeyItem[]): string {
  const full = items.filter((item) => !item.brief);
  const brief = items.filter((item) => item.brief);
  const boxes = full.length > 0
    ? `<ul class="key" aria-label="Groups on this page">${full.map((item) => `<li>${entryHtml({ tone: item.tone, tag: item.tag, title: item.title, lines: item.lines })}</li>`).join('')}</ul>`
    : '';
  const lines = brief.length > 0
    ? `<ul class="key brief" aria-label="Cover, duties and posts on this page">${brief.map((item) =>
      `<li><span class="entry t-${className(item.tone)}" aria-hidden="true"></span><span class="tag">${text(item.tag)}</span> <span class="title">${text(item.title)}</span> ${text(item.lines.join(' · '))}</li>`).join('')}</ul>`
    : '';
  return boxes + lines;
}

function detailHtml(table: DetailTable): string {
  if (table.rows.length === 0) return '';
  const head = table.header.map((h) => `<th scope="col">${text(h)}</th>`).join('');
  const cols = `<colgroup>${table.widths.map((w) => (w ? `<col class="${className(w)}">` : '<col>')).join('')}</colgroup>`;
  const rows = table.rows.map((row) => `<tr>${row.map((cell, i) => (i === 0 ? `<th scope="row">${text(cell)}</th>` : `<td>${text(cell)}</td>`)).join('')}</tr>`);
  return `<table class="list details"><caption>${text(table.caption)}</caption>${cols}<thead><tr>${head}</tr></thead><tbody>${rows.join('')}</tbody></table>`;
}

function tonesIn(cells: readonly (readonly Entry[])[], extra: readonly KeyItem[] = []): Set<Tone> {
  const tones = new Set<Tone>();
  for (const entries of cells) for (const e of entries) tones.add(e.tone);
  for (const item of extra) tones.add(item.tone);
  return tones;
}

function timetableHtml(page: TimetablePage): string {
  const cells = page.grid.weeks.flatMap((w) => w.days.flatMap((d) => d.cells));
  const notes = page.notes.length > 0 ? `<ul class="notes">${page.notes.map((n) => `<li>${text(n)}</li>`).join('')}</ul>` : '';
  return [
    `<p class="summary">${text(page.summary)}</p>`,
    gridHtml(page.grid, `Timetable of ${page.heading}`),
    legendHtml(tonesIn(cells, page.key)),
    keyHtml(page.key),
    ...page.tables.map(detailHtml),
    notes,
  ].join('');
}

function dayGridHtml(doc: ExportDocument, grid: DayGrid, withPupils: boolean, heading: string): string {
  const { calendar } = doc.lookup.school;
  const week = weekWords(calendar, grid.week);
  const caption = `${withPupils ? 'Daily sheet' : 'Rota'} for ${heading}${week ? `, ${week}` : ''}`;
  if (grid.rows.length === 0) return `<p class="empty">${text(withPupils ? `No adult has a session on ${heading}.` : 'No adult has a session in the plan yet.')}</p>`;
  const cols = `<colgroup><col class="c-adult">${periodCols(grid.periods)}</colgroup>`;
  const head = `<thead><tr><th scope="col">Adult</th>${periodHeads(grid.periods)}</tr></thead>`;
  const rows = grid.rows.map((row) => {
    const cells = row.cells.map((entries) => `<td><div class="cell">${entries.map((e) => entryHtml(e, (line) => (line.startsWith('Pupils: ') ? ' pupils' : ''))).join('')}</div></td>`).join('');
    return `<tr><th scope="row">${text(row.staff.name)}<span class="role">${text(row.role)}</span></th>${cells}</tr>`;
  });
  const tones = tonesIn(grid.rows.flatMap((r) => r.cells));
  return `${legendHtml(tones)}<table class="people${withPupils ? '' : ' rota'}"><caption class="visually-hidden">${text(caption)}</caption>${cols}${head}<tbody>${rows.join('')}</tbody></table>`;
}

function coverHtml(doc: ExportDocument, sections: readonly CoverSection[]): string {
  const twoWeeks = doc.lookup.school.calendar.weeks.length > 1;
  const parts = sections.filter((s) => s.rows.length > 0).map((section) => {
    const teacherHead = section.kind === 'ppa' ? 'Teacher on PPA' : 'Teacher away';
    const header = [...(twoWeeks ? ['Week'] : []), 'When', 'Time', 'Class', teacherHead, 'What', 'Covered by', 'Room', 'Status'];
    const widths = [...(twoWeeks ? ['w-week'] : []), 'w-when', 'w-time', 'w-class', 'w-name', '', 'w-name', 'w-room', 'w-status'];
    const cols = `<colgroup>${widths.map((w) => (w ? `<col class="${w}">` : '<col>')).join('')}</colgroup>`;
    const rows = section.rows.map((r) => {
      const cells = [...(twoWeeks ? [r.week] : []), r.when, r.time, r.className, r.teacher, r.label, r.coveredBy || '—', r.room, r.status];
      return `<tr${r.short ? ' class="short"' : ''}>${cells.map((c, i) => `<td${i === cells.length - 1 && r.short ? ' class="status-short"' : ''}>${text(c)}</td>`).join('')}</tr>`;
    });
    return `<table class="list"><caption>${text(`${section.title} (${section.rows.length})`)}</caption>${cols}<thead><tr>${header.map((h) => `<th scope="col">${text(h)}</th>`).join('')}</tr></thead><tbody>${rows.join('')}</tbody></table>`;
  });
  return parts.length > 0 ? parts.join('') : '<p class="empty">This school has no PPA cover or absence cover to plan.</p>';
}
