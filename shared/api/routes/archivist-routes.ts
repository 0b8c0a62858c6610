// The archivists' API: the ingest log, the review queue, corrections (and their withdrawal),
// completing an upload by its Dnr, withdrawing a case, re-extraction. Each route is declared once
// with `security: archivist` and registered through protect(), which puts archivistGate on the
// route's own path before its handler; handlers then ask archivistOf(c), which fails closed.
import { createRoute, z } from '@hono/zod-openapi';
import type { MiddlewareHandler } from 'hono';
import { IngestQuerySchema } from '../../feeds/case-query.ts';
import { encodeCursor } from '../../feeds/cursor.ts';
import { CompletionError, completeUpload } from '../../ingest/complete-upload.ts';
import { CorrectionValueSchema } from '../../model/case-record.ts';
import { CorrectionStatusSchema } from '../../model/correction.ts';
import { IngestStatusSchema } from '../../model/ingest-record.ts';
import { CorrectionError, correctCase, withdrawCorrection } from '../../publishing/corrections.ts';
import { withdrawCase } from '../../publishing/publish-case.ts';
import type { ApiApp, ApiContext } from '../api-app.ts';
import type { ReextractRun } from '../api-dependencies.ts';
import { ApiError } from '../api-errors.ts';
import {
  BAD_PARAMETER,
  CaseIdParamSchema,
  CaseRecordComponent,
  CaseReviewComponent,
  CorrectionComponent,
  ErrorSchema,
  IngestRecordComponent,
  jsonResponse,
  NOT_FOUND,
  pageOf,
} from '../api-schemas.ts';
import { archivistOf } from '../archivist-auth.ts';
import { linkNext, nextUrl, readCursor } from '../paging.ts';

/** The OpenAPI security scheme every archivist route declares. */
export const ARCHIVIST_SECURITY_SCHEME = 'archivist';
export const ARCHIVIST = [{ [ARCHIVIST_SECURITY_SCHEME]: [] }];

/**
 * Path prefixes of the archivist routes: never cached or shared. (Every archivist answer is also
 * `no-store` from the gate itself, however its path was spelt.)
 */
export const ARCHIVIST_PATHS = [
  '/v1/ingests',
  '/v1/review',
  '/v1/corrections',
  '/v1/reextract',
  '/review',
  '/sign-in',
  '/auth/',
] as const;

export const UNAUTHORIZED = {
  401: {
    description: 'not signed in as an archivist',
    content: { 'application/json': { schema: ErrorSchema } },
  },
};
const CONFLICT = {
  409: {
    description: 'the case or upload is not in a state that allows it',
    content: { 'application/json': { schema: ErrorSchema } },
  },
};

/** A correction or completion refused: the API's error for it. */
export function refusalOf(error: unknown): ApiError | null {
  if (error instanceof CorrectionError) {
    if (error.kind === 'bad_value') return new ApiError(400, 'bad_parameter', error.message);
    if (error.kind === 'no_case' || error.kind === 'no_correction')
      return new ApiError(404, 'not_found', error.message);
    return new ApiError(409, 'conflict', error.message);
  }
  if (error instanceof CompletionError) {
    if (error.kind === 'bad_value') return new ApiError(400, 'bad_parameter', error.message);
    if (error.kind === 'no_upload') return new ApiError(404, 'not_found', error.message);
    return new ApiError(409, 'conflict', error.message);
  }
  return null;
}

/** Runs a correction or completion, turning a refusal into its 4xx. */
export async function refusing<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    throw refusalOf(error) ?? error;
  }
}

/** `/v1/cases/{id}/withdraw` → `/v1/cases/:id/withdraw`, the router's spelling. */
const honoPath = (openApiPath: string) => openApiPath.replace(/\{(\w+)\}/g, ':$1');

/** Puts the archivist gate on a route's own path: whatever reaches the handler passed the gate. */
export function protect(app: ApiApp, gate: MiddlewareHandler, route: { path: string }): void {
  app.use(honoPath(route.path), gate);
}

const listIngests = createRoute({
  method: 'get',
  path: '/v1/ingests',
  operationId: 'listIngests',
  tags: ['archivists'],
  summary: 'Archivists: one row per uploaded file with its status, newest first',
  security: ARCHIVIST,
  request: { query: IngestQuerySchema },
  responses: {
    200: jsonResponse(pageOf(IngestRecordComponent), 'a page of ingests', true),
    ...BAD_PARAMETER,
    ...UNAUTHORIZED,
  },
});

