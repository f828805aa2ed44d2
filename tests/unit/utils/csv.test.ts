import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toCsv, type CsvValue } from '../../../utils/csv';
import { readCsv } from './csv-reader';

describe('toCsv: one field', () => {
  it.each<[string, CsvValue, string]>([
    ['plain text', 'Pat', 'Pat'],
    ['an empty string', '', ''],
    ['a missing value', undefined, ''],
    ['a comma', 'Smith, Pat', '"Smith, Pat"'],
    ['quotes', 'Pat "PJ" Smith', '"Pat ""PJ"" Smith"'],
    ['a line break', 'two\nlines', '"two\nlines"'],
    ['a Windows line break', 'two\r\nlines', '"two\r\nlines"'],
    ['a formula', '=SUM(A1:A9)', "'=SUM(A1:A9)"],
    [
      'a formula with quotes and commas',
      '=HYPERLINK("https://x.test","Open")',
      '"\'=HYPERLINK(""https://x.test"",""Open"")"',
    ],
    ['a leading plus', '+44 20 7946 0000', "'+44 20 7946 0000"],
    ['a leading minus', '-1+2', "'-1+2"],
    ['a leading at sign', '@SUM(1)', "'@SUM(1)"],
    ['a leading tab', '\t=1', "'\t=1"],
    ['a leading carriage return', '\r=1', '"\'\r=1"'],
    ['an equals sign later on', 'a=b', 'a=b'],
    ['a whole number', 12, '12'],
    ['zero', 0, '0'],
    ['a negative number, which is a number, not a formula', -3, '-3'],
    ['not a number', Number.NaN, ''],
    ['infinity', Number.POSITIVE_INFINITY, ''],
    ['accents and emoji', 'Zoë 😀', 'Zoë 😀'],
  ])('%s', (_case, value, written) => {
    expect(toCsv([[value]])).toBe(`${written}\r\n`);
  });
});

describe('toCsv: records', () => {
  it('separates fields with commas and ends every record with CRLF', () => {
    expect(
      toCsv([
        ['a', 'b', 'c'],
        [1, undefined, 'x,y'],
      ]),
    ).toBe('a,b,c\r\n1,,"x,y"\r\n');
  });

  it('writes nothing for no rows', () => {
    expect(toCsv([])).toBe('');
  });

  it('reads back, by a strict RFC 4180 reader, as the fields written, formulas turned to text', () => {
    const field = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 20 }),
      fc.constantFrom('=1+1', '+1', '-1', '@A1', '\tx', '\rx', '"', ',', '\r\n', '""'),
      fc.integer({ min: 0, max: 10_000 }),
    );
    fc.assert(
      fc.property(fc.array(fc.array(field, { minLength: 2, maxLength: 6 }), { maxLength: 8 }), (rows) => {
        const read = readCsv(toCsv(rows));
        const expected = rows.map((row) =>
          row.map((value) =>
            typeof value === 'number' ? String(value) : /^[=+\-@\t\r]/.test(value) ? `'${value}` : value,
          ),
        );
        expect(read).toEqual(expected);
      }),
      { numRuns: 300 },
    );
  });
});
