// The sweeper over the real DynamoDB Local and S3 emulator: it finds uploads with no ingest row and
// ingests stuck `queued`/`processing` past the deadline, sends each once (also when two sweepers run
// at once), leaves finished ones and everything outside uploads/ alone, and gives up on an ingest
// that used up its attempts. Its own bucket, so the running stack never ingests these objects; the
// clock is moved forward instead of waiting for deadlines.
import { randomUUID } from 'node:crypto';
import { PutObjectCommand } from '@aws-sdk/client-s3';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createDependencies } from '../../lambdas/dependencies.ts';
import { sweep } from '../../lambdas/sweep-ingests.ts';
import { ENV, localFunctionEnv } from '../../shared/config.ts';
import { registerUpload, toIngestId } from '../../shared/ingest/ingest-object.ts';
import { type SweepDependencies, sweepIngests } from '../../shared/ingest/sweep-ingests.ts';
import { toUploadedObjects, type UploadedObject } from '../../shared/model/s3-event.ts';
import { ensureBucket } from '../../shared/storage/ensure-bucket.ts';
import { ObjectStore } from '../../shared/storage/object-store.ts';

const deps = createDependencies(
  localFunctionEnv({ dynamoPort: inject('dynamoPort'), s3Port: inject('s3Port') }),
);
const bucket = `sweep-${randomUUID().slice(0, 8)}`;
const objects = new ObjectStore(deps.s3, bucket);
const prefix = `uploads/sweep-${randomUUID().slice(0, 8)}/`;
const MINUTE = 60_000;
const STALE = { staleAfterMs: 2 * MINUTE, keyPrefix: prefix };

afterAll(() => {
  deps.dynamo.destroy();
  deps.s3.destroy();
});

/** A sweeper whose clock reads `minutes` from now, recording what it sends. */
function sweeperAt(minutes: number, sent: string[]): SweepDependencies {
  const at = new Date(Date.now() + minutes * MINUTE).toISOString();
  return {
    ingests: deps.ingests,
    objects,
    now: () => at,
    send: async (body) => {
      for (const object of toUploadedObjects(JSON.parse(body))) sent.push(object.key);
      return true;
    },
  };
}

async function put(name: string): Promise<UploadedObject> {
  const key = name.startsWith('uploads/') || name.includes('/') ? name : `${prefix}${name}`;
  const out = await deps.s3.send(new PutObjectCommand({ Bucket: bucket, Key: key, Body: `%PDF ${name}` }));
  return { bucket, key, versionId: null, eTag: out.ETag?.replaceAll('"', '') ?? null, size: 6 + name.length };
}

const ingestOf = async (object: UploadedObject) => deps.ingests.get(toIngestId(object));

describe('sweepIngests', () => {
  const uploads: Record<string, UploadedObject> = {};

  beforeAll(async () => {
    await ensureBucket(deps.s3, bucket);
    uploads.orphan = await put('never-recorded.pdf');
    uploads.stuck = await put('stuck-processing.pdf');
    uploads.queued = await put('stuck-queued.pdf');
    uploads.done = await put('published.pdf');
    uploads.hopeless = await put('kept-failing.pdf');
    uploads.outside = await put(`elsewhere/${prefix}never-an-upload.pdf`);
    const recorded = (o: UploadedObject) => registerUpload(deps, o).then((r) => r.ingestId);
    await deps.ingests.markProcessing(await recorded(uploads.stuck), deps.now());
    await recorded(uploads.queued);
    const done = await recorded(uploads.done);
    await deps.ingests.markProcessing(done, deps.now());
    await deps.ingests.finish(
      done,
      { status: 'published', reason: null, message: null, caseId: 'x', warnings: [] },
      deps.now(),
    );
    const hopeless = await recorded(uploads.hopeless);
    for (let i = 0; i < 10; i++) await deps.ingests.markProcessing(hopeless, deps.now());
  });

  it('leaves everything alone before the deadline', async () => {
    const sent: string[] = [];

    const summary = await sweepIngests(sweeperAt(1, sent), STALE);

    expect(summary).toEqual({ resent: 0, orphans: 0, gaveUp: 0, deferred: 0 });
    expect(sent).toEqual([]);
  });

  it('after the deadline sends each unfinished upload once and gives up on the hopeless one', async () => {
    const sent: string[] = [];

    const summary = await sweepIngests(sweeperAt(5, sent), STALE);

    expect(summary).toEqual({ resent: 2, orphans: 1, gaveUp: 1, deferred: 0 });
    expect(sent.sort()).toEqual([uploads.orphan?.key, uploads.stuck?.key, uploads.queued?.key].sort());
    // the orphan now has a row, so the next sweep sees it like any other stuck upload
    expect(await ingestOf(uploads.orphan as UploadedObject)).toMatchObject({ status: 'queued' });
    expect(await ingestOf(uploads.hopeless as UploadedObject)).toMatchObject({
      status: 'failed',
      reason: 'internal',
      attempts: 10,
    });
    expect(await ingestOf(uploads.done as UploadedObject)).toMatchObject({ status: 'published' });
    expect(await deps.ingests.list({ key: uploads.outside?.key, limit: 5 })).toEqual({
      items: [],
      after: null,
    });
  });

  it('sends nothing again until another deadline has passed', async () => {
    const sent: string[] = [];

    await sweepIngests(sweeperAt(6, sent), STALE);

    expect(sent).toEqual([]);
  });

  it('sends each stuck upload once when two sweepers run at the same time', async () => {
    const sent: string[] = [];

    const [a, b] = await Promise.all([
      sweepIngests(sweeperAt(20, sent), STALE),
      sweepIngests(sweeperAt(20, sent), STALE),
    ]);

    expect(sent.sort()).toEqual([uploads.orphan?.key, uploads.stuck?.key, uploads.queued?.key].sort());
    expect(a.resent + b.resent).toBe(3);
  });
});

describe('the scheduled sweeper (lambdas/sweep-ingests.ts)', () => {
  it('looks back SWEEP_LOOKBACK_HOURS on a regular run and at everything on the nightly one', async () => {
    const own = createDependencies({
      ...localFunctionEnv({ dynamoPort: inject('dynamoPort'), s3Port: inject('s3Port') }),
      [ENV.originalsBucket]: bucket,
    });
    const key = `${prefix}from-last-week.pdf`;
    // an upload registered five days ago that never finished (its object is long gone)
    const fiveDaysAgo = new Date(Date.now() - 5 * 24 * 3_600_000).toISOString();
    await registerUpload(
      { ingests: own.ingests, now: () => fiveDaysAgo },
      { bucket, key, versionId: null, eTag: 'e', size: 10 },
    );
    // SQS is not part of the local stack: the queue is a recorder with the same send()
    const sent: string[] = [];
    const queue = {
      send: async (body: string) => {
        for (const object of toUploadedObjects(JSON.parse(body))) sent.push(object.key);
      },
    };

    const regular = await sweep(own, () => queue, { full: false });
    const sentRegularly = sent.filter((k) => k === key);
    const nightly = await sweep(own, () => queue, { full: true });

    expect(sentRegularly).toEqual([]);
    expect(sent.filter((k) => k === key)).toEqual([key]);
    expect(nightly.resent).toBeGreaterThanOrEqual(1);
    expect(regular.gaveUp + nightly.gaveUp).toBe(0);
    own.dynamo.destroy();
    own.s3.destroy();
  });
});
