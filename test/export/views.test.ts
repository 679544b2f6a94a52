import { describe, expect, it } from 'vitest';
import { buildDocument, ExportProblem, everyone } from '../../export/documents';
import type { Entry } from '../../export/entries';
import { lookUp } from '../../export/lookup';
import { coverSheet, daySheet, rota } from '../../export/sheets';
import { adultPage, groupPage, pupilPage, roomPage, type TimetablePage } from '../../export/timetables';
import type { Day, School } from '../../solver/model/school-file';
import { elsa, session, tinySchool, twoWeeks } from '../fixtures/tiny-school';

/**
 * The tiny school with a small plan: Ms Khan runs ELSA for Amy on Monday P1 and Tuesday P3 (over
 * Science), and the nurture group with Mr Park on Wednesday P1; Mr Park runs Reading catch-up
 * for Cara over Tuesday P1 and P2; Mr Ode covers Year 4 Birch's PPA on Thursday P3; Ms Khan
 * alone has the lunch duty that wants two adults.
 */
function planned(tweak?: (school: School) => void): School {
  return tinySchool((s) => {
    s.plan = {
      sessions: [
        elsa('e1'),
        elsa('e2', { day: 'Tue', period: 'P3', room: 'R-THER' }),
        session('n1', { group: 'G-NUR', day: 'Wed', period: 'P1', room: 'R-SG', staff: ['KHAN', 'PARK'] }),
        session('r1', { group: 'G-READ', day: 'Tue', period: 'P1', room: 'R-SG', staff: ['PARK'] }),
        session('p1', { cover: 'PPA-4B', day: 'Thu', period: 'P3', staff: ['ODE'] }),
        session('d1', { cover: 'DUTY-LUN', day: 'Mon', period: 'LUN', staff: ['KHAN'] }),
      ],
      unfilled: [{ group: 'G-ELSA', missing: 1, reasons: ['No adult trained in ELSA is free on Thursday Period 1'] }],
    };
    tweak?.(s);
  });
}

const cell = (page: TimetablePage, day: Day, period: string, week = 'A'): Entry[] => {
  const periods = ['REG', 'P1', 'P2', 'BRK', 'P3', 'LUN', 'P4'];
  const w = page.grid.weeks.find((x) => x.week === week);
  return w?.days.find((d) => d.day === day)?.cells[periods.indexOf(period)] ?? [];
};
const titles = (entries: Entry[]) => entries.map((e) => e.title);

