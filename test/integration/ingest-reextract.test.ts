// Re-extraction over stored originals in the real local stack: no new revision when nothing public
// changed, a new one (old kept) when it did, and needs_review uploads that now read as a case get
// published. "A newer extractor" is a stand-in around the real one: a release cannot happen in a test.
import { randomInt } from 'node:crypto';
import { PutObjectCommand } from '@aws-sdk/client-s3';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { createDependencies } from '../../lambdas/dependencies.ts';
import { createPdfReader } from '../../lambdas/ingest-handler.ts';
import { localFunctionEnv } from '../../shared/config.ts';
import { extractCase } from '../../shared/extraction/extract-case.ts';
import { plainPageTexts } from '../../shared/extraction/text/document-text.ts';
import {
  type ReextractDependencies,
  reextract,
  selectForReextraction,
} from '../../shared/ingest/reextract.ts';
import { textPdf, utlatandePdf } from '../fixtures/hostile/text-pdf.ts';
import { localS3, waitForIngest } from '../support/local-client.ts';

const deps = createDependencies(
  localFunctionEnv({ dynamoPort: inject('dynamoPort'), s3Port: inject('s3Port') }),
);
const reader = createPdfReader(deps.config);
const base: ReextractDependencies = {
  ...deps,
  readPdfText: reader.read,
  maxPdfBytes: deps.config.maxPdfBytes,
};
afterAll(async () => {
  await reader.close();
  deps.dynamo.destroy();
  deps.s3.destroy();
});

const run = `${randomInt(100, 999)}${String(Date.now()).slice(-4)}`;
let serial = 0;

/** Uploads under a prefix of this test's own, so re-extraction touches nothing else in the stack. */
async function upload(body: Uint8Array): Promise<{ prefix: string; key: string }> {
  const prefix = `uploads/reextract-${run}-${++serial}/`;
  const key = `${prefix}document.pdf`;
  await localS3().send(new PutObjectCommand({ Bucket: inject('bucket'), Key: key, Body: body }));
  return { prefix, key };
}

/** Version 9.9.9 "reads" a new label (`Ärende NNNN/NNNNNN`) and writes titles differently. */
const newerExtractor: typeof extractCase = (pages) => {
  const result = extractCase(pages);
  const found = /Ärende (\d{4}\/\d+)/u.exec(plainPageTexts(pages).join('\n'))?.[1];
  if (!result.record.diarienummer && found) {
    result.record.diarienummer = found;
    result.record.municipality = 'Stockholms stad';
  }
  if (result.record.title)
    result.record.title = result.record.title.replace(/^Motion om/u, 'Motion angående');
  return result;
};

describe('reextract', () => {
  it('keeps revision and updatedAt when the current extractor reads the same content', async () => {
    const dnr = `2095/${run}1`;
    const { prefix, key } = await upload(utlatandePdf({ diarienummer: dnr, title: 'Motion om träd' }));
    const ingest = await waitForIngest(key);
    const before = await deps.cases.get(ingest.caseId ?? '');

    const summary = await reextract(base, { keyPrefix: prefix });

    expect(summary).toMatchObject({ unchanged: 1, changed: 0 });
    const after = await deps.cases.get(ingest.caseId ?? '');
    expect(after?.revision).toBe(before?.revision);
    expect(after?.updatedAt).toBe(before?.updatedAt);
  });

  it('publishes a new revision when a newer extractor changes the content, keeping the old one', async () => {
    const dnr = `2095/${run}2`;
    const { prefix, key } = await upload(utlatandePdf({ diarienummer: dnr, title: 'Motion om fontäner' }));
    const ingest = await waitForIngest(key);
    const before = await deps.cases.get(ingest.caseId ?? '');
    const newer = { ...base, extract: newerExtractor, extractorVersion: '9.9.9' };

    const summary = await reextract(newer, { keyPrefix: prefix, beforeVersion: '9.9.9' });
    const again = await selectForReextraction(newer, { keyPrefix: prefix, beforeVersion: '9.9.9' });

    expect(summary).toMatchObject({ changed: 1 });
    const after = await deps.cases.get(ingest.caseId ?? '');
    expect(after?.title).toBe('Motion angående fontäner');
    expect(after?.revision).toBe((before?.revision ?? 0) + 1);
    expect((after?.updatedAt ?? '') > (before?.updatedAt ?? '')).toBe(true);
    expect(after?.documents).toEqual(before?.documents);
    const previous = await deps.cases.getRevision(ingest.caseId ?? '', before?.revision ?? 0);
    expect(previous?.title).toBe('Motion om fontäner');
    expect(again).toEqual([]);
  });

  it('publishes a needs_review upload that a newer extractor now finds a Dnr in', async () => {
    const dnr = `2095/${run}3`;
    const { prefix, key } = await upload(
      textPdf([
        [
          `Ärende ${dnr}`,
          'Motion om nya papperskorgar i parkerna',
          'Kommunstyrelsen föreslår kommunfullmäktige besluta följande.',
          'Motionen avslås med hänvisning till vad som anförs i utlåtandet.',
        ],
      ]),
    );
    const unread = await waitForIngest(key);
    const newer = { ...base, extract: newerExtractor, extractorVersion: '9.9.9' };

    const summary = await reextract(newer, { status: 'needs_review', keyPrefix: prefix });

    expect(unread.status).toBe('needs_review');
    expect(summary).toMatchObject({ published: 1 });
    const [revised] = (await deps.ingests.list({ key, limit: 1 })).items;
    expect(revised).toMatchObject({
      status: 'published',
      caseId: `stockholm-${dnr.replace('/', '-')}`,
      reason: null,
    });
    const record = await deps.cases.get(revised?.caseId ?? '');
    expect(record?.diarienummer).toBe(dnr);
    expect(record?.documents.map((d) => d.sha256)).toEqual([unread.sha256]);
  });
});
