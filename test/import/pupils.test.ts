import { describe, expect, it } from 'vitest';
import { writeCsv } from '../../import/csv';
import { parseSchool } from '../../solver/model/validate';
import { demoSchool } from '../fixtures/schools';
import { TODAY, fixtureBytes, importText, rejections } from './helpers';

const HEADER = 'UPN,Legal Surname,Legal Forename,Preferred Forename,Date of Birth,Year,Reg Group,SEN Status,SEN Need 1,SEN Need 2';

/** The primary demo's pupils as a SIMS-style export, optionally changed row by row. */
function primaryExport(change: (row: string[], index: number) => string[] | null = (r) => r): string {
  const school = demoSchool('primary');
  const regOf = new Map(school.classes.flatMap((c) => c.pupils.map((p) => [p, c.name] as const)));
  const rows = [HEADER.split(',')];
  school.pupils.forEach((p, i) => {
    const [forename, ...rest] = p.name.split(' ');
    const row = [p.upn ?? '', rest.join(' '), forename ?? '', '', '01/02/2017', p.year, regOf.get(p.id) ?? '', p.sen, p.needs?.[0] ?? '', p.needs?.[1] ?? ''];
    const changed = change(row, i);
    if (changed) rows.push(changed);
  });
  return writeCsv(rows);
}