const withdrawCaseRoute = createRoute({
  method: 'post',
  path: '/v1/cases/{id}/withdraw',
  operationId: 'withdrawCase',
  tags: ['archivists'],
  summary: 'Archivists: withdraw a case (a tombstone revision that stays in /v1/changes)',
  security: ARCHIVIST,
  request: { params: CaseIdParamSchema },
  responses: {
    200: jsonResponse(
      z.object({ record: CaseRecordComponent, changed: z.boolean() }),
      'the tombstone; `changed: false` when it was withdrawn already',
    ),
    ...NOT_FOUND,
    ...UNAUTHORIZED,
  },
});

export const ReextractRequestSchema = z.strictObject({
  all: z.boolean().optional().describe('every upload that owns its bytes'),
  status: IngestStatusSchema.optional().describe('only uploads with this status'),
  beforeVersion: z
    .string()
    .regex(/^\d+(\.\d+)*$/)
    .optional()
    .describe('only uploads read by an older extractor'),
  prefix: z.string().min(1).max(1024).optional().describe('only uploads whose key starts with this'),
  caseId: CaseIdParamSchema.shape.id.optional().describe('only the uploads of this case'),
});

const reextractRoute = createRoute({
  method: 'post',
  path: '/v1/reextract',
  operationId: 'reextract',
  tags: ['archivists'],
  summary: 'Archivists: re-read stored originals with the current extractor (local stack)',
  description:
    'Streams one JSON line per upload (`{ done, total, file, result }`) and a last `{ summary }` line. Where the API has no PDF reader (the deployed API function), a 501 says to run `npm run reextract` with the stack’s table and bucket instead.',
  security: ARCHIVIST,
  request: { body: { content: { 'application/json': { schema: ReextractRequestSchema } }, required: true } },
  responses: {
    200: {
      description: 'progress lines, then the summary',
      content: { 'application/x-ndjson': { schema: z.string() } },
    },
    ...BAD_PARAMETER,
    ...UNAUTHORIZED,
    501: { description: 'no PDF reader here', content: { 'application/json': { schema: ErrorSchema } } },
  },
});

const ReviewQuerySchema = z.strictObject({
  cursor: z.string().max(2000).optional().describe('from the previous page’s `next`'),
});

const getReviewQueue = createRoute({
  method: 'get',
  path: '/v1/review',
  operationId: 'getReviewQueue',
  tags: ['archivists'],
  summary: 'Archivists: what needs a person, most useful first',
  description:
    'On the first page, the uploads waiting for their Dnr (`needs_review`); then cases with items to review: Beredning/Remissammanställning disagreements, missing stances, stances below the certainty threshold, fields the extractor flagged.',
  security: ARCHIVIST,
  request: { query: ReviewQuerySchema },
  responses: {
    200: jsonResponse(
      z.object({
        uploads: z.array(IngestRecordComponent),
        cases: z.array(CaseReviewComponent),
        next: z.url().nullable(),
      }),
      'a page of the queue',
      true,
    ),
    ...BAD_PARAMETER,
    ...UNAUTHORIZED,
  },
});

const CorrectionQuerySchema = z.strictObject({
  caseId: CaseIdParamSchema.shape.id
    .optional()
    .describe('only this case’s (all of them, with their history)'),
  status: CorrectionStatusSchema.optional(),
  limit: z.coerce.number().int().min(1).max(1000).default(100),
  cursor: z.string().max(2000).optional(),
});

const listCorrectionsRoute = createRoute({
  method: 'get',
  path: '/v1/corrections',
  operationId: 'listCorrections',
  tags: ['archivists'],
  summary: 'Archivists: corrections (in force, replaced and withdrawn), oldest first',
  security: ARCHIVIST,
  request: { query: CorrectionQuerySchema },
  responses: {
    200: jsonResponse(pageOf(CorrectionComponent), 'a page of corrections', true),
    ...BAD_PARAMETER,
    ...UNAUTHORIZED,
  },
});

export const CorrectionRequestSchema = z.strictObject({
  caseId: CaseIdParamSchema.shape.id,
  path: z
    .string()
    .min(1)
    .max(300)
    .describe('the field: `title`, `date`, `subject.kind`, `consultations[Trafiknämnden].stance`…'),
  value: CorrectionValueSchema.describe('the new value, of the field’s own type; null clears it'),
  note: z.string().max(2000).nullable().optional().describe('why, for the record'),
});

const CorrectionAnswerSchema = z.object({ correction: CorrectionComponent, record: CaseRecordComponent });

