// The ingest log + the originals bucket → every upload that is not terminal after a deadline, sent
// into the ingest queue again. Two kinds: ingests stuck `queued`/`processing` (a worker died, a
// retry was lost), and objects under uploads/ with no ingest row at all (their notification was
// lost, or the store was down when it came). Idempotent: the ingest itself is conditional on the
// object and its bytes, each stale ingest is claimed conditionally before it is sent, so two
// sweepers never both send it. An ingest that keeps failing to finish ends `failed: internal`.
import { type IngestRecord, isAwaitingOcr } from '../model/ingest-record.ts';
import { UPLOAD_PREFIX } from '../model/object-key.ts';
import type { IngestRepository } from '../storage/ingest-repository.ts';
import type { ObjectStore } from '../storage/object-store.ts';
import { registerUpload, toIngestId } from './ingest-object.ts';
import { failIngest } from './record-dead-letter.ts';
import { toRedriveNotification } from './redrive.ts';

export interface SweepDependencies {
  ingests: IngestRepository;
  objects: ObjectStore;
  now: () => string;
  /** Sends one S3 notification (SQS message body) into the ingest queue; false if it was not sent. */
  send: (body: string, ingest: IngestRecord) => Promise<boolean>;
  /** True when a message for this ingest is known to be waiting or in flight (the local queue). */
  isPending?: (ingestId: string) => boolean;
  /**
   * Sends an upload that waits for OCR (`needs_ocr: ocr_queued`) into the OCR queue again, with its
   * own pending check. Only where that queue can lose messages (the local stack's is in memory); on
   * AWS the OCR queue is durable and a lost hand-over is re-sent when the ingest message is redelivered.
   */
  ocr?: {
    send: (body: string, ingest: IngestRecord) => Promise<boolean>;
    isPending?: (ingestId: string) => boolean;
  };
}

export interface SweepOptions {
  /** Not terminal this long after its last change (or an object this old with no row): swept. */
  staleAfterMs: number;
  /** Look at ingests and objects from this far back only; unset: everything (the local start-up sweep). */
  lookbackMs?: number | undefined;
  /** Processing attempts after which a stuck ingest is given up: `failed: internal`. */
  maxAttempts?: number;
  /** Most ingests sent in one sweep; the rest wait for the next one. */
  maxSends?: number;
  /** Only uploads whose key starts with this (under uploads/); default every upload. */
  keyPrefix?: string | undefined;
}

export interface SweepSummary {
  /** Stuck ingests sent again (to the OCR queue for those waiting for OCR). */
  resent: number;
  /** Objects with no ingest row, registered and sent. */
  orphans: number;
  /** Stuck ingests that had used up their attempts: now `failed: internal`. */
  gaveUp: number;
  /** Stale ones left for the next sweep (over maxSends, or claimed by another sweeper). */
  deferred: number;
}

const DEFAULT_MAX_ATTEMPTS = 10;
const DEFAULT_MAX_SENDS = 1000;

export async function sweepIngests(deps: SweepDependencies, options: SweepOptions): Promise<SweepSummary> {
  const now = deps.now();
  const nowMs = Date.parse(now);
  const staleBefore = new Date(nowMs - options.staleAfterMs).toISOString();
  const since =
    options.lookbackMs === undefined ? undefined : new Date(nowMs - options.lookbackMs).toISOString();
  const maxAttempts = options.maxAttempts ?? DEFAULT_MAX_ATTEMPTS;
  const maxSends = options.maxSends ?? DEFAULT_MAX_SENDS;
  const summary: SweepSummary = { resent: 0, orphans: 0, gaveUp: 0, deferred: 0 };
  const budgetLeft = () => summary.resent + summary.orphans < maxSends;
  const prefix = options.keyPrefix ?? UPLOAD_PREFIX;
  if (!prefix.startsWith(UPLOAD_PREFIX)) throw new Error(`keyPrefix must start with ${UPLOAD_PREFIX}`);

  const stale = await deps.ingests.listUnfinished({
    updatedBefore: staleBefore,
    createdAfter: since,
    awaitingOcr: deps.ocr !== undefined,
  });
  for (const ingest of stale) {
    if (!ingest.key.startsWith(prefix)) continue;
    if (isAwaitingOcr(ingest)) {
      // not stuck in a worker, only waiting: never given up on, just sent again if its message is gone
      const ocr = deps.ocr;
      if (!ocr || ocr.isPending?.(ingest.ingestId)) continue;
      if (!budgetLeft() || !(await deps.ingests.touchStale(ingest.ingestId, ingest.updatedAt, now))) {
        summary.deferred++;
        continue;
      }
      if (await ocr.send(toRedriveNotification(deps.objects.bucket, ingest), ingest)) summary.resent++;
      continue;
    }
    if (deps.isPending?.(ingest.ingestId)) continue;
    if (ingest.attempts >= maxAttempts) {
      await failIngest(
        deps,
        ingest.ingestId,
        `did not finish after ${ingest.attempts} attempts (the sweeper gave up on it)`,
      );
      summary.gaveUp++;
      continue;
    }
    if (!budgetLeft() || !(await deps.ingests.touchStale(ingest.ingestId, ingest.updatedAt, now))) {
      summary.deferred++;
      continue;
    }
    if (await deps.send(toRedriveNotification(deps.objects.bucket, ingest), ingest)) summary.resent++;
  }

  for await (const object of deps.objects.list(prefix)) {
    // an object younger than the deadline may still have its notification on the way
    if (object.lastModified && object.lastModified > staleBefore) continue;
    if (since && object.lastModified && object.lastModified < since) continue;
    const uploaded = { bucket: deps.objects.bucket, ...object };
    const ingestId = toIngestId(uploaded);
    if (deps.isPending?.(ingestId) || (await deps.ingests.get(ingestId))) continue;
    if (!budgetLeft()) {
      summary.deferred++;
      continue;
    }
    // registered first: the next sweep then sees a row, and re-sends it only once it is stale
    const record = await registerUpload(deps, { ...uploaded, size: object.size });
    if (await deps.send(toRedriveNotification(deps.objects.bucket, record), record)) summary.orphans++;
  }
  return summary;
}
