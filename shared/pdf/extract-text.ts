// PDF bytes → each page's positioned text runs (pdf.js getTextContent, the engine inside pdf-parse).
// Knows nothing about councils. Unreadable input is a PdfReadError with the contract's reason; it
// never returns partial garbage.
import './pdfjs-runtime.ts';
import * as pdfjs from 'pdfjs-dist/legacy/build/pdf.mjs';
import { PdfReadError } from './pdf-errors.ts';
import { assertLooksLikePdf } from './pdf-header.ts';
import type { PositionedItem, PositionedPage } from './positioned-text.ts';

export { hasPdfHeader } from './pdf-header.ts';

export interface PdfText {
  pages: PositionedPage[];
  /** Characters of text on all pages, not counting whitespace: 0 means a scan without a text layer. */
  textChars: number;
}

interface RawTextItem {
  str: string;
  transform: number[];
  width: number;
  fontName: string;
}

function isRawTextItem(item: unknown): item is RawTextItem {
  return typeof item === 'object' && item !== null && 'str' in item && 'transform' in item;
}

interface Viewport {
  width: number;
  height: number;
  convertToViewportPoint(x: number, y: number): number[];
}

/**
 * pdf.js items → runs in top-left page coordinates (the viewport applies the page's crop box and
 * rotation); empty runs (pdf.js's line-end markers) are dropped.
 */
export function toPositionedItems(items: readonly unknown[], viewport: Viewport): PositionedItem[] {
  const out: PositionedItem[] = [];
  for (const item of items) {
    if (!isRawTextItem(item) || item.str.length === 0) continue;
    const [a = 0, b = 0, c = 0, d = 0, e = 0, f = 0] = item.transform;
    const size = Math.hypot(c, d) || Math.hypot(a, b);
    const [x = 0, y = 0] = viewport.convertToViewportPoint(e, f);
    out.push({
      str: item.str,
      x: round(x),
      y: round(y),
      width: round(item.width),
      size: round(size),
      font: item.fontName,
    });
  }
  return out;
}

function round(n: number): number {
  return Math.round(n * 100) / 100;
}

export async function extractText(bytes: Uint8Array): Promise<PdfText> {
  assertLooksLikePdf(bytes);
  // pdf.js takes ownership of (and detaches) the buffer it is given: pass a copy
  const task = pdfjs.getDocument({ data: new Uint8Array(bytes), verbosity: 0, isEvalSupported: false });
  try {
    const doc = await task.promise;
    const pages: PositionedPage[] = [];
    let textChars = 0;
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      // pdf.js's own Unicode normalisation is skipped: the extraction core cleans text itself
      // (NFC, ligatures, full-width forms), for less CPU per page
      const content = await page.getTextContent({ disableNormalization: true });
      const viewport = page.getViewport({ scale: 1 });
      const items = toPositionedItems(content.items, viewport);
      for (const item of items) textChars += item.str.replace(/\s+/gu, '').length;
      pages.push({ width: round(viewport.width), height: round(viewport.height), items });
      page.cleanup();
    }
    return { pages, textChars };
  } catch (error) {
    throw toPdfReadError(error);
  } finally {
    await task.destroy().catch(() => undefined);
  }
}

export function toPdfReadError(error: unknown): PdfReadError {
  if (error instanceof PdfReadError) return error;
  const name = error instanceof Error ? error.name : '';
  const message = error instanceof Error ? error.message : String(error);
  if (name === 'PasswordException' || /password/i.test(message)) {
    return new PdfReadError('encrypted', 'the PDF needs a password to open');
  }
  if (name === 'InvalidPDFException' || /invalid pdf/i.test(message)) {
    return new PdfReadError('corrupt', `the PDF structure is broken: ${message}`);
  }
  return new PdfReadError('corrupt', `the PDF could not be read: ${message}`);
}
