import { describe, expect, it } from 'vitest';
import { dateInCalendar, schoolWeeks, weekOfDate } from '../../export/school-weeks';
import type { Calendar } from '../../solver/model/school-file';
import { demoSchool } from '../fixtures/schools';
import { tinySchool, twoWeeks } from '../fixtures/tiny-school';

const secondary = demoSchool('secondary').calendar;
const labels = (calendar: Calendar) => Object.fromEntries(schoolWeeks(calendar).map((w) => [w.monday, w.week]));

/** A two-week calendar with the given terms and closures. */
function calendarWith(terms: NonNullable<Calendar['terms']>, closures: string[] = []): Calendar {
  const school = tinySchool(twoWeeks);
  return { ...school.calendar, terms, closures };
}

describe('Week A and Week B on real dates (secondary sample)', () => {
  const weeks = labels(secondary);

  it('says the week commencing 5 January 2026 is Week B, as the sample does', () => {
    expect(weeks['2026-01-05']).toBe('B');
    expect(weekOfDate(schoolWeeks(secondary), '2026-01-08')).toBe('B');
  });

  it('alternates only over weeks with a school day: half-terms and holidays are skipped', () => {
    // Autumn 1 starts on A and ends on B (20 Oct); half-term (27 Oct) is no school week; Autumn 2 carries on with A.
    expect(weeks['2025-09-01']).toBe('A');
    expect(weeks['2025-10-20']).toBe('B');
    expect(weeks['2025-10-27']).toBeUndefined();
    expect(weeks['2025-11-03']).toBe('A');
    expect(weeks['2025-12-15']).toBe('A');
    expect(weeks['2025-12-22']).toBeUndefined();
    expect(weeks['2025-12-29']).toBeUndefined();
    // Spring 2 after February half-term, Summer 1 after Easter (13 Apr is a closure, the week still counts).
    expect(weeks['2026-02-23']).toBe('B');
    expect(weeks['2026-04-13']).toBe('A');
    expect(weeks['2026-07-20']).toBe('B');
    // 8 + 7 weeks in autumn, 6 + 5 in spring, 6 + 8 in summer.
    expect(Object.keys(weeks)).toHaveLength(40);
  });

  it('knows an INSET day in a school week from an ordinary school day', () => {
    const week = schoolWeeks(secondary).find((w) => w.monday === '2025-09-01');
    expect(week?.days.map((d) => [d.date, d.closed])).toEqual([
      ['2025-09-01', true], ['2025-09-02', true], ['2025-09-03', false], ['2025-09-04', false], ['2025-09-05', false],
    ]);
  });

  it('answers for one date: open with its week and day, or closed with the reason', () => {
    expect(dateInCalendar(secondary, '2026-01-06')).toEqual({ open: true, date: '2026-01-06', day: 'Tue', week: 'B', term: 'Spring 1' });
    expect(dateInCalendar(secondary, '2026-01-05')).toMatchObject({ open: false, reason: expect.stringMatching(/closed/) });
    expect(dateInCalendar(secondary, '2025-10-29')).toMatchObject({ open: false, reason: expect.stringMatching(/not in any term/) });
    expect(dateInCalendar(secondary, '2025-09-27')).toMatchObject({ open: false, reason: 'it is a Saturday, not a school day' });
    expect(dateInCalendar(tinySchool().calendar, '2025-09-22')).toMatchObject({ open: false, reason: expect.stringMatching(/no term dates/) });
  });
});

describe('the counting rules', () => {
  it('restarts the count at a term that says which week it starts on', () => {
    const calendar = calendarWith([
      { name: 'One', start: '2025-09-01', end: '2025-09-12', startsOn: 'A' }, // A, B
      { name: 'Two', start: '2025-09-15', end: '2025-09-26', startsOn: 'B' }, // B again, then A
    ]);
    expect(labels(calendar)).toEqual({ '2025-09-01': 'A', '2025-09-08': 'B', '2025-09-15': 'B', '2025-09-22': 'A' });
  });

  it('skips a week closed on every school day without using up a week of the cycle', () => {
    const calendar = calendarWith(
      [{ name: 'One', start: '2025-09-01', end: '2025-09-26' }],
      ['2025-09-08', '2025-09-09', '2025-09-10', '2025-09-11', '2025-09-12'],
    );
    expect(labels(calendar)).toEqual({ '2025-09-01': 'A', '2025-09-15': 'B', '2025-09-22': 'A' });
  });

  it('counts a term that starts mid-week, and sorts terms listed out of order', () => {
    const calendar = calendarWith([
      { name: 'Later', start: '2025-09-17', end: '2025-09-30' },
      { name: 'First', start: '2025-09-03', end: '2025-09-05' },
    ]);
    expect(labels(calendar)).toEqual({ '2025-09-01': 'A', '2025-09-15': 'B', '2025-09-22': 'A', '2025-09-29': 'B' });
  });

  it('gives every week of a one-week school as Week A', () => {
    const calendar = { ...tinySchool().calendar, terms: [{ name: 'One', start: '2025-09-01', end: '2025-09-19' }] };
    expect(Object.values(labels(calendar))).toEqual(['A', 'A', 'A']);
  });

  it('has no school weeks without terms', () => {
    expect(schoolWeeks(tinySchool(twoWeeks).calendar)).toEqual([]);
  });
});
