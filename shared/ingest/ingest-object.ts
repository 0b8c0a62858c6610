// One uploaded object → exactly one terminal ingest status, and a published case when it reads.
// Idempotent per object (key + version/eTag) and per content (sha256). Throws only for faults worth
// a retry (the store is down); a bad PDF is a terminal status, never an exception (trap 5). Objects
// outside uploads/ are not uploads (pinned copies, stray files): refused, with no ingest row.
import { createHash } from 'node:crypto';
import path from 'node:path';
import { EXTRACTOR_VERSION, extractCase } from '../extraction/extract-case.ts';
import { plainPageTexts } from '../extraction/text/document-text.ts';
import { toCaseId } from '../model/case-id.ts';
import { type IngestRecord, isAwaitingOcr } from '../model/ingest-record.ts';
import { findObjectKeyProblem, type OriginalRef, pinnedKeyOf, UPLOAD_PREFIX } from '../model/object-key.ts';
import type { UploadedObject } from '../model/s3-event.ts';
import {
  capConfidences,
  isBelowOcrThreshold,
  summariseOcr,
  TEXT_LAYER,
  type TextProvenance,
} from '../ocr/ocr-quality.ts';
import type { PdfText } from '../pdf/extract-text.ts';
import type { OcrReadOptions } from '../pdf/ocr/isolated-ocr-reader.ts';
import type { OcrText } from '../pdf/ocr/read-pdf-with-ocr.ts';
import { findPagesLackingText, hasImages } from '../pdf/ocr/scanned-pages.ts';
import { PdfReadError } from '../pdf/pdf-errors.ts';
import type { PositionedPage } from '../pdf/positioned-text.ts';
import { findMotionNumberAsDiarienummer } from '../publishing/case-identity.ts';
import type { CaseRepository } from '../storage/case-repository.ts';
import type { IngestOutcome, IngestRepository } from '../storage/ingest-repository.ts';
import { type ObjectStore, ObjectTooLargeError } from '../storage/object-store.ts';
import { type DocumentReading, publishDocument, type UnreadReading } from './publish-document.ts';

// re-exported: the ingest's callers read and publish through this module
export { type DocumentReading, publishDocument, withIdentity } from './publish-document.ts';

export interface IngestDependencies {
  objects: ObjectStore;
  ingests: IngestRepository;
  cases: CaseRepository;
  /** PDF bytes → page texts; throws PdfReadError for unreadable input. */
  readPdfText: (bytes: Uint8Array) => Promise<PdfText>;
  now: () => string;
  maxPdfBytes: number;
  /**
   * Hands an upload with pages that have no text layer to the OCR stage (its queue). Without it, such
   * an upload ends `needs_ocr: no_text_layer`, for `npm run reextract -- --status needs_ocr` later.
   */
  handOverToOcr?: ((ingest: IngestRecord) => Promise<void>) | undefined;
}

/** PDF bytes → page texts with OCR where pages lack a text layer (shared/pdf/ocr/). */
export type ReadOcrText = (bytes: Uint8Array, options?: OcrReadOptions) => Promise<OcrText>;

/** What reading a scan needs: the OCR reader and the confidence below which a person checks it. */
export interface ScanReadingDependencies {
  readOcrText: ReadOcrText;
  /** Mean OCR confidence (0–1) below which the upload goes to review instead of being published. */
  ocrMinConfidence: number;
  extract?: typeof extractCase;
}

/** Stable id of one uploaded object version: the same S3 event twice is the same ingest. */
export function toIngestId(object: Pick<UploadedObject, 'bucket' | 'key' | 'versionId' | 'eTag'>): string {
  const identity = `${object.bucket}/${object.key}#${object.versionId ?? object.eTag ?? ''}`;
  return createHash('sha256').update(identity).digest('hex').slice(0, 32);
}

/** What an ingest record says about its object, from the S3 notification. */
function uploadOf(object: UploadedObject) {
  return {
    ingestId: toIngestId(object),
    key: object.key,
    fileName: path.posix.basename(object.key),
    versionId: object.versionId,
    eTag: object.eTag,
    bytes: object.size,
  };
}

