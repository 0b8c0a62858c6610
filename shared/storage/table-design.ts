// The single-table design in one place: key builders for every item kind and the table's key
// schema, so the repositories, the local table bootstrap and cdk/ agree on one shape.

/** Attribute names of the table's keys and its two sparse global secondary indexes. */
export const KEYS = {
  pk: 'PK',
  sk: 'SK',
  /** GSI1: the change feed / listing of published cases, partitioned by month of updatedAt. */
  gsi1: { name: 'GSI1', pk: 'GSI1PK', sk: 'GSI1SK' },
  /** GSI2: the ingest log (newest first), the review queue and the corrections, each its own partition. */
  gsi2: { name: 'GSI2', pk: 'GSI2PK', sk: 'GSI2SK' },
} as const;

export const caseKey = (id: string) => ({ PK: `CASE#${id}`, SK: 'LATEST' });
export const caseRevisionKey = (id: string, revision: number) => ({
  PK: `CASE#${id}`,
  SK: `${CASE_REVISION_PREFIX}${String(revision).padStart(8, '0')}`,
});
/** A case's source document with its own extraction, stored in the case's partition. */
export const caseDocumentKey = (id: string, sha256: string) => ({ PK: `CASE#${id}`, SK: `DOC#${sha256}` });
export const CASE_DOCUMENT_PREFIX = 'DOC#';
export const CASE_REVISION_PREFIX = 'REV#';
/** An archivist's correction of a case, stored in the case's partition; the id sorts by time. */
export const caseCorrectionKey = (id: string, correctionId: string) => ({
  PK: `CASE#${id}`,
  SK: `${CASE_CORRECTION_PREFIX}${correctionId}`,
});
export const CASE_CORRECTION_PREFIX = 'CORR#';
/** What of the case waits for review (absent when nothing does); listed through GSI2's REVIEW partition. */
export const caseReviewKey = (id: string) => ({ PK: `CASE#${id}`, SK: 'REVIEW' });
/** Global content-hash claim: the first upload of some bytes owns them; later ones are duplicates. */
export const contentKey = (sha256: string) => ({ PK: `DOC#${sha256}`, SK: 'CONTENT' });
export const ingestKey = (ingestId: string) => ({ PK: `INGEST#${ingestId}`, SK: 'INGEST' });
/** What the extractor read from an upload that names no case yet, kept for an archivist to complete it. */
export const ingestReadingKey = (ingestId: string) => ({ PK: `INGEST#${ingestId}`, SK: 'READING' });

/** The feed's bookkeeping: `feedVersion` (moves with every published change) and `feedMonths` (months with entries). */
export const feedMetaKey = () => ({ PK: 'META', SK: 'FEED' });

/** `2018-04-25T10:00:00.000Z` → `FEED#2018-04`. */
export const feedPartition = (updatedAt: string) => `FEED#${updatedAt.slice(0, 7)}`;
export const feedSortKey = (updatedAt: string, id: string) => `${updatedAt}#${id}`;
export const INGEST_PARTITION = 'INGESTS';
/** GSI2 partition of the review queue: one entry per case with something to review, by rank. */
export const REVIEW_PARTITION = 'REVIEW';
/** GSI2 partition of every correction, by id (time), for listings across cases and the corpus export. */
export const CORRECTION_PARTITION = 'CORRECTIONS';
export const ingestSortKey = (createdAt: string, ingestId: string) => `${createdAt}#${ingestId}`;
