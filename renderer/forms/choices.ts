/** The choices forms offer, in the words the lists use. */
import type { Calendar, Day, NeedArea, Role, RoomKind, School } from '../../solver/model/school-file';
import { COVER_KIND_NAMES, DAY_NAMES, NEED_AREA_NAMES, ROLE_NAMES, ROOM_KIND_NAMES, SEN_NAMES, periodName, yearName } from '../school/words';
import type { Choice } from './fields';

const entries = <T extends string>(names: Readonly<Record<T, string>>): Choice<T>[] =>
  (Object.keys(names) as T[]).map((value) => ({ value, label: names[value] }));

export const ROLE_CHOICES: Choice<Role>[] = entries(ROLE_NAMES);
export const ROOM_KIND_CHOICES: Choice<RoomKind>[] = entries(ROOM_KIND_NAMES);
export const NEED_AREA_CHOICES: Choice<NeedArea>[] = entries(NEED_AREA_NAMES).map((c) => ({ ...c, label: `${c.label} (${c.value})` }));
export const COVER_KIND_CHOICES = entries(COVER_KIND_NAMES);
export const SEN_CHOICES = entries(SEN_NAMES);
export const YEAR_CHOICES: Choice<string>[] = ['N', 'R', '1', '2', '3', '4', '5', '6', '7', '8', '9', '10', '11', '12', '13', '14'].map((y) => ({ value: y, label: yearName(y) }));
export const PRIORITY_CHOICES: Choice<string>[] = ['1', '2', '3', '4', '5'].map((p) => ({ value: p, label: p === '1' ? '1 (highest)' : p === '5' ? '5 (lowest)' : p }));
export const SEX_CHOICES: Choice<'' | 'F' | 'M'>[] = [{ value: '', label: 'Not recorded' }, { value: 'F', label: 'Female' }, { value: 'M', label: 'Male' }];

export function dayChoices(calendar: Calendar): Choice<Day>[] {
  return calendar.days.map((d) => ({ value: d, label: DAY_NAMES[d] }));
}

export function periodChoices(calendar: Calendar): Choice<string>[] {
  return calendar.periods.map((p) => ({ value: p.id, label: `${periodName(calendar, p.id)} (${p.start}–${p.end})` }));
}

/** '' for every week, else the week. */
export function weekChoices(calendar: Calendar, everyWeek = true): Choice<string>[] {
  return [...(everyWeek ? [{ value: '', label: 'Every week' }] : []), ...calendar.weeks.map((w) => ({ value: w, label: `Week ${w}` }))];
}

export function skillChoices(school: School): Choice<string>[] {
  return school.skills.map((s) => ({ value: s.id, label: s.area ? `${s.name} (${s.area})` : s.name }));
}

export function staffChoices(school: School): Choice<string>[] {
  return [...school.staff]
    .sort((a, b) => a.name.localeCompare(b.name, 'en-GB'))
    .map((s) => ({ value: s.id, label: `${s.name} (${ROLE_NAMES[s.role]})` }));
}
