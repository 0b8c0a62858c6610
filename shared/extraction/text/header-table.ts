// Header tables: a row of label cells, usually over a row of value cells in the same columns.
import { DNR_LABEL_CELL_RE, HEADER_LABEL_RE, NAME_LABEL_RE } from '../rules/header-table-rules.ts';
import type { TextLine } from './document-text.ts';

/**
 * A row of header labels (`Sammanträdesdatum | Paragraf | Diarienummer`). Its first cell may be the
 * letterhead's own column instead (`Kommunledningsförvaltningen | Datum | Diarienummer`, with the
 * office's unit under it in the value row), so two label cells after it are enough.
 */
export function isLabelRow(line: TextLine): boolean {
  const { cells } = line;
  if (cells.length < 2) return false;
  const labels = cells.filter((c) => HEADER_LABEL_RE.test(c.trim())).length;
  return (
    labels === cells.length ||
    (labels >= 2 && labels === cells.length - 1 && !HEADER_LABEL_RE.test(cells[0]?.trim() ?? ''))
  );
}

/**
 * The row under a label row when it holds that row's values (the same number of cells or fewer):
 * numbers and dates, or names when the labels ask for people and addressees (`Handläggare | Mottagare`).
 */
export function isValueRow(labels: TextLine, line: TextLine | undefined): boolean {
  if (!line || isLabelRow(line)) return false;
  if (line.cells.length < 2 || line.cells.length > labels.cells.length) return false;
  return /\d/u.test(line.text) || labels.cells.every((c) => NAME_LABEL_RE.test(c.trim()));
}

/** The value under a label row's case-number label, if the row has one. */
export function tableDnrValue(labels: TextLine, values: TextLine | undefined): string | null {
  if (!isValueRow(labels, values)) return null;
  const at = labels.cells.findIndex((c) => DNR_LABEL_CELL_RE.test(c.trim()));
  return at >= 0 ? (values?.cells[at]?.trim() ?? null) || null : null;
}
