// The whole pipeline on one machine: emulators + the real handlers. s3rver's ObjectCreated events
// become SQS-shaped batches for lambdas/ingest-document.ts; the Hono app of lambdas/serve-api.ts
// is served by @hono/node-server. The sweeper (shared/ingest/sweep-ingests.ts, on AWS a scheduled
// function) runs at start over everything and then on a timer, so an upload whose notification or
// retry was lost — a crash, Ctrl-C, an emulator that died mid-batch — is queued again. While
// DynamoDB Local or the S3 emulator is down (they are restarted), the queue holds its batches.
import { type ServerType, serve } from '@hono/node-server';
import { createDependencies, type Dependencies } from '../lambdas/dependencies.ts';
import { createIngestHandler, createPdfReader } from '../lambdas/ingest-handler.ts';
import { createOcrHandler, createOcrReader } from '../lambdas/ocr-document.ts';
import { publishBulk } from '../lambdas/publish-bulk.ts';
import { tokenVerifier } from '../shared/api/archivist-auth.ts';
import { createApp } from '../shared/api/create-app.ts';
import { LOCAL_BULK_BUCKET, LOCAL_ORIGINALS_BUCKET, requireCursorSecret } from '../shared/config.ts';
import { walkFeed } from '../shared/feeds/walk-feed.ts';
import { toIngestId } from '../shared/ingest/ingest-object.ts';
import { recordDeadLetter } from '../shared/ingest/record-dead-letter.ts';
import { toRedriveNotification } from '../shared/ingest/redrive.ts';
import { reextract } from '../shared/ingest/reextract.ts';
import { type SweepSummary, sweepIngests } from '../shared/ingest/sweep-ingests.ts';
import type { IngestRecord } from '../shared/model/ingest-record.ts';
import { encodeS3Key, toUploadedObjects } from '../shared/model/s3-event.ts';
import { BulkStore } from '../shared/storage/bulk-store.ts';
import { type ResolvedToken, resolveArchivistToken } from './archivist-token.ts';
import { LocalQueue } from './local-queue.ts';
import { type LocalServices, startLocalServices } from './local-services.ts';
import { assertPortsFree, PortInUseError } from './start-checks.ts';
import type { PartState } from './supervised-child.ts';

export interface LocalStackOptions {
  dataDir: string;
  port: number;
  dynamoPort: number;
  s3Port: number;
  /** Called once per ingest that reached a terminal status (for the readable log line). */
  onIngested?: (record: IngestRecord, ms: number) => void;
  /** Called for errors the API or the queue swallowed (already turned into a response/status). */
  onError?: (error: unknown) => void;
  /** Called when DynamoDB Local or the S3 emulator goes down, is restarted, comes back or is given up on. */
  onPartChange?: (state: PartState) => void;
  /** Called after each timed sweep that found something to do. */
  onSweep?: (summary: SweepSummary) => void;
  retryDelayMs?: number;
  /** How often the sweeper looks for unfinished uploads (default 30 s). */
  sweepIntervalMs?: number;
  /** An upload not terminal this long after its last change is queued again (default 120 s). */
  staleAfterMs?: number;
  /** The archivist token (ARCHIVIST_TOKEN); unset, the one stored under dataDir (or a new one). */
  archivistToken?: string | undefined;
  /**
   * Run the OCR stage (default true). Without it scans end `needs_ocr: no_text_layer`, as they did
   * before OCR existed, for `npm run reextract -- --status needs_ocr` (the tests of that path use it).
   */
  ocr?: boolean;
  /** How long the API trusts one read of the feed's version (default FEED_VERSION_REUSE_MS, 0). */
  feedVersionReuseMs?: number;
}