/** Records the upload as `queued` unless it was seen before; the record either way. */
export async function registerUpload(
  deps: Pick<IngestDependencies, 'ingests' | 'now'>,
  object: UploadedObject,
): Promise<IngestRecord> {
  const { record } = await deps.ingests.register(uploadOf(object), deps.now());
  return record;
}

/** Only keys under uploads/ are uploads; everything else in the bucket is left alone. */
export const isUploadObject = (object: Pick<UploadedObject, 'key'>): boolean =>
  object.key.startsWith(UPLOAD_PREFIX);

/**
 * Ingests one upload to its terminal status. Null (nothing recorded) for an object outside
 * uploads/: the pipeline's own content-addressed copies, or a file put somewhere else by hand.
 */
export async function ingestObject(
  deps: IngestDependencies,
  object: UploadedObject,
): Promise<IngestRecord | null> {
  if (!isUploadObject(object)) return null;
  // a refusal needs no read; otherwise the read goes out with the first write (one round trip for
  // both): its bytes are used only once the upload is recorded as processing, and a redelivery of
  // an ended upload cancels the read
  const unneeded = new AbortController();
  const pending = refusalOf(deps, object) ?? settled(readUpload(deps, object, unneeded.signal));
  // recorded and marked processing in one write (registerUpload + markProcessing)
  const { record, started } = await deps.ingests
    .registerProcessing(uploadOf(object), deps.now())
    .catch((error: unknown) => {
      unneeded.abort();
      throw error;
    });
  const { ingestId } = record;
  if (!started) {
    unneeded.abort();
    // already ended here; if it waits for OCR, the hand-over may be what got lost: send it again
    // (a second OCR message is a no-op, the OCR stage takes an upload only once)
    if (isAwaitingOcr(record)) await deps.handOverToOcr?.(record);
    return record;
  }
  const outcome = pending instanceof Promise ? await decide(deps, record, object, await pending) : pending;
  // the record as written comes back with the write; read only if another attempt ended it first
  const finished =
    (await deps.ingests.finishReturning(ingestId, outcome, deps.now())) ?? (await deps.ingests.get(ingestId));
  if (!finished) throw new Error(`ingest ${ingestId} vanished`);
  if (isAwaitingOcr(finished)) await deps.handOverToOcr?.(finished);
  return finished;
}

type Read = { bytes: Uint8Array; versionId: string | null };
type Settled<T> = { value: T } | { error: unknown };

/** A promise that never rejects: started before it is awaited, it must not be an unhandled rejection. */
function settled<T>(promise: Promise<T>): Promise<Settled<T>> {
  return promise.then(
    (value) => ({ value }),
    (error: unknown) => ({ error }),
  );
}

/** What refuses an upload before any byte is read: a bad key, or a size over the limit. */
function refusalOf(
  deps: Pick<IngestDependencies, 'maxPdfBytes'>,
  object: UploadedObject,
): IngestOutcome | null {
  const keyProblem = findObjectKeyProblem(object.key);
  if (keyProblem) return failed('bad_key', `refused unread: ${keyProblem}`);
  if (object.size !== null && object.size > deps.maxPdfBytes) {
    return failed('too_large', `${object.size} bytes is over the limit of ${deps.maxPdfBytes}`);
  }
  return null;
}

function readUpload(
  deps: Pick<IngestDependencies, 'objects' | 'maxPdfBytes'>,
  object: UploadedObject,
  signal: AbortSignal,
) {
  return deps.objects.readObject(object.key, {
    versionId: object.versionId,
    maxBytes: deps.maxPdfBytes,
    signal,
  });
}

