// Positioned runs → the lines a reader sees: runs on one baseline joined left to right, wide gaps
// kept as cell boundaries (two signers side by side, a header table's columns), and per line its
// size, font, vertical gap and position, so headings, paragraphs and page edges can be told apart.
// Pure and council-agnostic: it knows typography, not documents.
import type { PositionedItem, PositionedPage } from './positioned-text.ts';

export interface LayoutCell {
  text: string;
  x: number;
}

export interface LayoutLine {
  text: string;
  /** Runs separated by a gap wider than a few characters: columns side by side. */
  cells: LayoutCell[];
  /** 1-based page. */
  page: number;
  x: number;
  /** Baseline from the top of the page. */
  y: number;
  /** Largest font size on the line. */
  size: number;
  /** The font carrying most of the line's characters. */
  font: string;
  /** Distance from the previous line's baseline on the same page; null for a page's first line. */
  gapBefore: number | null;
  /** Where the line sits vertically, 0 (top) … 1 (bottom). */
  position: number;
}

export interface LayoutTypography {
  /** The font size that carries most of the document's characters. */
  bodySize: number;
  /** The font that carries most of the document's characters. */
  bodyFont: string;
  /** The usual distance between baselines of body-text lines. */
  leading: number;
}

export interface DocumentLayout {
  lines: LayoutLine[];
  typography: LayoutTypography;
}

/** Runs closer than this share a line (fraction of the larger font size). */
const SAME_LINE = 0.45;
/** A gap wider than this many font sizes between runs is a column boundary, not a word space. */
const CELL_GAP = 3;
/** A blank run this many ems wide sets two columns apart (`Kristina Lind          Lars Holm`), though the gap is under CELL_GAP. */
const BLANK_COLUMN_GAP = 2;
/** A gap wider than this fraction of the font size gets a space when the runs carry none. */
const WORD_GAP = 0.15;
/** A gap this wide (fraction of the font size) is kept as two spaces: letter-spaced names' word break. */
const WIDE_GAP = 0.6;
/** Guards against pathological input: items beyond this per page are ignored. */
const MAX_ITEMS_PER_PAGE = 50_000;

interface Run {
  item: PositionedItem;
  blank: boolean;
}

function groupLines(items: readonly PositionedItem[]): PositionedItem[][] {
  const sorted = items
    .slice(0, MAX_ITEMS_PER_PAGE)
    .filter((i) => Number.isFinite(i.x) && Number.isFinite(i.y) && typeof i.str === 'string')
    .sort((a, b) => a.y - b.y || a.x - b.x);
  const lines: PositionedItem[][] = [];
  let current: PositionedItem[] = [];
  let lineY = Number.NaN;
  let lineSize = 0;
  for (const item of sorted) {
    const size = item.size > 0 ? item.size : 10;
    if (current.length > 0 && Math.abs(item.y - lineY) <= SAME_LINE * Math.max(size, lineSize)) {
      current.push(item);
      if (item.str.trim() && size > lineSize) lineSize = size;
      continue;
    }
    if (current.length > 0) lines.push(current);
    current = [item];
    lineY = item.y;
    lineSize = size;
  }
  if (current.length > 0) lines.push(current);
  return lines;
}

/**
 * In a letter-spaced line (`A N N A  S T R Ö M`, one glyph per run) the word break is a gap wider
 * than the letter spacing, often only slightly: the gaps between single-letter runs are compared
 * with their own median rather than with the font size.
 */
function letterSpacedBreaks(runs: readonly Run[]): Set<PositionedItem> | null {
  const letters = runs.filter((r) => !r.blank);
  if (letters.length < 5 || letters.some((r) => r.item.str.trim().length > 1)) return null;
  const gaps: number[] = [];
  for (let i = 1; i < letters.length; i++) {
    const prev = letters[i - 1]?.item;
    const cur = letters[i]?.item;
    if (prev && cur) gaps.push(cur.x - (prev.x + prev.width));
  }
  const sorted = [...gaps].sort((a, b) => a - b);
  const median = sorted[Math.floor(sorted.length / 2)] ?? 0;
  const breaks = new Set<PositionedItem>();
  gaps.forEach((g, i) => {
    const item = letters[i + 1]?.item;
    if (item && g > Math.max(median * 1.3, median + 0.8)) breaks.add(item);
  });
  return breaks;
}

