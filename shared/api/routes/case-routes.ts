// /v1/cases and one case: the listing as JSON, CSV and Atom, a case, its revisions, its source PDFs
// and its consultations as CSV. Each route is declared once; the OpenAPI document comes from it.
import { createHash } from 'node:crypto';
import { createRoute, z } from '@hono/zod-openapi';
import { toAtomFeed } from '../../feeds/atom.ts';
import { CASE_COLUMNS, CONSULTATION_COLUMNS } from '../../feeds/case-csv.ts';
import { CaseCsvQuerySchema, CaseQuerySchema, SeparatorQuerySchema } from '../../feeds/case-query.ts';
import { toCsv } from '../../feeds/csv.ts';
import type { CaseRecord } from '../../model/case-record.ts';
import { type ObjectStore, OriginalMismatchError } from '../../storage/object-store.ts';
import { type ApiApp, type ApiContext, notFoundOnBadPath } from '../api-app.ts';
import { ApiError } from '../api-errors.ts';
import {
  BAD_PARAMETER,
  CaseIdParamSchema,
  CaseRecordComponent,
  DocumentParamSchema,
  GONE,
  jsonResponse,
  ListedCaseComponent,
  NOT_FOUND,
  NOT_MODIFIED,
  pageOf,
  RevisionParamSchema,
  textResponse,
} from '../api-schemas.ts';
import { linkNext, nextUrl } from '../paging.ts';

const TAGS = ['cases'];

export const CSV_TYPE = 'text/csv; charset=utf-8';
export const delimiterOf = (sep: 'comma' | 'semicolon' | undefined) => (sep === 'semicolon' ? ';' : ',');

const listCases = createRoute({
  method: 'get',
  path: '/v1/cases',
  operationId: 'listCases',
  tags: TAGS,
  summary: 'Cases, newest change first (or best match first for `q`)',
  description:
    'Withdrawn cases leave the listings (they stay in /v1/changes). With `q`, each item has `match`: a snippet of the page it matched, with the matched words as offsets. The full-text index is rebuilt by the publish function; until then a newly published case is found by its title.',
  request: { query: CaseQuerySchema },
  responses: {
    200: jsonResponse(pageOf(ListedCaseComponent), 'a page of cases', true),
    ...NOT_MODIFIED,
    ...BAD_PARAMETER,
  },
});

const listCasesCsv = createRoute({
  method: 'get',
  path: '/v1/cases.csv',
  operationId: 'listCasesCsv',
  tags: TAGS,
  summary: 'The same selection as CSV, one row per case',
  description: "RFC 4180, UTF-8 with BOM, CRLF; formula-like cells are prefixed with `'`.",
  request: { query: CaseCsvQuerySchema },
  responses: {
    200: textResponse('text/csv', 'cases.csv', true),
    ...NOT_MODIFIED,
    ...BAD_PARAMETER,
  },
});

const listCasesAtom = createRoute({
  method: 'get',
  path: '/v1/cases.atom',
  operationId: 'listCasesAtom',
  tags: TAGS,
  summary: 'Atom 1.0 feed of new and changed cases (same filters)',
  request: { query: CaseQuerySchema },
  responses: {
    200: textResponse('application/atom+xml', 'an Atom feed', true),
    ...NOT_MODIFIED,
    ...BAD_PARAMETER,
  },
});

const getCase = createRoute({
  method: 'get',
  path: '/v1/cases/{id}',
  operationId: 'getCase',
  tags: TAGS,
  summary: 'One case; a withdrawn case answers 200 with `deleted: true`',
  request: { params: CaseIdParamSchema },
  responses: { 200: jsonResponse(CaseRecordComponent, 'the case'), ...NOT_MODIFIED, ...NOT_FOUND },
});

