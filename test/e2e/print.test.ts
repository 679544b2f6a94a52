/**
 * The secondary sample's timetables for all adults, printed to PDF by Chromium exactly as the app
 * prints them (the same HTML; Playwright's page.pdf is Electron's printToPDF), then read back
 * with poppler: a page per adult, each naming its adult and showing their sessions in the right
 * cells, pages that are not blank, and patterns that still print in grey. The PDF and a few PNG
 * pages are kept in test-results/print for people to look at.
 */
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PRINT_STYLESHEET, renderExport } from '../../export';
import type { Staff } from '../../solver/model/school-file';
import { plannedSchool } from '../fixtures/planned';
import { launchBrowser, type Browser } from './browser';
import { greyPage, pageCount, pageTexts, pageWords, pngPages, type GreyImage, type Word } from './pdf-tools';

const SHOTS = join('test-results', 'print');
const school = plannedSchool('secondary');
const { calendar } = school;
const clock = { today: '2025-09-22', now: new Date('2025-09-22T07:15:00Z') };
const adults = school.staff.filter((s) => s.left === undefined);

let browser: Browser;
let page: Page;
let folder: string;
let pdf: string;
let sheets: number;

async function printToPdf(html: string, file: string, printBackground = true): Promise<void> {
  await page.setContent(html, { waitUntil: 'load' });
  await page.emulateMedia({ media: 'print' });
  writeFileSync(file, await page.pdf({ format: 'A4', landscape: true, printBackground }));
}

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  folder = mkdtempSync(join(tmpdir(), 'staffroom-print-'));
  browser = await launchBrowser();
  page = await browser.context.newPage();
  const outcome = renderExport(school, { view: 'staff', format: 'html' }, clock);
  sheets = outcome.sheets;
  pdf = join(folder, 'adults.pdf');
  await printToPdf(outcome.files[0]!.text, pdf);
  copyFileSync(pdf, join(SHOTS, 'secondary-adults.pdf'));
});

afterAll(async () => {
  await browser?.close();
  if (folder) rmSync(folder, { recursive: true, force: true });
});

/** Where each period's column and each day's row sit on a page, from the printed times and day names. */
function grid(words: readonly Word[]) {
  const columns = calendar.periods.map((p) => {
    const time = words.find((w) => w.text === `${p.start}–${p.end}`);
    if (!time) throw new Error(`no column for ${p.id}`);
    return time.xMin - 3;
  });
  const firstColumn = columns[0]!;
  const dayWords = words.filter((w) => (calendar.days as readonly string[]).includes(w.text) && w.xMax < firstColumn).sort((a, b) => a.yMin - b.yMin);
  if (dayWords.length !== calendar.days.length * calendar.weeks.length) throw new Error(`found ${dayWords.length} day rows`);
  const rowHeight = dayWords[1]!.yMin - dayWords[0]!.yMin;
  const rowTop = dayWords.map((w) => w.yMin - 3);
  return {
    cell(week: string, day: string, period: string) {
      const row = calendar.weeks.indexOf(week as 'A') * calendar.days.length + calendar.days.indexOf(day as 'Mon');
      const column = calendar.periods.findIndex((p) => p.id === period);
      const top = rowTop[row]!;
      return { left: columns[column]!, right: columns[column + 1] ?? Number.POSITIVE_INFINITY, top, bottom: rowTop[row + 1] ?? top + rowHeight };
    },
  };
}

function wordsIn(words: readonly Word[], box: { left: number; right: number; top: number; bottom: number }): string[] {
  return words.filter((w) => w.xMin >= box.left && w.xMin < box.right && w.yMin >= box.top && w.yMin < box.bottom).map((w) => w.text);
}

const firstWord = (title: string) => title.split(/\s+/)[0] ?? '';

/**
 * True when the cell shows the title's first word: whole, or, in a narrow column, broken at a
 * hyphen and cut short with an ellipsis ("Diabetes-…" for "Diabetes-trained").
 */
function showsStartOf(inCell: readonly string[], title: string): boolean {
  const first = firstWord(title);
  return inCell.some((word) => {
    const shown = word.replace(/…$/, '');
    return shown === first || (shown.length >= 4 && first.startsWith(shown) && /[-…]$/.test(word));
  });
}