export interface LocalStack {
  apiUrl: string;
  s3Endpoint: string;
  bucket: string;
  deps: Dependencies;
  services: LocalServices;
  queue: LocalQueue;
  /** The OCR stage's queue: uploads the ingest handed over, read one at a time. */
  ocrQueue: LocalQueue;
  /** How many stored uploads were queued again at start. */
  requeued: number;
  /** The token the archivist routes accept, and where it came from. */
  archivist: ResolvedToken;
  /** Runs one sweep now (the timer runs them too); what it re-queued. */
  sweep(options?: { staleAfterMs?: number }): Promise<SweepSummary>;
  stop(): Promise<void>;
}

/** The notification S3 would send for a stored object, keys URL-encoded as S3 does. */
function toNotification(bucket: string, key: string, eTag: string | null, size: number | null): string {
  return JSON.stringify({
    Records: [
      {
        eventName: 'ObjectCreated:Put',
        s3: {
          bucket: { name: bucket },
          object: { key: encodeS3Key(key), ...(eTag ? { eTag } : {}), ...(size !== null ? { size } : {}) },
        },
      },
    ],
  });
}

/** The upload a notification names, for the queue's de-duplication (one message per upload). */
function dedupeIdOf(body: string): string | undefined {
  const [object, ...more] = toUploadedObjects(JSON.parse(body));
  return object && more.length === 0 ? toIngestId(object) : undefined;
}

/**
 * Starts the emulators, the queue and the API. Every port is checked before anything starts; if
 * a later step fails (the API port taken meanwhile, say) everything started so far is stopped
 * again, DynamoDB Local's Java process included, before the error is passed on.
 */
export async function startLocalStack(options: LocalStackOptions): Promise<LocalStack> {
  await assertPortsFree([
    { port: options.port, variable: 'PORT', what: 'the feed API and portal' },
    { port: options.dynamoPort, variable: 'DYNAMODB_PORT', what: 'DynamoDB Local' },
    { port: options.s3Port, variable: 'S3_PORT', what: 'the S3 emulator' },
  ]);
  const services = await startLocalServices({
    ...options,
    onPartChange: (state) => options.onPartChange?.(state),
  });
  try {
    return await startOnServices(services, options);
  } catch (error) {
    await services.stop();
    throw error;
  }
}

/** Listens on 127.0.0.1:port; a taken port is a PortInUseError naming PORT, not an 'error' event. */
function listenApi(app: ReturnType<typeof createApp>, port: number): Promise<ServerType> {
  return new Promise((resolve, reject) => {
    const server = serve({ fetch: app.fetch, port, hostname: '127.0.0.1' }, () => {
      server.off('error', onError);
      resolve(server);
    });
    const onError = (error: NodeJS.ErrnoException) => {
      server.close();
      reject(
        error.code === 'EADDRINUSE'
          ? new PortInUseError(
              `port ${port} (PORT, the feed API and portal) is in use — stop what listens there, or set PORT to a free port`,
            )
          : error,
      );
    };
    server.once('error', onError);
  });
}

/** Everything above the emulators. Exported for the test that takes the API port after the check. */
export async function startOnServices(
  services: LocalServices,
  options: LocalStackOptions,
): Promise<LocalStack> {
  const deps = createDependencies(services.env);
  const cleanups: (() => unknown)[] = [() => deps.dynamo.destroy(), () => deps.s3.destroy()];
  try {
    return await startOnDependencies(services, deps, options, cleanups);
  } catch (error) {
    for (const cleanup of cleanups.reverse()) await cleanup();
    throw error;
  }
}

