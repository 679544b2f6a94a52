import { describe, expect, it } from 'vitest';
import { parseSchool } from '../../solver/model/validate';
import { demoSchool, miniPrimary } from '../fixtures/schools';
import { TODAY, fixtureBytes, importText, rejections } from './helpers';

const staffCsv = () => new TextDecoder().decode(fixtureBytes('staff.csv'));

describe('importing staff', () => {
  it('reads the staff export of the primary demo with no change, warning about job titles it cannot place', () => {
    const outcome = importText('staff', fixtureBytes('staff.csv'), demoSchool('primary'));
    expect(outcome.preview).toMatchObject({ rows: 35, accepted: 35, unchanged: 35, added: [], updated: [], left: [], canApply: true });
    expect(outcome.preview.warnings.map((w) => `line ${w.line}: ${w.message}`)).toContain(
      "line 34: job title 'Sports Coach' is not a role Staffroom plans with, so they are listed as other staff",
    );
    expect(outcome.school).toEqual(demoSchool('primary'));
  });

  it('adds new staff by code, with role, specified work and availability from the row', () => {
    const csv = `${staffCsv()}Z01,Ms,Priya,Raman,HLTA,F,"Mon, Tue",08:45-12:15,\r\nZ02,Mr,Sam,Cole,Maths Teacher,M,Mon-Fri,,\r\n`;
    const outcome = importText('staff', csv, demoSchool('primary'));
    expect(rejections(outcome)).toEqual([]);
    expect(outcome.preview.added.map((a) => [a.name, a.changes.map((c) => c.to)])).toEqual([
      ['Priya Raman', ['HLTA', 'Mon, Tue 08:45–12:15']],
      ['Sam Cole', ['teacher', 'Mon–Fri 08:45–15:15']],
    ]);
    const [priya, sam] = outcome.school!.staff.slice(-2);
    expect(priya).toEqual({
      id: 'Z01', name: 'Priya Raman', role: 'hlta', sex: 'F', specifiedWork: false, skills: [],
      available: [{ day: 'Mon', periods: ['REG', 'S1', 'S2', 'BRK', 'S3'] }, { day: 'Tue', periods: ['REG', 'S1', 'S2', 'BRK', 'S3'] }],
    });
    expect(sam).toMatchObject({ id: 'Z02', role: 'teacher', specifiedWork: true });
    expect(parseSchool(outcome.school).ok).toBe(true);
  });

  it('shows role and working pattern changes, keeping skills and times where the file says nothing', () => {
    const csv = staffCsv()
      .replace('A01,Mrs,Evie,Rossi,Teaching Assistant,F,Mon-Fri,All day', 'A01,Mrs,Evie,Rossi,HLTA,F,"Mon, Wed",All day')
      .replace('A02,Mrs,Iris,Dransfield,Teaching Assistant,F,Mon-Fri,08:45-12:15', 'A02,Mrs,Iris,Dransfield,Teaching Assistant,F,Mon-Fri,');
    const school = demoSchool('primary');
    const outcome = importText('staff', csv, school);
    expect(outcome.preview.updated.map((u) => [u.key, u.changes])).toEqual([
      ['A01', [
        { field: 'role', from: 'teaching assistant', to: 'HLTA' },
        { field: 'works', from: 'Mon–Fri 08:45–15:15', to: 'Mon, Wed 08:45–15:15' },
      ]],
    ]);
    const evie = outcome.school!.staff.find((s) => s.id === 'A01')!;
    expect(evie.skills).toEqual(school.staff.find((s) => s.id === 'A01')!.skills);
    expect(outcome.school!.staff.find((s) => s.id === 'A02')).toEqual(school.staff.find((s) => s.id === 'A02'));
  });

  it('marks staff gone from the export as left, keeps them, and names the plan sessions that lose them', () => {
    const school = miniPrimary();
    // SES-2 (unpinned) is staffed by H01; SES-1 (pinned) by A02.
    const gone = 'H01';
    const pinned = 'A02';
    const rows = ['Staff Code,Forename,Surname,Role'];
    for (const s of school.staff) if (s.id !== gone && s.id !== pinned) rows.push(`${s.id},${s.name.replace(' ', ',')},${s.role}`);
    const outcome = importText('staff', `${rows.join('\n')}\n`, school);
    expect(rejections(outcome)).toEqual([]);
    const status = [{ field: 'status', from: 'on the staff', to: `left on ${TODAY}` }];
    expect(outcome.preview.left.map((l) => [l.key, l.changes, l.effects])).toEqual([
      ['H01', status, ['unpinned sessions that will lose them: PPA cover: Kestrels (Hannah Pryce) (Wed Session 4)', 'named as the lead of ELSA (Evie)']],
      ['A02', status, [expect.stringMatching(/^pinned sessions that still name them \(change these by hand\): .+ \(Tue Session 4\)$/)]],
    ]);
    const kept = outcome.school!.staff.find((s) => s.id === gone)!;
    expect(kept).toEqual({ ...school.staff.find((s) => s.id === gone)!, left: TODAY });
    expect(outcome.school!.plan).toEqual(school.plan);
    // Back in the next export: un-marked.
    const back = importText('staff', `${rows.join('\n')}\n${gone},Back,Again,teacher\n`, outcome.school!);
    expect(back.preview.updated.find((u) => u.key === gone)?.changes.at(-1)).toEqual({ field: 'status', from: `left on ${TODAY}`, to: 'back on the staff' });
    expect(back.school!.staff.find((s) => s.id === gone)?.left).toBeUndefined();
  });

  it('rejects a repeated staff code, a bad code and days the school is closed, each by line', () => {
    const csv = 'Staff Code,Forename,Surname,Working Days,Gender\nAB,Ann,Bee,Mon,F\nAB,Al,Bee,Tue,M\nA B,Cy,Dee,Mon,F\nCD,Di,Eve,Sat,F\nEF,Ed,Fox,Mon,Q\n';
    expect(rejections(importText('staff', csv, demoSchool('primary')))).toEqual([
      'line 2: staff code AB is also on line 3',
      'line 3: staff code AB is also on line 2',
      "line 4: staff code 'A B' is not a staff code (letters and digits, at most 12, no spaces)",
      "line 5: working days 'Sat' include Sat, which the school is closed",
      "line 6: sex 'Q' not recognised (M or F, or leave it blank)",
    ]);
  });
});
