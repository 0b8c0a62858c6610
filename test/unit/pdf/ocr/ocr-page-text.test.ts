// Tesseract's boxes become the same positioned runs a text layer gives, so the layout code finds the
// same lines, paragraph gaps and side-by-side cells in a scan as in the digital original.
import { describe, expect, it } from 'vitest';
import {
  type OcrLine,
  type OcrPageResult,
  snapOcrSizes,
  toPositionedOcrPage,
} from '../../../../shared/pdf/ocr/ocr-page-text.ts';
import { layoutPages } from '../../../../shared/pdf/page-layout.ts';
import type { PositionedPage } from '../../../../shared/pdf/positioned-text.ts';

const DPI = 300;
const px = (pt: number) => (pt * DPI) / 72;
const A4 = { width: 595.28, height: 841.89 };

/** A line of words set at `x` (points) on baseline `y`, each word `size` points high, 5 pt apart. */
function line(words: string[], x: number, y: number, size = 11, confidence = 95): OcrLine {
  let at = x;
  const boxes = words.map((text) => {
    const width = text.length * size * 0.5;
    const box = { x0: px(at), y0: px(y - size * 0.75), x1: px(at + width), y1: px(y + size * 0.25) };
    at += width + size * 0.3;
    return { text, confidence, box };
  });
  return {
    words: boxes,
    box: { x0: px(x), y0: px(y - size * 0.75), x1: px(at), y1: px(y + size * 0.25) },
    // a fitted baseline that drops 1 px over the line: a hair of skew left after deskewing
    baseline: { x0: px(x), y0: px(y), x1: px(at), y1: px(y) + 1 },
    rowHeight: px(size),
  };
}

const page = (lines: OcrLine[]): OcrPageResult => ({ dpi: DPI, confidence: 93, lines });

describe('toPositionedOcrPage', () => {
  it('puts every word of a line on one baseline in points, sized by the row height', () => {
    const result = toPositionedOcrPage(page([line(['Kommunstyrelsen', 'föreslår'], 85, 100)]), A4);

    expect(result.width).toBe(A4.width);
    expect(result.items.map((i) => i.y)).toEqual([result.items[0]?.y, result.items[0]?.y]);
    expect(result.items[0]?.y).toBeCloseTo(100, 0);
    expect(result.items[0]?.x).toBeCloseTo(85, 1);
    expect(result.items.every((i) => Math.abs(i.size - 11) < 0.05)).toBe(true);
  });

  it('keeps the word breaks Tesseract found, even where the gap is narrow', () => {
    const tight = line(['för', 'förskola'], 85, 100);
    const second = tight.words[1];
    if (second) second.box.x0 = tight.words[0]!.box.x1 + 1;

    const { lines } = layoutPages([toPositionedOcrPage(page([tight]), A4)]);

    expect(lines[0]?.text).toBe('för förskola');
  });

  it('drops specks read as punctuation with a low confidence, and keeps words', () => {
    const specks = line(['|', 'Beredning', '—'], 85, 100);
    specks.words[0]!.confidence = 12;
    specks.words[2]!.confidence = 20;

    const result = toPositionedOcrPage(page([specks]), A4);

    expect(result.items.map((i) => i.str.trim())).toEqual(['Beredning']);
  });

  it('reads as lines, paragraph gaps and side-by-side cells through the layout code', () => {
    const ocr = page([
      line(['Ärendet'], 85, 100, 13),
      line(['Stadsdelsnämnden', 'beslutade', 'att', 'hemställa'], 85, 122),
      line(['hos', 'kommunstyrelsen', 'om', 'en'], 85, 135),
      line(['ny', 'förskola.'], 85, 148),
      line(['Lokalerna', 'ska', 'uppföras', 'av'], 85, 174),
      line(['en', 'privat', 'fastighetsägare.'], 85, 187),
      line(['Beredning'], 85, 215, 13),
      line(['Anna', 'Berg'], 85, 300),
      line(['Per', 'Holm'], 330, 300),
    ]);
    const positioned = toPositionedOcrPage(ocr, A4);
    snapOcrSizes([positioned]);

    const { lines, typography } = layoutPages([positioned]);

    expect(lines.map((l) => l.text)).toEqual([
      'Ärendet',
      'Stadsdelsnämnden beslutade att hemställa',
      'hos kommunstyrelsen om en',
      'ny förskola.',
      'Lokalerna ska uppföras av',
      'en privat fastighetsägare.',
      'Beredning',
      'Anna Berg Per Holm',
    ]);
    expect(typography.bodySize).toBe(11);
    expect(typography.leading).toBeCloseTo(13, 0);
    expect(lines.filter((l) => l.size > typography.bodySize).map((l) => l.text)).toEqual([
      'Ärendet',
      'Beredning',
    ]);
    expect(lines[7]?.cells.map((c) => c.text)).toEqual(['Anna Berg', 'Per Holm']);
    // a paragraph's second line follows at the leading; a new paragraph is set further down
    const opensParagraph = lines.map((l) => (l.gapBefore ?? 0) > typography.leading * 1.35);
    expect(opensParagraph.slice(1, 6)).toEqual([true, false, false, true, false]);
  });
});

describe('snapOcrSizes', () => {
  const run = (size: number, str = 'ordet') => ({ str, x: 0, y: 0, width: 10, size, font: 'ocr' });

  it('gives runs near the most common size exactly that size, and keeps larger ones apart', () => {
    const scattered: PositionedPage = {
      width: 595,
      height: 842,
      items: [run(10.6), run(11.2), run(10.9), run(10.8), run(13.4, 'Rubrik')],
    };

    snapOcrSizes([scattered]);

    const sizes = scattered.items.map((i) => i.size);
    expect(new Set(sizes.slice(0, 4)).size).toBe(1);
    expect(sizes[4]).toBeGreaterThan((sizes[0] ?? 0) * 1.08);
  });

  it("uses the text layer's body size in a mixed document when it is near", () => {
    const scanned: PositionedPage = { width: 595, height: 842, items: [run(10.4), run(10.6), run(10.5)] };
    const digital: PositionedPage = {
      width: 595,
      height: 842,
      items: [{ ...run(11), font: 'F1' }],
    };

    snapOcrSizes([scanned, digital], 11);

    expect(scanned.items.map((i) => i.size)).toEqual([11, 11, 11]);
    expect(digital.items[0]?.size).toBe(11);
  });
});
