// What the ingest and the OCR stage know from the text pass and the raw bytes alone: which pages lack
// a text layer, whether the file has images at all, and how large its images claim to be.
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  findPagesLackingText,
  hasImages,
  listDeclaredImages,
} from '../../../../shared/pdf/ocr/scanned-pages.ts';
import type { PositionedPage } from '../../../../shared/pdf/positioned-text.ts';
import { textPdf } from '../../../fixtures/hostile/text-pdf.ts';
import { imageOnlyPdf, readPbm } from '../../../fixtures/ocr/image-pdf.ts';

const fixture = (p: string) => fs.readFileSync(new URL(`../../../fixtures/${p}`, import.meta.url));
const tinyBilevel = readPbm(Buffer.concat([Buffer.from('P4\n8 2\n', 'latin1'), Buffer.from([0xff, 0x00])]));

const page = (...strings: string[]): PositionedPage => ({
  width: 595,
  height: 842,
  items: strings.map((str, i) => ({ str, x: 50, y: 50 + i * 12, width: 100, size: 11, font: 'F1' })),
});

describe('findPagesLackingText', () => {
  it('names the pages with fewer than 25 visible characters, not counting spaces', () => {
    const pages = [
      page('Kommunstyrelsen föreslår kommunfullmäktige att bifalla motionen.'),
      page('2 (3)'),
      page(' '.repeat(40), 'Sida 3'),
    ];

    expect(findPagesLackingText(pages)).toEqual([2, 3]);
  });
});

describe('listDeclaredImages', () => {
  it("reads every image's declared size from the raw bytes, shared images once", () => {
    const bytes = imageOnlyPdf([
      { bilevel: tinyBilevel },
      { bilevel: tinyBilevel },
      { bilevel: { ...tinyBilevel }, declare: { width: 60_000, height: 50_000 } },
    ]);

    expect(listDeclaredImages(bytes)).toEqual([
      { width: 8, height: 2 },
      { width: 60_000, height: 50_000 },
    ]);
  });

  it('finds the page images of the committed scans and none in a text PDF', () => {
    expect(hasImages(fixture('ocr/38-lund-vegetarisk-norm.scan-300dpi.pdf'))).toBe(true);
    expect(hasImages(fixture('ocr/38-lund-vegetarisk-norm.mixed.pdf'))).toBe(true);
    expect(hasImages(textPdf([['Yttrande över förslaget', 'Förvaltningen har inga synpunkter.']]))).toBe(
      false,
    );
  });
});
