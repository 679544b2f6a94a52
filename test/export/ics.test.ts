import { describe, expect, it } from 'vitest';
import { renderExport } from '../../export';
import { escapeText, foldLine, icsText } from '../../export/ics-text';
import type { School } from '../../solver/model/school-file';
import { plannedSchool } from '../fixtures/planned';
import { elsa, session, tinySchool, twoWeeks } from '../fixtures/tiny-school';
import { occurrences, parse, prop, unescapeText, unfold, type Component } from './ics-reader';

const clock = { today: '2025-09-22', now: new Date('2025-09-22T07:15:00Z') };
const calendarOf = (school: School, who: string, now = clock.now) => {
  const { files } = renderExport(school, { view: 'staff', format: 'ics', who: [who] }, { ...clock, now });
  expect(files).toHaveLength(1);
  return files[0]!.text;
};
const events = (calendar: Component) => calendar.children.filter((c) => c.name === 'VEVENT');
const uid = (event: Component) => unescapeText(prop(event, 'UID')?.value ?? '');

describe('iCalendar text', () => {
  it('escapes backslashes, semicolons, commas and line breaks, and reads back the same', () => {
    const value = 'Room 2; the "hub", upstairs\\annexe\nask at reception';
    expect(escapeText(value)).toBe('Room 2\\; the "hub"\\, upstairs\\\\annexe\\nask at reception');
    expect(unescapeText(escapeText(value))).toBe(value);
  });

  it('folds long lines at 75 octets without splitting a character, and unfolds to the original', () => {
    const line = `DESCRIPTION:${'Zoë Brontë · 🎨 art therapy · '.repeat(8)}`;
    const folded = foldLine(line);
    const physical = folded.split('\r\n');
    expect(physical.length).toBeGreaterThan(4);
    for (const part of physical) {
      expect(Buffer.byteLength(part, 'utf8')).toBeLessThanOrEqual(75);
      // Each physical line is whole UTF-8 on its own: no character was cut in two.
      expect(Buffer.from(Buffer.from(part, 'utf8').toString('utf8'), 'utf8').equals(Buffer.from(part, 'utf8'))).toBe(true);
      expect(part).not.toContain('\uFFFD');
    }
    expect(physical.slice(1).every((p) => p.startsWith(' '))).toBe(true);
    expect(unfold(icsText([line]))).toEqual([line]);
  });
});

