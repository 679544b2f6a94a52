/** Each list of the school as a spreadsheet, with names and plain words rather than ids. */
import type { School } from '../../solver/model/school-file';
import {
  COVER_KIND_NAMES, NEED_AREA_NAMES, ROLE_NAMES, ROOM_KIND_NAMES, SEN_NAMES, indexSchool, slotInWords, workingPattern, yearName,
} from '../school/words';
import { toCsv, type Cell } from '../../export/csv';

export const LIST_EXPORTS = [
  { list: 'staff', title: 'Staff' },
  { list: 'pupils', title: 'Pupils' },
  { list: 'groups', title: 'Intervention groups' },
  { list: 'cover', title: 'Cover, duties and posts' },
  { list: 'rooms', title: 'Rooms' },
] as const;

export type ExportedList = (typeof LIST_EXPORTS)[number]['list'];

const yesNo = (value: boolean | undefined) => (value ? 'Yes' : 'No');
const lines = (items: readonly string[]) => items.join('; ');

/** The CSV text of one list. */
export function listCsv(school: School, list: ExportedList): string {
  const index = indexSchool(school);
  const { calendar } = school;
  const table = (header: string[], rows: Cell[][]) => toCsv(header, rows);
  switch (list) {
    case 'staff':
      return table(
        ['Name', 'Role', 'Sex', 'May teach (specified work)', 'Skills and training', 'Working days', 'Fixed commitments', 'Weekly cap'],
        school.staff.map((s) => [
          s.name, ROLE_NAMES[s.role], s.sex ?? '', yesNo(s.specifiedWork),
          lines(s.skills.map((k) => (k.expires ? `${index.skillName(k.skill)} (until ${k.expires})` : index.skillName(k.skill)))),
          workingPattern(calendar, s),
          lines((s.busy ?? []).map((b) => `${slotInWords(calendar, b)}: ${b.what}`)),
          s.maxPeriodsPerWeek ?? '',
        ]),
      );
    case 'pupils':
      return table(
        ['Name', 'UPN', 'Year', 'SEN status', 'Needs (primary first)', 'Intervention groups'],
        school.pupils.map((p) => [p.name, p.upn ?? '', yearName(p.year), SEN_NAMES[p.sen], lines(p.needs ?? []), lines(index.groupsOfPupil(p.id))]),
      );
    case 'groups':
      return table(
        ['Group', 'Programme', 'Area of need', 'Pupils', 'Number of pupils', 'Sessions each week', 'Periods per session', 'Adults per session', 'Adults need', 'Priority', 'EHC plan provision'],
        school.groups.map((g) => [
          g.name, g.programme ?? '', NEED_AREA_NAMES[g.area], lines(g.pupils.map(index.pupilName)), g.pupils.length,
          g.sessionsPerWeek, g.length ?? 1, g.adults ?? 1, lines(g.skills.map(index.skillName)), g.priority, yesNo(g.ehcp),
        ]),
      );
    case 'cover':
      return table(
        ['Kind', 'Description', 'When', 'Class', 'People needed', 'Roles allowed', 'Skills needed', 'Must be allowed to teach', 'Room', 'Priority'],
        school.cover.map((c) => [
          COVER_KIND_NAMES[c.kind], c.label, slotInWords(calendar, c), c.class ? index.className(c.class) : '', c.staffNeeded ?? 1,
          lines((c.roles ?? []).map((r) => ROLE_NAMES[r])), lines((c.skills ?? []).map(index.skillName)), yesNo(c.specifiedWork),
          c.room ? index.roomName(c.room) : '', c.priority,
        ]),
      );
    case 'rooms':
      return table(['Room', 'Kind', 'Holds (people)'], school.rooms.map((r) => [r.name, ROOM_KIND_NAMES[r.kind], r.capacity]));
  }
}