describe('an adult’s timetable', () => {
  const l = lookUp(planned());
  const khan = adultPage(l, l.staffById.get('KHAN')!);

  it('puts each of their sessions in its slot, with room, the other adults and its area of need', () => {
    expect(cell(khan, 'Mon', 'P1')).toEqual([{ tone: 'SEMH', tag: 'SEMH', title: 'Year 4 ELSA', lines: ['Small group room'] }]);
    expect(cell(khan, 'Tue', 'P3')).toMatchObject([{ title: 'Year 4 ELSA', lines: ['Therapy room'] }]);
    expect(cell(khan, 'Wed', 'P1')).toMatchObject([{ title: 'Nurture group', lines: ['Small group room', 'With Mr Park'] }]);
    expect(cell(khan, 'Mon', 'LUN')).toMatchObject([{ tone: 'duty', tag: 'Duty', title: 'Lunch duty' }]);
    expect(cell(khan, 'Thu', 'P3')).toEqual([]);
    expect(khan.summary).toBe('4 sessions each week');
  });

  it('shows fixed commitments, and hatches the periods the adult does not work', () => {
    expect(cell(khan, 'Mon', 'P4')).toEqual([{ tone: 'busy', tag: 'Fixed', title: '1:1 support for Dan', lines: [] }]);
    const ode = adultPage(l, l.staffById.get('ODE')!);
    for (const period of ['REG', 'P1', 'P3', 'P4']) expect(titles(cell(ode, 'Tue', period))).toEqual(['Not working']);
    expect(cell(ode, 'Thu', 'P3')).toMatchObject([{ tone: 'ppa', tag: 'PPA', title: 'PPA cover: Year 4 Birch', lines: ['Year 4 Birch · Year 4 classroom'] }]);
  });

  it('shows a teacher’s own lessons, and nothing where their class is covered', () => {
    const shah = adultPage(l, l.staffById.get('SHAH')!);
    expect(cell(shah, 'Wed', 'P2')).toEqual([{ tone: 'lesson', tag: '', title: 'English', lines: ['Year 4 Birch · Year 4 classroom'] }]);
    expect(cell(shah, 'Thu', 'P3')).toEqual([]);
    expect(shah.summary).toBe('0 sessions each week');
  });

  it('keys every group with its pupils, and every cover label once', () => {
    expect(khan.key.map((k) => [k.title, k.brief])).toEqual([['Year 4 ELSA', false], ['Nurture group', false], ['Lunch duty', true]]);
    expect(khan.key[1]?.lines).toContain('Pupils: Amy Lee (Year 4), Ben Cole (Year 4), Cara Diaz (Year 4), Dan Egan (Year 4)');
    expect(khan.key[2]?.lines).toEqual(['1 period in the cycle']);
  });

  it('shows a session over two periods in both, saying which part each is', () => {
    const park = adultPage(l, l.staffById.get('PARK')!);
    expect(cell(park, 'Tue', 'P1')).toMatchObject([{ title: 'Reading catch-up', lines: ['Small group room', 'period 1 of 2'] }]);
    expect(cell(park, 'Tue', 'P2')).toMatchObject([{ title: 'Reading catch-up', lines: ['Small group room', 'period 2 of 2'] }]);
  });

  it('covers both weeks of a two-week school, each session only in its own week', () => {
    const school = planned((s) => {
      twoWeeks(s);
      for (const x of s.plan!.sessions) x.week = 'A';
      s.plan!.sessions.push(elsa('e3', { week: 'B', day: 'Fri', period: 'P2' }));
    });
    const ll = lookUp(school);
    const page = adultPage(ll, ll.staffById.get('KHAN')!);
    expect(page.grid.weeks.map((w) => w.label)).toEqual(['Week A', 'Week B']);
    expect(titles(cell(page, 'Mon', 'P1', 'A'))).toEqual(['Year 4 ELSA']);
    expect(titles(cell(page, 'Mon', 'P1', 'B'))).toEqual([]);
    expect(titles(cell(page, 'Fri', 'P2', 'B'))).toEqual(['Year 4 ELSA']);
    // Lessons and commitments without a week happen in both.
    expect(titles(cell(page, 'Mon', 'P4', 'B'))).toEqual(['1:1 support for Dan']);
    expect(page.summary).toBe('4 sessions in Week A, 1 in Week B');
  });
});

describe('a pupil’s timetable', () => {
  const l = lookUp(planned());
  const amy = pupilPage(l, l.pupilById.get('AMY')!);

  it('shows their lessons, and each session with the lesson it takes them out of', () => {
    expect(cell(amy, 'Tue', 'P3')).toEqual([{ tone: 'SEMH', tag: 'SEMH', title: 'Year 4 ELSA', lines: ['With Ms Khan', 'Therapy room', 'Leaves Science'] }]);
    expect(cell(amy, 'Wed', 'P2')).toEqual([{ tone: 'lesson', tag: '', title: 'English', lines: ['Year 4 Birch · Year 4 classroom'] }]);
    expect(titles(cell(amy, 'Mon', 'P1'))).toEqual(['Year 4 ELSA']);
  });

  it('lists every lesson left, with its teacher and every time it happens', () => {
    expect(amy.tables[0]?.rows).toEqual([
      ['Year 4 ELSA', 'None (no lesson at that time)', '', 'Mon Period 1'],
      ['Year 4 ELSA', 'Science, Year 4 Birch', 'Mrs Shah', 'Tue Period 3'],
      ['Nurture group', 'None (no lesson at that time)', '', 'Wed Period 1'],
    ]);
    expect(amy.about).toEqual(['Year 4', 'Groups: Year 4 ELSA and Nurture group']);
  });
});

