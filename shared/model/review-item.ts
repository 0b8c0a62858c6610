// What the review queue shows an archivist: per case, the fields a person should look at, with the
// value read, its evidence and source page. Computed on every publish (shared/publishing/review.ts)
// and stored with the case, so the queue is one index read, not a scan of every case.
import { z } from 'zod';
import { CorrectionValueSchema } from './case-record.ts';

/** Kinds of item, most useful first: the order of the queue. */
export const REVIEW_KINDS = [
  /** the Beredning's summary and the Remissammanställning read the body differently */
  'disagreement',
  /** the body is listed but no stance was found */
  'stance_missing',
  /** a stance read with less confidence than the feed's certainty threshold */
  'low_confidence',
  /** another field the extractor flagged (missing, ambiguous) */
  'field_issue',
  /** a correction in force whose field the current extraction no longer has */
  'correction_unmatched',
] as const;
export const ReviewKindSchema = z.enum(REVIEW_KINDS);
export type ReviewKind = z.infer<typeof ReviewKindSchema>;

export const ReviewItemSchema = z.object({
  kind: ReviewKindSchema,
  /** The field, as a correction names it (`consultations[Trafiknämnden].stance`). */
  path: z.string(),
  /** What is published there now. */
  value: CorrectionValueSchema,
  confidence: z.number().min(0).max(1).nullable(),
  evidence: z.string().nullable(),
  page: z.number().int().positive().nullable(),
  /** The source PDF the value was read from. */
  document: z.object({ sha256: z.string(), fileName: z.string(), url: z.string() }).nullable(),
  /** What the extractor said about it (`{ code, message }`). */
  issues: z.array(z.object({ code: z.string(), message: z.string() })),
  /** For `correction_unmatched`: the correction that found no field. */
  correctionId: z.string().nullable(),
});
export type ReviewItem = z.infer<typeof ReviewItemSchema>;

export const CaseReviewSchema = z.object({
  caseId: z.string(),
  title: z.string().nullable(),
  diarienummer: z.string().nullable(),
  revision: z.number().int().positive(),
  updatedAt: z.string(),
  items: z.array(ReviewItemSchema),
});
export type CaseReview = z.infer<typeof CaseReviewSchema>;
