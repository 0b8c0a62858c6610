// Header tables: a row of label cells, usually over a row of value cells in the same columns.
import { DNR_LABEL_CELL_RE, HEADER_LABEL_RE } from '../rules/header-table-rules.ts';
import type { TextLine } from './document-text.ts';

/** A row whose every cell is a header label (`Sammanträdesdatum | Paragraf | Diarienummer`). */
export function isLabelRow(line: TextLine): boolean {
  return line.cells.length >= 2 && line.cells.every((c) => HEADER_LABEL_RE.test(c.trim()));
}

/** The row under a label row when it holds that row's values (the same number of cells or fewer). */
export function isValueRow(labels: TextLine, line: TextLine | undefined): boolean {
  if (!line || isLabelRow(line)) return false;
  return line.cells.length >= 2 && line.cells.length <= labels.cells.length && /\d/u.test(line.text);
}

/** The value under a label row's case-number label, if the row has one. */
export function tableDnrValue(labels: TextLine, values: TextLine | undefined): string | null {
  if (!isValueRow(labels, values)) return null;
  const at = labels.cells.findIndex((c) => DNR_LABEL_CELL_RE.test(c.trim()));
  return at >= 0 ? (values?.cells[at]?.trim() ?? null) || null : null;
}
