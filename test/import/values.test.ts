import { describe, expect, it } from 'vitest';
import { readRole } from '../../import/staff';
import {
  readBirthDate, readDate, readNeed, readNeedList, readSen, readSex, readWeek, readWorkingDays, readWorkingHours, readYear,
} from '../../import/values';
import { demoSchool } from '../fixtures/schools';

const value = <T>(read: { ok: true; value: T } | { ok: false; reason: string }) => (read.ok ? read.value : `NO: ${read.reason}`);

describe('reading MIS values', () => {
  it('reads year groups as exports write them, and says which it cannot', () => {
    const cases: Record<string, string> = {
      'Year 7': '7', Y7: '7', 'Yr 7': '7', '7': '7', '07': '7', 'year 11': '11', 'Year 13': '13', R: 'R', Reception: 'R', YR: 'R',
      'Year R': 'R', FS2: 'R', N1: 'N', N2: 'N', Nursery: 'N', FS1: 'N', 'Lower Sixth': '12', U6: '13', 'NC Year 9': '9',
    };
    for (const [raw, year] of Object.entries(cases)) expect(value(readYear(raw)), raw).toBe(year);
    expect(value(readYear('Year Seven'))).toBe(`NO: year group 'Year Seven' not recognised (write e.g. "Year 7", "Y7", "7", "R" or "N1")`);
    for (const raw of ['15', 'Year 0', '7B', '', 'KS3']) expect(readYear(raw).ok, raw).toBe(false);
  });

  it('reads SEN status words and codes as E, K or N', () => {
    const cases: Record<string, string> = {
      EHCP: 'E', 'EHC Plan': 'E', E: 'E', 'E - Education, Health and Care Plan': 'E', Statement: 'E', 'SEN Support': 'K', K: 'K',
      'k - sen support': 'K', Monitoring: 'N', 'No SEN': 'N', N: 'N', '': 'N', 'No Special Educational Need': 'N',
    };
    for (const [raw, sen] of Object.entries(cases)) expect(value(readSen(raw)), raw).toBe(sen);
    expect(value(readSen('School Action'))).toMatch(/^NO: SEN status 'School Action' not recognised/);
  });

  it('reads needs as census codes from codes, descriptions and "CODE - description"', () => {
    const cases: Record<string, string> = {
      SLCN: 'SLCN', spld: 'SPLD', 'Autistic Spectrum Disorder': 'ASD', 'Speech, Language and Communication Needs': 'SLCN',
      'SPLD - Specific learning difficulty': 'SPLD', 'Hearing impairment (HI)': 'HI', 'Visual Impairment': 'VI', Dyslexia: 'SPLD',
    };
    for (const [raw, code] of Object.entries(cases)) expect(value(readNeed(raw)), raw).toBe(code);
    expect(value(readNeed('Clumsy'))).toMatch(/^NO: SEN need 'Clumsy' is not a census need type \(SPLD, MLD/);
    expect(value(readNeedList('ASD; SLCN/ASD'))).toEqual(['ASD', 'SLCN']);
    expect(value(readNeedList('Speech, Language and Communication Needs (SLCN), ASD'))).toEqual(['SLCN', 'ASD']);
  });

  it('reads UK and ISO dates, refusing impossible, two-digit-year and month-first dates', () => {
    expect(value(readDate('03/09/2014', 'date'))).toBe('2014-09-03');
    expect(value(readDate('3/9/2014', 'date'))).toBe('2014-09-03');
    expect(value(readDate('2014-09-03', 'date'))).toBe('2014-09-03');
    expect(value(readDate('03/09/2014 00:00', 'date'))).toBe('2014-09-03');
    expect(value(readDate('3 Sep 2014', 'date'))).toBe('2014-09-03');
    expect(value(readDate('31/02/2014', 'date of birth'))).toBe("NO: date of birth '31/02/2014' is not a real date");
    expect(value(readDate('09/23/2014', 'date of birth'))).toMatch(/day and month may be the wrong way round/);
    expect(value(readDate('03/09/14', 'date of birth'))).toMatch(/two-digit year/);
    expect(value(readBirthDate('01/01/2030', '2025-09-22'))).toBe('NO: date of birth 2030-01-01 is in the future');
    expect(value(readBirthDate('01/01/1980', '2025-09-22'))).toBe('NO: date of birth 1980-01-01 is more than 30 years ago');
  });

  it('reads working days and hours into periods of the school day', () => {
    const school = demoSchool('primary');
    const days = school.calendar.days;
    expect(value(readWorkingDays('Mon-Wed', days))).toEqual(['Mon', 'Tue', 'Wed']);
    expect(value(readWorkingDays('Monday to Wednesday, Friday', days))).toEqual(['Mon', 'Tue', 'Wed', 'Fri']);
    expect(value(readWorkingDays('Thu, Tue', days))).toEqual(['Tue', 'Thu']);
    expect(value(readWorkingDays('Full time', days))).toEqual(days);
    expect(value(readWorkingDays('Mon-Sat', days))).toMatch(/include Sat, which the school is closed/);
    expect(value(readWorkingDays('Mon, Funday', days))).toMatch(/'Funday' is not a day/);
    const periods = school.calendar.periods;
    expect(value(readWorkingHours('08:45-12:15', periods))).toEqual({ periods: ['REG', 'S1', 'S2', 'BRK', 'S3'] });
    expect(value(readWorkingHours('8.45 - 12.15', periods))).toEqual({ periods: ['REG', 'S1', 'S2', 'BRK', 'S3'] });
    expect(value(readWorkingHours('1.15pm-3.15pm', periods))).toEqual({ periods: ['S4', 'S5'] });
    expect(value(readWorkingHours('1.15-3.15', periods))).toEqual({ periods: ['S4', 'S5'] });
    expect(value(readWorkingHours('Mornings', periods))).toEqual({ periods: ['REG', 'S1', 'S2', 'BRK', 'S3'] });
    expect(value(readWorkingHours('afternoons', periods))).toEqual({ periods: ['S4', 'S5'] });
    expect(value(readWorkingHours('All day', periods))).toEqual({ periods: periods.map((p) => p.id) });
    expect(value(readWorkingHours('32.5', periods))).toEqual({ weekly: 32.5 });
    expect(value(readWorkingHours('07:00-08:00', periods))).toMatch(/cover no whole period/);
    expect(value(readWorkingHours('sometimes', periods))).toMatch(/not recognised/);
  });

  it('reads weeks, sex and job titles', () => {
    expect(['A', 'Week A', 'wk a', '1', 'B', 'Week B', '2', 'C'].map(readWeek)).toEqual(['A', 'A', 'A', 'A', 'B', 'B', 'B', null]);
    expect(['M', 'Male', 'f', 'Female', '', 'Not known'].map((s) => value(readSex(s)))).toEqual(['M', 'M', 'F', 'F', undefined, undefined]);
    expect(value(readSex('Y'))).toMatch(/^NO: sex 'Y' not recognised/);
    const roles: Record<string, string | null> = {
      'Class Teacher': 'teacher', 'Teacher of Maths': 'teacher', 'Head of Science': 'teacher', 'HLTA Level 2': 'hlta',
      'Higher Level Teaching Assistant': 'hlta', 'Teaching Assistant': 'ta', 'Learning Support Assistant (LSA)': 'ta', TA: 'ta',
      SENCo: 'senco', 'Inclusion Manager': 'senco', 'Cover Supervisor': 'cover-supervisor', Headteacher: 'leader', 'Deputy Headteacher': 'leader',
      'Head of Year 8': 'pastoral-lead', 'Learning Mentor': 'pastoral-lead', 'Site Manager': null, 'Teaching assistant': 'ta',
    };
    for (const [title, role] of Object.entries(roles)) expect(readRole(title), title).toBe(role);
  });
});
