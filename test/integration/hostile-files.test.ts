// The bad-file suite: every hostile upload in test/fixtures/hostile ends in its contract status
// (CONTRACT.md, Ingest statuses) through the real local stack, and the stack keeps serving after.
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { utlatandePdf } from '../fixtures/hostile/text-pdf.ts';
import { api, archivistApi, uploadBytes, waitForIngest } from '../support/local-client.ts';

const hostile = (name: string) => fs.readFileSync(new URL(`../fixtures/hostile/${name}`, import.meta.url));

const CASES = [
  { file: 'empty.pdf', status: 'failed', reason: 'not_pdf' },
  { file: 'random-bytes.pdf', status: 'failed', reason: 'not_pdf' },
  { file: 'html-page.pdf', status: 'failed', reason: 'not_pdf' },
  { file: 'truncated.pdf', status: 'failed', reason: 'corrupt' },
  { file: 'encrypted-user-password.pdf', status: 'failed', reason: 'encrypted' },
  { file: 'encrypted-owner-only.pdf', status: 'published', reason: null },
  // a 60 dpi scan: read by OCR, too blurry to publish from
  { file: 'image-only-scan.pdf', status: 'needs_review', reason: 'ocr_low_confidence' },
  { file: 'no-diarienummer.pdf', status: 'needs_review', reason: 'no_diarienummer' },
  { file: 'decompression-bomb.pdf', status: 'failed', reason: 'too_large' },
  // the inflate guard cannot read encrypted streams: the parser's RSS watchdog stops this one
  { file: 'encrypted-bomb.pdf', status: 'failed', reason: 'too_large' },
] as const;

describe('ingestObject on hostile files', () => {
  it.each(CASES)('ends $file as $status ($reason)', async ({ file, status, reason }) => {
    const key = await uploadBytes(file, hostile(file));

    // a scan waits for OCR first, behind whatever else is being read
    const ingest = await waitForIngest(key, 110_000);

    expect(ingest.status).toBe(status);
    expect(ingest.reason).toBe(reason);
    if (status === 'published') {
      expect(ingest.caseId).toBe('stockholm-326_1452-2004');
      expect((await api(`/v1/cases/${ingest.caseId}`)).status).toBe(200);
    } else {
      expect(ingest.message).toBeTruthy();
    }
  });

  it('keeps serving and publishing after a decompression bomb', async () => {
    const bomb = await uploadBytes('another-bomb.pdf', hostile('decompression-bomb.pdf'));
    const dnr = `2098/${String(Date.now()).slice(-6)}`;
    const next = await uploadBytes(
      'after-the-bomb.pdf',
      utlatandePdf({ diarienummer: dnr, title: 'Motion om lekplatser' }),
    );

    const [bombIngest, nextIngest] = await Promise.all([waitForIngest(bomb), waitForIngest(next)]);

    // the same bytes as the first bomb: the bytes of a failed upload are tried again, not a duplicate
    expect(bombIngest).toMatchObject({ status: 'failed', reason: 'too_large' });
    expect(nextIngest.status).toBe('published');
    expect((await api('/health')).status).toBe(200);
  });

  it('lists ingests by status through /v1/ingests?status=', async () => {
    const key = await uploadBytes('status-filter.pdf', hostile('html-page.pdf'));
    await waitForIngest(key);

    const failed = (await (await archivistApi('/v1/ingests?status=failed&limit=1000')).json()) as {
      items: { status: string; key: string }[];
    };
    const ocr = (await (await archivistApi('/v1/ingests?status=needs_ocr&limit=1000')).json()) as {
      items: { status: string }[];
    };
    const bad = await archivistApi('/v1/ingests?status=exploded');

    expect(failed.items.length).toBeGreaterThan(0);
    expect(failed.items.every((i) => i.status === 'failed')).toBe(true);
    expect(failed.items.map((i) => i.key)).toContain(key);
    expect(ocr.items.every((i) => i.status === 'needs_ocr')).toBe(true);
    expect(bad.status).toBe(400);
  });
});
