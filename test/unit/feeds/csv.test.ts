import { describe, expect, it } from 'vitest';
import { toCsv } from '../../../shared/feeds/csv.ts';

type Row = { a: string | null; list: string[] };
const columns = [
  { header: 'a', value: (r: Row) => r.a },
  { header: 'list', value: (r: Row) => r.list },
];
const bytesOf = (s: string) => [...Buffer.from(s, 'utf8')];

describe('toCsv', () => {
  it('returns UTF-8 with a BOM, a header row and CRLF line ends', () => {
    const csv = toCsv(columns, [{ a: 'Åsa', list: [] }]);

    expect(bytesOf(csv).slice(0, 3)).toEqual([0xef, 0xbb, 0xbf]);
    expect(csv.slice(1)).toBe('a,list\r\nÅsa,\r\n');
  });

  it('returns formula cells prefixed with an apostrophe', () => {
    const rows = ['=SUM(A1)', '+1', '-1', '@x', '\tt', '\rr'].map((a) => ({ a, list: [] }));

    const lines = toCsv(columns, rows).slice(1).split('\r\n');

    expect(lines.slice(1, 5)).toEqual(["'=SUM(A1),", "'+1,", "'-1,", "'@x,"]);
    expect(lines[5]).toBe("'\tt,");
    expect(lines.slice(6).join('\r\n')).toMatch(/^"'\rr",/);
  });

  it('returns lists joined with "; " and quotes cells holding the delimiter or quotes', () => {
    const csv = toCsv(columns, [{ a: 'say "hi", then', list: ['x', 'y'] }]);

    expect(csv.slice(1).split('\r\n')[1]).toBe('"say ""hi"", then",x; y');
  });

  it('returns semicolon-separated cells when asked (Swedish Excel)', () => {
    const csv = toCsv(columns, [{ a: 'a;b', list: ['x'] }], { delimiter: ';' });

    expect(csv.slice(1).split('\r\n')).toEqual(['a;list', '"a;b";x', '']);
  });

  it('returns empty cells for null', () => {
    expect(toCsv(columns, [{ a: null, list: [] }]).slice(1)).toBe('a,list\r\n,\r\n');
  });
});
