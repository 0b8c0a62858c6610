// The feed API and portal as one Hono app: served by hono/aws-lambda on AWS and @hono/node-server
// locally, so both run the same code path. Read-only over the repositories; bad input is a 4xx with
// a JSON error naming the parameter, never a 5xx.
import { Hono } from 'hono';
import { cors } from 'hono/cors';
import { HTTPException } from 'hono/http-exception';
import { z } from 'zod';
import { toAtomFeed } from '../feeds/atom.ts';
import { BULK_FILE_NAMES, bulkUrl } from '../feeds/bulk-files.ts';
import { type SelectionSummary, summarizeSelection } from '../feeds/case-aggregates.ts';
import { CASE_COLUMNS, CONSULTATION_COLUMNS, toConsultationJson } from '../feeds/case-csv.ts';
import {
  type CaseQuery,
  CaseQuerySchema,
  ChangesQuerySchema,
  filterKey,
  IngestQuerySchema,
  matchesCase,
  matchesConsultation,
} from '../feeds/case-query.ts';
import { toCsv } from '../feeds/csv.ts';
import { CursorError, decodeCursor, encodeCursor } from '../feeds/cursor.ts';
import { buildOpenApi } from '../feeds/openapi.ts';
import { type FeedPosition, walkFeed } from '../feeds/walk-feed.ts';
import type { CaseRecord } from '../model/case-record.ts';
import { renderCasePage, renderHomePage, renderMessagePage } from '../portal/pages.ts';
import type { BulkStore } from '../storage/bulk-store.ts';
import type { CaseRepository } from '../storage/case-repository.ts';
import type { IngestRepository } from '../storage/ingest-repository.ts';
import type { ObjectStore } from '../storage/object-store.ts';
import { compressKeepingStrongEtag, strongEtag } from './http-cache.ts';
import { responseCache } from './response-cache.ts';

export interface ApiDependencies {
  cases: CaseRepository;
  ingests: IngestRepository;
  objects: ObjectStore;
  /**
   * The bulk files' bucket; without it /v1/bulk lists nothing. On AWS, CloudFront serves
   * /v1/bulk/{file} from the bucket itself (a Lambda response is capped at 6 MB); locally this app does.
   */
  bulk?: BulkStore | undefined;
  cursorSecret: string;
  now: () => string;
  /** Absolute base for links; when unset, the request's own origin. */
  publicBaseUrl?: string | undefined;
  /** How far behind now the change feed serves, so concurrent writes are never skipped. */
  watermarkMs?: number;
  onError?: (error: unknown) => void;
  /**
   * Reuse responses while the feed's version is unchanged (default on). Off only to measure the
   * uncached read path.
   */
  responseCache?: boolean;
  /**
   * Answer a source-PDF request with a redirect to a presigned S3 URL instead of the bytes. On
   * AWS, where a Lambda response is capped at 6 MB; locally the bytes are served directly.
   */
  redirectDocuments?: boolean;
}

export const API_VERSION = '1.0.0';

