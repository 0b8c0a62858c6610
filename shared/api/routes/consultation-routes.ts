// /v1/consultations (JSON and CSV: one row per case × consulted body), /v1/bodies (the register of
// consulted bodies with their stance counts over the whole selection) and /v1/bodies/{slug}.
import { createRoute, z } from '@hono/zod-openapi';
import { CONSULTATION_COLUMNS, toConsultationJson } from '../../feeds/case-csv.ts';
import { CaseCsvQuerySchema, CaseFilterSchema, CaseQuerySchema } from '../../feeds/case-query.ts';
import { toCsv } from '../../feeds/csv.ts';
import { type ApiApp, type ApiContext, notFoundOnBadPath } from '../api-app.ts';
import { ApiError } from '../api-errors.ts';
import {
  BAD_PARAMETER,
  BodyEntryComponent,
  BodyPageComponent,
  BodySlugParamSchema,
  ConsultationRowComponent,
  jsonResponse,
  NOT_FOUND,
  NOT_MODIFIED,
  pageOf,
  textResponse,
} from '../api-schemas.ts';
import { consultationRowsOf } from '../case-selection.ts';
import { linkNext, nextUrl } from '../paging.ts';
import { CSV_TYPE, delimiterOf } from './case-routes.ts';

const TAGS = ['consultations'];
const ROWS =
  'One row per case × consulted body; `limit` counts cases, `body` and `stance` also filter the rows.';

const listConsultations = createRoute({
  method: 'get',
  path: '/v1/consultations',
  operationId: 'listConsultations',
  tags: TAGS,
  summary: 'Consultations: case × consulted body',
  description: ROWS,
  request: { query: CaseQuerySchema },
  responses: {
    200: jsonResponse(pageOf(ConsultationRowComponent), 'a page of rows', true),
    ...NOT_MODIFIED,
    ...BAD_PARAMETER,
  },
});

const listConsultationsCsv = createRoute({
  method: 'get',
  path: '/v1/consultations.csv',
  operationId: 'listConsultationsCsv',
  tags: TAGS,
  summary: 'The same rows as CSV',
  description: ROWS,
  request: { query: CaseCsvQuerySchema },
  responses: { 200: textResponse('text/csv', 'consultations.csv', true), ...NOT_MODIFIED, ...BAD_PARAMETER },
});

const listBodies = createRoute({
  method: 'get',
  path: '/v1/bodies',
  operationId: 'listBodies',
  tags: TAGS,
  summary: 'The register of consulted bodies: official name, type, aliases, years, stance counts, renames',
  description:
    'One entry per municipality and official name, over the cases the filters select (the whole selection: no paging). `predecessors`/`successors` link bodies that were renamed or merged.',
  request: { query: CaseFilterSchema },
  responses: {
    200: jsonResponse(z.object({ items: z.array(BodyEntryComponent) }), 'bodies, most consulted first'),
    ...NOT_MODIFIED,
    ...BAD_PARAMETER,
  },
});

const getBody = createRoute({
  method: 'get',
  path: '/v1/bodies/{slug}',
  operationId: 'getBody',
  tags: TAGS,
  summary:
    'One consulted body: every answer with stance, dates and evidence (newest first), stances per year',
  request: { params: BodySlugParamSchema },
  responses: {
    200: jsonResponse(BodyPageComponent, 'the body'),
    ...NOT_MODIFIED,
    ...NOT_FOUND,
  },
});

export function registerConsultationRoutes(app: ApiApp, { deps, selection }: ApiContext): void {
  app.openapi(listConsultations, async (c) => {
    const query = c.req.valid('query');
    const { items, cursor } = await selection.selectCases(query);
    const next = linkNext(c, nextUrl(c.req.url, cursor, deps.publicBaseUrl));
    return c.json({ items: consultationRowsOf(items, query).map(toConsultationJson), next }, 200);
  });

  app.openapi(listConsultationsCsv, async (c) => {
    const query = c.req.valid('query');
    const { items, cursor } = await selection.selectCases(query);
    linkNext(c, nextUrl(c.req.url, cursor, deps.publicBaseUrl));
    const csv = toCsv(CONSULTATION_COLUMNS, consultationRowsOf(items, query), {
      delimiter: delimiterOf(query.sep),
    });
    return c.body(csv, 200, {
      'Content-Type': CSV_TYPE,
      'Content-Disposition': 'attachment; filename="consultations.csv"',
    });
  });

  app.openapi(listBodies, async (c) => {
    const filter = c.req.valid('query');
    return c.json({ items: await selection.bodyRegister(filter) }, 200);
  });

  const noBody = (slug: string) => `no consulted body ${slug.slice(0, 200)}`;
  app.openapi(
    getBody,
    async (c) => {
      const { slug } = c.req.valid('param');
      const page = await selection.bodyPage(slug);
      if (!page) throw new ApiError(404, 'not_found', noBody(slug));
      return c.json(page, 200);
    },
    notFoundOnBadPath((c) => noBody(c.req.param('slug') ?? '')),
  );
}
