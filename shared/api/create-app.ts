// The feed API as one Hono app: served by hono/aws-lambda on AWS and @hono/node-server locally, so
// both run the same code path. Read-only over the repositories; bad input is a 4xx with a JSON
// error naming the parameter, never a 5xx.
import { Hono } from 'hono';
import { cors } from 'hono/cors';
import { etag } from 'hono/etag';
import { HTTPException } from 'hono/http-exception';
import { z } from 'zod';
import { CASE_COLUMNS, CONSULTATION_COLUMNS, toConsultationRows } from '../feeds/case-csv.ts';
import { type CaseQuery, CaseQuerySchema, filterKey, matchesCase } from '../feeds/case-query.ts';
import { toCsv } from '../feeds/csv.ts';
import { CursorError, decodeCursor, encodeCursor } from '../feeds/cursor.ts';
import { type FeedPosition, walkFeed } from '../feeds/walk-feed.ts';
import type { CaseRecord } from '../model/case-record.ts';
import { IngestStatusSchema } from '../model/ingest-record.ts';
import type { CaseRepository } from '../storage/case-repository.ts';
import type { IngestRepository } from '../storage/ingest-repository.ts';
import type { ObjectStore } from '../storage/object-store.ts';

export interface ApiDependencies {
  cases: CaseRepository;
  ingests: IngestRepository;
  objects: ObjectStore;
  cursorSecret: string;
  now: () => string;
  /** How far behind now the change feed serves, so concurrent writes are never skipped. */
  watermarkMs?: number;
  onError?: (error: unknown) => void;
}

class ApiError extends HTTPException {
  constructor(
    status: 400 | 404,
    readonly code: string,
    message: string,
  ) {
    super(status, { message });
  }
}

const FeedPositionSchema = z.object({ updatedAt: z.string(), id: z.string() });

/** zod issues → a 400 that names the parameter. */
function parseQuery<S extends z.ZodType>(schema: S, params: Record<string, string>): z.infer<S> {
  const parsed = schema.safeParse(params);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const name = issue?.path.join('.') || (issue && 'keys' in issue ? String(issue.keys) : 'query');
  const message =
    issue?.code === 'unrecognized_keys'
      ? `unknown parameter: ${issue.keys.join(', ')}`
      : `parameter ${name}: ${issue?.message ?? 'invalid'}`;
  throw new ApiError(400, 'bad_parameter', message);
}

function readCursor<T>(
  cursor: string | undefined,
  key: string,
  secret: string,
  schema: z.ZodType<T>,
): T | undefined {
  if (!cursor) return undefined;
  try {
    return schema.parse(decodeCursor(cursor, key, secret));
  } catch (error) {
    const message = error instanceof CursorError ? error.message : 'the cursor is malformed';
    throw new ApiError(400, 'bad_cursor', `parameter cursor: ${message}`);
  }
}

function nextUrl(requestUrl: string, cursor: string | null): string | null {
  if (!cursor) return null;
  const url = new URL(requestUrl);
  url.searchParams.set('cursor', cursor);
  return url.toString();
}

