// The ingest record: one row per uploaded object, from `queued` to exactly one terminal status.
// What archivists see in /v1/ingests and `npm run upload --wait`.
import { z } from 'zod';
import { ExtractionIssueSchema } from './case-record.ts';

export const INGEST_STATUSES = [
  'queued',
  'processing',
  'published',
  'failed',
  'needs_ocr',
  'needs_review',
  'duplicate',
] as const;
export const IngestStatusSchema = z.enum(INGEST_STATUSES);
export type IngestStatus = z.infer<typeof IngestStatusSchema>;

export const TERMINAL_STATUSES: ReadonlySet<IngestStatus> = new Set([
  'published',
  'failed',
  'needs_ocr',
  'needs_review',
  'duplicate',
]);
export const isTerminalStatus = (s: IngestStatus): boolean => TERMINAL_STATUSES.has(s);

export const FAILURE_REASONS = [
  'not_pdf',
  'encrypted',
  'corrupt',
  'too_large',
  'timeout',
  'internal',
  /** The object key has `..`, `.` or empty segments: refused unread (shared/model/object-key.ts). */
  'bad_key',
] as const;
/**
 * Every reason an upload can end with, explained for the archivist who sees it (`npm run upload
 * --wait`, the portal's review): what happened and what to do about it.
 */
/** Why an upload waits for a person (`needs_review`) instead of being published. */
export const REVIEW_REASONS = [
  /** No diarienummer could be read, so there is no case to put the document in. */
  'no_diarienummer',
  /** The only number where the Dnr should be is the motion's: a case id from it would be wrong. */
  'id_from_motion_number',
  /** The document belongs to a case that was withdrawn; it is kept, not published. */
  'case_withdrawn',
  /** Read by OCR with a mean confidence below the publishing threshold: a person checks it first. */
  'ocr_low_confidence',
] as const;

/**
 * `needs_review` reasons an archivist resolves by entering (or confirming) the Dnr on the review page,
 * which publishes the document with what was read: no Dnr, only the motion's number, or a scan whose
 * OCR was unsure (the archivist checks the OCR'd text it shows first).
 */
export const COMPLETABLE_REASONS: readonly string[] = [
  'no_diarienummer',
  'id_from_motion_number',
  'ocr_low_confidence',
];

/** Why an upload is `needs_ocr`: waiting in the OCR queue, or parked because no OCR runs here. */
export const OCR_REASONS = [
  /** Handed to the OCR stage; the status moves on (processing → terminal) when OCR is done. */
  'ocr_queued',
  /** No text layer and no OCR stage to hand it to; `npm run reextract -- --status needs_ocr` reads it. */
  'no_text_layer',
] as const;

/** Why an upload ended as it did: a failure, or why it needs OCR or review. */
export const INGEST_REASONS = [...FAILURE_REASONS, ...OCR_REASONS, ...REVIEW_REASONS] as const;
type IngestReason = (typeof INGEST_REASONS)[number];

export const REASON_EXPLANATIONS: Readonly<Record<IngestReason, string>> = {
  not_pdf: 'the file is not a PDF (its bytes do not start with %PDF); upload the PDF itself',
  encrypted: 'the PDF is password-protected; upload a copy without a password',
  corrupt: 'the PDF is damaged and cannot be read; export or download it again',
  too_large:
    'the file is over the size or memory limit (MAX_PDF_BYTES, PARSE_MEMORY_MB, PARSE_MAX_INFLATED_MB)',
  timeout: 'reading the PDF took longer than PARSE_TIMEOUT_MS; `npm run redrive` tries it again',
  internal: 'an internal error repeated until the retries ran out; `npm run redrive` tries it again',
  no_text_layer:
    'the PDF has no text layer (a scan?) and no OCR ran on it; `npm run reextract -- --status needs_ocr` reads it with OCR',
  ocr_queued: 'the PDF has pages without a text layer (a scan?); they are being read by OCR',
  ocr_low_confidence:
    'OCR read it with a confidence below the publishing threshold; it waits for review rather than publishing guesses',
  bad_key:
    'the object key has `..`, `.` or empty segments, so it was not read; upload the file under a plain key in uploads/',
  no_diarienummer: 'no diarienummer was found, so it belongs to no case yet; it waits for review',
  id_from_motion_number:
    "the Dnr could not be read and the only number in its place is the motion's; it waits for review, so no case gets a wrong id",
  case_withdrawn: 'its case was withdrawn: the upload is kept, nothing was published; it waits for review',
};

/** Handed to OCR and not yet read: `needs_ocr` is then a waiting state, not where the upload ends. */
export const isAwaitingOcr = (record: Pick<IngestRecord, 'status' | 'reason'>): boolean =>
  record.status === 'needs_ocr' && record.reason === 'ocr_queued';

/** Nothing more will happen to the upload by itself: a terminal status that is not waiting for OCR. */
export const isSettled = (record: Pick<IngestRecord, 'status' | 'reason'>): boolean =>
  isTerminalStatus(record.status) && !isAwaitingOcr(record);

/** The explanation of an ingest's reason, or for a duplicate the upload whose bytes it repeats. */
export function explainIngest(record: Pick<IngestRecord, 'status' | 'reason' | 'message'>): string | null {
  const known = INGEST_REASONS.find((reason) => reason === record.reason);
  if (known) return REASON_EXPLANATIONS[known];
  if (record.status === 'duplicate')
    return `${record.message ?? 'the same bytes were uploaded before'} (not read again)`;
  return record.message;
}

/** The Dnr an archivist entered for an upload in which none could be read (`needs_review`). */
export const IngestIdentitySchema = z.object({
  diarienummer: z.string(),
  municipality: z.string().nullable(),
  by: z.string(),
  at: z.string(),
  note: z.string().nullable(),
});
export type IngestIdentity = z.infer<typeof IngestIdentitySchema>;

export const IngestRecordSchema = z.object({
  ingestId: z.string(),
  /** The object's key in the originals bucket, decoded. */
  key: z.string(),
  fileName: z.string(),
  versionId: z.string().nullable(),
  eTag: z.string().nullable(),
  sha256: z.string().nullable(),
  bytes: z.number().int().nonnegative().nullable(),
  status: IngestStatusSchema,
  /** Why it ended where it did: a failure reason, or the case id a duplicate points to. */
  reason: z.string().nullable(),
  message: z.string().nullable(),
  caseId: z.string().nullable(),
  warnings: z.array(ExtractionIssueSchema),
  /**
   * The mean OCR confidence (0–1) of an upload read by OCR, whether it was published or sent to
   * review for it; null for a document read from its text layer (and for uploads before OCR).
   */
  ocrConfidence: z.number().min(0).max(1).nullable().default(null),
  attempts: z.number().int().nonnegative(),
  /** Set when an archivist completed a `needs_review` upload by entering its Dnr. */
  identity: IngestIdentitySchema.nullable().default(null),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type IngestRecord = z.infer<typeof IngestRecordSchema>;
