/**
 * Each view as a spreadsheet: one row per session (or lesson, or commitment) in timetable order,
 * with names and plain words rather than ids, so a school can sort and filter it in Excel. The
 * rota is the one wide table: adults down the side, every slot of the cycle across.
 */
import { dayName } from '../solver/model/words';
import type { Busy, Day, Lesson, Staff } from '../solver/model/school-file';
import { toCsv, type Cell } from './csv';
import type { ExportDocument } from './documents';
import { lessonWords, sessionKind, sessionTitle } from './entries';
import type { Lookup, PlacedSession } from './lookup';
import { adultsOnTheRota, coverSheet } from './sheets';
import { adultAt, lessonsLeft, sessionsOfAdult, sessionsOfPupil } from './slot-contents';
import { NEED_AREA_NAMES, ROLE_NAMES, yearName } from './words';

interface When {
  week: string;
  day: Day;
  periods: readonly string[];
}

function whenHeader(l: Lookup): string[] {
  return [...(l.school.calendar.weeks.length > 1 ? ['Week'] : []), 'Day', 'Period', 'Starts', 'Ends'];
}

function whenCells(l: Lookup, when: When): string[] {
  const { calendar } = l.school;
  const first = calendar.periods.find((p) => p.id === when.periods[0]);
  const last = calendar.periods.find((p) => p.id === when.periods[when.periods.length - 1]);
  const period = when.periods.map((id) => calendar.periods.find((p) => p.id === id)?.label ?? id).join(' + ');
  return [...(calendar.weeks.length > 1 ? [when.week] : []), dayName(when.day), period, first?.start ?? '', last?.end ?? ''];
}

const roomName = (l: Lookup, id: string | undefined) => (id === undefined ? '' : (l.roomById.get(id)?.name ?? id));
const className = (l: Lookup, id: string | undefined) => (id === undefined ? '' : (l.classById.get(id)?.name ?? id));
const pupilList = (p: PlacedSession) => p.pupils.map((pupil) => pupil.name).join('; ');

/** The document's subjects, by the ids of its pages. */
function pageIds(doc: ExportDocument): string[] {
  return doc.sheets.flatMap((s) => (s.kind === 'timetable' ? [s.page.id] : []));
}

type Row = { when: When; cells: Cell[] };

function sorted(l: Lookup, rows: Row[]): Row[] {
  return rows.sort((a, b) => l.compareSlots({ ...a.when, period: a.when.periods[0] ?? '' }, { ...b.when, period: b.when.periods[0] ?? '' }));
}

function staffRows(l: Lookup, staff: Staff): Row[] {
  const rows: Row[] = [];
  for (const p of sessionsOfAdult(l, staff)) {
    const others = p.staff.filter((s) => s.id !== staff.id).map((s) => s.name);
    rows.push({
      when: p,
      cells: [sessionKind(p), sessionTitle(p), p.group ? NEED_AREA_NAMES[p.group.area] : '', className(l, p.cover?.class), p.room?.name ?? '', others.join('; '), pupilList(p)],
    });
  }
  const lessonRow = (lesson: Lesson, week: string): Row => ({
    when: { week, day: lesson.day, periods: [lesson.period] },
    cells: ['Lesson', lesson.subject, '', className(l, lesson.class), roomName(l, lesson.room), '', ''],
  });
  const busyRow = (busy: Busy, week: string): Row => ({ when: { week, day: busy.day, periods: [busy.period] }, cells: ['Fixed commitment', busy.what, '', '', '', '', ''] });
  for (const lesson of l.school.lessons) if (lesson.teacher === staff.id) for (const week of l.weeksOf(lesson.week)) rows.push(lessonRow(lesson, week));
  for (const busy of staff.busy ?? []) for (const week of l.weeksOf(busy.week)) rows.push(busyRow(busy, week));
  return sorted(l, rows);
}

