// A notification that exhausted its retries (the DLQ, or the local queue's equivalent) → each named
// upload ends `failed: internal`, so nothing stays `processing` forever and archivists can redrive.

import type { IngestRecord } from '../model/ingest-record.ts';
import { toUploadedObjects } from '../model/s3-event.ts';
import type { IngestRepository } from '../storage/ingest-repository.ts';
import { registerUpload } from './ingest-object.ts';

export async function recordDeadLetter(
  deps: { ingests: IngestRepository; now: () => string },
  body: unknown,
  lastError: string,
): Promise<IngestRecord[]> {
  const ended: IngestRecord[] = [];
  for (const object of toUploadedObjects(body)) {
    const { ingestId } = await registerUpload(deps, object);
    await deps.ingests.finish(
      ingestId,
      {
        status: 'failed',
        reason: 'internal',
        message: `gave up after repeated errors: ${lastError}`,
        caseId: null,
        warnings: [],
      },
      deps.now(),
    );
    const record = await deps.ingests.get(ingestId);
    if (!record) continue;
    // release the bytes, so a re-upload of the same file is retried rather than a `duplicate`
    if (record.sha256) await deps.ingests.settleContent(record.sha256, ingestId, 'failed', null);
    ended.push(record);
  }
  return ended;
}
