// A `needs_review` upload (no Dnr could be read) + the Dnr an archivist entered → its document
// stored in that case and the case published, the upload `published`. Uses the extraction kept at
// ingest (no PDF is read again, so the API can do it); the Dnr stays with the upload, and
// re-extraction keeps it.
import { normalizeDiarienummer } from '../model/case-id.ts';
import type { CaseRecord } from '../model/case-record.ts';
import { COMPLETABLE_REASONS, type IngestIdentity, type IngestRecord } from '../model/ingest-record.ts';
import { pinnedKeyOf } from '../model/object-key.ts';
import type { CaseRepository } from '../storage/case-repository.ts';
import type { IngestRepository } from '../storage/ingest-repository.ts';
import type { ObjectStore } from '../storage/object-store.ts';
import { publishDocument, withIdentity } from './publish-document.ts';

export class CompletionError extends Error {
  override name = 'CompletionError';
  constructor(
    readonly kind: 'no_upload' | 'not_waiting' | 'no_reading' | 'bad_value' | 'withdrawn_case',
    message: string,
  ) {
    super(message);
  }
}

export interface CompletionRequest {
  ingestId: string;
  diarienummer: string;
  /** Defaults to the municipality the extractor read. */
  municipality?: string | null | undefined;
  note?: string | null | undefined;
}

export async function completeUpload(
  deps: { ingests: IngestRepository; cases: CaseRepository; objects: ObjectStore; now: () => string },
  request: CompletionRequest,
  by: string,
): Promise<{ ingest: IngestRecord; record: CaseRecord }> {
  const ingest = await deps.ingests.get(request.ingestId);
  if (!ingest) throw new CompletionError('no_upload', `no upload ${request.ingestId}`);
  if (
    ingest.status !== 'needs_review' ||
    !COMPLETABLE_REASONS.includes(ingest.reason ?? '') ||
    !ingest.sha256
  )
    throw new CompletionError(
      'not_waiting',
      `upload ${ingest.fileName} is ${ingest.status}${ingest.reason ? ` (${ingest.reason})` : ''}, not waiting for its Dnr`,
    );
  const diarienummer = normalizeDiarienummer(request.diarienummer);
  if (!diarienummer || diarienummer.length > 100)
    throw new CompletionError(
      'bad_value',
      'parameter diarienummer: give the Dnr as printed, e.g. KS 2024/001234',
    );
  const [reading, pageTexts] = await Promise.all([
    deps.ingests.getReading(ingest.ingestId),
    deps.objects.readPageTexts(ingest.sha256),
  ]);
  if (!reading || !pageTexts)
    throw new CompletionError(
      'no_reading',
      'this upload was read before its extraction was kept: run `npm run reextract -- --status needs_review` first',
    );
  const municipality = request.municipality?.trim() || reading.extracted.municipality;
  if (!municipality)
    throw new CompletionError('bad_value', 'parameter municipality: the document names none, so give it');
  const identity: IngestIdentity = {
    diarienummer,
    municipality,
    by,
    at: deps.now(),
    note: request.note?.trim() || null,
  };
  const named = withIdentity({ ...reading, pageTexts }, identity);
  const outcome = await publishDocument(deps, named, {
    key: ingest.key,
    original: ingest.versionId
      ? { key: ingest.key, versionId: ingest.versionId }
      : { key: pinnedKeyOf(ingest.sha256), versionId: null },
    sha256: ingest.sha256,
    bytes: ingest.bytes ?? 0,
    uploadedAt: ingest.createdAt,
    extractorVersion: reading.extractorVersion,
    identity,
  });
  if (outcome.status !== 'published')
    throw new CompletionError('withdrawn_case', outcome.message ?? `case ${named.caseId} was withdrawn`);
  // a re-extraction that published it meanwhile already said so: nothing to overwrite
  if (
    await deps.ingests.complete(
      ingest.ingestId,
      { status: ingest.status, reason: ingest.reason },
      outcome,
      identity,
      deps.now(),
    )
  )
    await deps.ingests.settleContent(ingest.sha256, ingest.ingestId, 'published', named.caseId);
  const [completed, record] = await Promise.all([
    deps.ingests.get(ingest.ingestId),
    deps.cases.get(named.caseId),
  ]);
  if (!completed || !record) throw new Error(`upload ${ingest.ingestId} or case ${named.caseId} vanished`);
  return { ingest: completed, record };
}