/** The CSV text of a document. */
export function documentCsv(doc: ExportDocument): string {
  const l = doc.lookup;
  const ids = pageIds(doc);
  const when = whenHeader(l);
  switch (doc.view) {
    case 'staff': {
      const header = ['Adult', 'Role', ...when, 'Kind', 'What', 'Area of need', 'Class', 'Room', 'Other adults', 'Pupils'];
      const rows = ids.flatMap((id) => {
        const staff = l.staffById.get(id);
        if (!staff) return [];
        return staffRows(l, staff).map((r) => [staff.name, ROLE_NAMES[staff.role], ...whenCells(l, r.when), ...r.cells]);
      });
      return toCsv(header, rows);
    }
    case 'groups': {
      const header = ['Group', 'Programme', 'Area of need', ...when, 'Room', 'Lead adult', 'Other adults', 'Pupils', 'Lessons left'];
      const rows = ids.flatMap((id) => {
        const group = l.groupById.get(id);
        if (!group) return [];
        return l.placed.filter((p) => p.group?.id === id).map((p) => {
          const left = p.pupils.flatMap((pupil) => lessonsLeft(l, pupil, p).map((lesson) => `${pupil.name}: ${lessonWords(l, lesson)}`));
          return [group.name, group.programme ?? '', NEED_AREA_NAMES[group.area], ...whenCells(l, p), p.room?.name ?? '', p.staff[0]?.name ?? '',
            p.staff.slice(1).map((s) => s.name).join('; '), pupilList(p), left.join('; ')];
        });
      });
      return toCsv(header, rows);
    }
    case 'pupils': {
      const header = ['Pupil', 'Year', ...when, 'Group', 'Area of need', 'Adults', 'Room', 'Lesson left', 'Lesson teacher'];
      const rows = ids.flatMap((id) => {
        const pupil = l.pupilById.get(id);
        if (!pupil) return [];
        return sessionsOfPupil(l, pupil).map((p) => {
          const left = lessonsLeft(l, pupil, p);
          const teachers = left.flatMap((lesson) => (lesson.teacher ? [l.staffById.get(lesson.teacher)?.name ?? ''] : []));
          return [pupil.name, yearName(pupil.year), ...whenCells(l, p), sessionTitle(p), p.group ? NEED_AREA_NAMES[p.group.area] : '',
            p.staff.map((s) => s.name).join('; '), p.room?.name ?? '', left.map((lesson) => lessonWords(l, lesson)).join('; '), [...new Set(teachers)].join('; ')];
        });
      });
      return toCsv(header, rows);
    }
    case 'rooms': {
      const header = ['Room', ...when, 'Use', 'What', 'Adults', 'Pupils'];
      const rows = ids.flatMap((id) => {
        const room = l.roomById.get(id);
        if (!room) return [];
        const list: Row[] = l.placed.filter((p) => p.room?.id === id).map((p) => ({
          when: p, cells: [sessionKind(p), sessionTitle(p), p.staff.map((s) => s.name).join('; '), p.group ? p.pupils.length : ''],
        }));
        for (const lesson of l.school.lessons) {
          if (lesson.room !== id) continue;
          const teacher = lesson.teacher === undefined ? '' : (l.staffById.get(lesson.teacher)?.name ?? '');
          for (const week of l.weeksOf(lesson.week)) {
            list.push({ when: { week, day: lesson.day, periods: [lesson.period] }, cells: ['Lesson', lessonWords(l, lesson), teacher, ''] });
          }
        }
        return sorted(l, list).map((r) => [room.name, ...whenCells(l, r.when), ...r.cells]);
      });
      return toCsv(header, rows);
    }
    case 'rota': {
      const { calendar } = l.school;
      const slots = calendar.weeks.flatMap((week) => calendar.days.flatMap((day) => calendar.periods.map((p) => ({ week, day, period: p }))));
      const header = ['Adult', 'Role', ...slots.map((s) => `${calendar.weeks.length > 1 ? `Week ${s.week} ` : ''}${s.day} ${s.period.label ?? s.period.id}`)];
      const rows = adultsOnTheRota(l).map((staff) => [staff.name, ROLE_NAMES[staff.role], ...slots.map((s) => {
        const slot = adultAt(l, staff, s.week, s.day, s.period.id);
        return [
          ...slot.sessions.map((p) => (p.room ? `${sessionTitle(p)} (${p.room.name})` : sessionTitle(p))),
          ...slot.lessons.map((lesson) => `Lesson: ${lessonWords(l, lesson)}`),
          ...slot.busy.map((b) => b.what),
        ].join(' / ') || (slot.works ? '' : 'Not working');
      })]);
      return toCsv(header, rows);
    }
    case 'ppa': {
      const header = ['Kind', ...when, 'Class', 'Teacher', 'What', 'Covered by', 'Room', 'Status'];
      const rows = coverSheet(l).flatMap((section) => section.rows.map((r) => [
        section.title, ...whenCells(l, { week: r.week, day: r.day, periods: [r.period] }), r.className, r.teacher, r.label, r.coveredBy, r.room, r.status,
      ]));
      return toCsv(header, rows);
    }
    case 'day': {
      const sheet = doc.sheets[0];
      if (sheet?.kind !== 'day-grid') return toCsv(['Adult'], []);
      const header = ['Adult', 'Role', ...when, 'Kind', 'What', 'Class', 'Room', 'Other adults', 'Pupils'];
      const rows = sheet.grid.rows.flatMap((row) => staffRows(l, row.staff)
        .filter((r) => r.when.week === sheet.grid.week && r.when.day === sheet.grid.day)
        .map((r) => {
          const [kind, what, , cls, room, others, pupils] = r.cells;
          return [row.staff.name, row.role, ...whenCells(l, r.when), kind ?? '', what ?? '', cls ?? '', room ?? '', others ?? '', pupils ?? ''];
        }));
      return toCsv(header, rows);
    }
  }
}