describe('importing pupils', () => {
  it('rejects the SIMS fixture\'s two bad rows by spreadsheet line, after a cell with a line break', () => {
    const outcome = importText('pupils', fixtureBytes('sims-pupils.csv'), demoSchool('primary'));
    expect(outcome.preview.encoding).toMatch(/^UTF-8 \(with byte-order mark/);
    expect(rejections(outcome)).toEqual([
      'line 14: UPN B999241723121 has a wrong check letter: its digits give "Y", so a character is probably mistyped',
      `line 22: year group 'Year Seven' not recognised (write e.g. "Year 7", "Y7", "7", "R" or "N1")`,
    ]);
    expect(outcome.preview.rejected[0]?.textLine).toBe(16);
    expect(outcome.preview.rejected[0]?.cells[2]).toBe('Shackleton');
    // The pupils of the rejected rows are in the file: neither is taken for a leaver.
    expect(outcome.preview.left).toEqual([]);
    expect(outcome.preview.canApply).toBe(false);
    expect(outcome.school).toBeNull();
  });

  it('accepts the rows once corrected in the preview, and then changes nothing', () => {
    const bytes = fixtureBytes('sims-pupils.csv');
    const first = importText('pupils', bytes, demoSchool('primary'));
    const row14 = [...(first.preview.rejected[0]?.cells ?? [])];
    row14[1] = 'Y999241723121';
    const row22 = [...(first.preview.rejected[1]?.cells ?? [])];
    row22[7] = 'Year 5';
    const outcome = importText('pupils', bytes, demoSchool('primary'), { edits: [{ line: 14, cells: row14 }, { line: 22, cells: row22 }] });
    expect(rejections(outcome)).toEqual([]);
    expect(outcome.preview.canApply).toBe(true);
    expect(outcome.preview.updated.map((u) => [u.name, u.changes])).toEqual([]);
    expect(outcome.preview.unchanged).toBe(64);
    expect(outcome.school?.pupils).toEqual(demoSchool('primary').pupils);
  });

  it('reads the Arbor export of the secondary demo with no change, and the Bromcom Windows-1252 names intact', () => {
    const arbor = importText('pupils', fixtureBytes('arbor-pupils.csv'), demoSchool('secondary'));
    expect(arbor.preview).toMatchObject({ rows: 184, accepted: 184, unchanged: 184, added: [], updated: [], left: [], canApply: true });
    const bromcom = importText('pupils', fixtureBytes('bromcom-pupils-1252.csv'), arbor.school ?? demoSchool('secondary'));
    expect(bromcom.preview.encoding).toMatch(/^Windows-1252/);
    const added = bromcom.preview.added.filter((a) => a.entity === 'pupil').map((a) => a.name);
    expect(added).toEqual(['Zoë Brontë', 'Seán Ó Briain', 'Chloé Lefèvre', 'Siân Pritchard', 'Renée Dubois', 'Aoife Ní Bhriain', 'José Peña', 'Noël François']);
    expect(bromcom.school?.pupils.find((p) => p.name === 'Seán Ó Briain')).toMatchObject({ id: 'Q0186', year: '8', sen: 'K', needs: ['SPLD'] });
    // The rest of the school is not in this small export: all marked as left, none erased.
    expect(bromcom.preview.left).toHaveLength(184);
    expect(bromcom.school?.pupils).toHaveLength(192);
    expect(bromcom.school?.groups.every((g) => g.pupils.every((p) => p.startsWith('Q0185') || Number(p.slice(1)) > 184))).toBe(true);
  });

  it('shows field-level changes, new pupils with fresh ids, and makes a valid school', () => {
    const csv = primaryExport((row, i) => {
      if (i === 0) return [row[0] ?? '', row[1] ?? '', row[2] ?? '', 'Lu', row[4] ?? '', '3', row[6] ?? '', 'K', 'SLCN', ''];
      return row;
    }) + 'U999241799001,Newman,Robert,Bobby,05/05/2016,Y4,Owls,EHCP,ASD,SLCN\r\n';
    const outcome = importText('pupils', csv, demoSchool('primary'));
    expect(rejections(outcome)).toEqual([]);
    expect(outcome.preview.updated).toEqual([
      {
        entity: 'pupil', key: 'G999241723107', name: 'Lu Allerton', line: 2, effects: [],
        changes: [
          { field: 'name', from: 'Luca Allerton', to: 'Lu Allerton' },
          { field: 'year', from: 'Year 2', to: 'Year 3' },
          { field: 'SEN status', from: 'EHC plan', to: 'SEN support' },
          { field: 'needs', from: 'ASD, SLCN', to: 'SLCN' },
        ],
      },
    ]);
    expect(outcome.preview.added.map((a) => [a.name, a.line, a.key])).toEqual([['Bobby Newman', 66, 'U999241799001']]);
    const bobby = outcome.school?.pupils.at(-1);
    expect(bobby).toEqual({ id: 'P065', name: 'Bobby Newman', upn: 'U999241799001', year: '4', sen: 'E', needs: ['ASD', 'SLCN'] });
    expect(outcome.school?.classes.find((c) => c.name === 'Owls')?.pupils).toContain('P065');
    expect(outcome.identities.find((i) => i.pupil === 'P065')).toEqual({ pupil: 'P065', legalSurname: 'Newman', legalForename: 'Robert', dob: '2016-05-05' });
    expect(parseSchool(outcome.school).ok).toBe(true);
  });

  it('marks a pupil missing from the export as left, takes them out of groups and classes, and says so', () => {
    const school = demoSchool('primary');
    const gone = school.pupils[0]!;
    const outcome = importText('pupils', primaryExport((row, i) => (i === 0 ? null : row)), school);
    const groups = school.groups.filter((g) => g.pupils.includes(gone.id)).map((g) => g.name);
    expect(groups.length).toBeGreaterThan(0);
    expect(outcome.preview.left).toHaveLength(1);
    expect(outcome.preview.left[0]).toMatchObject({ name: gone.name, changes: [{ field: 'status', from: 'on roll', to: `left on ${TODAY}` }] });
    expect(outcome.preview.left[0]?.effects[0]).toContain(groups[0]);
    expect(outcome.preview.left[0]?.effects[1]).toBe('taken out of class Falcons');
    const merged = outcome.school!;
    expect(merged.pupils[0]).toEqual({ ...gone, left: TODAY });
    expect(merged.groups.some((g) => g.pupils.includes(gone.id))).toBe(false);
    expect(merged.classes.some((c) => c.pupils.includes(gone.id))).toBe(false);
    expect(parseSchool(merged).ok).toBe(true);

    // Next term they are back: un-marked, and back in their registration class (groups are the SENCO's call).
    const back = importText('pupils', primaryExport(), merged);
    expect(back.preview.updated.map((u) => [u.name, u.changes])).toEqual([
      [gone.name, [{ field: 'status', from: `left on ${TODAY}`, to: 'back on roll' }, { field: 'registration group', from: '', to: 'Falcons' }]],
    ]);
    expect(back.school?.pupils[0]).toEqual(gone);
  });

  it('rejects both rows of a UPN written twice, and two rows that are one pupil', () => {
    const csv = primaryExport((row, i) => (i === 3 ? [...row.slice(0, 1), 'Other', 'Name', ...row.slice(3)] : row)).replace(
      /\r\n$/, `\r\n${demoSchool('primary').pupils[3]!.upn},Again,Someone,,01/02/2017,3,Owls,N,,\r\n`,
    );
    const outcome = importText('pupils', csv, demoSchool('primary'));
    const upn = demoSchool('primary').pupils[3]!.upn!;
    expect(rejections(outcome)).toEqual([`line 5: UPN ${upn} is also on line 66`, `line 66: UPN ${upn} is also on line 5`]);
    expect(outcome.preview.left).toEqual([]);
  });

  it('matches a pupil without a UPN by legal name and date of birth, and gives a temporary UPN its permanent one', () => {
    const school = demoSchool('primary');
    school.pupils[1]!.upn = 'K99924172110A'.slice(0, 12) + 'A';
    const identities = [{ pupil: school.pupils[1]!.id, legalSurname: 'Okafor', legalForename: 'Charlotte', dob: '2016-10-08' }];
    const withoutUpn = `${HEADER}\r\n,Okafor,Charlotte,Lottie,08/10/2016,4,Kingfishers,E,PD,SLCN\r\n`;
    const first = importText('pupils', withoutUpn, school, { identities });
    expect(first.preview.added).toEqual([]);
    expect(first.preview.updated[0]).toMatchObject({ name: 'Lottie Okafor', changes: [{ field: 'name', from: 'Charlotte Okafor', to: 'Lottie Okafor' }] });
    const permanent = `${HEADER}\r\nK999241721107,Okafor,Charlotte,,08/10/2016,4,Kingfishers,E,PD,SLCN\r\n`;
    const second = importText('pupils', permanent, school, { identities });
    expect(second.preview.updated[0]?.changes).toEqual([{ field: 'UPN', from: school.pupils[1]!.upn, to: 'K999241721107' }]);
  });

  it('rejects needs that contradict the SEN status, and NSA without SEN support', () => {
    const csv = `${HEADER}\r\nG999241723107,Allerton,Luca,,01/02/2017,2,,No SEN,ASD,\r\nK999241721107,Okafor,Charlotte,,01/02/2017,4,,EHCP,NSA,\r\n`;
    expect(rejections(importText('pupils', csv, demoSchool('primary')))).toEqual([
      "line 2: has SEN need ASD but SEN status 'No SEN' (no SEN): one of the two is wrong",
      'line 3: need NSA (no specialist assessment) is only used with SEN support (K)',
    ]);
  });

  it('keeps fields whose columns are not in the file', () => {
    const school = demoSchool('primary');
    const csv = writeCsv([['UPN', 'Surname', 'Forename', 'Year'], ...school.pupils.map((p) => [p.upn ?? '', p.name.split(' ').slice(1).join(' '), p.name.split(' ')[0] ?? '', p.year])]);
    const outcome = importText('pupils', csv, school);
    expect(outcome.preview).toMatchObject({ updated: [], left: [], unchanged: 64 });
    expect(outcome.school?.pupils).toEqual(school.pupils);
  });

  it('exports the secondary demo\'s pupils and reads them back with no change', () => {
    const school = demoSchool('secondary');
    const rows = [['UPN', 'Legal Forename', 'Legal Surname', 'Year Group', 'SEN Status', 'SEN Need 1', 'SEN Need 2']];
    for (const p of school.pupils) {
      const [forename, ...rest] = p.name.split(' ');
      rows.push([p.upn ?? '', forename ?? '', rest.join(' '), `Year ${p.year}`, p.sen, p.needs?.[0] ?? '', p.needs?.[1] ?? '']);
    }
    const outcome = importText('pupils', writeCsv(rows), school);
    expect(outcome.preview).toMatchObject({ added: [], updated: [], left: [], unchanged: 184, rejected: [], canApply: true });
    expect(outcome.school).toEqual(school);
  });

  it('says what is wrong with the file as a whole and imports nothing', () => {
    expect(importText('pupils', '', demoSchool('primary')).preview.fileProblems).toEqual(['the file is empty: the first line should hold the column headings']);
    expect(importText('pupils', 'UPN,Surname,Forename,Year\r\n', demoSchool('primary')).preview.fileProblems).toEqual(['the file has headings but no rows']);
    expect(importText('pupils', 'UPN,Surname\r\nA,B\r\n', demoSchool('primary')).school).toBeNull();
  });
});
