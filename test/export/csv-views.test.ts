import { describe, expect, it } from 'vitest';
import { renderExport, type ExportView } from '../../export';
import { parseCsv } from '../../import/csv';
import type { School } from '../../solver/model/school-file';
import { plannedSchool } from '../fixtures/planned';
import { elsa, session, tinySchool } from '../fixtures/tiny-school';

const clock = { today: '2025-09-22', now: new Date('2025-09-22T07:15:00Z') };
const csv = (school: School, view: ExportView, who?: string[]) => {
  const { files } = renderExport(school, { view, format: 'csv', ...(who ? { who } : {}), ...(view === 'day' ? { day: 'Mon' as const } : {}) }, clock);
  return files[0]!;
};

/** A school whose names look like spreadsheet formulas. */
function formulas(): School {
  return tinySchool((s) => {
    s.groups[0]!.name = '=HYPERLINK("http://evil.example","ELSA")';
    s.staff[0]!.name = '+Khan';
    s.pupils[0]!.name = '-Amy';
    s.rooms[0]!.name = '@Small group room';
    s.plan = { sessions: [elsa('e1'), session('d1', { cover: 'DUTY-LUN', day: 'Mon', period: 'LUN', staff: ['KHAN'] })] };
  });
}

describe('the CSV exports', () => {
  it('open in Excel as text: byte-order mark, CRLF, every cell quoted, formulas made plain text', () => {
    const file = csv(formulas(), 'staff', ['KHAN']);
    expect(file).toMatchObject({ fileName: 'tiny-primary-adult-khan.csv', mediaType: 'text/csv' });
    expect(file.text.startsWith('\uFEFF"Adult","Role","Day","Period","Starts","Ends","Kind","What"')).toBe(true);
    expect(file.text.endsWith('\r\n')).toBe(true);
    expect(file.text.replace(/\r\n/g, '')).not.toContain('\n');
    expect(file.text).toContain('"\'+Khan","Teaching assistant","Monday","Period 1","09:00","10:00","Intervention group","\'=HYPERLINK(""http://evil.example"",""ELSA"")","Social, emotional and mental health","","\'@Small group room","","\'-Amy"');
    expect(file.text).toContain('"\'+Khan","Teaching assistant","Monday","Period 4","13:15","14:15","Fixed commitment","1:1 support for Dan"');
  });

  it('give one row per session, lesson and commitment of each adult, in timetable order', () => {
    const school = plannedSchool('secondary');
    const table = parseCsv(csv(school, 'staff').text);
    expect(table.problems).toEqual([]);
    expect(table.header.slice(0, 9)).toEqual(['Adult', 'Role', 'Week', 'Day', 'Period', 'Starts', 'Ends', 'Kind', 'What']);
    const sessions = school.plan!.sessions.reduce((n, s) => n + s.staff.length, 0);
    const lessons = school.lessons.filter((l) => l.teacher !== undefined).reduce((n, l) => n + (l.week === undefined ? 2 : 1), 0);
    const busy = school.staff.reduce((n, s) => n + (s.busy ?? []).reduce((m, b) => m + (b.week === undefined ? 2 : 1), 0), 0);
    expect(table.records).toHaveLength(sessions + lessons + busy);
    const baxter = table.records.filter((r) => r.cells[0] === 'George Baxter' && r.cells[7] === 'Intervention group');
    expect(baxter.length).toBe(school.plan!.sessions.filter((s) => s.group !== undefined && s.staff.includes('H03')).length);
    expect(baxter.map((r) => r.cells.slice(2, 9))).toContainEqual(['A', 'Monday', 'Period 5', '14:10', '15:10', 'Intervention group', 'Fresh Start Y7 group 1']);
    const days = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'];
    const order = table.records.filter((r) => r.cells[0] === 'George Baxter').map((r) => `${r.cells[2]}${days.indexOf(r.cells[3] ?? '')}${r.cells[5]}`);
    expect(order).toEqual([...order].sort());
  });

  it('make the rota one wide table: adults down, every slot of the cycle across', () => {
    const school = plannedSchool('secondary');
    const table = parseCsv(csv(school, 'rota').text);
    expect(table.header).toHaveLength(2 + 2 * 5 * 8);
    expect(table.header.slice(0, 4)).toEqual(['Adult', 'Role', 'Week A Mon Tutor time', 'Week A Mon Period 1']);
    const onRota = new Set(school.plan!.sessions.flatMap((s) => s.staff));
    expect(table.records).toHaveLength(onRota.size);
    const baxter = table.records.find((r) => r.cells[0] === 'George Baxter');
    const mondayP5 = table.header.indexOf('Week A Mon Period 5');
    expect(baxter?.cells[mondayP5]).toBe('Fresh Start Y7 group 1 (Meeting room 1)');
  });

  it('list the lessons each pupil leaves, and who covers which class', () => {
    const school = tinySchool((s) => {
      s.plan = { sessions: [elsa('e1', { day: 'Tue', period: 'P3' }), session('p1', { cover: 'PPA-4B', day: 'Thu', period: 'P3', staff: ['ODE'] })] };
    });
    const pupils = parseCsv(csv(school, 'pupils').text);
    expect(pupils.header).toEqual(['Pupil', 'Year', 'Day', 'Period', 'Starts', 'Ends', 'Group', 'Area of need', 'Adults', 'Room', 'Lesson left', 'Lesson teacher']);
    expect(pupils.records.map((r) => r.cells)).toEqual([
      ['Amy Lee', 'Year 4', 'Tuesday', 'Period 3', '11:15', '12:15', 'Year 4 ELSA', 'Social, emotional and mental health', 'Ms Khan', 'Small group room', 'Science, Year 4 Birch', 'Mrs Shah'],
    ]);
    const cover = parseCsv(csv(school, 'ppa').text);
    expect(cover.records.map((r) => r.cells)).toEqual([
      ['PPA cover', 'Thursday', 'Period 3', '11:15', '12:15', 'Year 4 Birch', 'Mrs Shah', 'PPA cover: Year 4 Birch', 'Mr Ode', 'Year 4 classroom', 'Covered'],
    ]);
    const groups = parseCsv(csv(school, 'groups', ['G-ELSA']).text);
    expect(groups.records[0]?.cells.slice(-4)).toEqual(['Ms Khan', '', 'Amy Lee', 'Amy Lee: Science, Year 4 Birch']);
  });
});
