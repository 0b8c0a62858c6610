// An OCR'd document's page readings → what its record says of its text (source, mean confidence, the
// OCR'd pages) and the extraction's confidences capped by the confidence of the page each was read
// from: a value read from an uncertain scan is never more certain than the scan. Pure.
import type { ExtractedCase, OcrPage, TextSource } from '../model/case-record.ts';
import type { PositionedPage } from '../pdf/positioned-text.ts';

/** What the OCR stage reports per page (shared/pdf/ocr/read-pdf-with-ocr.ts). */
export interface PageReadingLike {
  page: number;
  source: 'text' | 'ocr' | 'blank';
  confidence: number | null;
  words: number;
}

export interface TextProvenance {
  textSource: TextSource;
  /** Word-weighted mean over the OCR'd pages, 0–1; null when no page was OCR'd. */
  ocrConfidence: number | null;
  ocrPages: OcrPage[];
}

/** A document read from its text layer alone. */
export const TEXT_LAYER: TextProvenance = { textSource: 'text', ocrConfidence: null, ocrPages: [] };

const round2 = (n: number) => Math.round(n * 100) / 100;

export function summariseOcr(readings: readonly PageReadingLike[]): TextProvenance {
  const ocr = readings.filter((r) => r.source === 'ocr');
  if (ocr.length === 0) return TEXT_LAYER;
  const ocrPages = ocr.map((r) => ({ page: r.page, confidence: round2(r.confidence ?? 0) }));
  const words = ocr.reduce((n, r) => n + r.words, 0);
  // a page with a stamp and three words must not pull the mean as far as a page of text
  const mean =
    words > 0
      ? ocr.reduce((sum, r) => sum + (r.confidence ?? 0) * r.words, 0) / words
      : ocr.reduce((sum, r) => sum + (r.confidence ?? 0), 0) / ocr.length;
  return {
    textSource: readings.some((r) => r.source === 'text') ? 'mixed' : 'ocr',
    ocrConfidence: round2(mean),
    ocrPages,
  };
}

/**
 * Every confidence the extractor gave is capped by its source: a consultation's by its evidence
 * page's OCR confidence (the document's mean when its page is unknown); one read from a text-layer
 * page of a mixed document keeps its own. Returns a new record.
 */
export function capConfidences(extracted: ExtractedCase, provenance: TextProvenance): ExtractedCase {
  if (provenance.ocrConfidence === null) return extracted;
  const byPage = new Map(provenance.ocrPages.map((p) => [p.page, p.confidence]));
  return {
    ...extracted,
    consultations: extracted.consultations.map((c) => {
      if (c.confidence === null) return c;
      const cap = c.page === null ? provenance.ocrConfidence : byPage.get(c.page);
      return cap === undefined || cap === null ? c : { ...c, confidence: Math.min(c.confidence, cap) };
    }),
  };
}

/**
 * The publishing threshold for a document's mean OCR confidence (OCR_MIN_CONFIDENCE overrides it).
 * Chosen from measurement: see README, "OCR".
 */
export const DEFAULT_OCR_MIN_CONFIDENCE = 0.92;

/**
 * In a mixed document whose OCR'd pages hold less than this share of its words (a scanned signature
 * or stamp page after a digital text) a low OCR confidence does not hold the document back: its
 * values from those pages are capped all the same.
 */
export const MIXED_OCR_SHARE_FOR_REVIEW = 0.25;

const WORD = /[\p{L}\p{N}]+/gu;

function countWords(page: PositionedPage | undefined): number {
  let words = 0;
  for (const item of page?.items ?? []) words += item.str.match(WORD)?.length ?? 0;
  return words;
}

/** Share of the document's words that were read by OCR, 0–1. */
export function ocrWordShare(pages: readonly PositionedPage[], provenance: TextProvenance): number {
  const ocr = new Set(provenance.ocrPages.map((p) => p.page));
  let all = 0;
  let read = 0;
  pages.forEach((page, i) => {
    const words = countWords(page);
    all += words;
    if (ocr.has(i + 1)) read += words;
  });
  return all > 0 ? read / all : ocr.size > 0 ? 1 : 0;
}

/**
 * Whether a person must look before anything is published: the mean OCR confidence is below the
 * threshold, and the OCR'd text is the document (a scan) or a real part of it (a mixed document).
 */
export function isBelowOcrThreshold(
  provenance: TextProvenance,
  minConfidence: number,
  pages?: readonly PositionedPage[],
): boolean {
  if (provenance.ocrConfidence === null || provenance.ocrConfidence >= minConfidence) return false;
  if (provenance.textSource !== 'mixed' || !pages) return true;
  return ocrWordShare(pages, provenance) >= MIXED_OCR_SHARE_FOR_REVIEW;
}
