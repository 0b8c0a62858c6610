// The publish rule: a case's stored documents + archivists' corrections → its published record
// (a new revision only when public content changed) and its review entry, written conditionally on
// the revision read and retried on a conflict. Also withdrawal (a tombstone revision). Storage
// offers the reads and conditional writes (CaseStore); what goes into a record is decided here.
import { createHash } from 'node:crypto';
import { type CaseRecord, CaseRecordSchema, emptyExtractedCase } from '../model/case-record.ts';
import type { CaseStore, StoredReview } from '../storage/case-repository.ts';
import { WriteConflictError } from '../storage/case-repository.ts';
import { buildCaseRecord, hashContent, publicContentOf } from './build-case-record.ts';
import { caseReviewOf, reviewRankOf } from './review.ts';

export interface PublishResult {
  record: CaseRecord;
  /** False when the content was already published as it is (no new revision). */
  changed: boolean;
}

/** Conflicts come from concurrent ingests of one case; a few retries always settle them. */
const MAX_ATTEMPTS = 8;

/** Retries `attempt` while it ends in a write conflict (someone else wrote the case meanwhile). */
async function withRetry<T>(attempt: () => Promise<T>): Promise<T> {
  for (let n = 1; ; n++) {
    try {
      return await attempt();
    } catch (error) {
      if (!(error instanceof WriteConflictError) || n >= MAX_ATTEMPTS) throw error;
    }
  }
}

const fingerprintOf = (review: unknown) =>
  createHash('sha256').update(JSON.stringify(review)).digest('hex').slice(0, 32);

/**
 * Rebuilds the case from all its stored documents and corrections and publishes it if its
 * content changed; the review entry follows what is published (and the extractor's issues, which
 * change without a new revision). A withdrawn case stays withdrawn.
 */
export function publishCase(store: CaseStore, caseId: string, now: () => string): Promise<PublishResult> {
  return withRetry(async () => {
    const { latest, documents, corrections, reviewFingerprint } = await store.readCase(caseId);
    // a withdrawn case stays withdrawn: re-extraction, a re-upload or a correction must not resurrect it
    if (latest?.deleted) return { record: latest, changed: false };
    if (documents.length === 0) throw new Error(`case ${caseId} has no stored documents`);
    const { record, contentHash, unmatched } = buildCaseRecord({
      id: caseId,
      documents,
      corrections,
      previous: latest,
      now: now(),
    });
    const review = caseReviewOf(record, documents, unmatched);
    const stored: StoredReview | null = review
      ? { review, rank: reviewRankOf(review), fingerprint: fingerprintOf(review) }
      : null;
    if (latest && record.revision === latest.revision) {
      if ((stored?.fingerprint ?? null) !== reviewFingerprint)
        await store.writeReview(caseId, latest.revision, stored);
      // a retry after a crash between the revision write and its feed note: the month must be listed
      await store.ensureListed(latest.updatedAt);
      return { record: latest, changed: false };
    }
    await store.writeRevision({
      record,
      contentHash,
      expectedRevision: latest?.revision ?? null,
      review: stored,
    });
    return { record, changed: true };
  });
}

/**
 * Withdraws a published case: a tombstone revision (`deleted: true`, content emptied but for its
 * identity, updatedAt bumped) so it stays in the change feed, and out of the review queue. Null
 * when the case is unknown; the tombstone itself (unchanged) when it was already withdrawn.
 */
export function withdrawCase(
  store: CaseStore,
  caseId: string,
  now: () => string,
): Promise<PublishResult | null> {
  return withRetry(async () => {
    const { latest } = await store.readCase(caseId);
    if (!latest) return null;
    if (latest.deleted) {
      await store.ensureListed(latest.updatedAt);
      return { record: latest, changed: false };
    }
    const stamp = now();
    const tombstone = CaseRecordSchema.parse({
      ...emptyExtractedCase(),
      municipality: latest.municipality,
      documentType: latest.documentType,
      diarienummer: latest.diarienummer,
      id: latest.id,
      documents: [],
      corrections: [],
      revision: latest.revision + 1,
      createdAt: latest.createdAt,
      updatedAt: stamp > latest.updatedAt ? stamp : new Date(Date.parse(latest.updatedAt) + 1).toISOString(),
      extractor: latest.extractor,
      deleted: true,
    });
    await store.writeRevision({
      record: tombstone,
      contentHash: hashContent(publicContentOf(tombstone)),
      expectedRevision: latest.revision,
      review: null,
    });
    return { record: tombstone, changed: true };
  });
}