export class ApiError extends HTTPException {
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
export function parseQuery<S extends z.ZodType>(schema: S, params: Record<string, string>): z.infer<S> {
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

function nextUrl(requestUrl: string, cursor: string | null, base?: string): string | null {
  if (!cursor) return null;
  const url = new URL(requestUrl);
  const out = base ? new URL(url.pathname + url.search, base) : url;
  out.searchParams.set('cursor', cursor);
  return out.toString();
}

const LIST_CACHE = 'public, max-age=60';
/** Aggregates over whole selections are recomputed at most this often (as long as lists are cached). */
const SUMMARY_TTL_MS = 60_000;
const SUMMARY_CACHE_SIZE = 100;

/**
 * How long the in-process cache may reuse a response at an unchanged feed version (see
 * response-cache.ts). 5 s bounds the feed index's lag behind the table on AWS; the change feed's
 * answer also moves with its watermark, so it is reused for 1 s only (a poller then trails the
 * watermark by at most a second more, and still never skips: its cursor carries its position).
 */
export function cachePolicy(path: string): { reuseMs: number } | 'none' {
  if (path === '/health' || path.startsWith('/v1/ingests') || path.startsWith('/v1/bulk')) return 'none';
  if (path.includes('/documents/')) return 'none';
  if (path === '/v1/changes') return { reuseMs: 1_000 };
  return { reuseMs: 5_000 };
}

export function createApp(deps: ApiDependencies): Hono {
  const app = new Hono();
  const watermarkMs = deps.watermarkMs ?? 5_000;
  const baseOf = (requestUrl: string) =>
    (deps.publicBaseUrl ?? new URL(requestUrl).origin).replace(/\/+$/, '');

  // outermost: ETag is computed on the identity body, then the body is gzipped
  app.use('*', compressKeepingStrongEtag());
  app.use(
    '*',
    cors({ origin: '*', allowMethods: ['GET', 'HEAD', 'OPTIONS'], exposeHeaders: ['ETag', 'Link'] }),
  );
  app.use('*', async (c, next) => {
    await next();
    if (!['GET', 'HEAD'].includes(c.req.method) || c.res.headers.has('Cache-Control')) return;
    const path = c.req.path;
    const value =
      c.res.status >= 400 || path === '/health' || path.startsWith('/v1/ingests')
        ? 'no-store'
        : path.startsWith('/v1/changes')
          ? 'public, max-age=5'
          : LIST_CACHE;
    c.res.headers.set('Cache-Control', value);
  });
  app.use('/v1/*', strongEtag());
  if (deps.responseCache !== false) {
    app.use('*', responseCache({ version: () => deps.cases.feedVersion(), policy: cachePolicy }));
  }

  app.onError((error, c) => {
    const wantsHtml = !c.req.path.startsWith('/v1/') && c.req.path !== '/health';
    if (error instanceof HTTPException) {
      const code =
        error instanceof ApiError ? error.code : error.status === 404 ? 'not_found' : 'bad_request';
      if (wantsHtml) return c.html(renderMessagePage(error.status, error.message), error.status);
      return c.json({ error: { code, message: error.message } }, error.status);
    }
    deps.onError?.(error);
    if (wantsHtml) return c.html(renderMessagePage(500, 'Internt fel / internal error'), 500);
    return c.json({ error: { code: 'internal', message: 'internal error' } }, 500);
  });
  app.notFound((c) => {
    if (!c.req.path.startsWith('/v1/'))
      return c.html(renderMessagePage(404, `Sidan finns inte / not found`), 404);
    return c.json({ error: { code: 'not_found', message: `no route ${c.req.path}` } }, 404);
  });

  /** One page of cases matching the query, newest first, and the cursor to the next page. */
  async function selectCases(query: CaseQuery): Promise<{ items: CaseRecord[]; cursor: string | null }> {
    const key = filterKey(query);
    const after = readCursor(query.cursor, key, deps.cursorSecret, FeedPositionSchema);
    const items: CaseRecord[] = [];
    let last: FeedPosition | null = null;
    let more = false;
    // unfiltered, a page needs limit+1 items; filtered, read bigger chunks to find matches
    const chunk = key === '[]' ? query.limit + 1 : undefined;
    const since = query.updatedSince ? new Date(query.updatedSince).toISOString() : null;
    for await (const record of walkFeed(deps.cases, { order: 'desc', after, until: deps.now(), chunk })) {
      // newest first: past updatedSince nothing older can match
      if (since && record.updatedAt < since) break;
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

  /**
   * Aggregates of every live case matching the filters (/v1/bodies, the portal's count and charts).
   * A full walk of the feed, so each selection's result is kept for a minute and shared by
   * concurrent requests.
   */
  const summaries = new Map<string, { at: number; value: Promise<SelectionSummary> }>();
  function summarize(query: CaseQuery): Promise<SelectionSummary> {
    const key = filterKey(query);
    const now = Date.parse(deps.now());
    const hit = summaries.get(key);
    if (hit && now - hit.at < SUMMARY_TTL_MS) return hit.value;
    const value = collectCases(query).then(summarizeSelection);
    value.catch(() => summaries.delete(key));
    summaries.delete(key);
    summaries.set(key, { at: now, value });
    // Map keeps insertion order: drop the oldest selections beyond the cap
    for (const old of summaries.keys()) {
      if (summaries.size <= SUMMARY_CACHE_SIZE) break;
      summaries.delete(old);
    }
    return value;
  }

  async function collectCases(query: CaseQuery): Promise<CaseRecord[]> {
    const items: CaseRecord[] = [];
    const since = query.updatedSince ? new Date(query.updatedSince).toISOString() : null;
    for await (const record of walkFeed(deps.cases, { order: 'desc', until: deps.now() })) {
      if (since && record.updatedAt < since) break;
      if (matchesCase(record, query)) items.push(record);
    }
    return items;
  }

  /** A case id from the path; one that cannot exist is a 404 before it reaches the store. */
  const caseIdOf = (id: string): string => {
    if (!/^[a-z0-9-]{1,200}$/.test(id)) throw new ApiError(404, 'not_found', `no case ${id.slice(0, 200)}`);
    return id;
  };

  const consultationRowsOf = (items: CaseRecord[], query: CaseQuery) =>
    items.flatMap((record) =>
      record.consultations
        .filter((consultation) => matchesConsultation(consultation, query))
        .map((consultation) => ({ record, consultation })),
    );

  app.get('/health', async (c) => {
    try {
      await Promise.all([deps.cases.feedVersion(), deps.objects.ping()]);
      return c.json({ status: 'ok' });
    } catch (error) {
      deps.onError?.(error);
      return c.json({ status: 'unavailable' }, 503);
    }
  });

  app.get('/v1/cases', async (c) => {
    const query = parseQuery(CaseQuerySchema, c.req.query());
    const { items, cursor } = await selectCases(query);
    const next = nextUrl(c.req.url, cursor, deps.publicBaseUrl);
    if (next) c.header('Link', `<${next}>; rel="next"`);
    return c.json({ items, next });
  });

  app.get('/v1/cases.csv', async (c) => {
    const query = parseQuery(CaseQuerySchema, c.req.query());
    const { items, cursor } = await selectCases(query);
    const next = nextUrl(c.req.url, cursor, deps.publicBaseUrl);
    if (next) c.header('Link', `<${next}>; rel="next"`);
    const csv = toCsv(CASE_COLUMNS, items, { delimiter: query.sep === 'semicolon' ? ';' : ',' });
    return c.body(csv, 200, {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': 'attachment; filename="cases.csv"',
    });
  });

  app.get('/v1/cases.atom', async (c) => {
    const query = parseQuery(CaseQuerySchema, c.req.query());
    const { items, cursor } = await selectCases(query);
    const next = nextUrl(c.req.url, cursor, deps.publicBaseUrl);
    if (next) c.header('Link', `<${next}>; rel="next"`);
    const base = baseOf(c.req.url);
    const self = new URL(new URL(c.req.url).pathname + new URL(c.req.url).search, base).toString();
    const feed = toAtomFeed(items, { baseUrl: base, selfUrl: self, nextUrl: next, now: deps.now() });
    return c.body(feed, 200, { 'Content-Type': 'application/atom+xml; charset=utf-8' });
  });

  app.get('/v1/consultations', async (c) => {
    const query = parseQuery(CaseQuerySchema, c.req.query());
    const { items, cursor } = await selectCases(query);
    const next = nextUrl(c.req.url, cursor, deps.publicBaseUrl);
    if (next) c.header('Link', `<${next}>; rel="next"`);
    return c.json({ items: consultationRowsOf(items, query).map(toConsultationJson), next });
  });

  app.get('/v1/consultations.csv', async (c) => {
    const query = parseQuery(CaseQuerySchema, c.req.query());
    const { items, cursor } = await selectCases(query);
    const next = nextUrl(c.req.url, cursor, deps.publicBaseUrl);
    if (next) c.header('Link', `<${next}>; rel="next"`);
    const csv = toCsv(CONSULTATION_COLUMNS, consultationRowsOf(items, query), {
      delimiter: query.sep === 'semicolon' ? ';' : ',',
    });
    return c.body(csv, 200, {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': 'attachment; filename="consultations.csv"',
    });
  });

  app.get('/v1/bodies', async (c) => {
    const query = parseQuery(CaseQuerySchema, c.req.query());
    if (query.cursor)
      throw new ApiError(400, 'bad_parameter', 'parameter cursor: /v1/bodies is not paginated');
    return c.json({ items: (await summarize(query)).bodies });
  });

  app.get('/v1/cases/:id', async (c) => {
    const record = await deps.cases.get(caseIdOf(c.req.param('id')));
    if (!record) throw new ApiError(404, 'not_found', `no case ${c.req.param('id')}`);
    return c.json(record);
  });

  app.get('/v1/cases/:id/consultations.csv', async (c) => {
    const query = parseQuery(
      z.strictObject({ sep: z.enum(['comma', 'semicolon']).optional() }),
      c.req.query(),
    );
    const record = await deps.cases.get(caseIdOf(c.req.param('id')));
    if (!record) throw new ApiError(404, 'not_found', `no case ${c.req.param('id')}`);
    const rows = record.consultations.map((consultation) => ({ record, consultation }));
    const csv = toCsv(CONSULTATION_COLUMNS, rows, { delimiter: query.sep === 'semicolon' ? ';' : ',' });
    return c.body(csv, 200, {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="${record.id}-consultations.csv"`,
    });
  });

  const RevisionParamSchema = z.strictObject({
    id: z.string().regex(/^[a-z0-9-]+$/, 'expected a case id'),
    revision: z.coerce.number().int().min(1).max(1_000_000),
  });

  app.get('/v1/cases/:id/revisions/:revision', async (c) => {
    const { id, revision } = parseQuery(RevisionParamSchema, c.req.param());
    const record = await deps.cases.getRevision(id, revision);
    if (!record) throw new ApiError(404, 'not_found', `case ${id} has no revision ${revision}`);
    c.header('Cache-Control', 'public, max-age=86400, immutable');
    return c.json(record);
  });

  app.get('/v1/cases/:id/documents/:sha256', async (c) => {
    const { sha256 } = c.req.param();
    const id = caseIdOf(c.req.param('id'));
    const stored = (await deps.cases.getDocuments(id)).find((d) => d.document.sha256 === sha256);
    const record = stored ? await deps.cases.get(id) : null;
    if (!stored || !record || record.deleted) {
      throw new ApiError(404, 'not_found', `case ${id} has no document ${sha256}`);
    }
    const fileName = stored.document.fileName.replace(/[^\w.-]+/g, '_');
    if (deps.redirectDocuments) {
      const url = await deps.objects.presignedGetUrl(stored.objectKey, { fileName, expiresInSeconds: 900 });
      c.header('Cache-Control', 'private, max-age=300');
      return c.redirect(url, 302);
    }
    const bytes = await deps.objects.read(stored.objectKey, { maxBytes: Number.MAX_SAFE_INTEGER });
    return c.body(bytes as Uint8Array<ArrayBuffer>, 200, {
      'Content-Type': 'application/pdf',
      'Content-Disposition': `inline; filename="${fileName}"`,
      ETag: `"${sha256}"`,
      'Cache-Control': 'public, max-age=86400, immutable',
    });
  });

  app.get('/v1/changes', async (c) => {
    const query = parseQuery(ChangesQuerySchema, c.req.query());
    const key = `changes:${query.since ?? ''}`;
    const fromCursor = readCursor(query.cursor, key, deps.cursorSecret, FeedPositionSchema);
    // strictly after `since`: an id past every real id puts the position after all of that instant
    const after =
      fromCursor ??
      (query.since ? { updatedAt: new Date(query.since).toISOString(), id: '\uffff' } : undefined);
    // the watermark: writes stamped before it have landed in the (eventually consistent) index
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
    const next = nextUrl(c.req.url, cursor, deps.publicBaseUrl);
    if (next && items.length === query.limit) c.header('Link', `<${next}>; rel="next"`);
    return c.json({ items, next, watermark: until });
  });

  app.get('/v1/ingests', async (c) => {
    const query = parseQuery(IngestQuerySchema, c.req.query());
    const key = JSON.stringify([query.status, query.key, query.sha256]);
    const after = readCursor(query.cursor, key, deps.cursorSecret, z.string());
    const page = await deps.ingests.list({ ...query, after });
    const cursor = page.after ? encodeCursor(page.after, key, deps.cursorSecret) : null;
    const next = nextUrl(c.req.url, cursor, deps.publicBaseUrl);
    if (next) c.header('Link', `<${next}>; rel="next"`);
    return c.json({ items: page.items, next });
  });

  app.get('/v1/openapi.json', (c) =>
    c.json(buildOpenApi({ serverUrl: baseOf(c.req.url), version: API_VERSION }), 200, {
      'Cache-Control': 'public, max-age=300',
    }),
  );

  app.get('/v1/bulk', async (c) => {
    const base = baseOf(c.req.url);
    const stored = deps.bulk ? await deps.bulk.list() : [];
    const items = BULK_FILE_NAMES.flatMap((name) => {
      const file = stored.find((s) => s.name === name);
      return file
        ? [{ name, url: bulkUrl(base, name), bytes: file.bytes, lastModified: file.lastModified }]
        : [];
    });
    return c.json({ items });
  });

  app.get('/v1/bulk/:file', async (c) => {
    const name = c.req.param('file');
    const known = (BULK_FILE_NAMES as readonly string[]).includes(name);
    const file = known && deps.bulk ? await deps.bulk.read(name) : null;
    if (!file) throw new ApiError(404, 'not_found', `no bulk file ${name}`);
    return c.body(file.body as Uint8Array<ArrayBuffer>, 200, {
      'Content-Type': file.contentType,
      ...(file.lastModified ? { 'Last-Modified': file.lastModified } : {}),
      ...(name.endsWith('.csv') ? { 'Content-Disposition': `attachment; filename="${name}"` } : {}),
      'Cache-Control': 'public, max-age=300',
    });
  });

  // ---- the portal: server-rendered HTML over the same queries ----

  /** Form fields arrive empty when left blank: drop them before validating. */
  const portalQuery = (params: Record<string, string>) => {
    const filled = Object.fromEntries(Object.entries(params).filter(([, v]) => v.trim() !== ''));
    return parseQuery(CaseQuerySchema, { limit: '50', ...filled });
  };

  app.get('/', async (c) => {
    const params = c.req.query();
    let query: CaseQuery;
    try {
      query = portalQuery(params);
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
      const summary = { cases: 0, years: [], bodies: [] };
      const html = renderHomePage({ params, error: error.message, items: [], next: null, summary });
      return c.html(html, 400);
    }
    const [{ items, cursor }, summary] = await Promise.all([selectCases(query), summarize(query)]);
    const next = cursor ? `/?${new URLSearchParams({ ...params, cursor }).toString()}` : null;
    return c.html(renderHomePage({ params, error: null, items, next, summary }), 200, {
      'Cache-Control': 'public, max-age=60',
    });
  });

  app.get('/cases/:id', async (c) => {
    const record = await deps.cases.get(caseIdOf(c.req.param('id')));
    if (!record) throw new ApiError(404, 'not_found', `Ärendet finns inte / no case ${c.req.param('id')}`);
    return c.html(renderCasePage(record), 200, { 'Cache-Control': 'public, max-age=60' });
  });

  return app;
}
