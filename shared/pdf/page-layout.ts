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
  for (const { item, blank } of runs) {
    if (blank) continue;
    const itemSize = item.size > 0 ? item.size : 10;
    const gap = item.x - lastEnd;
    if (cellText && gap > CELL_GAP * Math.max(itemSize, lastSize)) {
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

/** Every page's lines, top to bottom, with the document's typography measured over all of them. */
export function layoutPages(pages: readonly PositionedPage[]): DocumentLayout {
  const lines: LayoutLine[] = [];
  pages.forEach((page, index) => {
    let previous: LayoutLine | null = null;
    for (const group of groupLines(Array.isArray(page.items) ? page.items : [])) {
      const line = buildLine(group, index + 1, page.height);
      if (!line) continue;
      line.gapBefore = previous ? line.y - previous.y : null;
      lines.push(line);
      previous = line;
    }
  });
  return { lines, typography: measureTypography(lines) };
}
