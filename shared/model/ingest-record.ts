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
] as const;
export const FailureReasonSchema = z.enum(FAILURE_REASONS);

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
  attempts: z.number().int().nonnegative(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type IngestRecord = z.infer<typeof IngestRecordSchema>;