describe('the secondary sample’s timetables for all adults, as a PDF', () => {
  it('has one page per adult: every current adult, with or without sessions', () => {
    expect(sheets).toBe(adults.length);
    expect(pageCount(pdf)).toBe(adults.length);
    expect(adults.length).toBe(91);
  });

  it('names its adult at the top of each page, with the school, both weeks, the date printed and the page number', () => {
    const texts = pageTexts(pdf);
    expect(texts).toHaveLength(adults.length);
    for (const [i, adult] of adults.entries()) {
      const lines = texts[i]!.split('\n').map((line) => line.trim());
      expect(lines.slice(0, 4), `page ${i + 1}`).toEqual([`Page ${i + 1} of ${adults.length}`, 'Elderwood Vale Academy', adult.name, expect.stringMatching(/^Timetables for adults · /)]);
      expect(lines, `page ${i + 1}`).toContain('Week A and Week B');
      expect(lines, `page ${i + 1}`).toContain('Printed Monday 22 September 2025 (Week B)');
    }
  });

  it('shows every session of every adult in its own week, day and period, and nowhere an adult has none', () => {
    const pages = pageWords(pdf);
    const groupNames = new Set(school.groups.map((g) => firstWord(g.name)));
    let checked = 0;
    for (const [i, adult] of adults.entries()) {
      const words = pages[i]!;
      const cells = grid(words);
      const theirs = school.plan!.sessions.filter((s) => s.staff.includes(adult.id));
      const taken = new Set<string>();
      for (const s of theirs) {
        const group = school.groups.find((g) => g.id === s.group);
        const cover = school.cover.find((c) => c.id === s.cover);
        const title = group?.name ?? cover?.label ?? '';
        const start = calendar.periods.findIndex((p) => p.id === s.period);
        for (const period of calendar.periods.slice(start, start + (group?.length ?? 1))) {
          const inCell = wordsIn(words, cells.cell(s.week!, s.day, period.id));
          expect(showsStartOf(inCell, title), `${adult.name}: ${title}, Week ${s.week} ${s.day} ${period.id}: ${inCell.join(' ')}`).toBe(true);
          taken.add(`${s.week}|${s.day}|${period.id}`);
          checked += 1;
        }
      }
      // A group's name never shows in a slot where the adult has no session.
      for (const week of calendar.weeks) {
        for (const day of calendar.days) {
          for (const period of calendar.periods) {
            if (taken.has(`${week}|${day}|${period.id}`)) continue;
            const stray = wordsIn(words, cells.cell(week, day, period.id)).filter((w) => groupNames.has(w) && w.length > 5);
            expect(stray, `${adult.name}: Week ${week} ${day} ${period.id}`).toEqual([]);
          }
        }
      }
    }
    expect(checked).toBe(school.plan!.sessions.reduce((n, s) => n + s.staff.length, 0));
  });

  it('shows each teacher’s own lessons in their slots', () => {
    const pages = pageWords(pdf);
    const teachers = adults.filter((a) => school.lessons.some((l) => l.teacher === a.id));
    expect(teachers.length).toBeGreaterThan(60);
    for (const teacher of teachers) {
      const i = adults.indexOf(teacher);
      const cells = grid(pages[i]!);
      for (const lesson of school.lessons.filter((l) => l.teacher === teacher.id).slice(0, 6)) {
        for (const week of lesson.week === undefined ? calendar.weeks : [lesson.week]) {
          const inCell = wordsIn(pages[i]!, cells.cell(week, lesson.day, lesson.period));
          expect(showsStartOf(inCell, lesson.subject), `${teacher.name}: ${lesson.subject} ${week} ${lesson.day} ${lesson.period}: ${inCell.join(' ')}`).toBe(true);
        }
      }
    }
  });

  it('keys each adult’s groups in full, with their pupils', () => {
    const texts = pageTexts(pdf).map((t) => t.replace(/\s+/g, ' '));
    const withGroups = adults.filter((a) => school.plan!.sessions.some((s) => s.group !== undefined && s.staff.includes(a.id)));
    expect(withGroups.length).toBeGreaterThan(10);
    for (const adult of withGroups) {
      const text = texts[adults.indexOf(adult)]!;
      const groups = school.groups.filter((g) => school.plan!.sessions.some((s) => s.group === g.id && s.staff.includes(adult.id)));
      for (const group of groups) {
        expect(text, adult.name).toContain(group.name);
        for (const id of group.pupils) expect(text, `${adult.name}: ${group.name}`).toContain(school.pupils.find((p) => p.id === id)!.name);
      }
    }
  });

  it('prints pages that are not blank, and keeps a few as PNG files to look at', () => {
    const busiest = adults.reduce((best, a) => (count(a) > count(best) ? a : best), adults[0]!);
    const baxter = adults.findIndex((a) => a.name === 'George Baxter') + 1;
    for (const n of [1, baxter, adults.indexOf(busiest) + 1]) {
      const image = greyPage(pdf, n, 60, join(folder, `page-${n}`));
      // A4 landscape at 60 dpi: 297 x 210 mm is about 702 x 496 pixels.
      expect(Math.abs(image.width - 702)).toBeLessThanOrEqual(2);
      expect(Math.abs(image.height - 496)).toBeLessThanOrEqual(2);
      const inked = image.pixels.filter((v) => v < 200).length / image.pixels.length;
      expect(inked, `page ${n}`).toBeGreaterThan(0.03);
      expect(inked, `page ${n}`).toBeLessThan(0.6);
      pngPages(pdf, n, n, 60, join(SHOTS, `adult-page-${n}`));
    }
  });
});

