// The capped OCR thread, with real pdf.js rendering and real Tesseract: a mixed document is read from
// its text layer where it has one and by OCR where it has not; page bombs, image bombs and oversized
// pages end `too_large` before anything is rendered; wall time and memory end a read as `timeout` /
// `too_large`, and the reader keeps serving. OCR is slow on shared cores: one page is read for real.
import fs from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { DEFAULT_OCR_MIN_CONFIDENCE } from '../../../../shared/ocr/ocr-quality.ts';
import { extractText } from '../../../../shared/pdf/extract-text.ts';
import { IsolatedOcrReader } from '../../../../shared/pdf/ocr/isolated-ocr-reader.ts';
import { PdfReadError } from '../../../../shared/pdf/pdf-errors.ts';
import type { PositionedPage } from '../../../../shared/pdf/positioned-text.ts';
import { imageOnlyPdf, readPbm } from '../../../fixtures/ocr/image-pdf.ts';

const fixture = (p: string) => fs.readFileSync(new URL(`../../../fixtures/${p}`, import.meta.url));
const SOURCE = '38-lund-vegetarisk-norm';
const tinyBilevel = () =>
  readPbm(Buffer.concat([Buffer.from('P4\n8 2\n', 'latin1'), Buffer.from([0xff, 0])]));

const LIMITS = { dpi: 300, maxOcrPages: 20, maxPages: 200, maxPagePixels: 40e6, maxImagePixels: 150e6 };

async function reasonOf(promise: Promise<unknown>): Promise<string> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(PdfReadError);
  return (error as PdfReadError).reason;
}

/** Lower-case words of a page, punctuation stripped: what a reader would search for. */
function wordsOf(page: PositionedPage | undefined): string[] {
  const text = (page?.items ?? []).map((i) => i.str).join(' ');
  return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** Share of `expected`'s words (with repeats) found among `actual`'s. */
function recall(expected: readonly string[], actual: readonly string[]): number {
  const left = new Map<string, number>();
  for (const w of actual) left.set(w, (left.get(w) ?? 0) + 1);
  let found = 0;
  for (const w of expected) {
    const n = left.get(w) ?? 0;
    if (n > 0) {
      found++;
      left.set(w, n - 1);
    }
  }
  return found / expected.length;
}

describe('IsolatedOcrReader', () => {
  const readers: IsolatedOcrReader[] = [];
  const newReader = (options: Partial<ConstructorParameters<typeof IsolatedOcrReader>[0]> = {}) => {
    const reader = new IsolatedOcrReader({
      timeoutMs: 120_000,
      memoryMb: 1536,
      maxInflatedBytes: 64 * 2 ** 20,
      limits: LIMITS,
      ...options,
    });
    readers.push(reader);
    return reader;
  };
  afterAll(async () => {
    await Promise.all(readers.map((r) => r.close()));
  });

  it("reads a mixed document's text layer as it is and OCRs only its scanned page", async () => {
    const digital = await extractText(fixture(`corpus/${SOURCE}.pdf`));
    const progress: { done: number; total: number }[] = [];

    const text = await newReader().read(fixture(`ocr/${SOURCE}.mixed.pdf`), {
      onProgress: (p) => progress.push(p),
    });

    expect(text.readings.map((r) => r.source)).toEqual(['text', 'ocr']);
    expect(text.pages[0]).toEqual(digital.pages[0]);
    expect(text.readings[1]?.dpi).toBe(300);
    expect(text.readings[1]?.confidence).toBeGreaterThanOrEqual(DEFAULT_OCR_MIN_CONFIDENCE);
    expect(recall(wordsOf(digital.pages[1]), wordsOf(text.pages[1]))).toBeGreaterThan(0.95);
    expect(text.pages[1]?.items.every((i) => i.font === 'ocr')).toBe(true);
    expect(progress).toEqual([{ done: 1, total: 1 }]);
  }, 180_000);

  it('refuses a page bomb on its page count before reading any page', async () => {
    const image = tinyBilevel();
    const bomb = imageOnlyPdf(Array.from({ length: LIMITS.maxPages + 1 }, () => ({ bilevel: image })));

    expect(await reasonOf(newReader().read(bomb))).toBe('too_large');
  });

  it('refuses more pages without a text layer than the OCR limit', async () => {
    const image = tinyBilevel();
    const scans = imageOnlyPdf(Array.from({ length: 3 }, () => ({ bilevel: image })));

    const reader = newReader({ limits: { ...LIMITS, maxOcrPages: 2 } });

    expect(await reasonOf(reader.read(scans))).toBe('too_large');
  });

  it('refuses an image that declares more pixels than the limit before decoding it', async () => {
    const bomb = imageOnlyPdf([{ bilevel: tinyBilevel(), declare: { width: 200_000, height: 100_000 } }]);

    expect(await reasonOf(newReader().read(bomb))).toBe('too_large');
  });

  it('refuses a page too large to render at a readable resolution within the pixel limit', async () => {
    // 200 × 200 inches, the largest page PDF allows: 3.6 gigapixels at 300 dpi
    const poster = imageOnlyPdf([{ bilevel: tinyBilevel(), width: 14_400, height: 14_400 }]);

    expect(await reasonOf(newReader().read(poster))).toBe('too_large');
  });

  it('ends a read past its wall time as timeout, and keeps serving after it', async () => {
    const reader = newReader({ timeoutMs: 1_500 });
    const scan = fixture(`ocr/${SOURCE}.scan-300dpi.pdf`);
    const image = tinyBilevel();
    const bomb = imageOnlyPdf(Array.from({ length: LIMITS.maxPages + 1 }, () => ({ bilevel: image })));

    expect(await reasonOf(reader.read(scan))).toBe('timeout');
    expect(await reasonOf(reader.read(bomb))).toBe('too_large');
  }, 60_000);

  it('ends a read that grows the process past its memory cap as too_large', async () => {
    const reader = newReader({ memoryMb: 40 });

    expect(await reasonOf(reader.read(fixture(`ocr/${SOURCE}.scan-300dpi.pdf`)))).toBe('too_large');
  }, 60_000);
});
