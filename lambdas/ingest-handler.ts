// SQS batch of S3 ObjectCreated notifications → one ingest per uploaded object. A thin adapter:
// the work is shared/ingest/ingest-object.ts. Failed records are reported individually so SQS
// retries only those (and after 5 receives moves them to the DLQ). PDFs are parsed in capped worker
// threads (shared/pdf/isolated-pdf-reader.ts). The Lambda's entry is lambdas/ingest-document.ts,
// which loads this module in the main thread only.
import type { Context, SQSBatchResponse, SQSEvent } from 'aws-lambda';
import { type IngestDependencies, ingestObject } from '../shared/ingest/ingest-object.ts';
import { toRedriveNotification } from '../shared/ingest/redrive.ts';
import type { IngestRecord } from '../shared/model/ingest-record.ts';
import { toUploadedObjects } from '../shared/model/s3-event.ts';
import type { IsolatedPdfReader } from '../shared/pdf/isolated-pdf-reader.ts';
import type { IngestQueue } from '../shared/storage/ingest-queue.ts';
import { createOcrQueue, type Dependencies, getDependencies } from './dependencies.ts';
import { createPdfReader } from './pdf-reader.ts';
import { createJsonSqsBatchHandler } from './sqs-batch-handler.ts';

export type IngestListener = (record: IngestRecord, ms: number) => void;

export { createPdfReader } from './pdf-reader.ts';

/** Hands scans to the OCR queue: its message is the upload's S3 notification, as the ingest got it. */
export function handOverThrough(
  queue: Pick<IngestQueue, 'send'>,
  bucket: string,
): NonNullable<IngestDependencies['handOverToOcr']> {
  return (ingest) => queue.send(toRedriveNotification(bucket, ingest));
}

/**
 * Builds the record handler over given dependencies (the local stack passes its own). Scans go to
 * `handOverToOcr`, by default the stack's OCR queue (OCR_QUEUE_URL); without one they stay `needs_ocr`.
 */
export function createIngestHandler(
  deps: Dependencies,
  onIngested?: IngestListener,
  readPdfText?: IngestDependencies['readPdfText'],
  handOverToOcr?: IngestDependencies['handOverToOcr'],
) {
  const ownReader = readPdfText ? null : createPdfReader(deps.config);
  const ocrQueue = handOverToOcr ? null : createOcrQueue(deps.config);
  const handOver =
    handOverToOcr ?? (ocrQueue ? handOverThrough(ocrQueue, deps.config.originalsBucket) : undefined);
  return Object.assign(
    createBatchHandler(deps, onIngested, readPdfText ?? (ownReader as IsolatedPdfReader).read, handOver),
    {
      /** Stops the parser threads this handler started (the local stack calls it on stop). */
      close: async (): Promise<void> => {
        await ownReader?.close();
      },
    },
  );
}

function createBatchHandler(
  deps: Dependencies,
  onIngested: IngestListener | undefined,
  readPdfText: IngestDependencies['readPdfText'],
  handOverToOcr: IngestDependencies['handOverToOcr'],
) {
  const ingestDeps: IngestDependencies = {
    ...deps,
    readPdfText,
    maxPdfBytes: deps.config.maxPdfBytes,
    handOverToOcr,
  };
  return createJsonSqsBatchHandler(deps.logger, async (body) => {
    for (const object of toUploadedObjects(body)) {
      if (object.bucket !== deps.config.originalsBucket) continue;
      const started = performance.now();
      const record = await ingestObject(ingestDeps, object);
      if (!record) {
        // not an upload (outside uploads/): our own content-addressed copies, or a stray file
        deps.logger.debug('not an upload, ignored', { key: object.key });
        continue;
      }
      const ms = Math.round(performance.now() - started);
      deps.logger.info('ingested', { key: record.key, status: record.status, caseId: record.caseId, ms });
      onIngested?.(record, ms);
    }
  });
}

/**
 * The deployed function's handler, built during init over the parser the entry started first
 * (lambdas/ingest-document.ts): dependencies and SDK clients.
 */
export function createLambdaIngestHandler(
  reader: Pick<IsolatedPdfReader, 'read'>,
): (event: SQSEvent, context: Context) => Promise<SQSBatchResponse> {
  return createIngestHandler(getDependencies(), undefined, reader.read);
}
