// PDF bytes → every page's positioned text, the text layer where a page has one and Tesseract's reading
// of the page rendered by pdf.js (about 300 dpi) where it has none, with each OCR'd page's confidence.
// Bounded before any pixel is decoded: page count, declared image pixels, rendered page pixels (a
// PdfReadError 'too_large'); the caller bounds wall time and memory. Runs inside the OCR worker thread.
import './canvas-runtime.ts';
import '../pdfjs-runtime.ts';
import { createCanvas } from '@napi-rs/canvas';
import * as pdfjs from 'pdfjs-dist/legacy/build/pdf.mjs';
import { type PdfText, toPdfReadError, toPositionedItems } from '../extract-text.ts';
import { PdfReadError } from '../pdf-errors.ts';
import { assertLooksLikePdf } from '../pdf-header.ts';
import type { PositionedPage } from '../positioned-text.ts';
import { mostCommonSize, type OcrPageResult, snapOcrSizes, toPositionedOcrPage } from './ocr-page-text.ts';
import { countTextChars, listDeclaredImages, MIN_TEXT_CHARS_PER_PAGE } from './scanned-pages.ts';
import type { OcrEngine } from './tesseract-engine.ts';

export interface OcrLimits {
  /** Resolution pages are rendered at for Tesseract. */
  dpi: number;
  /** Most pages one document may need OCR on; past it the document is `too_large`. */
  maxOcrPages: number;
  /** Most pages a document handed to OCR may have at all (a page bomb is refused before the text pass). */
  maxPages: number;
  /** Most pixels one rendered page may have; a larger page is rendered at a lower resolution. */
  maxPagePixels: number;
  /** Most pixels one embedded image may declare (decoding it would take width × height × 4 bytes). */
  maxImagePixels: number;
  /** pdf.js's wasm decoders (JPEG 2000, ICC profiles), a directory path ending in a separator. */
  pdfjsWasmDir?: string | undefined;
}

/** Below this a page rendered to fit `maxPagePixels` is unreadable anyway: `too_large`. */
const MIN_READABLE_DPI = 100;
/** A page whose rendering has less ink than this (share of dark pixels) is blank: nothing to OCR. */
const BLANK_PAGE_INK = 0.001;
const INK_LEVEL = 128;

/** The OCR engine failed on an image this code rendered: a fault worth a retry, not the PDF's fault. */
export class OcrEngineError extends Error {
  override readonly name = 'OcrEngineError';
}

export type PageSource = 'text' | 'ocr' | 'blank';

export interface PageReading {
  /** 1-based page number. */
  page: number;
  /** Where its text came from: its text layer, OCR, or nowhere (a blank page without a text layer). */
  source: PageSource;
  /** Tesseract's mean confidence for an OCR'd page, 0–1; null otherwise. */
  confidence: number | null;
  /** Words Tesseract read on an OCR'd page. */
  words: number;
  /** Resolution the page was rendered at for OCR; null when it was not rendered. */
  dpi: number | null;
}

export interface OcrText extends PdfText {
  readings: PageReading[];
}

export interface OcrProgress {
  /** Pages without a text layer done so far, and how many there are. */
  done: number;
  total: number;
}

interface RenderedPage {
  image: Uint8Array;
  dpi: number;
  ink: number;
}

/** The resolution a page is rendered at: `dpi`, or lower for a page too large for the pixel cap. */
function renderDpi(page: { width: number; height: number }, limits: OcrLimits, pageNumber: number): number {
  const areaInches = (page.width / 72) * (page.height / 72);
  const pixels = areaInches * limits.dpi * limits.dpi;
  if (pixels <= limits.maxPagePixels) return limits.dpi;
  const dpi = Math.sqrt(limits.maxPagePixels / areaInches);
  if (dpi < MIN_READABLE_DPI) {
    const inches = `${(page.width / 72).toFixed(0)} × ${(page.height / 72).toFixed(0)} in`;
    throw new PdfReadError(
      'too_large',
      `page ${pageNumber} is ${inches}: within ${limits.maxPagePixels} pixels it could be rendered at only ${dpi.toFixed(0)} dpi`,
    );
  }
  return dpi;
}

/** Renders a page on white and returns it as a greyscale PGM (Leptonica reads it without decoding). */
async function renderPage(page: pdfjs.PDFPageProxy, dpi: number): Promise<RenderedPage> {
  const viewport = page.getViewport({ scale: dpi / 72 });
  const width = Math.max(1, Math.ceil(viewport.width));
  const height = Math.max(1, Math.ceil(viewport.height));
  const canvas = createCanvas(width, height);
  const context = canvas.getContext('2d');
  context.fillStyle = '#ffffff';
  context.fillRect(0, 0, width, height);
  await page.render({
    canvas: null,
    canvasContext: context as unknown as CanvasRenderingContext2D,
    viewport,
    annotationMode: pdfjs.AnnotationMode.ENABLE,
  }).promise;
  const rgba = context.getImageData(0, 0, width, height).data;
  // release the canvas's pixels before the next allocation (they live outside the V8 heap)
  canvas.width = 1;
  canvas.height = 1;
  const header = Buffer.from(`P5\n${width} ${height}\n255\n`, 'latin1');
  const image = new Uint8Array(header.byteLength + width * height);
  image.set(header, 0);
  let dark = 0;
  for (let i = 0, o = header.byteLength; i < rgba.length; i += 4, o++) {
    const grey = ((rgba[i] ?? 255) * 77 + (rgba[i + 1] ?? 255) * 150 + (rgba[i + 2] ?? 255) * 29) >> 8;
    image[o] = grey;
    if (grey < INK_LEVEL) dark++;
  }
  return { image, dpi, ink: dark / (width * height) };
}

