// /v1/changes: the change feed for polling clients. Oldest first, up to a watermark a few seconds
// back (the feed index is eventually consistent), `next` always present; a page that ends at the
// watermark says `caughtUp: true` with a hint when to poll again. Its ETag covers the items and
// the cursor only, so polling an unchanged feed gets 304s while the watermark moves.
import { createHash } from 'node:crypto';
import { createRoute } from '@hono/zod-openapi';
import { ChangesQuerySchema } from '../../feeds/case-query.ts';
import { encodeCursor } from '../../feeds/cursor.ts';
import { walkFeed } from '../../feeds/walk-feed.ts';
import type { CaseRecord } from '../../model/case-record.ts';
import type { ApiApp, ApiContext } from '../api-app.ts';
import { BAD_PARAMETER, ChangesPageSchema, NOT_MODIFIED } from '../api-schemas.ts';
import { FeedPositionSchema, nextUrl, readCursor } from '../paging.ts';

export const DEFAULT_WATERMARK_MS = 5_000;

const listChanges = createRoute({
  method: 'get',
  path: '/v1/changes',
  operationId: 'listChanges',
  tags: ['changes'],
  summary: 'Change feed: cases created, changed or withdrawn after `since`, oldest first',
  description:
    'Follow `next` while `caughtUp` is false; on a caught-up page wait `retryAfter` seconds and poll ' +
    '`next` again (with If-None-Match: an unchanged feed answers 304). Nothing is skipped.',
  request: { query: ChangesQuerySchema },
  responses: {
    200: {
      description: 'a page of changes',
      headers: {
        ETag: {
          description: 'weak validator over the items and the cursor (not the moving watermark)',
          schema: { type: 'string' },
        },
        'Retry-After': {
          description: 'on a caught-up page: seconds before polling again',
          schema: { type: 'integer' },
        },
        Link: { description: '`<next>; rel="next"` while not caught up', schema: { type: 'string' } },
      },
      content: { 'application/json': { schema: ChangesPageSchema } },
    },
    ...NOT_MODIFIED,
    ...BAD_PARAMETER,
  },
});

const selfUrl = (requestUrl: string, base: string | undefined) => {
  const url = new URL(requestUrl);
  return (base ? new URL(url.pathname + url.search, base) : url).toString();
};

export function registerChangeRoutes(app: ApiApp, { deps }: ApiContext): void {
  const watermarkMs = deps.watermarkMs ?? DEFAULT_WATERMARK_MS;
  // a change stamped at the watermark's edge is visible one lag later: poll no sooner than that
  const retryAfter = Math.max(1, Math.ceil(watermarkMs / 1000));

  app.openapi(listChanges, async (c) => {
    const query = c.req.valid('query');
    const key = `changes:${query.since ?? ''}`;
    const fromCursor = readCursor(query.cursor, key, deps.cursorSecret, FeedPositionSchema);
    // strictly after `since`: an id past every real id puts the position after all of that instant
    const after =
      fromCursor ??
      (query.since ? { updatedAt: new Date(query.since).toISOString(), id: '\uffff' } : undefined);
    // the watermark: writes stamped before it have landed in the (eventually consistent) index
    const until = new Date(Date.parse(deps.now()) - watermarkMs).toISOString();
    const items: CaseRecord[] = [];
    let caughtUp = true;
    for await (const record of walkFeed(deps.cases, { order: 'asc', after, until })) {
      if (items.length === query.limit) {
        caughtUp = false;
        break;
      }
      items.push(record);
    }
    const last = items.at(-1);
    // the next page always exists for a polling client: it resumes after the last item seen
    // (with neither `since` nor a cursor nor any change yet, that is this same request again)
    const position = last ? { updatedAt: last.updatedAt, id: last.id } : after;
    const cursor = position ? encodeCursor(position, key, deps.cursorSecret) : null;
    const next = nextUrl(c.req.url, cursor, deps.publicBaseUrl) ?? selfUrl(c.req.url, deps.publicBaseUrl);
    const etag = createHash('sha1').update(JSON.stringify({ items, next, caughtUp })).digest('base64url');
    c.header('ETag', `W/"${etag}"`);
    if (caughtUp) c.header('Retry-After', String(retryAfter));
    else c.header('Link', `<${next}>; rel="next"`);
    return c.json({ items, next, caughtUp, retryAfter: caughtUp ? retryAfter : null, watermark: until }, 200);
  });
}
