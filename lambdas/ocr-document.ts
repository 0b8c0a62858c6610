// SQS batch from the OCR queue (S3 notifications of uploads the ingest handed over) → each upload read
// with OCR and published, or sent to review. A thin adapter over shared/ocr/ocr-upload.ts. Pages are
// rendered and read in a capped worker thread (shared/pdf/ocr/isolated-ocr-reader.ts) that starts
// from this same bundle file, with Tesseract's files shipped beside it (cdk/constructs/ocr-pipeline.ts).
import '../shared/pdf/ocr/canvas-runtime.ts';
import type { Context, SQSBatchResponse, SQSEvent } from 'aws-lambda';
import type { ReadOcrText } from '../shared/ingest/ingest-object.ts';
import type { IngestRecord } from '../shared/model/ingest-record.ts';
import { toUploadedObjects } from '../shared/model/s3-event.ts';
import { ocrUpload } from '../shared/ocr/ocr-upload.ts';
import { IsolatedOcrReader } from '../shared/pdf/ocr/isolated-ocr-reader.ts';
import { type Dependencies, getDependencies } from './dependencies.ts';
import { createJsonSqsBatchHandler } from './sqs-batch-handler.ts';

export type OcrListener = (record: IngestRecord, ms: number) => void;

/** The OCR reader the handler uses unless one is passed in: worker threads capped by the config. */
export function createOcrReader(config: Pick<Dependencies['config'], 'ocr' | 'parseMaxInflatedMb'>) {
  const { ocr } = config;
  return new IsolatedOcrReader({
    timeoutMs: ocr.timeoutMs,
    memoryMb: ocr.memoryMb,
    maxInflatedBytes: config.parseMaxInflatedMb * 2 ** 20,
    threads: ocr.threads,
    limits: {
      dpi: ocr.dpi,
      maxOcrPages: ocr.maxPages,
      // a page bomb is refused on its page count alone, before the text of its pages is read
      maxPages: ocr.maxPages * 10,
      maxPagePixels: ocr.maxPagePixels,
      maxImagePixels: ocr.maxImagePixels,
    },
  });
}

/** Builds the record handler over given dependencies (the local stack passes its own). */
export function createOcrHandler(deps: Dependencies, onRead?: OcrListener, readOcrText?: ReadOcrText) {
  const ownReader = readOcrText ? null : createOcrReader(deps.config);
  const read = readOcrText ?? (ownReader as IsolatedOcrReader).read;
  const stageDeps = {
    ...deps,
    readOcrText: read,
    ocrMinConfidence: deps.config.ocr.minConfidence,
    maxPdfBytes: deps.config.maxPdfBytes,
  };
  const handle = createJsonSqsBatchHandler(deps.logger, async (body) => {
    for (const object of toUploadedObjects(body)) {
      if (object.bucket !== deps.config.originalsBucket) continue;
      const started = performance.now();
      const record = await ocrUpload(stageDeps, object);
      if (!record) {
        // not waiting for OCR (read already: a repeated message), or no upload at all
        deps.logger.debug('nothing to OCR', { key: object.key });
        continue;
      }
      const ms = Math.round(performance.now() - started);
      deps.logger.info('ocr read', { key: record.key, status: record.status, reason: record.reason, ms });
      onRead?.(record, ms);
    }
  });
  return Object.assign(handle, {
    /** Stops the OCR threads this handler started (the local stack calls it on stop). */
    close: async (): Promise<void> => {
      await ownReader?.close();
    },
  });
}

let handlerInstance: ReturnType<typeof createOcrHandler> | undefined;

export const handler = (event: SQSEvent, context: Context): Promise<SQSBatchResponse> => {
  handlerInstance ??= createOcrHandler(getDependencies());
  return handlerInstance(event, context);
};
