import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { guessMis, headerSignature, mapColumns, recogniseHeader } from '../../import/headers';

describe('column headings', () => {
  it('recognises the SIMS, Arbor and Bromcom pupil headings of domain.md 5.2', () => {
    const headings: Record<string, string | null> = {
      UPN: 'upn', 'Legal Surname': 'legalSurname', 'Legal Last Name': 'legalSurname', 'Legal Forename': 'legalForename',
      'Legal First Name': 'legalForename', 'Preferred Forename': 'preferredForename', 'Known As First Name': 'preferredForename',
      'Preferred Firstname': 'preferredForename', 'Preferred Lastname': 'preferredSurname', 'Known As Last Name': 'preferredSurname',
      'Date of Birth': 'dob', DOB: 'dob', Year: 'year', 'Year Taught In': 'year', 'Year Group': 'year', 'Reg Group': 'regGroup',
      Form: 'regGroup', 'Registration Form': 'regGroup', 'Tutor Group': 'regGroup', 'SEN Status': 'sen', 'SEN Need Type': 'need1',
      'Need Type': 'need1', 'SEN Need 2': 'need2', 'Pupil UPN': 'upn', 'Student Legal Surname': 'legalSurname', 'year_group': 'year',
      Gender: null, 'Admission No': null, 'Enrolment Status': null,
    };
    for (const [heading, field] of Object.entries(headings)) expect(recogniseHeader('pupils', heading), heading).toBe(field);
  });

  it('forgives a slip in a long heading but not a different word', () => {
    expect(recogniseHeader('pupils', 'Legal Surnmae')).toBe('legalSurname');
    expect(recogniseHeader('pupils', 'Date of Brith')).toBe('dob');
    expect(recogniseHeader('pupils', 'Curric Yr')).toBeNull();
    expect(recogniseHeader('staff', 'Staff Cod')).toBe('code');
  });

  it('lets a column mapped by hand win, leaves out "" columns, and names fields mapped twice', () => {
    const { columns, problems } = mapColumns('pupils', ['UPN', 'Surname', 'Forename', 'Curric Yr', 'Year'], { 'Curric Yr': 'year', Year: '' });
    expect(columns.map((c) => [c.header, c.field, c.how])).toEqual([
      ['UPN', 'upn', 'recognised'],
      ['Surname', 'legalSurname', 'recognised'],
      ['Forename', 'legalForename', 'recognised'],
      ['Curric Yr', 'year', 'chosen'],
      ['Year', null, 'ignored'],
    ]);
    expect(problems).toEqual([]);
    const twice = mapColumns('pupils', ['A', 'B', 'Surname', 'Forename'], { A: 'year', B: 'year' });
    expect(twice.problems).toEqual(['columns "A" and "B" are both mapped to Year group; choose one']);
  });

  it('says which required field has no column, and refuses an unknown field', () => {
    expect(mapColumns('pupils', ['UPN', 'Surname'], {}).problems).toEqual([
      'no column is mapped to Legal forename, Preferred forename or Full name',
      'no column is mapped to Year group',
    ]);
    expect(mapColumns('timetable', ['Class', 'Day', 'Period', 'Subject'], { Class: 'form' }).problems).toEqual([
      'column "Class" is mapped to "form", which is not a timetable field',
      'no column is mapped to Class',
    ]);
  });

  it('keys a file by its headings, ignoring case and punctuation', () => {
    expect(headerSignature(['UPN', 'Legal Surname'])).toBe(headerSignature(['upn', 'legal_surname']));
    expect(headerSignature(['UPN', 'Legal Surname'])).not.toBe(headerSignature(['UPN', 'Surname']));
  });

  it('says which MIS a pupils export looks like, only when its headings are clear', () => {
    const first = (name: string) => new TextDecoder('utf-8').decode(readFileSync(`test/fixtures/mis/${name}`)).replace(/^\ufeff/, '').split(/\r?\n/)[0]!.split(',');
    expect(guessMis(first('sims-pupils.csv'))).toBe('SIMS');
    expect(guessMis(first('arbor-pupils.csv'))).toBe('Arbor');
    expect(guessMis(first('bromcom-pupils-1252.csv'))).toBe('Bromcom');
    expect(guessMis(['UPN', 'Surname', 'Forename', 'Year'])).toBeNull();
  });
});
