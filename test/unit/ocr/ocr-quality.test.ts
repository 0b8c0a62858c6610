// What a record says of an OCR'd document, and that nothing read from a scan is surer than the scan.
import { describe, expect, it } from 'vitest';
import { type Consultation, emptyExtractedCase } from '../../../shared/model/case-record.ts';
import {
  capConfidences,
  isBelowOcrThreshold,
  summariseOcr,
  TEXT_LAYER,
} from '../../../shared/ocr/ocr-quality.ts';
import type { PositionedPage } from '../../../shared/pdf/positioned-text.ts';

const consultation = (page: number | null, confidence: number | null): Consultation => ({
  body: 'Kulturnämnden',
  bodyType: 'namnd',
  stance: confidence === null ? null : 'supports',
  meetingDate: null,
  statementDate: null,
  evidence: confidence === null ? null : 'Kulturnämnden tillstyrker förslaget.',
  page,
  confidence,
});

describe('summariseOcr', () => {
  it('says text for a document read from its text layer alone', () => {
    expect(summariseOcr([{ page: 1, source: 'text', confidence: null, words: 0 }])).toEqual(TEXT_LAYER);
  });

  it('weighs each OCR page by its words, so a stamp-only page barely moves the mean', () => {
    const summary = summariseOcr([
      { page: 1, source: 'ocr', confidence: 0.95, words: 300 },
      { page: 2, source: 'ocr', confidence: 0.35, words: 3 },
      { page: 3, source: 'blank', confidence: null, words: 0 },
    ]);

    expect(summary.textSource).toBe('ocr');
    expect(summary.ocrConfidence).toBe(0.94);
    expect(summary.ocrPages).toEqual([
      { page: 1, confidence: 0.95 },
      { page: 2, confidence: 0.35 },
    ]);
  });

  it('says mixed when some pages were read from their text layer', () => {
    const summary = summariseOcr([
      { page: 1, source: 'text', confidence: null, words: 0 },
      { page: 2, source: 'ocr', confidence: 0.9, words: 120 },
    ]);

    expect(summary.textSource).toBe('mixed');
    expect(summary.ocrPages.map((p) => p.page)).toEqual([2]);
  });
});

describe('capConfidences', () => {
  const provenance = summariseOcr([
    { page: 1, source: 'text', confidence: null, words: 0 },
    { page: 2, source: 'ocr', confidence: 0.8, words: 200 },
  ]);

  it("caps a stance read from an OCR'd page at that page's confidence", () => {
    const capped = capConfidences(
      { ...emptyExtractedCase(), consultations: [consultation(2, 0.95), consultation(2, 0.6)] },
      provenance,
    );

    expect(capped.consultations.map((c) => c.confidence)).toEqual([0.8, 0.6]);
  });

  it('leaves a stance from a text-layer page alone, and caps one of unknown page at the mean', () => {
    const capped = capConfidences(
      {
        ...emptyExtractedCase(),
        consultations: [consultation(1, 0.95), consultation(null, 0.95), consultation(2, null)],
      },
      provenance,
    );

    expect(capped.consultations.map((c) => c.confidence)).toEqual([0.95, 0.8, null]);
  });

  it('changes nothing in a document without OCR', () => {
    const extracted = { ...emptyExtractedCase(), consultations: [consultation(1, 0.95)] };

    expect(capConfidences(extracted, TEXT_LAYER)).toBe(extracted);
  });
});

describe('isBelowOcrThreshold', () => {
  it('holds only for OCR confidences under the threshold', () => {
    const scan = (confidence: number) => summariseOcr([{ page: 1, source: 'ocr', confidence, words: 100 }]);

    expect(isBelowOcrThreshold(scan(0.85), 0.92)).toBe(true);
    expect(isBelowOcrThreshold(scan(0.94), 0.92)).toBe(false);
    expect(isBelowOcrThreshold(TEXT_LAYER, 0.92)).toBe(false);
  });

  const pageOf = (words: number): PositionedPage => ({
    width: 595,
    height: 842,
    items: [
      {
        str: Array.from({ length: words }, () => 'ord').join(' '),
        x: 0,
        y: 0,
        width: 1,
        size: 11,
        font: 'F',
      },
    ],
  });
  const mixed = summariseOcr([
    { page: 1, source: 'text', confidence: null, words: 0 },
    { page: 2, source: 'ocr', confidence: 0.6, words: 10 },
  ]);

  it('lets a digital document with a scanned signature page through, its OCR a small share', () => {
    expect(isBelowOcrThreshold(mixed, 0.92, [pageOf(400), pageOf(10)])).toBe(false);
  });

  it('holds a mixed document back when its unsure OCR text is a real part of it', () => {
    expect(isBelowOcrThreshold(mixed, 0.92, [pageOf(100), pageOf(300)])).toBe(true);
  });
});