const createCorrectionRoute = createRoute({
  method: 'post',
  path: '/v1/corrections',
  operationId: 'createCorrection',
  tags: ['archivists'],
  summary: 'Archivists: correct (or confirm) one field of a case; the case is published again with it',
  security: ARCHIVIST,
  request: {
    body: { content: { 'application/json': { schema: CorrectionRequestSchema } }, required: true },
  },
  responses: {
    201: jsonResponse(CorrectionAnswerSchema, 'the correction and the record as now published'),
    ...BAD_PARAMETER,
    ...UNAUTHORIZED,
    ...NOT_FOUND,
    ...CONFLICT,
  },
});

const withdrawCorrectionRoute = createRoute({
  method: 'post',
  path: '/v1/corrections/{caseId}/{correctionId}/withdraw',
  operationId: 'withdrawCorrection',
  tags: ['archivists'],
  summary: 'Archivists: withdraw a correction; the extracted value is published again',
  security: ARCHIVIST,
  request: {
    params: z.object({ caseId: CaseIdParamSchema.shape.id, correctionId: z.string().max(100) }),
    body: {
      content: {
        'application/json': { schema: z.strictObject({ note: z.string().max(2000).nullable().optional() }) },
      },
      required: false,
    },
  },
  responses: {
    200: jsonResponse(CorrectionAnswerSchema, 'the withdrawn correction and the record as now published'),
    ...UNAUTHORIZED,
    ...NOT_FOUND,
    ...CONFLICT,
  },
});

export const CompletionRequestSchema = z.strictObject({
  diarienummer: z.string().min(1).max(100).describe('as printed, e.g. KS 2024/001234'),
  municipality: z
    .string()
    .min(1)
    .max(200)
    .nullable()
    .optional()
    .describe('default: as the document names it'),
  note: z.string().max(2000).nullable().optional(),
});

const completeUploadRoute = createRoute({
  method: 'post',
  path: '/v1/ingests/{ingestId}/diarienummer',
  operationId: 'completeUpload',
  tags: ['archivists'],
  summary: 'Archivists: give a `needs_review` upload its Dnr, which publishes its case',
  security: ARCHIVIST,
  request: {
    params: z.object({ ingestId: z.string().regex(/^[0-9a-f]{32}$/, 'expected an ingest id') }),
    body: { content: { 'application/json': { schema: CompletionRequestSchema } }, required: true },
  },
  responses: {
    200: jsonResponse(
      z.object({ ingest: IngestRecordComponent, record: CaseRecordComponent }),
      'the upload, now published, and its case',
    ),
    ...BAD_PARAMETER,
    ...UNAUTHORIZED,
    ...NOT_FOUND,
    ...CONFLICT,
  },
});

/** The review queue's page: waiting uploads on the first, then cases most pressing first. */
export async function reviewQueuePage(
  deps: ApiContext['deps'],
  cursor: string | undefined,
  limit = 50,
): Promise<{
  uploads: Awaited<ReturnType<typeof deps.ingests.list>>['items'];
  cases: Awaited<ReturnType<typeof deps.cases.listReviews>>['items'];
  after: string | null;
}> {
  const after = readCursor(cursor, 'review', deps.cursorSecret, z.string());
  const [uploads, cases] = await Promise.all([
    after ? Promise.resolve({ items: [] }) : deps.ingests.list({ status: 'needs_review', limit: 200 }),
    deps.cases.listReviews({ limit, after }),
  ]);
  return { uploads: uploads.items, cases: cases.items, after: cases.after };
}