function count(adult: Staff): number {
  return school.plan!.sessions.filter((s) => s.staff.includes(adult.id)).length;
}

describe('patterns on paper', () => {
  const tones = ['CI', 'CL', 'SEMH', 'SP', 'ppa', 'absence', 'duty', 'post'];
  // One big swatch of each tone per page: the pattern band widened to fill it.
  const swatches = `<!doctype html><html><head><style>${PRINT_STYLESHEET}</style><style>
    .swatch { display: block; width: 120mm; height: 80mm; break-after: page; padding: 0; }
    .swatch::before { width: 120mm; }
  </style></head><body>${[...tones, 'busy'].map((t) => `<div class="entry swatch t-${t}"></div>`).join('')}</body></html>`;

  /**
   * Light-dark changes across the swatch, along the busiest of a few rows and of a few columns: a
   * pattern (stripes one way or another, dots, checks) has many, a solid fill none.
   */
  function changes(image: GreyImage): number {
    const dpmm = image.width / 297;
    const [x0, x1, y0, y1] = [20, 100, 20, 60].map((mm) => Math.round(mm * dpmm)) as [number, number, number, number];
    const dark = (x: number, y: number) => (image.pixels[y * image.width + x] ?? 255) < 170;
    const along = (count: (i: number) => number) => Math.max(...Array.from({ length: 12 }, (_, i) => count(i)));
    const rows = along((i) => {
      const y = y0 + Math.round((i * (y1 - y0)) / 12.3);
      let n = 0;
      for (let x = x0 + 1; x < x1; x++) if (dark(x, y) !== dark(x - 1, y)) n++;
      return n;
    });
    const columns = along((i) => {
      const x = x0 + Math.round((i * (x1 - x0)) / 12.3);
      let n = 0;
      for (let y = y0 + 1; y < y1; y++) if (dark(x, y) !== dark(x, y - 1)) n++;
      return n;
    });
    return rows + columns;
  }

  it.each([true, false])('every kind of session prints a pattern that reads in grey (background graphics %s)', async (printBackground) => {
    const file = join(folder, `swatches-${printBackground}.pdf`);
    await printToPdf(swatches, file, printBackground);
    expect(pageCount(file)).toBe(tones.length + 1);
    const seen = tones.map((tone, i) => ({ tone, changes: changes(greyPage(file, i + 1, 150, join(folder, `swatch-${printBackground}-${i}`))) }));
    for (const s of seen) expect(s.changes, s.tone).toBeGreaterThan(20);
    // The solid band of a fixed commitment is the control: no pattern, no changes.
    expect(changes(greyPage(file, tones.length + 1, 150, join(folder, `swatch-${printBackground}-busy`)))).toBe(0);
  });
});
