// Tesseract's lines and words (pixel boxes on a rendered page) → the positioned runs pdf.js gives for
// a text layer (PDF points, baseline from the top), so the layout and extraction code read an OCR'd
// page exactly like a digital one. Pure: no engine, no image; the engine adapter fills OcrPageResult.
import type { PositionedItem, PositionedPage } from '../positioned-text.ts';

/** A box in image pixels, origin top-left. */
export interface PixelBox {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

export interface OcrWord {
  text: string;
  /** Tesseract's word confidence, 0–100. */
  confidence: number;
  box: PixelBox;
}

export interface OcrLine {
  words: OcrWord[];
  box: PixelBox;
  /** Tesseract's fitted baseline, left and right end. */
  baseline: PixelBox;
  /** Ascender to descender height of the row (about the font size), in pixels. */
  rowHeight: number;
}

/** One rendered page as the engine read it. */
export interface OcrPageResult {
  /** Pixels per inch of the image the engine read. */
  dpi: number;
  /** Tesseract's mean text confidence of the page, 0–100. */
  confidence: number;
  lines: OcrLine[];
}

/** The font key of OCR'd runs: one key, since a scan tells no fonts apart. */
export const OCR_FONT = 'ocr';
/** Specks and rules read as `|`, `—`, `.` with no letter or digit are dropped below this confidence. */
const SPECK_MAX_CONFIDENCE = 40;
const HAS_LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

const round = (n: number) => Math.round(n * 100) / 100;

/** The line's baseline in pixels: the fitted one when Tesseract gave one, else the box's bottom. */
function baselineOf(line: OcrLine): number {
  const { y0, y1 } = line.baseline;
  const fitted = (y0 + y1) / 2;
  if (Number.isFinite(fitted) && fitted > line.box.y0 && fitted <= line.box.y1) return fitted;
  return line.box.y1;
}

/**
 * The page's runs, one per word, each on its line's baseline (a slightly skewed line stays one line)
 * with the line's row height as its size. `page` is the page size in points the image was rendered
 * from; the image may have been rendered at any dpi.
 */
export function toPositionedOcrPage(
  result: OcrPageResult,
  page: { width: number; height: number },
): PositionedPage {
  const toPoints = 72 / result.dpi;
  const items: PositionedItem[] = [];
  for (const line of result.lines) {
    const y = round(baselineOf(line) * toPoints);
    const size = round(
      Math.max(1, line.rowHeight > 0 ? line.rowHeight : line.box.y1 - line.box.y0) * toPoints,
    );
    const words = line.words.filter((word) => {
      const text = word.text.trim();
      return text && (HAS_LETTER_OR_DIGIT.test(text) || word.confidence >= SPECK_MAX_CONFIDENCE);
    });
    for (const [i, word] of words.entries()) {
      // Tesseract already decided where words end: each carries its space, as a text layer's
      // space runs do, since a narrow gap in a coarse scan would otherwise join two words
      const str = i < words.length - 1 ? `${word.text.trim()} ` : word.text.trim();
      items.push({
        str,
        x: round(word.box.x0 * toPoints),
        y,
        width: round(Math.max(0, word.box.x1 - word.box.x0) * toPoints),
        size,
        font: OCR_FONT,
      });
    }
  }
  return { width: page.width, height: page.height, items };
}

/** Sizes within this fraction of the body size are the body size: a scan cannot tell 10.6 pt from 11. */
const BODY_SIZE_TOLERANCE = 0.1;

/** The font size carrying most characters of the given runs, to half a point. */
export function mostCommonSize(items: readonly PositionedItem[]): number | null {
  const weights = new Map<number, number>();
  for (const item of items) {
    const key = Math.round(item.size * 2) / 2;
    weights.set(key, (weights.get(key) ?? 0) + item.str.length);
  }
  let mode: number | null = null;
  let most = -1;
  for (const [size, n] of weights)
    if (n > most) {
      mode = size;
      most = n;
    }
  return mode;
}

/**
 * Measured row heights scatter by a few per cent from line to line, where a text layer repeats one
 * font size exactly; the layout code takes a line 8 % above the body size for a heading. So every
 * OCR run whose size is near the OCR'd text's most common size gets exactly that size, and the rest
 * are rounded to half points. In a mixed document `textBodySize` (the text-layer pages' body size)
 * wins when it is near, so both kinds of page share one body size. Works in place on OCR runs only.
 */
export function snapOcrSizes(pages: readonly PositionedPage[], textBodySize: number | null = null): void {
  const runs = pages.flatMap((p) => p.items.filter((i) => i.font === OCR_FONT));
  if (runs.length === 0) return;
  // the most common size, then the character-weighted mean of the sizes near it
  const mode = mostCommonSize(runs) ?? 0;
  let sum = 0;
  let chars = 0;
  for (const run of runs) {
    if (Math.abs(run.size - mode) > mode * BODY_SIZE_TOLERANCE) continue;
    sum += run.size * run.str.length;
    chars += run.str.length;
  }
  const measured = chars > 0 ? Math.round((sum / chars) * 2) / 2 : mode;
  const body =
    textBodySize !== null && Math.abs(textBodySize - measured) <= measured * BODY_SIZE_TOLERANCE * 1.5
      ? textBodySize
      : measured;
  for (const run of runs) {
    run.size = Math.abs(run.size - body) <= body * BODY_SIZE_TOLERANCE ? body : Math.round(run.size * 2) / 2;
  }
}