describe('a group’s and a room’s timetables', () => {
  const l = lookUp(planned());

  it('give a group its sessions with adults and rooms, its pupils with the lesson each session costs them, and what could not be placed', () => {
    const page = groupPage(l, l.groupById.get('G-ELSA')!);
    expect(cell(page, 'Mon', 'P1')).toEqual([{ tone: 'SEMH', tag: 'SEMH', title: 'Ms Khan', lines: ['Small group room'] }]);
    expect(page.tables[0]?.header).toEqual(['Pupil', 'Year', 'Mon Period 1', 'Tue Period 3']);
    expect(page.tables[0]?.rows).toEqual([['Amy Lee', 'Year 4', '–', 'Science, Year 4 Birch']]);
    expect(page.notes).toEqual(['1 session could not be placed: No adult trained in ELSA is free on Thursday Period 1']);
    expect(page.about).toEqual(['Social, emotional and mental health', 'priority 1', '2 sessions a week']);
    expect(page.summary).toBe('2 sessions each week · Lead adult: Ms Khan · Rooms: Small group room and Therapy room');
  });

  it('mark the lead adult of a group session that has more than one adult', () => {
    const page = groupPage(l, l.groupById.get('G-NUR')!);
    expect(cell(page, 'Wed', 'P1')).toMatchObject([{ title: 'Ms Khan (lead)', lines: ['With Mr Park', 'Small group room'] }]);
    expect(page.summary).toBe('1 session each week · Lead adult: Ms Khan · Room: Small group room');
  });

  it('give a room its sessions (a cover session in its item’s room) and the lessons held in it', () => {
    const page = roomPage(l, l.roomById.get('R-4')!);
    expect(cell(page, 'Thu', 'P3')).toMatchObject([{ tone: 'ppa', title: 'PPA cover: Year 4 Birch', lines: ['Mr Ode'] }, { tone: 'lesson', title: 'Art', lines: ['Year 4 Birch'] }]);
    expect(cell(page, 'Wed', 'P2')).toMatchObject([{ tone: 'lesson', title: 'English', lines: ['Year 4 Birch · Mrs Shah'] }]);
    expect(page.summary).toBe('1 session and 3 lessons each week');
    const sg = roomPage(l, l.roomById.get('R-SG')!);
    expect(cell(sg, 'Wed', 'P1')).toMatchObject([{ title: 'Nurture group', lines: ['Ms Khan and Mr Park', '4 pupils'] }]);
  });
});

describe('the whole-school sheets', () => {
  const l = lookUp(planned());

  it('the daily sheet lists every adult with a session that day, where they are each period, with pupils', () => {
    const sheet = daySheet(l, 'A', 'Mon');
    expect(sheet.rows.map((r) => r.staff.name)).toEqual(['Ms Khan']);
    const [khan] = sheet.rows;
    expect(khan?.cells[1]).toMatchObject([{ title: 'Year 4 ELSA', lines: ['Small group room', 'Pupils: Amy Lee (Y4)'] }]);
    expect(khan?.cells[5]).toMatchObject([{ title: 'Lunch duty' }]);
    expect(khan?.cells[6]).toMatchObject([{ title: '1:1 support for Dan' }]);
    expect(daySheet(l, 'A', 'Tue').rows.map((r) => r.staff.name)).toEqual(['Ms Khan', 'Mr Park']);
  });

  it('the rota has a page per day of the cycle and a row per adult with any session', () => {
    const pages = rota(l);
    expect(pages.map((p) => p.day)).toEqual(['Mon', 'Tue', 'Wed', 'Thu', 'Fri']);
    expect(pages[0]?.rows.map((r) => r.staff.name)).toEqual(['Ms Khan', 'Mr Ode', 'Mr Park']);
    expect(pages[1]?.rows[1]?.cells.map((c) => titles(c))).toEqual(Array.from({ length: 7 }, () => ['Not working']));
  });

  it('the cover sheet says who takes which class, when, whose PPA it is, and what is not yet covered', () => {
    const [ppa, absence] = coverSheet(l);
    expect(ppa?.rows).toEqual([{
      week: 'A', day: 'Thu', period: 'P3', when: 'Thursday Period 3', time: '11:15–12:15', className: 'Year 4 Birch', teacher: 'Mrs Shah',
      label: 'PPA cover: Year 4 Birch', coveredBy: 'Mr Ode', room: 'Year 4 classroom', status: 'Covered', short: false,
    }]);
    expect(absence?.rows).toEqual([]);
    const uncovered = coverSheet(lookUp(planned((s) => {
      s.plan!.sessions = s.plan!.sessions.filter((x) => x.cover !== 'PPA-4B');
    })));
    expect(uncovered[0]?.rows[0]).toMatchObject({ coveredBy: '', status: 'Not covered', short: true });
  });
});

