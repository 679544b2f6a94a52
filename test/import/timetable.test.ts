import { describe, expect, it } from 'vitest';
import { writeCsv } from '../../import/csv';
import { parseSchool } from '../../solver/model/validate';
import { demoSchool } from '../fixtures/schools';
import { fixtureBytes, importText, rejections } from './helpers';

const HEADER = 'week,day,cycle_day,period,start,end,class_code,subject,year_group,staff_code,room';

describe('importing the class timetable', () => {
  it('reads the long-format export of the primary demo with no change, and says how many lessons are protected', () => {
    const outcome = importText('timetable', fixtureBytes('timetable.csv'), demoSchool('primary'));
    expect(outcome.preview).toMatchObject({ rows: 355, accepted: 355, unchanged: 355, added: [], updated: [], removed: [], canApply: true });
    expect(outcome.preview.notes).toEqual([
      '355 lessons for 11 classes; 160 protected (Continuous provision, English, Literacy, Maths, Phonics and Reading & handwriting): pupils are never withdrawn from those.',
    ]);
    expect(outcome.school).toEqual(demoSchool('primary'));
  });

  it('round-trips the secondary demo\'s two-week timetable, by room name and cycle day', () => {
    const school = demoSchool('secondary');
    const rows = [HEADER.split(',')];
    for (const l of school.lessons) {
      const c = school.classes.find((x) => x.id === l.class)!;
      const cycleDay = school.calendar.days.indexOf(l.day) + 1 + (l.week === 'B' ? 5 : 0);
      rows.push(['', '', String(cycleDay), l.period, '', '', l.class, l.subject, c.year ?? '', l.teacher ?? '', school.rooms.find((r) => r.id === l.room)?.name ?? '']);
    }
    const outcome = importText('timetable', writeCsv(rows), school);
    expect(rejections(outcome)).toEqual([]);
    expect(outcome.preview).toMatchObject({ added: [], removed: [], unchanged: 2400 });
    // The demo's 11X/Ma1 names a class teacher who teaches none of its lessons: the file's teacher takes over.
    expect(outcome.preview.updated.map((u) => [u.entity, u.key, u.changes])).toEqual([['class', '11X/Ma1', [{ field: 'teacher', from: 'T15', to: 'T18' }]]]);
    expect(outcome.school!.lessons).toEqual(school.lessons);
  });

  it('makes new classes with their teacher, protects core subjects by default, and replaces only the classes in the file', () => {
    const school = demoSchool('primary');
    const csv = `${HEADER}\nA,Mon,,S1,,,Nightingales,English,3,T04,Hall\nA,Tue,,2,,,Nightingales,Art,3,T04,\nA,Wed,,,10:00,,Nightingales,Maths,3,T05,\n`;
    const outcome = importText('timetable', csv, school);
    expect(rejections(outcome)).toEqual([]);
    expect(outcome.preview.added.map((a) => `${a.entity}: ${a.name}${a.effects.length ? ` (${a.effects.join()})` : ''}`)).toEqual([
      'lesson: Nightingales English, Mon S1 (protected)',
      'lesson: Nightingales Art, Tue S2',
      'lesson: Nightingales Maths, Wed S2 (protected)',
      'class: Nightingales',
    ]);
    expect(outcome.school!.classes.at(-1)).toEqual({ id: 'Nightingales', name: 'Nightingales', year: '3', teacher: 'T04', pupils: [] });
    expect(outcome.school!.lessons.slice(0, school.lessons.length)).toEqual(school.lessons);
    expect(outcome.school!.lessons.at(-3)).toEqual({ class: 'Nightingales', day: 'Mon', period: 'S1', subject: 'English', teacher: 'T04', room: 'RM-HALL', protected: true });
    expect(outcome.preview.notes[1]).toBe('The lessons of 11 classes not in this file are kept as they were.');
    expect(parseSchool(outcome.school).ok).toBe(true);
  });

  it('removes lessons of a class in the file that the file no longer has, and shows changed ones', () => {
    const school = demoSchool('primary');
    const robins = school.lessons.filter((l) => l.class === 'C01');
    const rows = robins.slice(1).map((l, i) => ['A', l.day, '', l.period, '', '', 'Robins', i === 0 ? 'Music' : l.subject, 'R', l.teacher ?? '', '']);
    const outcome = importText('timetable', writeCsv([HEADER.split(','), ...rows]), school);
    expect(outcome.preview.removed.map((r) => r.name)).toEqual([`C01 ${robins[0]!.subject}, ${robins[0]!.day} ${robins[0]!.period}`]);
    expect(outcome.preview.updated.find((u) => u.line === 2)?.changes[0]).toEqual({ field: 'subject', from: robins[1]!.subject, to: 'Music' });
  });

  it('rejects unknown staff, rooms, periods and days, Week B in a one-week school and two lessons in one slot', () => {
    const csv = [
      HEADER,
      'A,Mon,,S1,,,Robins,Maths,R,ZZZ,',
      'A,Mon,,S1,,,Robins,Maths,R,T01,Moon base',
      'A,Mon,,S9,,,Robins,Maths,R,T01,',
      'A,Funday,,S1,,,Robins,Maths,R,T01,',
      'B,Mon,,S1,,,Robins,Maths,R,T01,',
      'A,Tue,3,S1,,,Robins,Maths,R,T01,',
      'A,Fri,,S1,,,Owls,Maths,,T04,',
      'A,Fri,,S1,,,Owls,English,,T04,',
    ].join('\n');
    expect(rejections(importText('timetable', csv, demoSchool('primary')))).toEqual([
      "line 2: staff code 'ZZZ' is not on the staff list (import the staff first)",
      "line 3: room 'Moon base' is not one of the school's rooms",
      "line 4: period 'S9' is not one of the school's periods (REG, S1, S2, BRK, S3, LUN, S4, S5)",
      "line 5: day 'Funday' not recognised",
      "line 6: week 'B' is Week B, but the school's timetable is the same every week",
      "line 7: cycle day 3 is a Wed, but the row says 'Tue'",
      'line 8: class Owls has another lesson on Fri S1 on line 9',
      'line 9: class Owls has another lesson on Fri S1 on line 8',
    ]);
  });

  it('reads cycle days 6-10 as Week B in a two-week school and refuses a teacher who has left', () => {
    const school = demoSchool('secondary');
    school.staff.find((s) => s.id === 'T02')!.left = '2025-07-20';
    const csv = `${HEADER}\n,,7,P1,,,7X/En1,English,7,T01,E1\n,,2,P1,,,7X/En1,English,7,T02,E1\n`;
    const outcome = importText('timetable', csv, school);
    expect(rejections(outcome)).toEqual([`line 3: staff code 'T02' is ${school.staff.find((s) => s.id === 'T02')!.name}, who left on 2025-07-20`]);
  });
});