export function registerArchivistRoutes(app: ApiApp, { deps, archivistGate }: ApiContext): void {
  protect(app, archivistGate, listIngests);
  app.openapi(listIngests, async (c) => {
    archivistOf(c);
    const query = c.req.valid('query');
    const key = JSON.stringify([query.status, query.key, query.sha256]);
    const after = readCursor(query.cursor, key, deps.cursorSecret, z.string());
    const page = await deps.ingests.list({ ...query, after });
    const cursor = page.after ? encodeCursor(page.after, key, deps.cursorSecret) : null;
    const next = linkNext(c, nextUrl(c.req.url, cursor, deps.publicBaseUrl));
    return c.json({ items: page.items, next }, 200);
  });

  protect(app, archivistGate, getReviewQueue);
  app.openapi(getReviewQueue, async (c) => {
    archivistOf(c);
    const page = await reviewQueuePage(deps, c.req.valid('query').cursor);
    const cursor = page.after ? encodeCursor(page.after, 'review', deps.cursorSecret) : null;
    const next = linkNext(c, nextUrl(c.req.url, cursor, deps.publicBaseUrl));
    return c.json({ uploads: page.uploads, cases: page.cases, next }, 200);
  });

  protect(app, archivistGate, listCorrectionsRoute);
  app.openapi(listCorrectionsRoute, async (c) => {
    archivistOf(c);
    const query = c.req.valid('query');
    const key = JSON.stringify(['corrections', query.caseId, query.status]);
    if (query.caseId) {
      const all = await deps.cases.listCaseCorrections(query.caseId);
      return c.json(
        { items: all.filter((k) => !query.status || k.status === query.status), next: null },
        200,
      );
    }
    const after = readCursor(query.cursor, key, deps.cursorSecret, z.string());
    const page = await deps.cases.listCorrections({ limit: query.limit, after });
    const items = page.items.filter((k) => !query.status || k.status === query.status);
    const cursor = page.after ? encodeCursor(page.after, key, deps.cursorSecret) : null;
    const next = linkNext(c, nextUrl(c.req.url, cursor, deps.publicBaseUrl));
    return c.json({ items, next }, 200);
  });

  protect(app, archivistGate, createCorrectionRoute);
  app.openapi(createCorrectionRoute, async (c) => {
    const archivist = archivistOf(c);
    const request = c.req.valid('json');
    const result = await refusing(() => correctCase(deps.cases, request, archivist.name, deps.now));
    return c.json(result, 201);
  });

  protect(app, archivistGate, withdrawCorrectionRoute);
  app.openapi(withdrawCorrectionRoute, async (c) => {
    const archivist = archivistOf(c);
    const { caseId, correctionId } = c.req.valid('param');
    const body = (await c.req.json().catch(() => ({}))) as { note?: unknown };
    const note = typeof body.note === 'string' ? body.note : null;
    const result = await refusing(() =>
      withdrawCorrection(deps.cases, { caseId, correctionId, note }, archivist.name, deps.now),
    );
    return c.json(result, 200);
  });

  protect(app, archivistGate, completeUploadRoute);
  app.openapi(completeUploadRoute, async (c) => {
    const archivist = archivistOf(c);
    const { ingestId } = c.req.valid('param');
    const request = c.req.valid('json');
    const result = await refusing(() => completeUpload(deps, { ingestId, ...request }, archivist.name));
    return c.json(result, 200);
  });

  protect(app, archivistGate, withdrawCaseRoute);
  app.openapi(withdrawCaseRoute, async (c) => {
    archivistOf(c);
    const { id } = c.req.valid('param');
    const result = await withdrawCase(deps.cases, id, deps.now);
    if (!result) throw new ApiError(404, 'not_found', `no case ${id}`);
    return c.json(result, 200);
  });

  protect(app, archivistGate, reextractRoute);
  app.openapi(reextractRoute, async (c) => {
    archivistOf(c);
    const request = c.req.valid('json');
    const reextract = deps.reextract;
    if (!reextract)
      throw new ApiError(
        501,
        'not_available',
        'this API has no PDF reader: run `npm run reextract -- --table … --bucket …` with your AWS credentials',
      );
    const chosen = [request.all === true, request.status, request.beforeVersion, request.caseId].filter(
      Boolean,
    );
    if (chosen.length !== 1)
      throw new ApiError(
        400,
        'bad_parameter',
        'parameter all: give exactly one of all, status, beforeVersion, caseId',
      );
    const body = streamReextract(reextract, {
      status: request.status,
      beforeVersion: request.beforeVersion,
      keyPrefix: request.prefix,
      caseId: request.caseId,
    });
    // a stream, which the route's typed responses (text bodies) cannot name
    return c.body(body, 200, { 'Content-Type': 'application/x-ndjson; charset=utf-8' }) as never;
  });
}

/** Runs a re-extraction, writing each upload's result as a JSON line as it happens. */
function streamReextract(run: ReextractRun, selection: Parameters<ReextractRun>[0]): ReadableStream {
  const encoder = new TextEncoder();
  return new ReadableStream<Uint8Array>({
    async start(controller) {
      const line = (value: unknown) => controller.enqueue(encoder.encode(`${JSON.stringify(value)}\n`));
      try {
        const summary = await run(selection, (done, total, file, result) =>
          line({ done, total, file, result }),
        );
        line({ summary });
      } catch (error) {
        line({ error: { code: 'internal', message: (error as Error).message } });
      }
      controller.close();
    },
  });
}
