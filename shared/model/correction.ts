// An archivist's correction of one field of a case, as stored beside the case: what it sets, why,
// who and when, and whether it is still in force. Publishing applies the ones in force over what
// the extractor read (shared/publishing/apply-corrections.ts); a withdrawn one is kept, not deleted.
import { z } from 'zod';
import { CorrectionValueSchema } from './case-record.ts';

export const CORRECTION_STATUSES = [
  /** in force: applied on every publish */
  'active',
  /** replaced by a later correction of the same field */
  'superseded',
  /** taken back by an archivist: the extracted value (or an earlier correction) shows again */
  'withdrawn',
] as const;
export const CorrectionStatusSchema = z.enum(CORRECTION_STATUSES);

export const CorrectionSchema = z.object({
  /** Sortable by time: `20260314T101502123Z-3f9a1c2b`. */
  correctionId: z.string().regex(/^\d{8}T\d{9}Z-[0-9a-f]{8}$/),
  caseId: z.string(),
  path: z.string(),
  value: CorrectionValueSchema,
  note: z.string().nullable(),
  by: z.string(),
  at: z.string(),
  status: CorrectionStatusSchema,
  /** Who withdrew or superseded it, when, and why. */
  endedBy: z.string().nullable(),
  endedAt: z.string().nullable(),
  endNote: z.string().nullable(),
});
export type Correction = z.infer<typeof CorrectionSchema>;

/** `2026-03-14T10:15:02.123Z` + 8 hex digits → a correction id that sorts by time. */
export function toCorrectionId(at: string, randomHex: string): string {
  return `${at.replace(/[-:.]/g, '')}-${randomHex}`;
}
