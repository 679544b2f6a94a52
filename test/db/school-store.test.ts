import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { hasSchool, NoSchoolError, openDatabase, readSchool, replaceSchool } from '../../db';
import { schoolSchema, type School } from '../../solver/model';

const sample = (name: string): School => schoolSchema.parse(JSON.parse(readFileSync(`demo/${name}.json`, 'utf8')));

describe('school store', () => {
  for (const name of ['primary', 'secondary']) {
    it(`round-trips the ${name} sample to a deep-equal document`, () => {
      const raw: unknown = JSON.parse(readFileSync(`demo/${name}.json`, 'utf8'));
      const db = openDatabase(':memory:');
      replaceSchool(db, sample(name));
      expect(readSchool(db)).toStrictEqual(raw);
    });
  }

  it('keeps optional lists given empty apart from lists left out', () => {
    const school = sample('primary');
    const group = school.groups[0]!;
    group.roomKinds = [];
    delete group.preferredStaff;
    group.slots = [];
    school.staff[0]!.busy = [];
    school.cover[0]!.roles = [];
    school.calendar.closures = [];
    school.plan = { sessions: [], unfilled: [] };
    const db = openDatabase(':memory:');
    replaceSchool(db, school);
    expect(readSchool(db)).toStrictEqual(school);
  });

  it('reports that there is no school yet', () => {
    const db = openDatabase(':memory:');
    expect(hasSchool(db)).toBe(false);
    expect(() => readSchool(db)).toThrow(NoSchoolError);
  });

  it('rolls a failed replacement back and keeps the school it had', () => {
    const db = openDatabase(':memory:');
    const primary = sample('primary');
    replaceSchool(db, primary);
    const broken = sample('secondary');
    broken.groups[0]!.pupils.push('NOBODY');
    expect(() => replaceSchool(db, broken)).toThrow(/FOREIGN KEY/);
    expect(readSchool(db)).toStrictEqual(primary);
  });
});
