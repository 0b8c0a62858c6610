// The portal: server-rendered HTML over the same selection as /v1/cases — the searchable list with
// its charts, and one case page. Blank form fields are ignored; a bad filter is a 400 page.
import { createRoute, z } from '@hono/zod-openapi';
import { type CaseQuery, CaseQuerySchema } from '../../feeds/case-query.ts';
import { renderCasePage, renderHomePage } from '../../portal/pages.tsx';
import { type ApiApp, type ApiContext, notFoundOnBadPath } from '../api-app.ts';
import { ApiError, parseQuery } from '../api-errors.ts';
import { CaseIdParamSchema } from '../api-schemas.ts';

const TAGS = ['portal'];
const html = (description: string) => ({ description, content: { 'text/html': { schema: z.string() } } });
const PAGE_CACHE = { 'Cache-Control': 'public, max-age=60' };

const portalHome = createRoute({
  method: 'get',
  path: '/',
  operationId: 'portalHome',
  tags: TAGS,
  summary: 'The portal (HTML): search and filter cases, charts, downloads',
  description: 'Takes the filters of /v1/cases as query parameters (blank ones are ignored).',
  responses: { 200: html('the list page'), 400: html('the list page naming the bad filter') },
});

const portalCase = createRoute({
  method: 'get',
  path: '/cases/{id}',
  operationId: 'portalCase',
  tags: TAGS,
  summary: 'The portal’s page of one case: its consultations, documents and revisions (HTML)',
  request: { params: CaseIdParamSchema },
  responses: { 200: html('the case page'), 404: html('no such case') },
});

/** Form fields arrive empty when left blank: drop them before validating. */
function portalQuery(params: Record<string, string>): CaseQuery {
  const filled = Object.fromEntries(Object.entries(params).filter(([, v]) => v.trim() !== ''));
  return parseQuery(CaseQuerySchema, { limit: '50', ...filled });
}

export function registerPortalRoutes(app: ApiApp, { deps, selection }: ApiContext): void {
  app.openapi(portalHome, async (c) => {
    const params = c.req.query();
    let query: CaseQuery;
    try {
      query = portalQuery(params);
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
      const summary = { cases: 0, years: [], bodies: [] };
      return c.html(renderHomePage({ params, error: error.message, items: [], next: null, summary }), 400);
    }
    const [{ items, cursor, matches }, summary] = await Promise.all([
      selection.selectCases(query),
      selection.summarize(query),
    ]);
    const next = cursor ? `/?${new URLSearchParams({ ...params, cursor }).toString()}` : null;
    return c.html(renderHomePage({ params, error: null, items, matches, next, summary }), 200, PAGE_CACHE);
  });

  const notFound = (id: string) => `Ärendet finns inte / no case ${id.slice(0, 200)}`;
  app.openapi(
    portalCase,
    async (c) => {
      const { id } = c.req.valid('param');
      const record = await deps.cases.get(id);
      if (!record) throw new ApiError(404, 'not_found', notFound(id));
      return c.html(renderCasePage(record), 200, PAGE_CACHE);
    },
    notFoundOnBadPath((c) => notFound(c.req.param('id') ?? '')),
  );
}
