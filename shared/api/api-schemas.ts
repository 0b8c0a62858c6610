// The zod schemas of what the API answers, registered as OpenAPI components, and the response
// shapes the route definitions share (headers, errors, pages). Only schemas: no handlers here.
import { z } from '@hono/zod-openapi';
import { BodyAnswerSchema, BodyEntrySchema, BodyPageSchema } from '../feeds/body-register.ts';
import { BULK_FILE_NAMES } from '../feeds/bulk-files.ts';
import { ConsultationRowSchema } from '../feeds/record-fields.ts';
import { CASE_ID_PATTERN } from '../model/case-id.ts';
import { CaseRecordSchema } from '../model/case-record.ts';
import { CorrectionSchema } from '../model/correction.ts';
import { IngestRecordSchema } from '../model/ingest-record.ts';
import { CaseReviewSchema } from '../model/review-item.ts';

/**
 * A model schema as a named OpenAPI component. zod 4 gives each schema its methods when it is
 * built, so one built before @hono/zod-openapi extended zod has no `.openapi`: rebuild the object
 * from its shape (the same fields and checks) rather than depend on import order.
 */
const component = <S extends z.ZodRawShape>(name: string, schema: z.ZodObject<S>) =>
  z.object(schema.shape).openapi(name);

export const CaseRecordComponent = component('CaseRecord', CaseRecordSchema);
export const ConsultationRowComponent = component('ConsultationRow', ConsultationRowSchema);
export const BodyEntryComponent = component('Body', BodyEntrySchema);
const BodyAnswerComponent = component('BodyAnswer', BodyAnswerSchema);
export const BodyPageComponent = z
  .object({ ...BodyPageSchema.shape, body: BodyEntryComponent, answers: z.array(BodyAnswerComponent) })
  .openapi('BodyPage');
export const IngestRecordComponent = component('IngestRecord', IngestRecordSchema);
export const CorrectionComponent = component('Correction', CorrectionSchema);
export const CaseReviewComponent = component('CaseReview', CaseReviewSchema);

export const SearchMatchComponent = z
  .object({
    snippet: z.string().describe('about 160 characters around the best match, `…` where cut'),
    page: z.number().int().positive().nullable().describe('page of `document` (1-based); null: the title'),
    document: z
      .string()
      .nullable()
      .describe('sha256 of the source document the page is in (see `documents[]`); null: the title'),
    highlights: z
      .array(z.object({ start: z.number().int().nonnegative(), end: z.number().int().positive() }))
      .describe('the matched words in `snippet`, as [start, end) offsets in UTF-16 code units'),
  })
  .openapi('SearchMatch');

/** A case in a listing; with `q`, also where it matched. */
export const ListedCaseComponent = z
  .object({
    ...CaseRecordSchema.shape,
    match: SearchMatchComponent.optional().describe('with `q`: where the case matched'),
  })
  .openapi('ListedCase');

export const ErrorSchema = z
  .object({
    error: z.object({
      code: z.string().openapi({ example: 'bad_parameter' }),
      message: z.string().openapi({ example: 'parameter limit: Too big: expected number to be <=1000' }),
    }),
  })
  .openapi('Error');

const nextUrl = z
  .url()
  .nullable()
  .describe('the next page, null on the last one (also sent as `Link: <…>; rel="next"`)');

export const pageOf = <T extends z.ZodType>(item: T) => z.object({ items: z.array(item), next: nextUrl });

export const ChangesPageSchema = z
  .object({
    items: z.array(CaseRecordComponent),
    next: z.url().describe('poll this next; it resumes after the last item and never skips a change'),
    caughtUp: z
      .boolean()
      .describe('true when this page ends at the watermark: stop following `next` and poll it later'),
    retryAfter: z
      .number()
      .int()
      .positive()
      .nullable()
      .describe('on a caught-up page, seconds to wait before polling `next` again (also `Retry-After`)'),
    watermark: z.string().describe('changes up to this instant are complete (it moves with the clock)'),
  })
  .openapi('ChangesPage');

export const BulkListSchema = z
  .object({
    items: z.array(
      z.object({
        name: z.enum(BULK_FILE_NAMES),
        url: z.url(),
        bytes: z.number().int().nonnegative(),
        lastModified: z.string(),
      }),
    ),
  })
  .openapi('BulkFileList');

const PartHealthSchema = z
  .object({
    status: z.enum(['up', 'down']),
    detail: z
      .string()
      .optional()
      .openapi({ description: 'the local supervisor’s word: restarting, failed…' }),
    message: z.string().optional().openapi({ description: 'why the check failed' }),
    restarts: z.number().int().optional(),
    lastExit: z.string().nullable().optional(),
  })
  .openapi('PartHealth');
export const HealthSchema = z
  .object({
    status: z.enum(['ok', 'unavailable']),
    parts: z.object({ store: PartHealthSchema, objects: PartHealthSchema }),
  })
  .openapi('Health');

// ---- path parameters ----

const caseId = z
  .string()
  .regex(CASE_ID_PATTERN, 'expected a case id')
  .openapi({ example: 'stockholm-2024-001234' });
export const CaseIdParamSchema = z.object({ id: caseId });
export const RevisionParamSchema = z.object({
  id: caseId,
  revision: z.coerce.number().int().min(1).max(1_000_000).openapi({ type: 'integer', example: 1 }),
});
export const DocumentParamSchema = z.object({
  id: caseId,
  sha256: z.string().regex(/^[0-9a-f]{64}$/, 'expected a hex sha256'),
});
export const BodySlugParamSchema = z.object({
  slug: z
    .string()
    .regex(/^[a-z0-9][a-z0-9-]{0,199}$/, 'expected a body slug')
    .openapi({ example: 'stockholm-skarpnacks-stadsdelsnamnd' }),
});
export const BulkFileParamSchema = z.object({ file: z.enum(BULK_FILE_NAMES) });

// ---- responses ----

const CACHE_HEADERS = {
  ETag: {
    description: 'strong validator of the body; send it back in If-None-Match',
    schema: { type: 'string' },
  },
  'Cache-Control': { schema: { type: 'string' } },
} as const;
const PAGE_HEADERS = {
  ...CACHE_HEADERS,
  Link: { description: '`<…>; rel="next"` when another page exists', schema: { type: 'string' } },
} as const;

export const jsonResponse = <T extends z.ZodType>(schema: T, description: string, paged = false) => ({
  description,
  headers: paged ? PAGE_HEADERS : CACHE_HEADERS,
  content: { 'application/json': { schema } },
});

export const textResponse = (mediaType: string, description: string, paged = false) => ({
  description,
  headers: paged ? PAGE_HEADERS : CACHE_HEADERS,
  content: { [mediaType]: { schema: z.string() } },
});

const errorResponse = (description: string) => ({
  description,
  content: { 'application/json': { schema: ErrorSchema } },
});

export const NOT_MODIFIED = { 304: { description: 'not modified: the If-None-Match tag still matches' } };
export const BAD_PARAMETER = { 400: errorResponse('a bad parameter, named in the message') };
export const NOT_FOUND = { 404: errorResponse('no such resource') };
/** A withdrawn case's earlier revisions and documents. */
export const GONE = { 410: errorResponse('the case was withdrawn; only its tombstone is published') };
