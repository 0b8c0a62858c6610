// Idempotency at every level, against the real local stack: the same S3 event twice, the same bytes
// under another name, the same case in new bytes, and 50 concurrent uploads mixing all of those.
// Each test makes its own cases (a fresh diarienummer per run), so nothing collides with other files.
import { randomInt } from 'node:crypto';
import type { SQSEvent } from 'aws-lambda';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { createDependencies } from '../../lambdas/dependencies.ts';
import { createIngestHandler } from '../../lambdas/ingest-handler.ts';
import { toSqsRecord } from '../../local/local-queue.ts';
import { localFunctionEnv } from '../../shared/config.ts';
import { CaseRecordSchema } from '../../shared/model/case-record.ts';
import type { IngestRecord } from '../../shared/model/ingest-record.ts';
import { encodeS3Key } from '../../shared/model/s3-event.ts';
import { utlatandePdf } from '../fixtures/hostile/text-pdf.ts';
import { api, uploadBytes, waitForIngest } from '../support/local-client.ts';

// The handler itself, over the same DynamoDB Local and s3rver as the stack: a second delivery
const deps = createDependencies(
  localFunctionEnv({ dynamoPort: inject('dynamoPort'), s3Port: inject('s3Port') }),
);
const handler = createIngestHandler(deps);
afterAll(async () => {
  await handler.close();
  deps.dynamo.destroy();
  deps.s3.destroy();
});

const run = `${randomInt(100, 999)}${String(Date.now()).slice(-4)}`;
let serial = 0;
/** A diarienummer no other test (or earlier run on this stack) uses. */
const freshDnr = () => `2097/${run}${String(++serial).padStart(3, '0')}`;
const toCaseId = (dnr: string) => `stockholm-${dnr.replace('/', '-')}`;

function toEvent(ingest: IngestRecord, messageId: string): SQSEvent {
  const body = JSON.stringify({
    Records: [
      {
        eventName: 'ObjectCreated:Put',
        s3: {
          bucket: { name: inject('bucket') },
          object: {
            key: encodeS3Key(ingest.key),
            eTag: ingest.eTag ?? undefined,
            size: ingest.bytes ?? undefined,
          },
        },
      },
    ],
  });
  return { Records: [toSqsRecord(messageId, body, 1)] };
}

async function getCase(id: string) {
  const response = await api(`/v1/cases/${id}`);
  expect(response.status).toBe(200);
  return CaseRecordSchema.parse(await response.json());
}

async function ingestsFor(key: string): Promise<IngestRecord[]> {
  return (await deps.ingests.list({ key, limit: 10 })).items;
}