describe('choosing who and when', () => {
  const school = planned((s) => {
    s.staff.push({ ...s.staff[3]!, id: 'GONE', name: 'Mr Gone', left: '2025-07-20' });
  });

  it('prints every current adult by default, and only the chosen ones when asked, in the order asked', () => {
    expect(everyone(school, 'staff').map((s) => s.id)).toEqual(['KHAN', 'ODE', 'SHAH', 'PARK']);
    const doc = buildDocument(school, { view: 'staff', who: ['PARK', 'KHAN'] }, '2025-09-22');
    expect(doc.sheets.map((s) => s.heading)).toEqual(['Mr Park', 'Ms Khan']);
    expect(doc.stem).toBe('tiny-primary-adults-2-chosen');
    expect(buildDocument(school, { view: 'staff', who: ['ODE'] }, '2025-09-22').stem).toBe('tiny-primary-adult-mr-ode');
  });

  it('prints pupils who are in a group, and names the ids it does not know', () => {
    expect(everyone(school, 'pupils').map((p) => p.id)).toEqual(['AMY', 'BEN', 'CARA', 'DAN']);
    expect(() => buildDocument(school, { view: 'staff', who: ['KHAN', 'NOPE'] }, '2025-09-22')).toThrow(new ExportProblem('The school has no adult with the id "NOPE".'));
    expect(() => buildDocument(school, { view: 'rooms', who: ['R-9'] }, '2025-09-22')).toThrow('The school has no room with the id "R-9".');
  });

  it('needs a day, and in a two-week school a week, for a daily sheet, and refuses a closed date', () => {
    expect(() => buildDocument(school, { view: 'day' }, '2025-09-22')).toThrow('Choose the day (or the date) of the daily sheet.');
    expect(() => buildDocument(school, { view: 'day', day: 'Sat' }, '2025-09-22')).toThrow('Saturday is not one of the school\'s days (Monday, Tuesday, Wednesday, Thursday, Friday).');
    const two = planned(twoWeeks);
    expect(() => buildDocument(two, { view: 'day', day: 'Mon' }, '2025-09-22')).toThrow('Choose Week A or Week B for the daily sheet.');
    expect(buildDocument(two, { view: 'day', day: 'Mon', week: 'B' }, '2025-09-22').sheets[0]).toMatchObject({ heading: 'Monday', weekLabel: 'Week B' });
    const termly = planned((s) => {
      s.calendar.terms = [{ name: 'Autumn', start: '2025-09-01', end: '2025-10-24' }];
      s.calendar.closures = ['2025-09-01'];
    });
    expect(() => buildDocument(termly, { view: 'day', date: '2025-09-01' }, '2025-09-22')).toThrow(
      'There is no daily sheet for Monday 1 September 2025: the school is closed that day (an INSET day, bank holiday or other closure).',
    );
    const sheet = buildDocument(termly, { view: 'day', date: '2025-09-23' }, '2025-09-22');
    expect(sheet.sheets[0]).toMatchObject({ heading: 'Tuesday 23 September 2025' });
    expect(sheet.stem).toBe('tiny-primary-day-2025-09-23');
  });

  it('prints the date, and the week it falls in when the terms say', () => {
    expect(buildDocument(school, { view: 'rota' }, '2025-09-22').printed).toBe('Printed Monday 22 September 2025');
    const secondaryLike = planned((s) => {
      twoWeeks(s);
      s.calendar.terms = [{ name: 'Autumn', start: '2025-09-01', end: '2025-10-24', startsOn: 'A' }];
    });
    expect(buildDocument(secondaryLike, { view: 'rota' }, '2025-09-22').printed).toBe('Printed Monday 22 September 2025 (Week B)');
  });
});