describe('an adult’s calendar in a two-week school with terms (secondary sample)', () => {
  const school = plannedSchool('secondary');
  const baxter = school.staff.find((s) => s.id === 'H03')!;
  const text = calendarOf(school, baxter.id);
  const calendar = parse(text);

  it('is a well-formed calendar: CRLF, folded lines, Europe/London with its VTIMEZONE, DTSTAMP and unique UIDs', () => {
    expect(calendar.name).toBe('VCALENDAR');
    expect(prop(calendar, 'VERSION')?.value).toBe('2.0');
    expect(calendar.children.filter((c) => c.name === 'VTIMEZONE').map((c) => prop(c, 'TZID')?.value)).toEqual(['Europe/London']);
    for (const line of text.split('\r\n')) expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
    const all = events(calendar);
    expect(all.length).toBeGreaterThan(20);
    for (const event of all) {
      expect(prop(event, 'DTSTART')?.params.TZID).toBe('Europe/London');
      expect(prop(event, 'DTEND')?.params.TZID).toBe('Europe/London');
      expect(prop(event, 'DTSTAMP')?.value).toBe('20250922T071500Z');
    }
    expect(new Set(all.map(uid)).size).toBe(all.length);
  });

  it('puts a Monday Week B session on exactly the Week B Mondays the school is open, term by term', () => {
    // Fresh Start Y7 group 1, Monday Period 1 of Week B (S01.B1), checked by hand against the terms:
    // 24 Nov 2025 and 4 May 2026 are closures (EXDATEs inside a run); 5 Jan 2026, a closure that
    // begins the Spring term, is simply not in the run; holidays start a new run.
    const s01 = events(calendar).filter((e) => uid(e).startsWith('S01.B1.B.H03.'));
    expect(s01.map((e) => prop(e, 'DTSTART')?.value)).toEqual([
      '20250908T090500', '20251110T090500', '20260119T090500', '20260223T090500', '20260420T090500', '20260608T090500',
    ]);
    expect(s01.map((e) => prop(e, 'RRULE')?.value)).toEqual([
      'FREQ=WEEKLY;INTERVAL=2;COUNT=4;BYDAY=MO', 'FREQ=WEEKLY;INTERVAL=2;COUNT=3;BYDAY=MO', 'FREQ=WEEKLY;INTERVAL=2;COUNT=2;BYDAY=MO',
      'FREQ=WEEKLY;INTERVAL=2;COUNT=3;BYDAY=MO', 'FREQ=WEEKLY;INTERVAL=2;COUNT=3;BYDAY=MO', 'FREQ=WEEKLY;INTERVAL=2;COUNT=4;BYDAY=MO',
    ]);
    expect(s01.flatMap((e) => prop(e, 'EXDATE')?.value ?? [])).toEqual(['20251124T090500', '20260504T090500']);
    expect(s01.flatMap((e) => occurrences(e))).toEqual([
      '2025-09-08', '2025-09-22', '2025-10-06', '2025-10-20',
      '2025-11-10', '2025-12-08',
      '2026-01-19', '2026-02-02',
      '2026-02-23', '2026-03-09', '2026-03-23',
      '2026-04-20', '2026-05-18',
      '2026-06-08', '2026-06-22', '2026-07-06', '2026-07-20',
    ]);
    expect(prop(s01[0]!, 'DTEND')?.value).toBe('20250908T100500');
    expect(unescapeText(prop(s01[0]!, 'SUMMARY')?.value ?? '')).toBe('Fresh Start Y7 group 1');
    expect(unescapeText(prop(s01[0]!, 'LOCATION')?.value ?? '')).toBe('Learning Support Base 1 (bay B)');
  });

  it('never falls on a closure, a holiday or the wrong week, for any session of the adult', () => {
    const closures = new Set(school.calendar.closures);
    const weekOf = new Map<string, string>([
      ['2025-09-01', 'A'], ['2025-09-08', 'B'], ['2025-10-20', 'B'], ['2025-11-03', 'A'], ['2025-11-10', 'B'], ['2026-01-05', 'B'], ['2026-01-12', 'A'],
    ]);
    for (const event of events(calendar)) {
      const description = unescapeText(prop(event, 'DESCRIPTION')?.value ?? '');
      const week = /Week ([AB]) of the two-week timetable/.exec(description)?.[1];
      for (const date of occurrences(event)) {
        expect(closures.has(date), `${uid(event)} on ${date}`).toBe(false);
        expect(school.calendar.terms!.some((t) => t.start <= date && date <= t.end), `${uid(event)} on ${date}`).toBe(true);
        const monday = new Date(Date.parse(`${date}T00:00:00Z`) - ((new Date(`${date}T00:00:00Z`).getUTCDay() + 6) % 7) * 86_400_000).toISOString().slice(0, 10);
        if (weekOf.has(monday)) expect(weekOf.get(monday), `${uid(event)} on ${date}`).toBe(week);
      }
    }
  });

  it('names no pupil (calendars travel to phones and online services), only how many', () => {
    const pupils = new Set(school.groups.filter((g) => school.plan!.sessions.some((s) => s.group === g.id && s.staff.includes('H03'))).flatMap((g) => g.pupils));
    expect(pupils.size).toBeGreaterThan(3);
    for (const pupil of school.pupils.filter((p) => pupils.has(p.id))) expect(text).not.toContain(pupil.name);
    expect(unescapeText(unfold(text).join('\n'))).toMatch(/\d+ pupils \(names are on the printed timetable, not in calendar files\)/);
  });

  it('keeps the same UIDs when made again later, so a re-import updates rather than duplicates', () => {
    const again = parse(calendarOf(school, baxter.id, new Date('2025-10-01T12:00:00Z')));
    expect(events(again).map(uid)).toEqual(events(calendar).map(uid));
    expect(prop(events(again)[0]!, 'DTSTAMP')?.value).toBe('20251001T120000Z');
  });
});

