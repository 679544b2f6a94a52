import { describe, expect, it } from 'vitest';
import { parseCsv, writeCsv } from '../../import/csv';

describe('parseCsv', () => {
  it('numbers rows as a spreadsheet does: a cell with line breaks is one row, and the text line where it starts is kept', () => {
    const table = parseCsv('Name,Address\r\nAda,"1 Mill Lane\r\nLeeds"\r\nBo,"2 Mill Lane"\r\nCy,3\r\n');
    expect(table.header).toEqual(['Name', 'Address']);
    expect(table.records).toEqual([
      { line: 2, textLine: 2, cells: ['Ada', '1 Mill Lane\nLeeds'] },
      { line: 3, textLine: 4, cells: ['Bo', '2 Mill Lane'] },
      { line: 4, textLine: 5, cells: ['Cy', '3'] },
    ]);
    expect(table.problems).toEqual([]);
  });

  it('reads LF, CRLF and lone CR line ends, a byte-order mark, and doubled quotes', () => {
    for (const end of ['\n', '\r\n', '\r']) {
      const table = parseCsv(`\ufeffA,B${end}"say ""hi""",x${end}`);
      expect(table.header).toEqual(['A', 'B']);
      expect(table.records).toEqual([{ line: 2, textLine: 2, cells: ['say "hi"', 'x'] }]);
    }
  });

  it('drops the empty columns Excel leaves at the end and skips blank rows, still counting them as lines', () => {
    const table = parseCsv('A,B,,\n1,2,,\n,,,\n\n3,4,,\n');
    expect(table.header).toEqual(['A', 'B']);
    expect(table.records.map((r) => [r.line, r.cells])).toEqual([
      [2, ['1', '2']],
      [5, ['3', '4']],
    ]);
  });

  it('names rows with too many or too few cells by line, and keeps reading', () => {
    const table = parseCsv('A,B,C\n1,2,3,4\n1,2\n1,2,3\n');
    expect(table.problems).toEqual([
      { line: 2, textLine: 2, reason: 'has 4 cells but the header has 3 columns (a comma inside a value needs quotes around it)', cells: ['1', '2', '3', '4'] },
      { line: 3, textLine: 3, reason: 'has 2 cells but the header has 3 columns (the row may be cut short)', cells: ['1', '2'] },
    ]);
    expect(table.records).toEqual([{ line: 4, textLine: 4, cells: ['1', '2', '3'] }]);
  });

  it('names a stray quote and text after a closing quote', () => {
    const table = parseCsv('A,B\nab"c,1\n"ab"c,2\nok,3\n');
    expect(table.problems.map((p) => [p.line, p.reason])).toEqual([
      [2, 'has a stray quote mark in column 1'],
      [3, 'has text after a closing quote mark in column 1'],
    ]);
    expect(table.records.map((r) => r.line)).toEqual([4]);
  });

  it('reports a quote that is never closed on the line where its row starts', () => {
    const table = parseCsv('A,B\n1,2\n3,"oops\n5,6\n7,8\n');
    expect(table.records.map((r) => r.line)).toEqual([2]);
    expect(table.problems).toHaveLength(1);
    expect(table.problems[0]).toMatchObject({ line: 3, textLine: 3 });
    expect(table.problems[0]?.reason).toContain('a quote mark that opens a cell in column 2');
  });

  it('uses semicolons or tabs when the header has no comma', () => {
    expect(parseCsv('UPN;Surname\nA;B\n').records[0]?.cells).toEqual(['A', 'B']);
    expect(parseCsv('UPN\tSurname\nA\tB\n').records[0]?.cells).toEqual(['A', 'B']);
  });

  it('finds nothing in an empty file or one of blank lines', () => {
    expect(parseCsv('')).toMatchObject({ header: [], records: [], problems: [] });
    expect(parseCsv('\r\n\r\n')).toMatchObject({ header: [], records: [], problems: [] });
  });

  it('writes what it reads back to the same cells', () => {
    const rows = [['Name', 'Note'], ['Ó Briain, Seán', 'said "yes"\nthen left'], [' padded ', '']];
    const table = parseCsv(writeCsv(rows));
    expect([table.header, ...table.records.map((r) => r.cells)]).toEqual(rows);
  });
});
