/** Handler of `calendar:save`: the school's name and phase and its calendar, saved as one edit. */
import type { EntityChange } from '../db/edits';
import type { HandlerContext } from './context';
import { commitEdit } from './editing/commit';
import { calendarUses } from './editing/calendar-uses';
import type { ChannelHandlers } from './types';
import type { Calendar, School } from '../solver/model/school-file';

function saveCalendar(context: HandlerContext, details: School['school'], calendar: Calendar) {
  return commitEdit(context, (school) => {
    const uses = calendarUses(school, calendar);
    if (uses.length > 0) return uses;
    const changes: EntityChange[] = [];
    const renamed = school.school.name !== details.name;
    const rephased = school.school.phase !== details.phase;
    if (renamed || rephased) changes.push({ kind: 'school', id: 'school', after: details });
    const calendarChanged = JSON.stringify(school.calendar) !== JSON.stringify(calendar);
    changes.push({ kind: 'calendar', id: 'calendar', after: calendar });
    const parts = [
      ...(renamed ? [`Renamed the school to ${details.name}`] : rephased ? ['Changed the school’s phase'] : []),
      ...(calendarChanged ? ['Changed the school calendar'] : []),
    ];
    const label = parts.length === 0 ? 'Saved the school calendar' : parts.join(' and ').replace(' and Changed', ' and changed');
    return {
      label,
      id: 'calendar',
      changes,
      focus: [{ kind: 'calendar', id: 'calendar', field: 'calendar' }, { kind: 'school', id: 'school', field: 'school' }],
    };
  });
}

export const calendarHandlers = {
  'calendar:save': ({ school, calendar }, context) => saveCalendar(context, school, calendar),
} satisfies ChannelHandlers<'calendar'>;
