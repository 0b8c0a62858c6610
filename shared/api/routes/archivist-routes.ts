// The archivists' routes: /v1/ingests (one row per uploaded file with its status). Declared with
// `security: archivist`; sign-in itself is one middleware in its own file (shared/api/sign-in.ts,
// issue 12) applied to this group, which is also where /review and the corrections will register.
// Until then the local stack does not check it; on AWS the gateway requires IAM (SigV4) here.
import { createRoute } from '@hono/zod-openapi';
import { z } from 'zod';
import { IngestQuerySchema } from '../../feeds/case-query.ts';
import { encodeCursor } from '../../feeds/cursor.ts';
import type { ApiApp, ApiContext } from '../api-app.ts';
import { BAD_PARAMETER, IngestRecordComponent, jsonResponse, pageOf } from '../api-schemas.ts';
import { linkNext, nextUrl, readCursor } from '../paging.ts';

/** The OpenAPI security scheme every archivist route declares. */
export const ARCHIVIST_SECURITY_SCHEME = 'archivist';
const ARCHIVIST = [{ [ARCHIVIST_SECURITY_SCHEME]: [] }];

/** Path prefixes of the archivist routes (no response of theirs is cached or shared). */
export const ARCHIVIST_PATHS = ['/v1/ingests'] as const;

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
  },
});

export function registerArchivistRoutes(app: ApiApp, { deps }: ApiContext): void {
  app.openapi(listIngests, async (c) => {
    const query = c.req.valid('query');
    const key = JSON.stringify([query.status, query.key, query.sha256]);
    const after = readCursor(query.cursor, key, deps.cursorSecret, z.string());
    const page = await deps.ingests.list({ ...query, after });
    const cursor = page.after ? encodeCursor(page.after, key, deps.cursorSecret) : null;
    const next = linkNext(c, nextUrl(c.req.url, cursor, deps.publicBaseUrl));
    return c.json({ items: page.items, next }, 200);
  });
}
