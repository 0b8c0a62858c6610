// Scans through the real local stack: a dev document rasterised to an image-only PDF at 300 dpi is
// handed from the ingest to the OCR stage and published with an extraction score within 0.05 of the
// digital original's; the same document scanned poorly (100 dpi, skewed) ends as the threshold says;
// a page bomb ends `failed: too_large` without holding up the next upload. OCR is slow on shared
// cores, so this file reads four scanned pages in all.
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractCase } from '../../shared/extraction/extract-case.ts';
import { type CaseRecord, CaseRecordSchema } from '../../shared/model/case-record.ts';
import type { IngestRecord } from '../../shared/model/ingest-record.ts';
import { DEFAULT_OCR_MIN_CONFIDENCE } from '../../shared/ocr/ocr-quality.ts';
import { extractText } from '../../shared/pdf/extract-text.ts';
import { scoreCorpus } from '../corpus/score.ts';
import { utlatandePdf } from '../fixtures/hostile/text-pdf.ts';
import { imageOnlyPdf, readPbm } from '../fixtures/ocr/image-pdf.ts';
import { api, archivistApi, uploadBytes, waitForIngest } from '../support/local-client.ts';

const SOURCE = '38-lund-vegetarisk-norm';
const fixture = (p: string) => fs.readFileSync(new URL(`../fixtures/${p}`, import.meta.url));
const gold = JSON.parse(fixture(`corpus/${SOURCE}.json`).toString('utf8')) as Record<string, unknown>;
/** OCR of two pages on a busy 2-core machine, behind whatever else the suite uploaded. */
const OCR_WAIT_MS = 240_000;

const scoreOf = (record: unknown) =>
  scoreCorpus(new Map([[SOURCE, gold]]), new Map([[SOURCE, record as Record<string, unknown>]])).overall;

async function caseRecord(caseId: string): Promise<CaseRecord> {
  const response = await api(`/v1/cases/${caseId}`);
  expect(response.status).toBe(200);
  return CaseRecordSchema.parse(await response.json());
}

describe('the OCR stage in the local stack', () => {
  let cleanConfidence = 0;
  let poorScan: IngestRecord | undefined;

  it('publishes a 300 dpi scan of a dev document scoring within 0.05 of the digital version', async () => {
    const digital = scoreOf(extractCase((await extractText(fixture(`corpus/${SOURCE}.pdf`))).pages).record);
    const key = await uploadBytes(`${SOURCE}.scan-300dpi.pdf`, fixture(`ocr/${SOURCE}.scan-300dpi.pdf`));

    const ingest = await waitForIngest(key, OCR_WAIT_MS);

    expect(ingest).toMatchObject({ status: 'published', reason: null });
    expect(ingest.ocrConfidence).toBeGreaterThanOrEqual(DEFAULT_OCR_MIN_CONFIDENCE);
    const record = await caseRecord(ingest.caseId ?? '');
    const document = record.documents.find((d) => d.sha256 === ingest.sha256);
    expect(document).toMatchObject({ textSource: 'ocr', ocrConfidence: ingest.ocrConfidence });
    expect(document?.ocrPages.map((p) => p.page)).toEqual([1, 2]);
    expect(scoreOf(record)).toBeGreaterThanOrEqual(digital - 0.05);
    // nothing read from a page is surer than the page
    const pageConfidence = new Map(document?.ocrPages.map((p) => [p.page, p.confidence]));
    for (const c of record.consultations) {
      if (c.confidence !== null && c.page !== null)
        expect(c.confidence).toBeLessThanOrEqual(pageConfidence.get(c.page) ?? 1);
    }
    cleanConfidence = ingest.ocrConfidence ?? 0;
  }, 300_000);

  it('publishes a poor 100 dpi skewed scan with a lower confidence, or sends it to review below the threshold', async () => {
    const key = await uploadBytes(
      `${SOURCE}.scan-100dpi-skewed.pdf`,
      fixture(`ocr/${SOURCE}.scan-100dpi-skewed.pdf`),
    );

    const ingest = await waitForIngest(key, OCR_WAIT_MS);
    poorScan = ingest;

    const confidence = ingest.ocrConfidence ?? 0;
    expect(confidence).toBeLessThan(cleanConfidence);
    if (confidence < DEFAULT_OCR_MIN_CONFIDENCE) {
      expect(ingest).toMatchObject({ status: 'needs_review', reason: 'ocr_low_confidence', caseId: null });
      expect(ingest.message).toContain(confidence.toFixed(2));
    } else {
      expect(ingest.status).toBe('published');
      const record = await caseRecord(ingest.caseId ?? '');
      expect(record.documents.find((d) => d.sha256 === ingest.sha256)?.ocrConfidence).toBe(confidence);
    }
  }, 300_000);

  it('lists uploads waiting for review with their OCR confidence in /v1/ingests', async () => {
    const response = await archivistApi('/v1/ingests?status=needs_review&limit=1000');
    const body = (await response.json()) as { items: { reason: string; ocrConfidence: number | null }[] };

    const lowConfidence = body.items.filter((i) => i.reason === 'ocr_low_confidence');

    expect(lowConfidence.length).toBeGreaterThan(0);
    expect(lowConfidence.every((i) => (i.ocrConfidence ?? 1) < DEFAULT_OCR_MIN_CONFIDENCE)).toBe(true);
  });

  it('lets an archivist publish the unsure scan from the review queue, as a scan with its confidence', async () => {
    expect(poorScan?.status, 'the poor scan must have gone to review').toBe('needs_review');
    const { ingestId, sha256, ocrConfidence } = poorScan!;

    const response = await archivistApi(`/v1/ingests/${ingestId}/diarienummer`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ diarienummer: gold.diarienummer, municipality: gold.municipality }),
    });

    expect(response.status).toBe(200);
    const { ingest, record } = (await response.json()) as { ingest: { status: string }; record: unknown };
    expect(ingest.status).toBe('published');
    const document = CaseRecordSchema.parse(record).documents.find((d) => d.sha256 === sha256);
    expect(document).toMatchObject({ textSource: 'ocr', ocrConfidence });
  });

  it('ends a page bomb failed: too_large and goes on to the next upload', async () => {
    const image = readPbm(Buffer.concat([Buffer.from('P4\n8 2\n', 'latin1'), Buffer.from([0xff, 0])]));
    // one page over OCR_MAX_PAGES × 10: refused on its page count alone
    const bomb = imageOnlyPdf(Array.from({ length: 2001 }, () => ({ bilevel: image })));
    const bombKey = await uploadBytes('page-bomb.pdf', bomb);
    const nextKey = await uploadBytes(
      'after-the-page-bomb.pdf',
      utlatandePdf({ diarienummer: `2097/${String(Date.now()).slice(-6)}`, title: 'Motion om parkbänkar' }),
    );

    const [bombIngest, nextIngest] = await Promise.all([
      waitForIngest(bombKey, OCR_WAIT_MS),
      waitForIngest(nextKey, OCR_WAIT_MS),
    ]);

    expect(bombIngest).toMatchObject({ status: 'failed', reason: 'too_large' });
    expect(bombIngest.message).toContain('2001 pages');
    expect(nextIngest.status).toBe('published');
  }, 300_000);
});
