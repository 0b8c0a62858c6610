// How many store round trips one ingest makes, counted by a middleware on the real SDK clients
// against DynamoDB Local and s3rver: every request, and the steps the ingest waits on in sequence
// (requests sent together, e.g. with Promise.all, are one step). A count, never a timing: a merge
// that goes away (or a new write) shows up here, and bench/cold-start.ts measures what it costs.
import { randomInt } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createDependencies } from '../../lambdas/dependencies.ts';
import { ENV, localFunctionEnv } from '../../shared/config.ts';
import { ingestObject } from '../../shared/ingest/ingest-object.ts';
import { extractText } from '../../shared/pdf/extract-text.ts';
import { ensureBucket } from '../../shared/storage/ensure-bucket.ts';
import { utlatandePdf } from '../fixtures/hostile/text-pdf.ts';

// a bucket of its own: the local stack ingests only its originals bucket, so nothing else reads
// these uploads while they are counted
const BUCKET = 'remissvar-round-trips';
const deps = createDependencies({
  ...localFunctionEnv({ dynamoPort: inject('dynamoPort'), s3Port: inject('s3Port') }),
  [ENV.originalsBucket]: BUCKET,
});

interface Trip {
  store: 'dynamodb' | 's3';
  command: string;
  /** 1-based: the step of the ingest it belongs to (a new step starts when nothing is in flight). */
  step: number;
}

let trips: Trip[] = [];
let inFlight = 0;
let step = 0;

async function track<T>(store: Trip['store'], command: string | undefined, send: () => Promise<T>) {
  if (inFlight === 0) step++;
  inFlight++;
  trips.push({ store, command: String(command).replace(/Command$/, ''), step });
  try {
    return await send();
  } finally {
    inFlight--;
  }
}

const counting = { step: 'initialize', name: 'countRoundTrips' } as const;
deps.dynamo.middlewareStack.add(
  (next, context) => (args) => track('dynamodb', context.commandName, () => next(args)),
  counting,
);
deps.s3.middlewareStack.add(
  (next, context) => (args) => track('s3', context.commandName, () => next(args)),
  counting,
);

/** The round trips of `work`, from a clean count. */
async function count(work: () => Promise<unknown>): Promise<{ trips: Trip[]; steps: number }> {
  trips = [];
  step = 0;
  await work();
  // a request the ingest no longer needed (cancelled) may still be winding down
  for (let i = 0; inFlight > 0 && i < 100; i++) await new Promise((r) => setTimeout(r, 10));
  expect(inFlight).toBe(0);
  return { trips, steps: step };
}

const tally = (list: Trip[]) =>
  Object.fromEntries(
    [...new Set(list.map((t) => `${t.store} ${t.command}`))]
      .sort()
      .map((k) => [k, list.filter((t) => `${t.store} ${t.command}` === k).length]),
  );

const run = `${randomInt(100, 999)}${String(Date.now()).slice(-4)}`;
let serial = 0;

async function putUpload(bytes: Uint8Array): Promise<{ key: string; size: number }> {
  const key = `uploads/round-trips/${run}-${++serial}.pdf`;
  await deps.objects.write(key, bytes);
  return { key, size: bytes.byteLength };
}

const ingest = (upload: { key: string; size: number }) =>
  ingestObject(
    { ...deps, readPdfText: extractText, maxPdfBytes: deps.config.maxPdfBytes },
    { bucket: BUCKET, key: upload.key, versionId: null, eTag: null, size: upload.size },
  );

beforeAll(async () => {
  await ensureBucket(deps.s3, BUCKET);
});

afterAll(() => {
  deps.dynamo.destroy();
  deps.s3.destroy();
});

describe('ingestObject round trips', () => {
  it('publishes a new case in 14 requests over 10 steps', async () => {
    const dnr = `2096/${run}001`;
    const upload = await putUpload(utlatandePdf({ diarienummer: dnr, title: 'Räkna rundturer' }));
    let status: string | undefined;
    const { trips: made, steps } = await count(async () => {
      status = (await ingest(upload))?.status;
    });
    expect(status).toBe('published');
    expect(tally(made)).toEqual({
      // register + mark processing (one write), the content's sha256, the feed note, the content's
      // outcome, the ingest's outcome
      'dynamodb UpdateItem': 5,
      // the content claim, the document in its case
      'dynamodb PutItem': 2,
      // is the case withdrawn?; the review entry's fingerprint (with the Query: the case read)
      'dynamodb GetItem': 2,
      // the case's corrections, documents and LATEST in one range
      'dynamodb Query': 1,
      // LATEST + REV#n + the review entry
      'dynamodb TransactWriteItems': 1,
      's3 GetObject': 1,
      // the pinned copy (one conditional put, no HEAD first), the page texts
      's3 PutObject': 2,
    });
    // register ∥ read the bytes; sha256 ∥ claim; the pin (while the parser reads); case look ∥
    // texts; the document; the case read; the revision; the feed note; the content; the outcome
    expect(steps).toBe(10);
    // the bytes are read together with the first write, not after it
    expect(made.filter((t) => t.step === 1).map((t) => t.command)).toEqual(
      expect.arrayContaining(['UpdateItem', 'GetObject']),
    );
  });

  it('answers a duplicate in 6 requests, without pinning or writing its texts', async () => {
    const dnr = `2096/${run}002`;
    const bytes = utlatandePdf({ diarienummer: dnr, title: 'Samma bytes två gånger' });
    const first = await putUpload(bytes);
    expect((await ingest(first))?.status).toBe('published');
    const second = await putUpload(bytes);
    let status: string | undefined;
    const { trips: made, steps } = await count(async () => {
      status = (await ingest(second))?.status;
    });
    expect(status).toBe('duplicate');
    expect(tally(made)).toEqual({
      'dynamodb UpdateItem': 3,
      'dynamodb PutItem': 1,
      // the owner of the bytes, read after the claim's condition failed
      'dynamodb GetItem': 1,
      's3 GetObject': 1,
    });
    // register ∥ read; sha256 ∥ claim, then the owner (once the claim failed, so one step more or
    // not, as the sha256 write happens to end first); the outcome
    expect(steps).toBeGreaterThanOrEqual(3);
    expect(steps).toBeLessThanOrEqual(4);
  });

  it('makes no further round trip for a redelivery of an ended upload than the first write and the read sent with it', async () => {
    const dnr = `2096/${run}003`;
    const upload = await putUpload(utlatandePdf({ diarienummer: dnr, title: 'Två gånger samma händelse' }));
    expect((await ingest(upload))?.status).toBe('published');
    let status: string | undefined;
    const { trips: made, steps } = await count(async () => {
      status = (await ingest(upload))?.status;
    });
    expect(status).toBe('published');
    // the conditional write fails (already ended), the record is read back; the read of the bytes
    // sent with the write is cancelled
    expect(tally(made)).toEqual({ 'dynamodb UpdateItem': 1, 'dynamodb GetItem': 1, 's3 GetObject': 1 });
    expect(steps).toBeLessThanOrEqual(2);
  });
});
