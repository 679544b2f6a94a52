import { describe, expect, it } from 'vitest';
import { csvCell, toCsv } from '../../renderer/files/csv';
import { listCsv } from '../../renderer/files/list-exports';
import primaryJson from '../../demo/primary.json';
import { schoolSchema } from '../../solver/model/school-file';

describe('CSV for Excel', () => {
  it('quotes every field and doubles quotes inside it', () => {
    expect(csvCell('Aisha Shah')).toBe('"Aisha Shah"');
    expect(csvCell('The "hub", upstairs')).toBe('"The ""hub"", upstairs"');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
    expect(csvCell(12)).toBe('"12"');
  });

  it('makes anything a spreadsheet would run as a formula plain text with a leading quote', () => {
    for (const start of ['=', '+', '-', '@', '\t', '\r']) {
      expect(csvCell(`${start}HYPERLINK("http://x","y")`)).toBe(`"'${start}HYPERLINK(""http://x"",""y"")"`);
    }
    expect(csvCell('=1+1')).toBe(`"'=1+1"`);
    // Only the start matters; numbers are never formulas.
    expect(csvCell('Year 7 = set 1')).toBe('"Year 7 = set 1"');
    expect(csvCell(-3)).toBe('"-3"');
  });

  it('starts with a byte-order mark and ends every row with CRLF', () => {
    const text = toCsv(['Name', 'Year'], [['Zoë', 'Year 4'], ['@home', 5]]);
    expect(text).toBe('\uFEFF"Name","Year"\r\n"Zoë","Year 4"\r\n"\'@home","5"\r\n');
  });

  it('exports every list of a school with one row per item and names, not ids', () => {
    const school = schoolSchema.parse(primaryJson);
    const rows = (list: Parameters<typeof listCsv>[1]) => listCsv(school, list).slice(1).split('\r\n').filter(Boolean);
    expect(rows('staff')).toHaveLength(school.staff.length + 1);
    expect(rows('pupils')).toHaveLength(school.pupils.length + 1);
    expect(rows('groups')).toHaveLength(school.groups.length + 1);
    expect(rows('cover')).toHaveLength(school.cover.length + 1);
    expect(rows('rooms')).toHaveLength(school.rooms.length + 1);
    const group = school.groups.find((g) => g.pupils.length > 0);
    const pupil = school.pupils.find((p) => p.id === group?.pupils[0]);
    if (!group || !pupil) throw new Error('the primary demo has a group with pupils');
    const line = rows('groups').find((r) => r.startsWith(`"${group.name}"`)) ?? '';
    expect(line).toContain(pupil.name);
    expect(line).not.toContain(`"${pupil.id}"`);
  });
});