export function createApp(deps: ApiDependencies): Hono {
  const app = new Hono();
  const watermarkMs = deps.watermarkMs ?? 5_000;

  app.use('*', cors({ origin: '*', exposeHeaders: ['ETag', 'Link'] }));
  app.use('/v1/*', etag());

  app.onError((error, c) => {
    if (error instanceof HTTPException) {
      const code =
        error instanceof ApiError ? error.code : error.status === 404 ? 'not_found' : 'bad_request';
      return c.json({ error: { code, message: error.message } }, error.status);
    }
    deps.onError?.(error);
    return c.json({ error: { code: 'internal', message: 'internal error' } }, 500);
  });
  app.notFound((c) => c.json({ error: { code: 'not_found', message: `no route ${c.req.path}` } }, 404));

  /** One page of cases matching the query, newest first, and the cursor to the next page. */
  async function selectCases(query: CaseQuery): Promise<{ items: CaseRecord[]; cursor: string | null }> {
    const key = filterKey(query);
    const after = readCursor(query.cursor, key, deps.cursorSecret, FeedPositionSchema);
    const items: CaseRecord[] = [];
    let last: FeedPosition | null = null;
    let more = false;
    for await (const record of walkFeed(deps.cases, { order: 'desc', after, until: deps.now() })) {
      if (!matchesCase(record, query)) continue;
      if (items.length === query.limit) {
        more = true;
        break;
      }
      items.push(record);
      last = { updatedAt: record.updatedAt, id: record.id };
    }
    return { items, cursor: more && last ? encodeCursor(last, key, deps.cursorSecret) : null };
  }

  app.get('/health', async (c) => {
    try {
      await Promise.all([deps.cases.firstFeedMonth(), deps.objects.ping()]);
      return c.json({ status: 'ok' });
    } catch (error) {
      deps.onError?.(error);
      return c.json({ status: 'unavailable' }, 503);
    }
  });

  app.get('/v1/cases', async (c) => {
    const query = parseQuery(CaseQuerySchema, c.req.query());
    const { items, cursor } = await selectCases(query);
    const next = nextUrl(c.req.url, cursor);
    if (next) c.header('Link', `<${next}>; rel="next"`);
    return c.json({ items, next });
  });

  app.get('/v1/cases.csv', async (c) => {
    const query = parseQuery(CaseQuerySchema, c.req.query());
    const { items, cursor } = await selectCases(query);
    const next = nextUrl(c.req.url, cursor);
    if (next) c.header('Link', `<${next}>; rel="next"`);
    const csv = toCsv(CASE_COLUMNS, items, { delimiter: query.sep === 'semicolon' ? ';' : ',' });
    return c.body(csv, 200, {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': 'inline; filename="cases.csv"',
    });
  });

  app.get('/v1/consultations.csv', async (c) => {
    const query = parseQuery(CaseQuerySchema, c.req.query());
    const { items, cursor } = await selectCases(query);
    const next = nextUrl(c.req.url, cursor);
    if (next) c.header('Link', `<${next}>; rel="next"`);
    const csv = toCsv(CONSULTATION_COLUMNS, toConsultationRows(items), {
      delimiter: query.sep === 'semicolon' ? ';' : ',',
    });
    return c.body(csv, 200, { 'Content-Type': 'text/csv; charset=utf-8' });
  });

  app.get('/v1/cases/:id', async (c) => {
    const record = await deps.cases.get(c.req.param('id'));
    if (!record) throw new ApiError(404, 'not_found', `no case ${c.req.param('id')}`);
    return c.json(record);
  });

  app.get('/v1/cases/:id/documents/:sha256', async (c) => {
    const { id, sha256 } = c.req.param();
    const stored = (await deps.cases.getDocuments(id)).find((d) => d.document.sha256 === sha256);
    if (!stored) throw new ApiError(404, 'not_found', `case ${id} has no document ${sha256}`);
    const bytes = await deps.objects.read(stored.objectKey, { maxBytes: Number.MAX_SAFE_INTEGER });
    const fileName = stored.document.fileName.replace(/[^\w.-]+/g, '_');
    return c.body(bytes as Uint8Array<ArrayBuffer>, 200, {
      'Content-Type': 'application/pdf',
      'Content-Disposition': `inline; filename="${fileName}"`,
      ETag: `"${sha256}"`,
      'Cache-Control': 'public, max-age=86400, immutable',
    });
  });

  const ChangesQuerySchema = z.strictObject({
    since: z
      .string()
      .refine((s) => !Number.isNaN(Date.parse(s)), { message: 'expected an ISO 8601 timestamp' })
      .optional(),
    limit: z.coerce.number().int().min(1).max(1000).default(100),
    cursor: z.string().min(1).max(2000).optional(),
  });

  app.get('/v1/changes', async (c) => {
    const query = parseQuery(ChangesQuerySchema, c.req.query());
    const key = `changes:${query.since ?? ''}`;
    const fromCursor = readCursor(query.cursor, key, deps.cursorSecret, FeedPositionSchema);
    // strictly after `since`: an id past every real id puts the position after all of that instant
    const after =
      fromCursor ??
      (query.since ? { updatedAt: new Date(query.since).toISOString(), id: '\uffff' } : undefined);
    const until = new Date(Date.parse(deps.now()) - watermarkMs).toISOString();
    const items: CaseRecord[] = [];
    for await (const record of walkFeed(deps.cases, { order: 'asc', after, until })) {
      items.push(record);
      if (items.length === query.limit) break;
    }
    const last = items.at(-1);
    // the next page always exists for a polling client: it resumes after the last item seen
    const position = last ? { updatedAt: last.updatedAt, id: last.id } : after;
    const cursor = position ? encodeCursor(position, key, deps.cursorSecret) : null;
    const next = nextUrl(c.req.url, cursor);
    if (next && items.length === query.limit) c.header('Link', `<${next}>; rel="next"`);
    return c.json({ items, next, watermark: until });
  });

  const IngestQuerySchema = z.strictObject({
    status: IngestStatusSchema.optional(),
    key: z.string().min(1).max(1024).optional(),
    sha256: z
      .string()
      .regex(/^[0-9a-f]{64}$/, 'expected a hex sha256')
      .optional(),
    limit: z.coerce.number().int().min(1).max(1000).default(100),
    cursor: z.string().min(1).max(2000).optional(),
  });

  app.get('/v1/ingests', async (c) => {
    const query = parseQuery(IngestQuerySchema, c.req.query());
    const key = JSON.stringify([query.status, query.key, query.sha256]);
    const after = readCursor(query.cursor, key, deps.cursorSecret, z.string());
    const page = await deps.ingests.list({ ...query, after });
    const cursor = page.after ? encodeCursor(page.after, key, deps.cursorSecret) : null;
    const next = nextUrl(c.req.url, cursor);
    if (next) c.header('Link', `<${next}>; rel="next"`);
    return c.json({ items: page.items, next });
  });

  return app;
}
