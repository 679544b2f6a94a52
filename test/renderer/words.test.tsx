import { describe, expect, it } from 'vitest';
import type { Calendar } from '../../solver/model/school-file';
import {
  dateInWords, expiryInWords, judgingDate, needName, slotInWords, slotOrder, workingPattern, yearName,
} from '../../renderer/school/words';

const period = (id: string, label: string, kind: 'lesson' | 'break' | 'lunch' | 'registration' = 'lesson') => ({ id, label, start: '09:00', end: '10:00', kind });
const primaryDay: Calendar = {
  weeks: ['A'],
  days: ['Mon', 'Tue', 'Wed', 'Thu', 'Fri'],
  periods: [period('REG', 'Registration', 'registration'), period('S1', 'Session 1'), period('S2', 'Session 2'), period('LUN', 'Lunch', 'lunch'), period('S3', 'Session 3')],
};
const twoWeek: Calendar = { ...primaryDay, weeks: ['A', 'B'] };
const all = ['REG', 'S1', 'S2', 'LUN', 'S3'];

describe('slots in words', () => {
  it('names the day and the period by its label', () => {
    expect(slotInWords(primaryDay, { day: 'Mon', period: 'S3' })).toBe('Monday Session 3');
  });

  it('adds the week in a two-week school', () => {
    expect(slotInWords(twoWeek, { week: 'A', day: 'Mon', period: 'S3' })).toBe('Monday Session 3, Week A');
    expect(slotInWords(twoWeek, { day: 'Fri', period: 'LUN' })).toBe('Friday Lunch, every week');
  });

  it('sorts slots in timetable order', () => {
    const order = [
      { week: 'B', day: 'Mon' as const, period: 'REG' },
      { week: 'A', day: 'Tue' as const, period: 'REG' },
      { week: 'A', day: 'Mon' as const, period: 'S3' },
      { week: 'A', day: 'Mon' as const, period: 'S1' },
    ].sort((a, b) => slotOrder(twoWeek, a) - slotOrder(twoWeek, b));
    expect(order.map((s) => slotInWords(twoWeek, s))).toEqual([
      'Monday Session 1, Week A', 'Monday Session 3, Week A', 'Tuesday Registration, Week A', 'Monday Registration, Week B',
    ]);
  });
});

describe('working days in words', () => {
  it('groups consecutive whole days', () => {
    const days = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri'] as const;
    expect(workingPattern(primaryDay, { available: days.map((day) => ({ day, periods: all })) })).toBe('Mon–Fri');
    expect(workingPattern(primaryDay, { available: (['Mon', 'Tue', 'Thu'] as const).map((day) => ({ day, periods: all })) })).toBe('Mon, Tue, Thu');
  });

  it('says which part of the day when it is not all of it', () => {
    const mornings = (['Mon', 'Tue', 'Wed'] as const).map((day) => ({ day, periods: ['REG', 'S1', 'S2'] }));
    expect(workingPattern(primaryDay, { available: mornings })).toBe('Mon–Wed (Registration to Session 2)');
    expect(workingPattern(primaryDay, { available: [{ day: 'Fri', periods: ['LUN'] }] })).toBe('Fri (Lunch only)');
    expect(workingPattern(primaryDay, { available: [{ day: 'Fri', periods: ['S1', 'S3'] }] })).toBe('Fri (Session 1, Session 3)');
  });

  it('describes each week of a two-week timetable when they differ', () => {
    const available = [
      { week: 'A', day: 'Mon' as const, periods: all },
      { week: 'B', day: 'Thu' as const, periods: all },
      { day: 'Fri' as const, periods: all },
    ];
    expect(workingPattern(twoWeek, { available })).toBe('Week A: Mon, Fri; Week B: Thu, Fri');
  });

  it('says when someone is not available at all', () => {
    expect(workingPattern(primaryDay, { available: [] })).toBe('Not available for planning');
  });
});

describe('dates, expiry and codes', () => {
  it('writes dates the British way', () => {
    expect(dateInWords('2026-03-12')).toMatch(/^12 Mar(ch)? 2026$/);
  });

  it('treats a skill as valid up to and including its expiry date', () => {
    expect(expiryInWords('2025-09-22', '2025-09-22')).toMatchObject({ expired: false, text: expect.stringMatching(/^valid until 22 Sep/) });
    expect(expiryInWords('2025-09-21', '2025-09-22')).toMatchObject({ expired: true, text: expect.stringMatching(/^expired 21 Sep/) });
    expect(expiryInWords(undefined, '2025-09-22')).toBeNull();
  });

  it('judges on the plan’s date when the school gives one', () => {
    expect(judgingDate({ ...primaryDay, asOf: '2025-09-15' })).toBe('2025-09-15');
    expect(judgingDate(primaryDay, new Date('2026-01-02T10:00:00Z'))).toBe('2026-01-02');
  });

  it('spells out census need codes and years', () => {
    expect(needName('SLCN')).toBe('Speech, language and communication needs (SLCN)');
    expect(needName('Unusual')).toBe('Unusual');
    expect(yearName('R')).toBe('Reception');
    expect(yearName('7')).toBe('Year 7');
  });
});
