// The whole pipeline on one machine: emulators + the real handlers. s3rver's ObjectCreated events
// become SQS-shaped batches for lambdas/ingest-document.ts; the Hono app of lambdas/serve-api.ts
// is served by @hono/node-server. At start, every stored upload without a terminal status is
// queued again, so a crash or Ctrl-C in the middle of a batch loses nothing.
import { type ServerType, serve } from '@hono/node-server';
import { createDependencies, type Dependencies } from '../lambdas/dependencies.ts';
import { createIngestHandler } from '../lambdas/ingest-document.ts';
import { publishBulk } from '../lambdas/publish-bulk.ts';
import { createApp } from '../shared/api/create-app.ts';
import { LOCAL_BULK_BUCKET, LOCAL_ORIGINALS_BUCKET } from '../shared/config.ts';
import { walkFeed } from '../shared/feeds/walk-feed.ts';
import { toIngestId } from '../shared/ingest/ingest-object.ts';
import { recordDeadLetter } from '../shared/ingest/record-dead-letter.ts';
import { type IngestRecord, isTerminalStatus } from '../shared/model/ingest-record.ts';
import { encodeS3Key } from '../shared/model/s3-event.ts';
import { BulkStore } from '../shared/storage/bulk-store.ts';
import { ensureBucket } from '../shared/storage/ensure-bucket.ts';
import { LocalQueue } from './local-queue.ts';
import { type LocalServices, startLocalServices } from './local-services.ts';
import { assertPortsFree, PortInUseError, startupStep } from './start-checks.ts';

export interface LocalStackOptions {
  dataDir: string;
  port: number;
  dynamoPort: number;
  s3Port: number;
  /** Called once per ingest that reached a terminal status (for the readable log line). */
  onIngested?: (record: IngestRecord, ms: number) => void;
  /** Called for errors the API or the queue swallowed (already turned into a response/status). */
  onError?: (error: unknown) => void;
  retryDelayMs?: number;
}

export interface LocalStack {
  apiUrl: string;
  s3Endpoint: string;
  bucket: string;
  deps: Dependencies;
  services: LocalServices;
  queue: LocalQueue;
  /** How many stored uploads were queued again at start. */
  requeued: number;
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

/** Queues every stored upload whose ingest has no terminal status (or was never recorded). */
async function requeueUnfinished(deps: Dependencies, queue: LocalQueue): Promise<number> {
  let count = 0;
  for await (const object of deps.objects.list()) {
    const ingestId = toIngestId({
      bucket: deps.objects.bucket,
      key: object.key,
      versionId: null,
      eTag: object.eTag,
    });
    const ingest = await deps.ingests.get(ingestId);
    if (ingest && isTerminalStatus(ingest.status)) continue;
    queue.send(toNotification(deps.objects.bucket, object.key, object.eTag, object.size));
    count++;
  }
  return count;
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
  const services = await startLocalServices(options);
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
  // bulk files: published again once ingests settle (2 s after the last one, queue drained)
  await startupStep(`create the bucket ${LOCAL_BULK_BUCKET} in the S3 emulator (under DATA_DIR/s3)`, () =>
    ensureBucket(deps.s3, LOCAL_BULK_BUCKET),
  );
  const bulk = new BulkStore(deps.s3, LOCAL_BULK_BUCKET);
  let bulkBaseUrl = '';
  let bulkTimer: NodeJS.Timeout | undefined;
  let bulkRun: Promise<unknown> = Promise.resolve();
  const scheduleBulk = () => {
    clearTimeout(bulkTimer);
    bulkTimer = setTimeout(() => {
      if (queue.depth > 0) return scheduleBulk();
      bulkRun = bulkRun
        .then(() => publishBulk({ cases: deps.cases, bulk, baseUrl: bulkBaseUrl, now: deps.now }))
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
  const handler = createIngestHandler(deps, (record, ms) => {
    options.onIngested?.(record, ms);
    if (record.status === 'published') scheduleBulk();
  });
  const queue = new LocalQueue({
    handler: (event) => handler(event),
    onDeadLetter: async (body, lastError) => {
      const ended = await recordDeadLetter(deps, JSON.parse(body), lastError);
      for (const record of ended) options.onIngested?.(record, 0);
    },
    ...(options.retryDelayMs !== undefined ? { retryDelayMs: options.retryDelayMs } : {}),
  });
  cleanups.push(
    () => handler.close(),
    () => queue.stop(),
  );
  services.onObjectEvent((event) => {
    for (const record of event.Records) {
      if (!record.eventName.startsWith('ObjectCreated')) continue;
      const { key, eTag, size } = record.s3.object;
      queue.send(toNotification(record.s3.bucket.name, key, eTag ?? null, size ?? null));
    }
  });

  const app = createApp({
    cases: deps.cases,
    ingests: deps.ingests,
    objects: deps.objects,
    bulk,
    cursorSecret: deps.config.cursorSecret,
    now: deps.now,
    ...(options.onError ? { onError: options.onError } : {}),
  });
  const server = await listenApi(app, options.port);
  cleanups.push(() => new Promise((resolve) => server.close(resolve)));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : options.port;
  const requeued = await requeueUnfinished(deps, queue);
  bulkBaseUrl = `http://127.0.0.1:${port}`;
  scheduleBulk();

  return {
    apiUrl: `http://127.0.0.1:${port}`,
    s3Endpoint: services.env.S3_ENDPOINT ?? '',
    bucket: LOCAL_ORIGINALS_BUCKET,
    deps,
    services,
    queue,
    requeued,
    async stop() {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await queue.stop();
      await handler.close();
      clearInterval(bulkPoll);
      clearTimeout(bulkTimer);
      await bulkRun;
      deps.dynamo.destroy();
      deps.s3.destroy();
      await services.stop();
    },
  };
}
