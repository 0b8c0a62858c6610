// A published document's original never changes under its case: after another PDF is put at the
// same key, GET /v1/cases/{id}/documents/{sha256} (bytes locally, a presigned redirect on AWS) still
// gives exactly the first bytes, and bytes that do not match the sha256 are never handed out.
import { createHash } from 'node:crypto';
import { PutObjectCommand } from '@aws-sdk/client-s3';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { createDependencies } from '../../lambdas/dependencies.ts';
import { createApp } from '../../shared/api/create-app.ts';
import { localFunctionEnv, requireCursorSecret } from '../../shared/config.ts';
import { CaseRecordSchema } from '../../shared/model/case-record.ts';
import { pinnedKeyOf } from '../../shared/model/object-key.ts';
import { utlatandePdf } from '../fixtures/hostile/text-pdf.ts';
import { api, localS3, uploadBytes } from '../support/local-client.ts';

const deps = createDependencies(
  localFunctionEnv({ dynamoPort: inject('dynamoPort'), s3Port: inject('s3Port') }),
);
afterAll(() => {
  deps.dynamo.destroy();
  deps.s3.destroy();
});

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');
const freshDnr = (n: number) => `2090/${String(Date.now()).slice(-5)}${n}`;

/** Waits until `count` uploads under `key` have ended (an overwrite is an upload of its own). */
async function ingestsAt(key: string, count: number) {
  for (let i = 0; i < 400; i++) {
    const { items } = await deps.ingests.list({ key, limit: 10 });
    if (items.length >= count && items.every((r) => !['queued', 'processing'].includes(r.status))) {
      return items;
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`no ${count} finished ingests at ${key}`);
}

async function documentOf(caseId: string) {
  const record = CaseRecordSchema.parse(await (await api(`/v1/cases/${caseId}`)).json());
  const document = record.documents[0];
  if (!document) throw new Error(`case ${caseId} has no document`);
  return document;
}

describe('GET /v1/cases/{id}/documents/{sha256} after the key is overwritten', () => {
  const first = utlatandePdf({ diarienummer: freshDnr(1), title: 'Motion om första filen' });
  const second = utlatandePdf({ diarienummer: freshDnr(2), title: 'Motion om andra filen' });
  let key = '';
  let firstCase = '';

  it('still serves the first bytes, verified against the sha256 the case names', async () => {
    key = await uploadBytes('samma namn.pdf', first);
    const [published] = await ingestsAt(key, 1);
    firstCase = published?.caseId ?? '';
    await localS3().send(new PutObjectCommand({ Bucket: inject('bucket'), Key: key, Body: second }));
    const rows = await ingestsAt(key, 2);

    const document = await documentOf(firstCase);
    const response = await api(document.url);
    const bytes = new Uint8Array(await response.arrayBuffer());

    expect(rows.map((r) => r.status)).toEqual(['published', 'published']);
    expect(document.sha256).toBe(sha256(first));
    expect(response.status).toBe(200);
    expect(response.headers.get('etag')).toBe(`"${sha256(first)}"`);
    expect(sha256(bytes)).toBe(sha256(first));
    expect(response.headers.get('cache-control')).not.toMatch(/immutable/);
    // the second upload is a case of its own, with its own bytes
    const other = rows.find((r) => r.caseId !== firstCase);
    const otherDocument = await documentOf(other?.caseId ?? '');
    const otherBytes = new Uint8Array(await (await api(otherDocument.url)).arrayBuffer());
    expect(sha256(otherBytes)).toBe(sha256(second));
  });

  it('redirects (as on AWS) to a presigned URL of the pinned bytes, not of the key', async () => {
    const app = createApp({
      ...deps,
      cursorSecret: requireCursorSecret(deps.config),
      redirectDocuments: true,
    });
    const document = await documentOf(firstCase);

    const response = await app.request(document.url);
    const location = response.headers.get('location') ?? '';
    const pdf = new Uint8Array(await (await fetch(location)).arrayBuffer());

    expect(response.status).toBe(302);
    expect(new URL(location).pathname).toContain(pinnedKeyOf(sha256(first)));
    expect(new URL(location).pathname).not.toContain(encodeURI(key));
    expect(sha256(pdf)).toBe(sha256(first));
  });

  it('answers an error, never other bytes, when the pinned copy no longer matches', async () => {
    const document = await documentOf(firstCase);
    // tampering with the copy itself (only someone with write access to the bucket could)
    await localS3().send(
      new PutObjectCommand({ Bucket: inject('bucket'), Key: pinnedKeyOf(document.sha256), Body: second }),
    );

    const response = await api(document.url);
    const body = (await response.json()) as { error: { code: string } };

    expect(response.status).toBe(500);
    expect(response.headers.get('content-type')).toMatch(/json/);
    expect(body.error.code).toBe('original_mismatch');
  });
});