const getCaseRevision = createRoute({
  method: 'get',
  path: '/v1/cases/{id}/revisions/{revision}',
  operationId: 'getCaseRevision',
  tags: TAGS,
  summary: 'One published revision of a case',
  description:
    'Cached a minute, never as immutable: a withdrawn case answers 410 for its earlier revisions and 200 for its tombstone revision.',
  request: { params: RevisionParamSchema },
  responses: {
    200: jsonResponse(CaseRecordComponent, 'the revision'),
    ...NOT_MODIFIED,
    ...BAD_PARAMETER,
    ...NOT_FOUND,
    ...GONE,
  },
});

const getCaseDocument = createRoute({
  method: 'get',
  path: '/v1/cases/{id}/documents/{sha256}',
  operationId: 'getCaseDocument',
  tags: TAGS,
  summary: 'A source PDF of the case: exactly the bytes the sha256 names',
  request: { params: DocumentParamSchema },
  responses: {
    200: {
      description: 'the PDF as uploaded (locally), checked against its sha256 before it is sent',
      content: { 'application/pdf': { schema: z.string().openapi({ format: 'binary' }) } },
    },
    302: {
      description:
        'on AWS: a redirect to a presigned S3 URL of the object version the case was read from (valid 15 minutes)',
    },
    ...NOT_FOUND,
    ...GONE,
  },
});

const getCaseConsultationsCsv = createRoute({
  method: 'get',
  path: '/v1/cases/{id}/consultations.csv',
  operationId: 'getCaseConsultationsCsv',
  tags: TAGS,
  summary: 'The consultations of one case as CSV (the columns of /v1/consultations.csv)',
  request: { params: CaseIdParamSchema, query: SeparatorQuerySchema },
  responses: {
    200: textResponse('text/csv', 'one row per consulted body'),
    ...NOT_MODIFIED,
    ...BAD_PARAMETER,
    ...NOT_FOUND,
  },
});

/** A withdrawn case's earlier revisions and documents are gone (410), not merely unknown. */
const withdrawnError = (record: CaseRecord) =>
  new ApiError(
    410,
    'withdrawn',
    `case ${record.id} was withdrawn at revision ${record.revision} (${record.updatedAt}); its earlier revisions and documents are no longer published`,
  );

/** The version now at `key`, after checking its bytes are the ones `sha256` names. */
async function verifiedVersionOf(objects: ObjectStore, key: string, sha256: string): Promise<string | null> {
  const read = await objects.readObject(key, { maxBytes: Number.MAX_SAFE_INTEGER });
  const actual = createHash('sha256').update(read.bytes).digest('hex');
  if (actual !== sha256) throw new OriginalMismatchError(`${key} holds sha256 ${actual}, not ${sha256}`);
  return read.versionId;
}

