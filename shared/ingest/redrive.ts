// Uploads that ended `failed` for a reason a retry can cure (`internal`: the DLQ gave up; `timeout`)
// → `queued` again, and the S3 notification that names each, to send back into the ingest queue.
// Reopening is conditional, so two redrives never double an ingest; the upload itself is untouched.
import type { IngestRecord } from '../model/ingest-record.ts';
import { encodeS3Key } from '../model/s3-event.ts';
import type { IngestRepository } from '../storage/ingest-repository.ts';

/** Failure reasons worth another try; `not_pdf`, `encrypted`, `corrupt`, `too_large` would fail again. */
export const REDRIVABLE_REASONS = ['internal', 'timeout'] as const;

export interface RedriveOptions {
  reasons?: readonly string[];
  keyPrefix?: string | undefined;
}

/** Reopens every matching failed ingest; returns the ones this call reopened. */
export async function reopenFailedIngests(
  deps: { ingests: IngestRepository; now: () => string },
  options: RedriveOptions = {},
): Promise<IngestRecord[]> {
  const reasons = options.reasons ?? REDRIVABLE_REASONS;
  const candidates: IngestRecord[] = [];
  let after: string | undefined;
  do {
    const page = await deps.ingests.list({ status: 'failed', limit: 500, after });
    for (const ingest of page.items) {
      if (!ingest.reason || !reasons.includes(ingest.reason)) continue;
      if (options.keyPrefix && !ingest.key.startsWith(options.keyPrefix)) continue;
      candidates.push(ingest);
    }
    after = page.after ?? undefined;
  } while (after);
  const reopened: IngestRecord[] = [];
  for (const ingest of candidates) {
    if (await deps.ingests.reopen(ingest.ingestId, reasons, deps.now())) reopened.push(ingest);
  }
  return reopened;
}

/** The S3 notification (SQS message body) that names this ingest's object version again. */
export function toRedriveNotification(bucket: string, ingest: IngestRecord): string {
  const object: Record<string, unknown> = { key: encodeS3Key(ingest.key) };
  if (ingest.versionId) object.versionId = ingest.versionId;
  if (ingest.eTag) object.eTag = ingest.eTag;
  if (ingest.bytes !== null) object.size = ingest.bytes;
  return JSON.stringify({
    Records: [
      { eventSource: 'aws:s3', eventName: 'ObjectCreated:Put', s3: { bucket: { name: bucket }, object } },
    ],
  });
}
