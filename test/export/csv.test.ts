import { describe, expect, it } from 'vitest';
import { csvCell, toCsv } from '../../export/csv';

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
});
