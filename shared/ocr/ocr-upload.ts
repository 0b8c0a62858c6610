// One upload handed to OCR (`needs_ocr: ocr_queued`) → `processing` → exactly one terminal status:
// its pinned original read with OCR on the pages without a text layer, then extracted and published
// like any document, or `needs_review: ocr_low_confidence` below the threshold, or `failed` (a page
// bomb is `too_large`, a scan that takes too long `timeout`). Throws only for faults worth a retry.

import { EXTRACTOR_VERSION } from '../extraction/extract-case.ts';
import {
  isUploadObject,
  keepForReview,
  publishDocument,
  readScannedDocument,
  type ScanReadingDependencies,
  toIngestId,
} from '../ingest/ingest-object.ts';
import { readPinnedOriginal } from '../ingest/reextract.ts';
import type { IngestRecord } from '../model/ingest-record.ts';
import type { UploadedObject } from '../model/s3-event.ts';
import type { CaseRepository } from '../storage/case-repository.ts';
import type { IngestOutcome, IngestRepository } from '../storage/ingest-repository.ts';
import { type ObjectStore, ObjectTooLargeError } from '../storage/object-store.ts';

export interface OcrStageDependencies extends ScanReadingDependencies {
  objects: ObjectStore;
  ingests: IngestRepository;
  cases: CaseRepository;
  now: () => string;
  maxPdfBytes: number;
}

/** How often a long OCR run moves its ingest's `updatedAt` (the sweeper's deadline is longer). */
const HEARTBEAT_MS = 30_000;

/**
 * OCRs the upload a message names and returns its finished ingest. Null when there was nothing to do:
 * the object is not an upload, has no ingest row, or is not waiting for OCR (a second message for it).
 */
export async function ocrUpload(
  deps: OcrStageDependencies,
  object: UploadedObject,
): Promise<IngestRecord | null> {
  if (!isUploadObject(object)) return null;
  const ingestId = toIngestId(object);
  const ingest = await deps.ingests.get(ingestId);
  if (!ingest || !(await deps.ingests.markOcrProcessing(ingestId, deps.now()))) return null;
  let outcome: IngestOutcome;
  try {
    outcome = await readAndPublishScan(deps, ingest);
  } catch (error) {
    // a fault (the store, the OCR thread): waiting for OCR again, so the queue's retry can take it
    const why = error instanceof Error ? error.message : String(error);
    await deps.ingests.returnToOcrQueue(ingestId, `OCR failed, to be tried again: ${why}`, deps.now());
    throw error;
  }
  await deps.ingests.finish(ingestId, outcome, deps.now());
  if (ingest.sha256)
    await deps.ingests.settleContent(ingest.sha256, ingestId, outcome.status, outcome.caseId);
  const finished = await deps.ingests.get(ingestId);
  if (!finished) throw new Error(`ingest ${ingestId} vanished`);
  return finished;
}

async function readAndPublishScan(deps: OcrStageDependencies, ingest: IngestRecord): Promise<IngestOutcome> {
  const { sha256 } = ingest;
  if (!sha256) throw new Error(`ingest ${ingest.ingestId} was handed to OCR before its bytes were read`);
  let read: Awaited<ReturnType<typeof readPinnedOriginal>>;
  try {
    read = await readPinnedOriginal(deps, ingest, sha256);
  } catch (error) {
    if (error instanceof ObjectTooLargeError)
      return { status: 'failed', reason: 'too_large', message: error.message, caseId: null, warnings: [] };
    throw error;
  }
  let lastBeat = Date.parse(deps.now());
  const reading = await readScannedDocument(deps, read.bytes, {
    onProgress: ({ done, total }) => {
      const now = deps.now();
      if (Date.parse(now) - lastBeat < HEARTBEAT_MS) return;
      lastBeat = Date.parse(now);
      // best effort: a missed heartbeat costs at most a second OCR run, never a wrong status
      void deps.ingests
        .touchProcessing(ingest.ingestId, `reading by OCR: page ${done} of ${total} done`, now)
        .catch(() => undefined);
    },
  });
  // an unsure scan or one without a Dnr: what OCR read waits for the archivist on the review page
  await keepForReview(deps, ingest.ingestId, sha256, reading);
  if (reading.kind === 'terminal') return reading.outcome;
  if (reading.kind === 'needs_ocr') throw new Error('the OCR reading asked for OCR again');
  return publishDocument(deps, reading, {
    key: ingest.key,
    original: read.original,
    sha256,
    bytes: read.bytes.byteLength,
    uploadedAt: ingest.createdAt,
    extractorVersion: EXTRACTOR_VERSION,
  });
}