function buildLine(items: PositionedItem[], page: number, pageHeight: number): LayoutLine | null {
  const runs: Run[] = items.sort((a, b) => a.x - b.x).map((item) => ({ item, blank: !item.str.trim() }));
  const spacedBreaks = letterSpacedBreaks(runs);
  const cells: LayoutCell[] = [];
  let cellText = '';
  let cellX = 0;
  let lastEnd = Number.NaN;
  let lastSize = 0;
  const fontChars = new Map<string, number>();
  let size = 0;
  // a blank as wide as a column gap (pdf.js's one item for a row of spaces) sets columns apart;
  // on a justified line every word gap is stretched alike, so one must stand out from the others
  // (the line's blank widths are sorted only for a line that has such a wide blank at all)
  let blankWidths: number[] | null = null;
  const isColumnGap = (item: PositionedItem) => {
    if (item.width <= BLANK_COLUMN_GAP * (item.size > 0 ? item.size : 10)) return false;
    blankWidths ??= runs
      .filter((r) => r.blank)
      .map((r) => r.item.width)
      .sort((a, b) => a - b);
    const medianBlank = blankWidths[Math.floor(blankWidths.length / 2)] ?? 0;
    return blankWidths.length <= 2 || item.width > 3 * medianBlank;
  };
  /** The previous run was such a blank. */
  let wideBlank = false;
  /** The gap before each cell after the first. */
  const cellGaps: number[] = [];
  for (const { item, blank } of runs) {
    if (blank) {
      wideBlank ||= isColumnGap(item);
      continue;
    }
    const itemSize = item.size > 0 ? item.size : 10;
    const gap = item.x - lastEnd;
    const apart = wideBlank;
    wideBlank = false;
    if (cellText && (apart || gap > CELL_GAP * Math.max(itemSize, lastSize))) {
      cellGaps.push(gap);
      cells.push({ text: cellText.trim(), x: cellX });
      cellText = '';
    }
    if (!cellText) cellX = item.x;
    else if (gap > WIDE_GAP * itemSize || spacedBreaks?.has(item)) cellText = `${cellText.trimEnd()}  `;
    else if (spacedBreaks) cellText = `${cellText.trimEnd()} `;
    else if (gap > WORD_GAP * itemSize && !/\s$/u.test(cellText) && !/^\s/u.test(item.str)) cellText += ' ';
    cellText += /\s$/u.test(cellText) ? item.str.trimStart() : item.str;
    lastEnd = item.x + Math.max(0, item.width);
    lastSize = itemSize;
    size = Math.max(size, itemSize);
    fontChars.set(item.font, (fontChars.get(item.font) ?? 0) + item.str.length);
  }
  if (cellText.trim()) cells.push({ text: cellText.trim(), x: cellX });
  if (cells.length === 0) return null;
  // a short justified line stretches its word gaps past the cell gap, all alike: words, not columns
  // (`utbildningsnämnden,      arbetsmarknadsnämnden      och      kommunstyrelsens`)
  if (
    cells.length >= 3 &&
    cellGaps.length === cells.length - 1 &&
    cells.every((c) => !/\s\S+\s/u.test(c.text)) &&
    cells.some((c) => /^\p{Ll}/u.test(c.text)) &&
    Math.max(...cellGaps) <= 1.05 * Math.min(...cellGaps)
  )
    cells.splice(0, cells.length, { text: cells.map((c) => c.text).join(' '), x: cells[0]?.x ?? 0 });
  const text = cells.map((c) => c.text).join(' ');
  let font = '';
  let most = -1;
  for (const [f, n] of fontChars)
    if (n > most) {
      font = f;
      most = n;
    }
  const y = items[0]?.y ?? 0;
  return {
    text,
    cells,
    page,
    x: cells[0]?.x ?? 0,
    y,
    size,
    font,
    gapBefore: null,
    position: pageHeight > 0 ? Math.min(1, Math.max(0, y / pageHeight)) : 0,
  };
}

