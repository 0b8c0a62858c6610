// The archivists' API: the ingest log, withdrawing a case, re-extraction. Each route is declared
// once with `security: archivist` and registered through protect(), which puts archivistGate on
// the route's own path before its handler; handlers then ask archivistOf(c), which fails closed.
import { createRoute, z } from '@hono/zod-openapi';
import type { MiddlewareHandler } from 'hono';
import { IngestQuerySchema } from '../../feeds/case-query.ts';
import { encodeCursor } from '../../feeds/cursor.ts';
import { IngestStatusSchema } from '../../model/ingest-record.ts';
import { withdrawCase } from '../../publishing/publish-case.ts';
import type { ApiApp, ApiContext } from '../api-app.ts';
import type { ReextractRun } from '../api-dependencies.ts';
import { ApiError } from '../api-errors.ts';
import {
  BAD_PARAMETER,
  CaseIdParamSchema,
  CaseRecordComponent,
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
