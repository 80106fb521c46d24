import { describe, expect, it } from 'vitest';
import { toCsv } from '../src/csv.ts';

describe('CSV of a table', () => {
  it('writes RFC 4180: a header, CRLF line ends, fields with commas, quotes or line breaks quoted', () => {
    const csv = toCsv(['Country', 'Count'], [['Ghana', 2], ['Bosnia, Herzegovina', 1], ['A "quoted"\nname', null]]);
    expect(csv).toBe('\uFEFFCountry,Count\r\nGhana,2\r\n"Bosnia, Herzegovina",1\r\n"A ""quoted""\nname",\r\n');
  });

  it('does not let a spreadsheet run text as a formula', () => {
    expect(toCsv(['Title'], [['=HYPERLINK("x")'], ['+1'], ['@SUM(A1)']])).toBe(`\uFEFFTitle\r\n"'=HYPERLINK(""x"")"\r\n'+1\r\n'@SUM(A1)\r\n`);
    // Numbers are numbers, negative ones included.
    expect(toCsv(['n'], [[-1]])).toBe('\uFEFFn\r\n-1\r\n');
  });
});
