import { describe, expect, it } from 'vitest';
import { availableOf, slotsOf } from '../../renderer/forms/availability';
import { placeProblems } from '../../renderer/forms/form-context';
import { undoKey } from '../../renderer/editing/use-undo-keys';
import type { Calendar } from '../../solver/model/school-file';

const oneWeek: Calendar = {
  weeks: ['A'],
  days: ['Mon', 'Tue', 'Wed'],
  periods: [
    { id: 'P1', start: '09:00', end: '10:00', kind: 'lesson' },
    { id: 'P2', start: '10:00', end: '11:00', kind: 'lesson' },
    { id: 'LUN', start: '12:00', end: '13:00', kind: 'lunch' },
  ],
};
const twoWeeks: Calendar = { ...oneWeek, weeks: ['A', 'B'] };

describe('a working pattern as slots and back', () => {
  it('keeps days and periods in calendar order, whatever order they were ticked in', () => {
    const slots = new Set(['A|Wed|LUN', 'A|Mon|P2', 'A|Mon|P1']);
    expect(availableOf(oneWeek, slots)).toEqual([{ day: 'Mon', periods: ['P1', 'P2'] }, { day: 'Wed', periods: ['LUN'] }]);
  });

  it('writes a day that is the same in both weeks once, without a week, and different days per week', () => {
    const available = [{ day: 'Mon' as const, periods: ['P1'] }, { week: 'B', day: 'Tue' as const, periods: ['P2'] }];
    const slots = slotsOf(twoWeeks, available);
    expect([...slots].sort()).toEqual(['A|Mon|P1', 'B|Mon|P1', 'B|Tue|P2']);
    expect(availableOf(twoWeeks, slots)).toEqual(available);
    slots.delete('B|Mon|P1');
    expect(availableOf(twoWeeks, slots)).toEqual([{ week: 'A', day: 'Mon', periods: ['P1'] }, { week: 'B', day: 'Tue', periods: ['P2'] }]);
  });
});

describe('problems from a refused save', () => {
  it('land on the nearest field the form shows, else on the whole form', () => {
    const shown = new Set(['name', 'available', 'skills.1.expires']);
    expect(placeProblems(
      [
        { field: 'available.3.periods.0', message: 'period "P9" does not exist' },
        { field: 'skills.1.expires', message: 'must be a real calendar date' },
        { field: 'lessons.2', message: 'far away' },
        { field: '', message: 'in use' },
      ],
      (path) => shown.has(path),
    )).toEqual({ available: 'period "P9" does not exist', 'skills.1.expires': 'must be a real calendar date', '': 'far away in use' });
  });
});

describe('undo and redo keys', () => {
  const key = (k: string, mods: Partial<{ ctrlKey: boolean; metaKey: boolean; shiftKey: boolean; altKey: boolean }> = {}) =>
    undoKey({ key: k, ctrlKey: false, metaKey: false, shiftKey: false, altKey: false, ...mods });
  it('are Ctrl+Z, Ctrl+Shift+Z and Ctrl+Y (Cmd on a Mac), and nothing else', () => {
    expect(key('z', { ctrlKey: true })).toBe('undo');
    expect(key('Z', { ctrlKey: true, shiftKey: true })).toBe('redo');
    expect(key('y', { ctrlKey: true })).toBe('redo');
    expect(key('z', { metaKey: true })).toBe('undo');
    expect(key('z')).toBeNull();
    expect(key('z', { ctrlKey: true, altKey: true })).toBeNull();
    expect(key('x', { ctrlKey: true })).toBeNull();
  });
});