async function decide(
  deps: IngestDependencies,
  ingest: IngestRecord,
  object: UploadedObject,
  read: Settled<Read>,
): Promise<IngestOutcome> {
  const { ingestId } = ingest;
  if ('error' in read) {
    if (read.error instanceof ObjectTooLargeError) return failed('too_large', read.error.message);
    throw read.error;
  }
  const { bytes } = read.value;
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  // two items, independent of each other: written together (each is idempotent on a retry)
  const [, claim] = await Promise.all([
    deps.ingests.setContent(ingestId, sha256, bytes.byteLength, deps.now()),
    deps.ingests.claimContent(sha256, ingestId, deps.now()),
  ]);
  if (!claim.owned) {
    return {
      status: 'duplicate',
      reason: null,
      message: `same bytes as upload ${claim.ownerIngestId}`,
      caseId: claim.ownerCaseId,
      warnings: [],
    };
  }
  // the exact bytes are pinned (wherever the key goes from here) while the parser reads them, and
  // before anything is published from them: readAndPublish awaits the pin before its first write
  const original = pinOriginal(deps, { key: object.key, versionId: read.value.versionId }, sha256, bytes);
  const outcome = await readAndPublish(deps, ingest, object, original, sha256, bytes);
  await deps.ingests.settleContent(sha256, ingestId, outcome.status, outcome.caseId);
  return outcome;
}

/**
 * Where these exact bytes stay: the object version that was read (a versioned bucket keeps it
 * whatever later happens at the key), or else a content-addressed copy `originals/sha256/<hash>`.
 */
export function pinOriginal(
  deps: Pick<IngestDependencies, 'objects'>,
  read: OriginalRef,
  sha256: string,
  bytes: Uint8Array,
): Promise<OriginalRef> {
  if (read.versionId) return Promise.resolve(read);
  return deps.objects.pinCopy(pinnedKeyOf(sha256), bytes);
}

/**
 * Bytes → a terminal outcome (unreadable, no Dnr), the case they belong to, or `needs_ocr` when some
 * page has no text layer and there is something to read on it: every page lacks one, or the file
 * holds images (a blank page in a digital document with no picture anywhere is just blank). No writes.
 */
export async function readDocument(
  deps: Pick<IngestDependencies, 'readPdfText'> & { extract?: typeof extractCase },
  bytes: Uint8Array,
): Promise<DocumentReading> {
  let text: PdfText;
  try {
    text = await deps.readPdfText(bytes);
  } catch (error) {
    if (error instanceof PdfReadError)
      return { kind: 'terminal', outcome: failed(error.reason, error.message) };
    throw error;
  }
  const lacking = findPagesLackingText(text.pages);
  if (lacking.length > 0 && (lacking.length === text.pages.length || hasImages(bytes))) {
    return { kind: 'needs_ocr', pages: text.pages.length, pagesLackingText: lacking };
  }
  return interpretPages(deps, text.pages, TEXT_LAYER, null);
}

/**
 * Bytes → what they read as with OCR on the pages without a text layer (the OCR stage, and
 * re-extraction of `needs_ocr` uploads). A mean OCR confidence below the threshold is
 * `needs_review: ocr_low_confidence`, before any case id is derived from what may be misread; what
 * OCR read is kept for the archivist all the same.
 */
export async function readScannedDocument(
  deps: ScanReadingDependencies,
  bytes: Uint8Array,
  options: OcrReadOptions = {},
): Promise<DocumentReading> {
  let text: OcrText;
  try {
    text = await deps.readOcrText(bytes, options);
  } catch (error) {
    if (error instanceof PdfReadError)
      return { kind: 'terminal', outcome: failed(error.reason, error.message) };
    throw error;
  }
  return interpretPages(deps, text.pages, summariseOcr(text.readings), deps.ocrMinConfidence);
}

/** Where a document's words came from, for a person reading a status line. */
function describeProvenance(text: TextProvenance): string {
  const pages = text.ocrPages.map((p) => p.page).join(', ');
  return `OCR mean confidence ${text.ocrConfidence?.toFixed(2)} on page(s) ${pages}`;
}

