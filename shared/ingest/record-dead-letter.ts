// A notification that exhausted its retries (the DLQ, or the local queue's equivalent) → each named
// upload ends `failed: internal`, so nothing stays `processing` forever and archivists can redrive.
// Throws when the store cannot take the write: the caller keeps the message and tries again.

import type { IngestRecord } from '../model/ingest-record.ts';
import { toUploadedObjects } from '../model/s3-event.ts';
import type { IngestRepository } from '../storage/ingest-repository.ts';
import { isUploadObject, registerUpload } from './ingest-object.ts';

/**
 * Ends one ingest `failed: internal` unless it already has a terminal status, and then releases its
 * bytes so a re-upload of the same file is retried rather than a `duplicate`. The record either way.
 */
export async function failIngest(
  deps: { ingests: IngestRepository; now: () => string },
  ingestId: string,
  message: string,
): Promise<IngestRecord | null> {
  const wrote = await deps.ingests.finish(
    ingestId,
    { status: 'failed', reason: 'internal', message, caseId: null, warnings: [] },
    deps.now(),
  );
  const record = await deps.ingests.get(ingestId);
  // only when this call ended it: an ingest that finished meanwhile keeps its claim (and its case)
  if (wrote && record?.sha256) await deps.ingests.settleContent(record.sha256, ingestId, 'failed', null);
  return record;
}

export async function recordDeadLetter(
  deps: { ingests: IngestRepository; now: () => string },
  body: unknown,
  lastError: string,
): Promise<IngestRecord[]> {
  const ended: IngestRecord[] = [];
  for (const object of toUploadedObjects(body)) {
    if (!isUploadObject(object)) continue;
    const { ingestId } = await registerUpload(deps, object);
    const record = await failIngest(deps, ingestId, `gave up after repeated errors: ${lastError}`);
    if (record) ended.push(record);
  }
  return ended;
}