function mostCommon(weights: Map<number | string, number>): number | string | undefined {
  let best: number | string | undefined;
  let most = -1;
  for (const [key, n] of weights)
    if (n > most) {
      best = key;
      most = n;
    }
  return best;
}

function measureTypography(lines: readonly LayoutLine[]): LayoutTypography {
  const sizes = new Map<number | string, number>();
  const fonts = new Map<number | string, number>();
  for (const l of lines) {
    const rounded = Math.round(l.size * 2) / 2;
    sizes.set(rounded, (sizes.get(rounded) ?? 0) + l.text.length);
    fonts.set(l.font, (fonts.get(l.font) ?? 0) + l.text.length);
  }
  const bodySize = Number(mostCommon(sizes) ?? 11);
  const gaps = new Map<number | string, number>();
  for (const l of lines) {
    if (l.gapBefore === null || Math.abs(l.size - bodySize) > 0.6) continue;
    const g = Math.round(l.gapBefore * 2) / 2;
    if (g > 0 && g < bodySize * 3) gaps.set(g, (gaps.get(g) ?? 0) + 1);
  }
  return {
    bodySize,
    bodyFont: String(mostCommon(fonts) ?? ''),
    leading: Number(mostCommon(gaps) ?? bodySize * 1.2),
  };
}

/** The top of the first page, where a letterhead's columns are not a table of rows. */
const LETTERHEAD_ZONE = 0.3;
/** Column starts closer than this (points) are the same column. */
const COLUMN_TOLERANCE = 3;

/** Where a line's runs start after a gap wider than a word space: its column starts. */
function runStarts(items: readonly PositionedItem[]): number[] {
  const runs = items.filter((i) => i.str.trim()).sort((a, b) => a.x - b.x);
  const starts: number[] = [];
  let lastEnd = Number.NEGATIVE_INFINITY;
  for (const item of runs) {
    const size = item.size > 0 ? item.size : 10;
    if (item.x - lastEnd > size * 1.5) starts.push(item.x);
    lastEnd = item.x + Math.max(0, item.width);
  }
  return starts;
}

/**
 * A header row: a line with two or more column starts that the next line repeats (every run of the
 * next line starts at one of them, at least two of them used).
 */
function alignedColumns(
  header: readonly PositionedItem[],
  next: readonly PositionedItem[] | undefined,
): number[] | null {
  if (!next) return null;
  const xs = runStarts(header);
  if (xs.length < 2) return null;
  // a header row holds labels, not sentences
  if (header.some((i) => i.str.trim().split(/\s+/u).length > 4)) return null;
  const used = new Set<number>();
  for (const x of runStarts(next)) {
    const k = xs.findIndex((c) => Math.abs(c - x) <= COLUMN_TOLERANCE);
    if (k < 0) return null;
    used.add(k);
  }
  // a narrow gutter (less than a run-start gap) still starts a column where a run starts at one
  for (const item of next) {
    const k = xs.findIndex((c) => Math.abs(c - item.x) <= COLUMN_TOLERANCE);
    if (k >= 0 && item.str.trim()) used.add(k);
  }
  // (a header of three or more columns whose label wraps: the next line holds only its rest)
  return used.size >= 2 || (used.size === 1 && xs.length >= 3) ? xs : null;
}

function columnOf(item: PositionedItem, columns: readonly number[]): number {
  let col = 0;
  columns.forEach((x, k) => {
    if (item.x >= x - COLUMN_TOLERANCE) col = k;
  });
  return col;
}

/** The runs of a line fit the table's columns: none starts left of it or runs across a column start. */
function fitsColumns(items: readonly PositionedItem[], columns: readonly number[]): boolean {
  const first = columns[0] ?? 0;
  return items.every((item) => {
    if (!item.str.trim()) return true;
    if (item.x < first - COLUMN_TOLERANCE * 2) return false;
    const next = columns[columnOf(item, columns) + 1];
    return next === undefined || item.x + item.width <= next + COLUMN_TOLERANCE;
  });
}

/** The rest of a word broken at a cell's edge: a definite or genitive ending on its own. */
const WORD_END_RE = /^(?:en|et|na|ens|ets|arna|erna|orna|ns)(?=\s|$)/u;
/** A company form on a line of its own is the end of the name above it (`Västerviks Bostads` / `AB`). */
const NAME_END_RE = /^(?:AB|HB|KB|ek\.\s?för\.?)(?:\s+\([^()]*\))?$/u;

