// Which pages of a read PDF need OCR, and how large its images claim to be, from the text pass and the
// raw bytes alone: the ingest decides whether to hand a document to OCR without rendering anything,
// and the OCR stage refuses an image bomb before pdf.js decodes a pixel. Pure; never throws.
import type { PositionedPage } from '../positioned-text.ts';

/** A page with fewer visible characters than this has no usable text layer (a scan, or blank). */
export const MIN_TEXT_CHARS_PER_PAGE = 25;

/** Visible characters (no whitespace) on a page's text layer. */
export function countTextChars(page: PositionedPage): number {
  let chars = 0;
  for (const item of page.items) chars += item.str.replace(/\s+/gu, '').length;
  return chars;
}

/** 1-based numbers of the pages without a usable text layer. */
export function findPagesLackingText(pages: readonly PositionedPage[]): number[] {
  const lacking: number[] = [];
  pages.forEach((page, i) => {
    if (countTextChars(page) < MIN_TEXT_CHARS_PER_PAGE) lacking.push(i + 1);
  });
  return lacking;
}

export interface DeclaredImage {
  width: number;
  height: number;
}

const STREAM_KEYWORD = Buffer.from('stream');
/** How far back from `stream` the stream's dictionary is looked for (as the inflate guard does). */
const DICTIONARY_WINDOW = 2048;
const IMAGE_SUBTYPE = /\/Subtype\s*\/Image\b/;

/**
 * Every image XObject's declared /Width and /Height. Image XObjects are streams, which PDF keeps
 * outside object streams and never encrypts the dictionary of, so the raw bytes name them all; a
 * size given by reference (`/Width 12 0 R`) is not followed (the OCR worker's memory cap backs it up).
 */
export function listDeclaredImages(bytes: Uint8Array): DeclaredImage[] {
  return [...declaredImages(bytes)];
}

function* declaredImages(bytes: Uint8Array): Generator<DeclaredImage> {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  for (let at = buffer.indexOf(STREAM_KEYWORD); at >= 0; at = buffer.indexOf(STREAM_KEYWORD, at + 1)) {
    if (at >= 3 && buffer.toString('latin1', at - 3, at) === 'end') continue;
    const window = buffer.toString('latin1', Math.max(0, at - DICTIONARY_WINDOW), at);
    const start = window.lastIndexOf('obj');
    const dict = start >= 0 ? window.slice(start) : window;
    if (!IMAGE_SUBTYPE.test(dict)) continue;
    const width = /\/(?:Width|W)\s+(\d+)(?!\s+\d+\s+R)/.exec(dict)?.[1];
    const height = /\/(?:Height|H)\s+(\d+)(?!\s+\d+\s+R)/.exec(dict)?.[1];
    yield { width: Number(width ?? 0), height: Number(height ?? 0) };
  }
}

/** True when the PDF holds at least one image XObject (a scan's page image, or any picture). */
export function hasImages(bytes: Uint8Array): boolean {
  return !declaredImages(bytes).next().done;
}
