// Rows → CSV text as the contract wants it: RFC 4180, UTF-8 BOM, CRLF, header row, formula cells
// defused with a leading `'`, lists joined with `; `. Pure; csv-stringify does the quoting.
import { stringify } from 'csv-stringify/sync';

export interface CsvColumn<Row> {
  header: string;
  value: (row: Row) => string | number | boolean | null | undefined | readonly (string | null)[];
}

export interface CsvOptions {
  /** `;` for Swedish Excel (`?sep=semicolon`), `,` otherwise. */
  delimiter?: ',' | ';';
}

const cell = (v: ReturnType<CsvColumn<unknown>['value']>): string => {
  if (v === null || v === undefined) return '';
  if (Array.isArray(v)) return v.filter((x) => x !== null && x !== '').join('; ');
  return String(v);
};

export function toCsv<Row>(
  columns: readonly CsvColumn<Row>[],
  rows: readonly Row[],
  options: CsvOptions = {},
): string {
  return stringify(
    rows.map((row) => columns.map((c) => cell(c.value(row)))),
    {
      bom: true,
      header: true,
      columns: columns.map((c) => c.header),
      delimiter: options.delimiter ?? ',',
      record_delimiter: '\r\n',
      escape_formulas: true,
      quoted_match: /[\r\n]/,
    },
  );
}
