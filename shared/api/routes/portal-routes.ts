// The portal: server-rendered HTML over the same selection as /v1/cases — the searchable list with
// its charts, and one case page. Blank form fields are ignored; a bad filter is a 400 page.
import { createRoute, z } from '@hono/zod-openapi';
import { type CaseQuery, CaseQuerySchema } from '../../feeds/case-query.ts';
import { renderBodiesPage, renderBodyPage } from '../../portal/body-pages.tsx';
import { FAVICON_SVG } from '../../portal/layout.tsx';
import { renderCasePage, renderHomePage } from '../../portal/pages.tsx';
import { type ApiApp, type ApiContext, notFoundOnBadPath } from '../api-app.ts';
import { ApiError, parseQuery } from '../api-errors.ts';
import { BodySlugParamSchema, CaseIdParamSchema } from '../api-schemas.ts';

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

const portalBodies = createRoute({
  method: 'get',
  path: '/bodies',
  operationId: 'portalBodies',
  tags: TAGS,
  summary: 'The register of consulted bodies (HTML): type, aliases, years, stance counts, renames',
  responses: { 200: html('the register') },
});

const portalBody = createRoute({
  method: 'get',
  path: '/bodies/{slug}',
  operationId: 'portalBody',
  tags: TAGS,
  summary: 'One consulted body (HTML): its answers newest first, stances per year, unclear share',
  request: { params: BodySlugParamSchema },
  responses: { 200: html('the body page'), 404: html('no such body') },
});

const favicon = (path: string, operationId: string) =>
  createRoute({
    method: 'get',
    path,
    operationId,
    tags: TAGS,
    summary: 'The site icon (SVG)',
    responses: { 200: { description: 'the icon', content: { 'image/svg+xml': { schema: z.string() } } } },
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
    const [{ items, cursor, matches }, summary, register] = await Promise.all([
      selection.selectCases(query),
      selection.summarize(query),
      selection.bodyRegister({}),
    ]);
    const next = cursor ? `/?${new URLSearchParams({ ...params, cursor }).toString()}` : null;
    const bodyNames = [...new Set(register.map((b) => b.body))].sort((a, b) => a.localeCompare(b, 'sv'));
    return c.html(
      renderHomePage({ params, error: null, items, matches, next, summary, bodyNames }),
      200,
      PAGE_CACHE,
    );
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

  app.openapi(portalBodies, async (c) =>
    c.html(renderBodiesPage(await selection.bodyRegister({})), 200, PAGE_CACHE),
  );

  const noBody = (slug: string) => `Remissinstansen finns inte / no consulted body ${slug.slice(0, 200)}`;
  app.openapi(
    portalBody,
    async (c) => {
      const { slug } = c.req.valid('param');
      const page = await selection.bodyPage(slug);
      if (!page) throw new ApiError(404, 'not_found', noBody(slug));
      return c.html(renderBodyPage(page), 200, PAGE_CACHE);
    },
    notFoundOnBadPath((c) => noBody(c.req.param('slug') ?? '')),
  );

  // browsers ask for /favicon.ico unprompted; an SVG answers both
  for (const [path, id] of [
    ['/favicon.svg', 'portalFaviconSvg'],
    ['/favicon.ico', 'portalFaviconIco'],
  ] as const) {
    app.openapi(favicon(path, id), (c) =>
      c.body(FAVICON_SVG, 200, {
        'Content-Type': 'image/svg+xml',
        'Cache-Control': 'public, max-age=86400',
      }),
    );
  }
}