describe('ingestObject idempotency', () => {
  it('ignores the same S3 event delivered again, one after another and at once', async () => {
    const dnr = freshDnr();
    const key = await uploadBytes(
      'twice.pdf',
      utlatandePdf({ diarienummer: dnr, title: 'Motion om bänkar' }),
    );
    const first = await waitForIngest(key);
    const before = await getCase(toCaseId(dnr));

    const again = await handler(toEvent(first, 'redelivery-1'));
    const atOnce = await Promise.all([handler(toEvent(first, 'dup-a')), handler(toEvent(first, 'dup-b'))]);

    expect(first.status).toBe('published');
    expect(again.batchItemFailures).toEqual([]);
    expect(atOnce.flatMap((r) => r.batchItemFailures)).toEqual([]);
    const rows = await ingestsFor(key);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      status: 'published',
      attempts: first.attempts,
      updatedAt: first.updatedAt,
    });
    const after = await getCase(toCaseId(dnr));
    expect(after.revision).toBe(before.revision);
    expect(after.updatedAt).toBe(before.updatedAt);
    expect(after.documents).toHaveLength(1);
  });

  it('marks the same bytes under another name as a duplicate of the first upload', async () => {
    const dnr = freshDnr();
    const bytes = utlatandePdf({ diarienummer: dnr, title: 'Motion om parkbelysning' });
    const original = await waitForIngest(await uploadBytes('original.pdf', bytes));

    const copy = await waitForIngest(await uploadBytes('kopia av original.pdf', bytes));

    expect(original.status).toBe('published');
    expect(copy).toMatchObject({ status: 'duplicate', caseId: toCaseId(dnr), sha256: original.sha256 });
    expect(copy.message).toContain(original.ingestId);
    const record = await getCase(toCaseId(dnr));
    expect(record.revision).toBe(1);
    expect(record.documents).toHaveLength(1);
  });

  it('publishes the same case in new bytes as a new revision and keeps the old one readable', async () => {
    const dnr = freshDnr();
    const v1 = utlatandePdf({ diarienummer: dnr, title: 'Motion om cykelställ', date: '3 april 2019' });
    const v2 = utlatandePdf({
      diarienummer: dnr,
      title: 'Motion om cykelställ vid skolor',
      date: '9 maj 2019',
    });
    await waitForIngest(await uploadBytes('v1.pdf', v1));
    const firstRevision = await getCase(toCaseId(dnr));

    const second = await waitForIngest(await uploadBytes('v2.pdf', v2));

    expect(second.status).toBe('published');
    const latest = await getCase(toCaseId(dnr));
    expect(latest.revision).toBe(firstRevision.revision + 1);
    expect(latest.title).toBe('Motion om cykelställ vid skolor');
    expect(latest.date).toBe('2019-05-09');
    expect(latest.documents).toHaveLength(2);
    expect(latest.createdAt).toBe(firstRevision.createdAt);
    expect(latest.updatedAt > firstRevision.updatedAt).toBe(true);
    const history = await deps.cases.getRevision(toCaseId(dnr), firstRevision.revision);
    expect(history).toMatchObject({
      revision: firstRevision.revision,
      title: 'Motion om cykelställ',
      date: '2019-04-03',
    });
  });

  it('never lets an older version that arrives later overwrite a newer one', async () => {
    const dnr = freshDnr();
    const older = utlatandePdf({
      diarienummer: dnr,
      title: 'Motion om äldre lydelse',
      date: '1 februari 2019',
    });
    const newer = utlatandePdf({
      diarienummer: dnr,
      title: 'Motion om nyare lydelse',
      date: '1 oktober 2019',
    });
    await waitForIngest(await uploadBytes('newer.pdf', newer));

    await waitForIngest(await uploadBytes('older-late.pdf', older));

    const latest = await getCase(toCaseId(dnr));
    expect(latest.title).toBe('Motion om nyare lydelse');
    expect(latest.date).toBe('2019-10-01');
    expect(latest.documents).toHaveLength(2);
  });

  it('loses, doubles and reorders nothing among 50 concurrent uploads', async () => {
    const singles = Array.from({ length: 40 }, (_, i) => {
      const dnr = freshDnr();
      return {
        name: `single-${i}.pdf`,
        dnr,
        bytes: utlatandePdf({ diarienummer: dnr, title: `Motion nummer ${i}` }),
      };
    });
    // 8 re-uploads of the first 4 cases' bytes under other names
    const copies = singles.slice(0, 4).flatMap((s, i) => [
      { name: `copy-${i}-a.pdf`, dnr: s.dnr, bytes: s.bytes },
      { name: `copy-${i}-b.pdf`, dnr: s.dnr, bytes: s.bytes },
    ]);
    const versioned = freshDnr();
    const versions = [
      {
        name: 'version-1.pdf',
        dnr: versioned,
        bytes: utlatandePdf({ diarienummer: versioned, title: 'Första lydelsen', date: '2 mars 2020' }),
      },
      {
        name: 'version-2.pdf',
        dnr: versioned,
        bytes: utlatandePdf({ diarienummer: versioned, title: 'Andra lydelsen', date: '4 juni 2020' }),
      },
    ];
    const uploads = [...singles, ...copies, ...versions];
    expect(uploads).toHaveLength(50);

    const keys = await Promise.all(uploads.map((u) => uploadBytes(u.name, u.bytes)));
    const ingests = await Promise.all(keys.map((k) => waitForIngest(k, 110_000)));

    const bySha = new Map<string, IngestRecord[]>();
    for (const ingest of ingests)
      bySha.set(ingest.sha256 ?? '', [...(bySha.get(ingest.sha256 ?? '') ?? []), ingest]);
    expect(bySha.size).toBe(42);
    for (const group of bySha.values()) {
      expect(group.filter((g) => g.status === 'published')).toHaveLength(1);
      expect(group.filter((g) => g.status === 'duplicate')).toHaveLength(group.length - 1);
    }
    for (const key of keys) expect(await ingestsFor(key)).toHaveLength(1);
    const records = await Promise.all(singles.map((s) => getCase(toCaseId(s.dnr))));
    for (const [i, record] of records.entries()) {
      expect(record).toMatchObject({ title: `Motion nummer ${i}`, revision: 1 });
      expect(record.documents).toHaveLength(1);
    }
    const both = await getCase(toCaseId(versioned));
    expect(both).toMatchObject({ title: 'Andra lydelsen', date: '2020-06-04' });
    expect(both.documents).toHaveLength(2);
    for (let revision = 1; revision <= both.revision; revision++) {
      expect(await deps.cases.getRevision(both.id, revision)).not.toBeNull();
    }
  });
});
