// Stored originals → re-run of the current parser and extractor → updated case documents, published
// only when their public content changed (buildCaseRecord keeps revision/updatedAt otherwise), and
// `needs_review`/`needs_ocr` uploads that now read as a case become `published`. Never alters an upload.
import { EXTRACTOR_VERSION, type extractCase } from '../extraction/extract-case.ts';
import type { IngestRecord, IngestStatus } from '../model/ingest-record.ts';
import { type OriginalRef, pinnedKeyOf } from '../model/object-key.ts';
import type { CaseRepository } from '../storage/case-repository.ts';
import type { IngestRepository } from '../storage/ingest-repository.ts';
import { type ObjectStore, ObjectTooLargeError, OriginalMismatchError } from '../storage/object-store.ts';
import {
  type DocumentReading,
  type IngestDependencies,
  keepForReview,
  pinOriginal,
  publishDocument,
  type ReadOcrText,
  readDocument,
  readScannedDocument,
  withIdentity,
} from './ingest-object.ts';

export interface ReextractSelection {
  /** Uploads with this status; default `published`, `needs_review` and `needs_ocr`. */
  status?: IngestStatus | undefined;
  /** Only case documents extracted by an extractor older than this version (`1.2.0`). */
  beforeVersion?: string | undefined;
  /** Only uploads whose key starts with this. */
  keyPrefix?: string | undefined;
  /** Only the uploads of this case. */
  caseId?: string | undefined;
}

export interface ReextractDependencies {
  objects: ObjectStore;
  ingests: IngestRepository;
  cases: CaseRepository;
  readPdfText: IngestDependencies['readPdfText'];
  now: () => string;
  maxPdfBytes: number;
  /** The extractor and its version; the current ones unless a test stands in a newer one. */
  extract?: typeof extractCase;
  extractorVersion?: string;
  /**
   * OCR for documents whose pages lack a text layer (`needs_ocr` uploads, scans published before);
   * without it they keep their status. `ocrMinConfidence` as in the OCR stage.
   */
  ocr?: { readOcrText: ReadOcrText; ocrMinConfidence: number } | undefined;
}

/** What happened to one upload. */
export type ReextractResult =
  /** its case's published content changed: a new revision */
  | 'changed'
  /** re-read, stored with the current extractor version; the published case did not change */
  | 'unchanged'
  /** was needs_review/needs_ocr, now a case: published */
  | 'published'
  /** still no case in it (its status updated if it now ends differently, e.g. OCR sent it to review) */
  | 'still_unread'
  /** now reads as another case, or no longer as a case: left as published, for a person to look at */
  | 'conflict'
  /** the original is gone or too large */
  | 'missing';

export type ReextractSummary = Record<ReextractResult, number>;

/** The contract's statuses whose uploads own their bytes and may read differently with a new extractor. */
const REEXTRACTABLE: readonly IngestStatus[] = ['published', 'needs_review', 'needs_ocr'];

/** Every ingest the selection names, oldest listing order kept; duplicates never (they own no bytes). */
export async function selectForReextraction(
  deps: Pick<ReextractDependencies, 'ingests' | 'cases'>,
  selection: ReextractSelection,
): Promise<IngestRecord[]> {
  const statuses = selection.status ? [selection.status] : REEXTRACTABLE;
  const chosen: IngestRecord[] = [];
  for (const status of statuses) {
    let after: string | undefined;
    do {
      const page = await deps.ingests.list({ status, limit: 500, after });
      for (const ingest of page.items) {
        if (selection.keyPrefix && !ingest.key.startsWith(selection.keyPrefix)) continue;
        if (selection.caseId && ingest.caseId !== selection.caseId) continue;
        if (selection.beforeVersion && !(await isOlderExtraction(deps, ingest, selection.beforeVersion)))
          continue;
        chosen.push(ingest);
      }
      after = page.after ?? undefined;
    } while (after);
  }
  return chosen;
}

/** A published upload's stored extractor version is below `version`; unread uploads always qualify. */
async function isOlderExtraction(
  deps: Pick<ReextractDependencies, 'cases'>,
  ingest: IngestRecord,
  version: string,
): Promise<boolean> {
  if (ingest.status !== 'published' || !ingest.caseId) return true;
  const documents = await deps.cases.getDocuments(ingest.caseId);
  const stored = documents.find((d) => d.document.sha256 === ingest.sha256);
  return !stored || compareVersions(stored.extractorVersion, version) < 0;
}

/** `1.2.0` vs `1.10.0`, numerically per part. */
export function compareVersions(a: string, b: string): number {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return Number.isNaN(d) ? a.localeCompare(b) : Math.sign(d);
  }
  return 0;
}

/**
 * The exact bytes an ingest read, verified against its sha256: its S3 version, or the pinned
 * copy, or (for uploads ingested before pinning) the key itself, pinned now if it still holds them.
 */
