import { describe, expect, it } from 'vitest';
import { describeSlot } from '../../../solver/rules';
import { tinySchool, twoWeeks } from '../../fixtures/tiny-school';

describe('describeSlot', () => {
  it('uses day names and period labels', () => {
    expect(describeSlot(tinySchool().calendar, 'A', 'Tue', 'P3')).toBe('Tuesday Period 3');
  });

  it('names the week only in a two-week school', () => {
    expect(describeSlot(tinySchool(twoWeeks).calendar, 'B', 'Wed', 'LUN')).toBe('Wednesday Lunch (Week B)');
  });

  it('names the last period of a longer session', () => {
    expect(describeSlot(tinySchool().calendar, 'A', 'Mon', 'P1', 2)).toBe('Monday Period 1 to Period 2');
  });

  it('falls back to the period id when it has no label', () => {
    const school = tinySchool((s) => { delete s.calendar.periods[1]?.label; });
    expect(describeSlot(school.calendar, 'A', 'Fri', 'P1')).toBe('Friday P1');
  });
});
