/** What the Print and export screen offers: the views, who is in each, and the kinds of file. */
import type { Day, School } from '../../solver/model/school-file';
import type { ExportView } from '../../export/choices';

/** The views that are about one person, group or room at a time (a page each). */
export type PeopleView = Extract<ExportView, 'staff' | 'groups' | 'pupils' | 'rooms'>;

export function isPeopleView(view: ExportView): view is PeopleView {
  return view === 'staff' || view === 'groups' || view === 'pupils' || view === 'rooms';
}

export interface Choice {
  id: string;
  name: string;
  /** Words after the name, e.g. the role or year. */
  detail: string;
}

const ROLE_WORDS: Readonly<Record<string, string>> = {
  teacher: 'Teacher', hlta: 'HLTA', ta: 'Teaching assistant', 'cover-supervisor': 'Cover supervisor', senco: 'SENCO',
  'pastoral-lead': 'Pastoral lead', leader: 'School leader', other: 'Other staff',
};

/**
 * Everyone a view prints when no one is chosen, as export/ decides it: current staff, every
 * group, current pupils who are in a group, every room.
 */
export function choicesFor(school: School, view: PeopleView): Choice[] {
  switch (view) {
    case 'staff':
      return school.staff.filter((s) => s.left === undefined).map((s) => ({ id: s.id, name: s.name, detail: ROLE_WORDS[s.role] ?? '' }));
    case 'groups':
      return school.groups.map((g) => ({ id: g.id, name: g.name, detail: `${g.pupils.length} ${g.pupils.length === 1 ? 'pupil' : 'pupils'}` }));
    case 'pupils': {
      const inGroup = new Set(school.groups.flatMap((g) => g.pupils));
      return school.pupils.filter((p) => p.left === undefined && inGroup.has(p.id))
        .map((p) => ({ id: p.id, name: p.name, detail: p.year === 'R' ? 'Reception' : p.year === 'N' ? 'Nursery' : `Year ${p.year}` }));
    }
    case 'rooms':
      return school.rooms.map((r) => ({ id: r.id, name: r.name, detail: `holds ${r.capacity}` }));
  }
}

/** Adults with at least one session in the plan: the ones a calendar file can be made for. */
export function adultsWithSessions(school: School): Choice[] {
  const busy = new Set((school.plan?.sessions ?? []).flatMap((s) => s.staff));
  return choicesFor(school, 'staff').filter((c) => busy.has(c.id));
}

export const NOUNS: Readonly<Record<PeopleView, { one: string; many: string }>> = {
  staff: { one: 'adult', many: 'adults' },
  groups: { one: 'group', many: 'groups' },
  pupils: { one: 'pupil', many: 'pupils' },
  rooms: { one: 'room', many: 'rooms' },
};

/** The date a daily sheet starts on: today when it falls inside the terms, else the first day of the first term. */
export function firstSheetDate(school: School, today: string): string {
  const terms = school.calendar.terms ?? [];
  const first = terms.map((t) => t.start).sort()[0];
  const last = terms.map((t) => t.end).sort().at(-1);
  if (first === undefined || last === undefined) return today;
  return today >= first && today <= last ? today : first;
}

export function firstDay(school: School): Day {
  return school.calendar.days[0] ?? 'Mon';
}