/** Page texts → a terminal outcome (low OCR confidence, no Dnr, a motion number) or the case. */
function interpretPages(
  deps: { extract?: typeof extractCase },
  pages: PositionedPage[],
  text: TextProvenance,
  ocrMinConfidence: number | null,
): DocumentReading {
  const read = (deps.extract ?? extractCase)(pages);
  const extracted = capConfidences(read.record, text);
  const { issues } = read;
  const pageTexts = plainPageTexts(pages);
  const unread: UnreadReading = {
    extracted,
    pages: pages.length,
    warnings: issues,
    ...(text.textSource === 'text' ? {} : { text }),
  };
  if (ocrMinConfidence !== null && isBelowOcrThreshold(text, ocrMinConfidence, pages)) {
    const outcome = {
      ...terminal(
        'needs_review',
        'ocr_low_confidence',
        `${describeProvenance(text)} is below the publishing threshold ${ocrMinConfidence.toFixed(2)}`,
      ),
      warnings: issues,
      ocrConfidence: text.ocrConfidence,
    };
    return { kind: 'terminal', outcome, unread, pageTexts };
  }
  if (!extracted.diarienummer) {
    const outcome = {
      ...terminal('needs_review', 'no_diarienummer', 'no diarienummer found'),
      warnings: issues,
    };
    return { kind: 'terminal', outcome, unread, pageTexts };
  }
  // a case id from the motion's number would be wrong for good: a person reads the Dnr instead
  const motionNumber = findMotionNumberAsDiarienummer(extracted, pages);
  if (motionNumber) {
    const outcome = {
      ...terminal('needs_review', 'id_from_motion_number', motionNumber.message),
      warnings: [...issues, motionNumber],
    };
    return { kind: 'terminal', outcome, unread: { ...unread, warnings: outcome.warnings }, pageTexts };
  }
  const caseId = toCaseId(extracted.municipality, extracted.diarienummer);
  return {
    kind: 'case',
    caseId,
    pages: pages.length,
    pageTexts,
    extracted,
    warnings: issues,
    text,
  };
}

/**
 * Keeps what an archivist needs to complete an unread document (no Dnr): its extraction and its
 * page texts (a published document's texts are written when it is published).
 */
export async function keepForReview(
  deps: Pick<IngestDependencies, 'ingests' | 'objects'>,
  ingestId: string,
  sha256: string,
  reading: DocumentReading,
  extractorVersion: string = EXTRACTOR_VERSION,
): Promise<void> {
  if (reading.kind !== 'terminal' || !reading.unread || !reading.pageTexts) return;
  await deps.objects.writePageTexts(sha256, reading.pageTexts);
  await deps.ingests.saveReading(ingestId, { ...reading.unread, extractorVersion });
}

async function readAndPublish(
  deps: IngestDependencies,
  ingest: IngestRecord,
  object: UploadedObject,
  pinning: Promise<OriginalRef>,
  sha256: string,
  bytes: Uint8Array,
): Promise<IngestOutcome> {
  // both run at once; Promise.all handles either one's failure (no unhandled rejection)
  const [original, reading] = await Promise.all([pinning, readDocument(deps, bytes)]);
  if (reading.kind === 'needs_ocr') return needsOcrOutcome(reading, deps.handOverToOcr !== undefined);
  await keepForReview(deps, ingest.ingestId, sha256, reading);
  if (reading.kind === 'terminal') return reading.outcome;
  return publishDocument(deps, reading, {
    key: object.key,
    original,
    sha256,
    bytes: bytes.byteLength,
    uploadedAt: ingest.createdAt,
    extractorVersion: EXTRACTOR_VERSION,
  });
}

/** `needs_ocr`: queued for the OCR stage when there is one, parked for re-extraction otherwise. */
export function needsOcrOutcome(
  reading: Extract<DocumentReading, { kind: 'needs_ocr' }>,
  queued: boolean,
): IngestOutcome {
  const which =
    reading.pagesLackingText.length === reading.pages
      ? `none of its ${reading.pages} page(s) has a text layer`
      : `page(s) ${reading.pagesLackingText.join(', ')} of ${reading.pages} have no text layer`;
  return queued
    ? terminal('needs_ocr', 'ocr_queued', `${which}: queued for OCR`)
    : terminal('needs_ocr', 'no_text_layer', `${which} (a scan?); it needs OCR`);
}

function failed(reason: string, message: string): IngestOutcome {
  return terminal('failed', reason, message);
}

function terminal(status: IngestOutcome['status'], reason: string, message: string): IngestOutcome {
  return { status, reason, message, caseId: null, warnings: [] };
}