describe('calendars without term dates', () => {
  it('say what they assume: every other week from the plan date, taken as Week A, no end', () => {
    const school = tinySchool((s) => {
      twoWeeks(s);
      s.plan = { sessions: [elsa('e1', { week: 'B', day: 'Mon' }), elsa('e2', { week: 'A', day: 'Wed' })] };
    });
    const calendar = parse(calendarOf(school, 'KHAN'));
    expect(unescapeText(prop(calendar, 'X-WR-CALDESC')?.value ?? '')).toBe(
      'The school file gives no term dates, so these events repeat every other week with no end, from Monday 22 September 2025, taking the week of Monday 22 September 2025 as Week A, and holidays are not left out.',
    );
    // In timetable order: Week A's Wednesday first.
    const [a, b] = events(calendar);
    // 22 Sep 2025 (asOf) is taken as Week A: the Week B Monday is 29 Sep, the Week A Wednesday 24 Sep.
    expect(prop(b!, 'DTSTART')?.value).toBe('20250929T090000');
    expect(prop(a!, 'DTSTART')?.value).toBe('20250924T090000');
    expect(prop(b!, 'RRULE')?.value).toBe('FREQ=WEEKLY;INTERVAL=2;BYDAY=MO');
    expect(unescapeText(prop(b!, 'DESCRIPTION')?.value ?? '')).toContain('The school file gives no term dates');
  });

  it('repeat every week in a one-week school, with closures inside a term left out', () => {
    const school = tinySchool((s) => {
      s.calendar.terms = [{ name: 'Autumn', start: '2025-09-01', end: '2025-09-26' }];
      s.calendar.closures = ['2025-09-15'];
      s.plan = { sessions: [elsa('e1', { day: 'Mon' }), session('d1', { cover: 'DUTY-LUN', day: 'Mon', period: 'LUN', staff: ['KHAN', 'PARK'] })] };
    });
    const calendar = parse(calendarOf(school, 'KHAN'));
    const [lesson, duty] = events(calendar);
    expect(prop(lesson!, 'RRULE')?.value).toBe('FREQ=WEEKLY;COUNT=4;BYDAY=MO');
    expect(prop(lesson!, 'EXDATE')?.value).toBe('20250915T090000');
    expect(occurrences(lesson!)).toEqual(['2025-09-01', '2025-09-08', '2025-09-22']);
    expect(unescapeText(prop(duty!, 'SUMMARY')?.value ?? '')).toBe('Duty: Lunch duty');
    expect(unescapeText(prop(duty!, 'DESCRIPTION')?.value ?? '')).toContain('With Mr Park.');
  });

  it('are not made for an adult with no sessions, and the export says so', () => {
    const school = tinySchool((s) => {
      s.plan = { sessions: [elsa('e1')] };
    });
    expect(() => renderExport(school, { view: 'staff', format: 'ics', who: ['PARK'] }, clock)).toThrow('Mr Park has no sessions in the plan, so there is no calendar to make.');
    const everyone = renderExport(school, { view: 'staff', format: 'ics' }, clock);
    expect(everyone.files.map((f) => f.fileName)).toEqual(['tiny-primary-ms-khan.ics']);
    expect(everyone.notes[0]).toBe('3 adults have no sessions in the plan and no calendar file: Mr Ode, Mrs Shah and Mr Park.');
  });
});