export function registerCaseRoutes(app: ApiApp, { deps, selection, baseOf }: ApiContext): void {
  const noCase = (id: string) => new ApiError(404, 'not_found', `no case ${id.slice(0, 200)}`);
  const noCaseHook = notFoundOnBadPath((c) => `no case ${c.req.param('id') ?? ''}`);

  app.openapi(listCases, async (c) => {
    const query = c.req.valid('query');
    const { items, cursor, matches } = await selection.selectCases(query);
    const next = linkNext(c, nextUrl(c.req.url, cursor, deps.publicBaseUrl));
    const listed = items.map((record) => {
      const match = matches?.get(record.id);
      return match ? { ...record, match } : record;
    });
    return c.json({ items: listed, next }, 200);
  });

  app.openapi(listCasesCsv, async (c) => {
    const query = c.req.valid('query');
    const { items, cursor } = await selection.selectCases(query);
    linkNext(c, nextUrl(c.req.url, cursor, deps.publicBaseUrl));
    return c.body(toCsv(CASE_COLUMNS, items, { delimiter: delimiterOf(query.sep) }), 200, {
      'Content-Type': CSV_TYPE,
      'Content-Disposition': 'attachment; filename="cases.csv"',
    });
  });

  app.openapi(listCasesAtom, async (c) => {
    const query = c.req.valid('query');
    const { items, cursor } = await selection.selectCases(query);
    const next = linkNext(c, nextUrl(c.req.url, cursor, deps.publicBaseUrl));
    const base = baseOf(c.req.url);
    const url = new URL(c.req.url);
    const self = new URL(url.pathname + url.search, base).toString();
    const feed = toAtomFeed(items, { baseUrl: base, selfUrl: self, nextUrl: next, now: deps.now() });
    return c.body(feed, 200, { 'Content-Type': 'application/atom+xml; charset=utf-8' });
  });

  app.openapi(
    getCase,
    async (c) => {
      const { id } = c.req.valid('param');
      const record = await deps.cases.get(id);
      if (!record) throw noCase(id);
      return c.json(record, 200);
    },
    noCaseHook,
  );

  app.openapi(
    getCaseConsultationsCsv,
    async (c) => {
      const { id } = c.req.valid('param');
      const { sep } = c.req.valid('query');
      const record = await deps.cases.get(id);
      if (!record) throw noCase(id);
      const rows = record.consultations.map((consultation) => ({ record, consultation }));
      return c.body(toCsv(CONSULTATION_COLUMNS, rows, { delimiter: delimiterOf(sep) }), 200, {
        'Content-Type': CSV_TYPE,
        'Content-Disposition': `attachment; filename="${record.id}-consultations.csv"`,
      });
    },
    noCaseHook,
  );

  app.openapi(getCaseRevision, async (c) => {
    const { id, revision } = c.req.valid('param');
    const [latest, record] = await Promise.all([deps.cases.get(id), deps.cases.getRevision(id, revision)]);
    // the tombstone itself stays readable, like GET /v1/cases/{id}
    if (latest?.deleted && revision !== latest.revision) throw withdrawnError(latest);
    if (!record) throw new ApiError(404, 'not_found', `case ${id} has no revision ${revision}`);
    // a revision never changes, but its case may be withdrawn: never `immutable`, gone from caches soon
    c.header('Cache-Control', 'public, max-age=60');
    return c.json(record, 200);
  });

  app.openapi(
    getCaseDocument,
    async (c) => {
      const { id, sha256 } = c.req.valid('param');
      const [documents, record] = await Promise.all([deps.cases.getDocuments(id), deps.cases.get(id)]);
      const stored = documents.find((d) => d.document.sha256 === sha256);
      if (record?.deleted) throw withdrawnError(record);
      if (!stored || !record) throw new ApiError(404, 'not_found', `case ${id} has no document ${sha256}`);
      const fileName = stored.document.fileName.replace(/[^\w.-]+/g, '_');
      // the pinned bytes (a version, or a content-addressed copy); a document stored before pinning
      // names only its key, whose bytes are checked against the sha256 before they are handed out
      const original = stored.original ?? { key: stored.objectKey, versionId: null };
      if (deps.redirectDocuments) {
        const versionId = original.versionId ?? (await verifiedVersionOf(deps.objects, original.key, sha256));
        const url = await deps.objects.presignedGetUrl(original.key, {
          fileName,
          expiresInSeconds: 900,
          versionId,
        });
        c.header('Cache-Control', 'private, max-age=300');
        return c.redirect(url, 302);
      }
      const bytes = await deps.objects.readVerified(original, sha256, Number.MAX_SAFE_INTEGER);
      return c.body(bytes as Uint8Array<ArrayBuffer>, 200, {
        'Content-Type': 'application/pdf',
        'Content-Disposition': `inline; filename="${fileName}"`,
        ETag: `"${sha256}"`,
        // the bytes never change, but a withdrawal must reach caches within minutes: not `immutable`
        'Cache-Control': 'public, max-age=300',
      });
    },
    notFoundOnBadPath(
      (c) => `case ${c.req.param('id') ?? ''} has no document ${c.req.param('sha256') ?? ''}`,
    ),
  );
}