function appendWrapped(cell: string, more: string): string {
  if (!cell) return more;
  // a word broken at the cell's edge (`funktions-` / `nedsättning`) is joined back
  if (/\p{L}-$/u.test(cell) && /^\p{Ll}/u.test(more)) return `${cell.slice(0, -1)}${more}`;
  // a word too long for its cell, broken without a hyphen before its definite ending
  // (`Naturskyddsförening` / `en i Västervik`)
  if (/\p{Ll}{6,}$/u.test(cell) && WORD_END_RE.test(more)) return `${cell}${more}`;
  return `${cell} ${more}`;
}

/**
 * A table's rows as lines: after a header row whose columns the next line repeats, each run goes to
 * its column, and a row's wrapped lines (a first column empty or going on in lower case) join the
 * row. The table ends at a line that does not fit the columns or after a wide vertical gap.
 */
function tableRows(
  groups: readonly PositionedItem[][],
  built: readonly (LayoutLine | null)[],
  from: number,
  columns: readonly number[],
  page: number,
  pageHeight: number,
  continued = false,
): { lines: LayoutLine[]; end: number } {
  const lines: LayoutLine[] = [];
  let row: { texts: string[]; line: LayoutLine } | null = null;
  // a table going on from the previous page starts under the running header, at any distance
  let lastY = from > 0 && !continued ? (built[from - 1]?.y ?? 0) : Number.NaN;
  // the rows' type size, taken from the first row (a header is often set smaller or bolder)
  let size: number | null = null;
  let end = from;
  for (; end < groups.length; end++) {
    const items = (groups[end] ?? []).filter((i) => i.str.trim());
    const line = built[end];
    if (!line || items.length === 0) continue;
    const gap = Number.isNaN(lastY) ? 0 : line.y - lastY;
    if (!fitsColumns(items, columns) || gap > line.size * 3) break;
    lastY = line.y;
    const texts = columns.map(() => '');
    for (const item of items.sort((a, b) => a.x - b.x)) {
      const k = columnOf(item, columns);
      texts[k] = texts[k] ? `${texts[k]} ${item.str.trim()}` : item.str.trim();
    }
    // a heading or a mark (`§ 187`) under the table ends it; so does a change of type size
    // (a first cell going on in parentheses, `(2023-09-21, § 88)`, is the row's own)
    if (texts[0] !== '' && !/^[\p{L}\d–•(-]/u.test(texts[0] ?? '')) break;
    if (size !== null && Math.abs(line.size - size) > 1) break;
    if (size === null && texts[0] !== '') size = line.size;
    // (not while the row's first cell has a parenthesis open: `Fritidsnämnden (2023-09-19, §` / `71)`)
    // the other cells going on in lower case from unfinished ones: the row's wrapped lines, whatever
    // the first cell holds (`Hyresgästföreningen` / `Falköping`)
    const othersGoOn =
      row !== null &&
      texts.slice(1).some((t, k) => {
        // (only prose goes on: a date or a short label above is a cell of its own row)
        const above = row?.texts[k + 1] ?? '';
        return /^\p{Ll}/u.test(t) && !/[.!?:]$/u.test(above) && above.split(/\s+/u).length >= 3;
      });
    const opensRow =
      texts[0] !== '' &&
      !othersGoOn &&
      /^[\p{Lu}\d–•-]/u.test(texts[0] ?? '') &&
      !NAME_END_RE.test(texts[0] ?? '') &&
      !/\([^)]*$/u.test(row?.texts[0] ?? '') &&
      // (nor after a first cell that ends in a small word or a hyphen: `Naturskyddsföreningen i` / `Sundsvall`)
      // (or a comma: `Region Stockholm,` / `Trafikförvaltningen`)
      !/(?:\s(?:i|för|och|av|på|med|till)|\p{L}-|,)$/u.test(row?.texts[0] ?? '');
    if (row && !opensRow) {
      row.texts = row.texts.map((t, k) => appendWrapped(t, texts[k] ?? ''));
      continue;
    }
    if (row) lines.push(rowLine(row.texts, columns, row.line, page, pageHeight));
    row = { texts, line };
  }
  if (row) lines.push(rowLine(row.texts, columns, row.line, page, pageHeight));
  return { lines, end };
}

function rowLine(
  texts: readonly string[],
  columns: readonly number[],
  first: LayoutLine,
  page: number,
  pageHeight: number,
): LayoutLine {
  const cells = texts
    .map((text, k) => ({ text: text.replace(/\s+/gu, ' ').trim(), x: columns[k] ?? 0 }))
    .filter((c) => c.text);
  return {
    ...first,
    text: cells.map((c) => c.text).join(' '),
    cells,
    page,
    x: cells[0]?.x ?? first.x,
    position: pageHeight > 0 ? Math.min(1, Math.max(0, first.y / pageHeight)) : 0,
  };
}

/** A line of more than eight words: sentences, not a letterhead's labels and values. */
function holdsProse(items: readonly PositionedItem[]): boolean {
  return (
    items
      .map((i) => i.str)
      .join(' ')
      .trim()
      .split(/\s+/u).length > 8
  );
}

/** Nothing but the page's footer follows line `from`. */
function reachesPageEnd(built: readonly (LayoutLine | null)[], from: number): boolean {
  return built.slice(from).every((l) => l === null || l.position > 1 - FOOTER_ZONE);
}

/** The bottom of a page, where running footers and page numbers stand. */
const FOOTER_ZONE = 0.12;

/** Every page's lines, top to bottom, with the document's typography measured over all of them. */
export function layoutPages(pages: readonly PositionedPage[]): DocumentLayout {
  const lines: LayoutLine[] = [];
  let openColumns: number[] | null = null;
  pages.forEach((page, index) => {
    const groups = groupLines(Array.isArray(page.items) ? page.items : []);
    const built = groups.map((g) => buildLine([...g], index + 1, page.height));
    let previous: LayoutLine | null = null;
    const push = (line: LayoutLine) => {
      line.gapBefore = previous ? line.y - previous.y : null;
      lines.push(line);
      previous = line;
    };
    // a table from the previous page goes on at the top of this one, under its running header,
    // when its columns fit
    let g = 0;
    if (openColumns) {
      const columns = openColumns;
      const fitsTable = (k: number) => {
        const starts = runStarts(groups[k] ?? []);
        return (
          starts.length >= 1 &&
          starts.every((x) => columns.some((c) => Math.abs(c - x) <= COLUMN_TOLERANCE)) &&
          fitsColumns(groups[k] ?? [], columns)
        );
      };
      let first = 0;
      while (first < groups.length && !fitsTable(first) && (built[first]?.position ?? 1) < 0.15) first++;
      if (first < groups.length && fitsTable(first) && runStarts(groups[first] ?? []).length >= 2) {
        for (let k = 0; k < first; k++) {
          const line = built[k];
          if (line) push(line);
        }
        g = first;
      } else openColumns = null;
    }
    if (openColumns) {
      const table = tableRows(groups, built, g, openColumns, index + 1, page.height, true);
      for (const row of table.lines) push(row);
      g = table.end;
      openColumns = reachesPageEnd(built, table.end) ? openColumns : null;
    }
    for (; g < groups.length; g++) {
      const line = built[g];
      if (!line) continue;
      push(line);
      // the first page's letterhead has columns too (office | date, Till | addressee): its rows
      // stay lines of their own
      // (a table of prose in that zone is a table all the same: a page excerpt may start with one)
      const nextIndex = built.findIndex((l, k) => k > g && l !== null);
      if (index === 0 && line.position < LETTERHEAD_ZONE && !holdsProse(groups[nextIndex] ?? [])) continue;
      const columns = alignedColumns(groups[g] ?? [], nextIndex > 0 ? groups[nextIndex] : undefined);
      if (!columns) continue;
      const table = tableRows(groups, built, g + 1, columns, index + 1, page.height);
      for (const row of table.lines) push(row);
      g = table.end - 1;
      // a table that runs to the page's end (or to its footer) may go on on the next page
      openColumns = reachesPageEnd(built, table.end) ? columns : null;
    }
  });
  return { lines, typography: measureTypography(lines) };
}