export async function readPinnedOriginal(
  deps: Pick<ReextractDependencies, 'objects' | 'maxPdfBytes'>,
  ingest: IngestRecord,
  sha256: string,
): Promise<{ original: OriginalRef; bytes: Uint8Array }> {
  const pinned: OriginalRef = ingest.versionId
    ? { key: ingest.key, versionId: ingest.versionId }
    : { key: pinnedKeyOf(sha256), versionId: null };
  if (ingest.versionId || (await deps.objects.exists(pinned.key))) {
    return { original: pinned, bytes: await deps.objects.readVerified(pinned, sha256, deps.maxPdfBytes) };
  }
  const bytes = await deps.objects.readVerified(
    { key: ingest.key, versionId: null },
    sha256,
    deps.maxPdfBytes,
  );
  return { original: await pinOriginal(deps, { key: ingest.key, versionId: null }, sha256, bytes), bytes };
}

/** Re-reads one upload's original with the current extractor and records what changed. */
export async function reextractIngest(
  deps: ReextractDependencies,
  ingest: IngestRecord,
): Promise<ReextractResult> {
  const sha256 = ingest.sha256;
  if (!sha256) return 'missing';
  let original: OriginalRef;
  let bytes: Uint8Array;
  try {
    ({ original, bytes } = await readPinnedOriginal(deps, ingest, sha256));
  } catch (error) {
    if (
      error instanceof ObjectTooLargeError ||
      error instanceof OriginalMismatchError ||
      (error as Error).name === 'NoSuchKey'
    )
      return 'missing';
    throw error;
  }
  let reading: DocumentReading = await readDocument(deps, bytes);
  if (reading.kind === 'needs_ocr' && deps.ocr) {
    reading = await readScannedDocument(
      { ...deps.ocr, ...(deps.extract ? { extract: deps.extract } : {}) },
      bytes,
    );
  }
  await keepForReview(deps, ingest.ingestId, sha256, reading, deps.extractorVersion ?? EXTRACTOR_VERSION);
  // a Dnr an archivist entered names the case, whatever this extractor reads
  if (ingest.identity && reading.kind !== 'needs_ocr') {
    const read =
      reading.kind === 'case'
        ? reading
        : reading.unread && { ...reading.unread, pageTexts: reading.pageTexts ?? [] };
    if (read) reading = withIdentity(read, ingest.identity);
  }
  if (reading.kind !== 'case') {
    if (ingest.status === 'published') return 'conflict';
    // an unread upload that now ends elsewhere (OCR sent it to review, or found it too large) says so
    const outcome = reading.kind === 'terminal' ? reading.outcome : null;
    if (outcome && (outcome.status !== ingest.status || outcome.reason !== ingest.reason)) {
      if (await deps.ingests.revise(ingest.ingestId, ingest.status, outcome, deps.now()))
        await deps.ingests.settleContent(sha256, ingest.ingestId, outcome.status, outcome.caseId);
    }
    return 'still_unread';
  }
  if (ingest.status === 'published' && reading.caseId !== ingest.caseId) return 'conflict';
  const before = ingest.caseId ? await deps.cases.get(ingest.caseId) : null;
  const outcome = await publishDocument(deps, reading, {
    key: ingest.key,
    original,
    sha256,
    bytes: bytes.byteLength,
    // the document's upload time is public content: keep the original one
    uploadedAt: ingest.createdAt,
    extractorVersion: deps.extractorVersion ?? EXTRACTOR_VERSION,
    identity: ingest.identity ?? undefined,
  });
  if (outcome.status !== 'published') {
    // its case was withdrawn meanwhile: an unread upload now says so; a published one stays as it was
    if (ingest.status !== 'published' && ingest.reason !== outcome.reason)
      await deps.ingests.revise(ingest.ingestId, ingest.status, outcome, deps.now());
    return ingest.status === 'published' ? 'unchanged' : 'still_unread';
  }
  if (ingest.status !== 'published') {
    await deps.ingests.revise(ingest.ingestId, ingest.status, outcome, deps.now());
    await deps.ingests.settleContent(sha256, ingest.ingestId, 'published', outcome.caseId);
    return 'published';
  }
  const after = await deps.cases.get(reading.caseId);
  return after && before && after.revision === before.revision ? 'unchanged' : 'changed';
}

/** Re-extracts every selected upload in turn; `onProgress` after each. */
export async function reextract(
  deps: ReextractDependencies,
  selection: ReextractSelection,
  onProgress?: (done: number, total: number, ingest: IngestRecord, result: ReextractResult) => void,
): Promise<ReextractSummary> {
  const chosen = await selectForReextraction(deps, selection);
  const summary: ReextractSummary = {
    changed: 0,
    unchanged: 0,
    published: 0,
    still_unread: 0,
    conflict: 0,
    missing: 0,
  };
  for (const [i, ingest] of chosen.entries()) {
    const result = await reextractIngest(deps, ingest);
    summary[result]++;
    onProgress?.(i + 1, chosen.length, ingest, result);
  }
  return summary;
}