async function startOnDependencies(
  services: LocalServices,
  deps: Dependencies,
  options: LocalStackOptions,
  cleanups: (() => unknown)[],
): Promise<LocalStack> {
  // bulk files (their bucket made by the services): published again once ingests settle (2 s after
  // the last one, queue drained)
  const bulk = new BulkStore(deps.s3, LOCAL_BULK_BUCKET);
  let bulkBaseUrl = '';
  let bulkTimer: NodeJS.Timeout | undefined;
  let bulkRun: Promise<unknown> = Promise.resolve();
  const scheduleBulk = () => {
    clearTimeout(bulkTimer);
    bulkTimer = setTimeout(() => {
      if (queue.depth > 0) return scheduleBulk();
      bulkRun = bulkRun
        .then(() =>
          publishBulk({
            cases: deps.cases,
            bulk,
            objects: deps.objects,
            baseUrl: bulkBaseUrl,
            now: deps.now,
          }),
        )
        .catch((error) => options.onError?.(error));
    }, 2_000);
    bulkTimer.unref();
  };
  // changes made outside this process (`npm run withdraw`) are picked up by a slow poll of the feed
  let bulkNewest: string | null = null;
  const bulkPoll = setInterval(async () => {
    try {
      for await (const newest of walkFeed(deps.cases, { order: 'desc', until: deps.now(), chunk: 1 })) {
        if (bulkNewest !== null && newest.updatedAt !== bulkNewest) scheduleBulk();
        bulkNewest = newest.updatedAt;
        break;
      }
    } catch (error) {
      options.onError?.(error);
    }
  }, 15_000);
  bulkPoll.unref();
  cleanups.push(
    () => clearInterval(bulkPoll),
    () => clearTimeout(bulkTimer),
  );
  // one PDF reader and one OCR reader (their worker threads) for the handlers and archivists'
  // re-extractions; the OCR threads start on the first scan
  const reader = createPdfReader(deps.config);
  const ocrReader = createOcrReader(deps.config);
  cleanups.push(
    () => reader.close(),
    () => ocrReader.close(),
  );
  const onIngested = (record: IngestRecord, ms: number) => {
    options.onIngested?.(record, ms);
    if (record.status === 'published') scheduleBulk();
  };
  const onDeadLetter = async (body: string, lastError: string) => {
    const ended = await recordDeadLetter(deps, JSON.parse(body), lastError);
    for (const record of ended) options.onIngested?.(record, 0);
  };
  const retry = options.retryDelayMs !== undefined ? { retryDelayMs: options.retryDelayMs } : {};
  // the OCR stage as on AWS: its own queue, one document at a time (OCR_THREADS), its own dead letters
  const ocrHandler = createOcrHandler(deps, onIngested, ocrReader.read);
  const ocrQueue = new LocalQueue({
    handler: (event) => ocrHandler(event),
    onDeadLetter,
    onDeadLetterError: (error) => options.onError?.(error),
    isPaused: () => !services.isUp(),
    batchSize: 1,
    concurrency: deps.config.ocr.threads,
    maxReceives: 3,
    ...retry,
  });
  const enqueueOcr = (body: string) => ocrQueue.send(body, dedupeIdOf(body));
  const handler = createIngestHandler(
    deps,
    onIngested,
    reader.read,
    options.ocr === false
      ? undefined
      : async (ingest) => {
          enqueueOcr(toRedriveNotification(deps.objects.bucket, ingest));
        },
  );
  const queue = new LocalQueue({
    handler: (event) => handler(event),
    onDeadLetter,
    onDeadLetterError: (error) => options.onError?.(error),
    isPaused: () => !services.isUp(),
    // several ingests per parser thread in flight, one message each: while one waits on its store
    // round trips another parses (bench e2e: 200 uploads 14.7–17.2 s at 2 batches of 5, 12.5–15 s
    // so; past that the 2 cores are the limit, DynamoDB Local taking as much CPU as the stack)
    concurrency: 4 * deps.config.parseThreads,
    batchSize: 1,
    ...retry,
  });
  cleanups.push(
    () => handler.close(),
    () => queue.stop(),
    // run in reverse: the OCR threads stop first, so a long read ends now and goes back to the queue
    () => ocrQueue.stop(),
    () => ocrReader.close(),
  );
  const enqueue = (body: string) => queue.send(body, dedupeIdOf(body));
  services.onObjectEvent((event) => {
    for (const record of event.Records) {
      if (!record.eventName.startsWith('ObjectCreated')) continue;
      const { key, eTag, size } = record.s3.object;
      enqueue(toNotification(record.s3.bucket.name, key, eTag ?? null, size ?? null));
    }
  });
  const staleAfterMs = options.staleAfterMs ?? 120_000;
  const sweep = (overrides: { staleAfterMs?: number; lookbackMs?: number } = {}) =>
    sweepIngests(
      {
        ...deps,
        send: async (body) => enqueue(body),
        // an upload being read by OCR is `processing` too, with its message in the OCR queue
        isPending: (ingestId) => queue.has(ingestId) || ocrQueue.has(ingestId),
        // the OCR queue lives in memory: what waited in it before a restart is sent again
        ocr: { send: async (body) => enqueueOcr(body), isPending: (ingestId) => ocrQueue.has(ingestId) },
      },
      { staleAfterMs, ...overrides },
    );

  const archivist = resolveArchivistToken({ dataDir: options.dataDir, fromEnv: options.archivistToken });
  const cursorSecret = requireCursorSecret(deps.config);
  const app = createApp({
    cases: deps.cases,
    ingests: deps.ingests,
    objects: deps.objects,
    bulk,
    cursorSecret,
    feedVersionReuseMs: options.feedVersionReuseMs ?? deps.config.feedVersionReuseMs,
    signIn: { verifier: tokenVerifier(archivist.token), mode: { kind: 'token' }, secret: cursorSecret },
    reextract: async (selection, onProgress) => {
      const summary = await reextract(
        {
          ...deps,
          readPdfText: reader.read,
          maxPdfBytes: deps.config.maxPdfBytes,
          ocr: { readOcrText: ocrReader.read, ocrMinConfidence: deps.config.ocr.minConfidence },
        },
        selection,
        (done, total, ingest, result) => onProgress(done, total, ingest.fileName, result),
      );
      scheduleBulk();
      return summary;
    },
    now: deps.now,
    describeParts: () => services.parts(),
    ...(options.onError ? { onError: options.onError } : {}),
  });
  const server = await listenApi(app, options.port);
  cleanups.push(() => new Promise((resolve) => server.close(resolve)));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : options.port;
  // everything unfinished from the last run is stale now: whatever was working on it is gone
  const atStart = await sweep({ staleAfterMs: 0 }).catch((error: unknown) => {
    options.onError?.(error);
    return null;
  });
  const requeued = atStart ? atStart.resent + atStart.orphans : 0;
  bulkBaseUrl = `http://127.0.0.1:${port}`;
  scheduleBulk();
  let sweeping = false;
  const sweepTimer = setInterval(async () => {
    if (sweeping || !services.isUp()) return;
    sweeping = true;
    try {
      // the last two days, as on AWS; the start-up sweep looked at everything
      const summary = await sweep({ lookbackMs: 48 * 3_600_000 });
      if (summary.resent + summary.orphans + summary.gaveUp > 0) options.onSweep?.(summary);
    } catch (error) {
      options.onError?.(error);
    } finally {
      sweeping = false;
    }
  }, options.sweepIntervalMs ?? 30_000);
  sweepTimer.unref();
  cleanups.push(() => clearInterval(sweepTimer));

  return {
    apiUrl: `http://127.0.0.1:${port}`,
    s3Endpoint: services.env.S3_ENDPOINT ?? '',
    bucket: LOCAL_ORIGINALS_BUCKET,
    deps,
    services,
    queue,
    ocrQueue,
    requeued,
    archivist,
    sweep,
    async stop() {
      clearInterval(sweepTimer);
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await queue.stop();
      await handler.close();
      await reader.close();
      // the OCR threads first: a read in flight ends now (waiting for OCR again) instead of in minutes
      await ocrReader.close();
      await ocrQueue.stop();
      clearInterval(bulkPoll);
      clearTimeout(bulkTimer);
      await bulkRun;
      deps.dynamo.destroy();
      deps.s3.destroy();
      await services.stop();
    },
  };
}