async function recognizeWith(engine: Promise<OcrEngine>, rendered: RenderedPage): Promise<OcrPageResult> {
  try {
    return await (await engine).recognize(rendered.image, rendered.dpi);
  } catch (error) {
    throw new OcrEngineError(
      `the OCR engine failed: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
}

function assertImagesWithin(bytes: Uint8Array, maxImagePixels: number): void {
  for (const image of listDeclaredImages(bytes)) {
    if (image.width * image.height > maxImagePixels) {
      throw new PdfReadError(
        'too_large',
        `an embedded image of ${image.width} × ${image.height} pixels is over the limit of ${maxImagePixels}`,
      );
    }
  }
}

/**
 * Reads every page; only pages with fewer than MIN_TEXT_CHARS_PER_PAGE characters on their text layer
 * are rendered, and only those with ink on them are read by the engine (made on first need, so a
 * document with nothing to OCR never starts Tesseract). `onProgress` runs after each such page.
 */
export async function readPdfWithOcr(
  bytes: Uint8Array,
  limits: OcrLimits,
  engine: () => Promise<OcrEngine>,
  onProgress?: (progress: OcrProgress) => void,
): Promise<OcrText> {
  assertLooksLikePdf(bytes);
  assertImagesWithin(bytes, limits.maxImagePixels);
  const task = pdfjs.getDocument({
    data: new Uint8Array(bytes),
    verbosity: 0,
    isEvalSupported: false,
    ...(limits.pdfjsWasmDir ? { wasmUrl: limits.pdfjsWasmDir } : {}),
  });
  try {
    const doc = await task.promise.catch((error: unknown) => {
      throw toPdfReadError(error);
    });
    if (doc.numPages > limits.maxPages) {
      throw new PdfReadError(
        'too_large',
        `${doc.numPages} pages is over the limit of ${limits.maxPages} for a document that needs OCR`,
      );
    }
    const pages: PositionedPage[] = [];
    const lacking: number[] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const viewport = page.getViewport({ scale: 1 });
      const items = toPositionedItems((await page.getTextContent()).items, viewport);
      const positioned = {
        width: Math.round(viewport.width * 100) / 100,
        height: Math.round(viewport.height * 100) / 100,
        items,
      };
      pages.push(positioned);
      if (countTextChars(positioned) < MIN_TEXT_CHARS_PER_PAGE) lacking.push(n);
      page.cleanup();
    }
    if (lacking.length > limits.maxOcrPages) {
      throw new PdfReadError(
        'too_large',
        `${lacking.length} pages without a text layer is over the OCR limit of ${limits.maxOcrPages}`,
      );
    }
    const readings: PageReading[] = pages.map((_, i) => ({
      page: i + 1,
      source: 'text',
      confidence: null,
      words: 0,
      dpi: null,
    }));
    let ocr: Promise<OcrEngine> | undefined;
    const ocrPages: PositionedPage[] = [];
    for (const [done, n] of lacking.entries()) {
      const page = await doc.getPage(n);
      const size = pages[n - 1] ?? { width: 0, height: 0 };
      const rendered = await renderPage(page, renderDpi(size, limits, n));
      page.cleanup();
      const reading = readings[n - 1];
      if (!reading) continue;
      reading.dpi = Math.round(rendered.dpi);
      if (rendered.ink < BLANK_PAGE_INK) {
        reading.source = 'blank';
      } else {
        ocr ??= engine();
        const result = await recognizeWith(ocr, rendered);
        const positioned = toPositionedOcrPage(result, size);
        pages[n - 1] = positioned;
        ocrPages.push(positioned);
        reading.source = 'ocr';
        reading.confidence = Math.round(result.confidence) / 100;
        reading.words = positioned.items.length;
      }
      onProgress?.({ done: done + 1, total: lacking.length });
    }
    const textPages = pages.filter((_, i) => readings[i]?.source === 'text');
    snapOcrSizes(ocrPages, mostCommonSize(textPages.flatMap((p) => p.items)));
    const textChars = pages.reduce((sum, p) => sum + countTextChars(p), 0);
    return { pages, textChars, readings };
  } catch (error) {
    throw error instanceof PdfReadError || error instanceof OcrEngineError ? error : toPdfReadError(error);
  } finally {
    await task.destroy().catch(() => undefined);
  }
}
