// The feed API and portal as one Hono app: served by hono/aws-lambda on AWS and @hono/node-server
// locally, so both run the same code path. Here: the middleware (compression, CORS, caching, ETags)
// and the error shape; each route group is declared once in routes/, with its OpenAPI description.
import { OpenAPIHono } from '@hono/zod-openapi';
import { cors } from 'hono/cors';
import { HTTPException } from 'hono/http-exception';
import { renderMessagePage } from '../portal/pages.tsx';
import { OriginalMismatchError } from '../storage/object-store.ts';
import { type ApiApp, type ApiContext, rejectBadParameter } from './api-app.ts';
import type { ApiDependencies } from './api-dependencies.ts';
import { ApiError } from './api-errors.ts';
import { archivistGate, type SignInSettings } from './archivist-auth.ts';
import { createCaseSelection } from './case-selection.ts';
import { isUnavailableError } from './health.ts';
import { compressKeepingStrongEtag, strongEtag, strongEtagOf } from './http-cache.ts';
import { responseCache } from './response-cache.ts';
import { ARCHIVIST_PATHS, registerArchivistRoutes } from './routes/archivist-routes.ts';
import { registerBulkRoutes } from './routes/bulk-routes.ts';
import { registerCaseRoutes } from './routes/case-routes.ts';
import { registerChangeRoutes } from './routes/change-routes.ts';
import { registerConsultationRoutes } from './routes/consultation-routes.ts';
import { registerPortalRoutes } from './routes/portal-routes.ts';
import { registerReviewRoutes } from './routes/review-routes.ts';
import { registerServiceRoutes } from './routes/service-routes.ts';
import { registerSignInRoutes } from './routes/sign-in-routes.ts';
import { createSearchIndexSource } from './search-index-source.ts';

export type { ApiDependencies } from './api-dependencies.ts';

const LIST_CACHE = 'public, max-age=60';

const isArchivistPath = (path: string) => ARCHIVIST_PATHS.some((p) => path.startsWith(p));

/**
 * How long the in-process cache may reuse a response at an unchanged feed version (see
 * response-cache.ts). 5 s bounds the feed index's lag behind the table on AWS; the change feed's
 * answer also moves with its watermark, so it is reused for 1 s only (a poller then trails the
 * watermark by at most a second more, and still never skips: its cursor carries its position).
 */
export function cachePolicy(path: string): { reuseMs: number } | 'none' {
  if (path === '/health' || isArchivistPath(path) || path.startsWith('/v1/bulk')) return 'none';
  if (path.includes('/documents/')) return 'none';
  if (path === '/v1/changes') return { reuseMs: 1_000 };
  return { reuseMs: 5_000 };
}

/** Cache-Control for GET answers that set none themselves. */
function cacheControlOf(path: string, status: number): string {
  if (status >= 400 || path === '/health' || isArchivistPath(path)) return 'no-store';
  if (path.startsWith('/v1/changes')) return 'public, max-age=5';
  return LIST_CACHE;
}

export function createApp(deps: ApiDependencies): ApiApp {
  const app: ApiApp = new OpenAPIHono({ defaultHook: rejectBadParameter });
  // no sign-in configured: nobody is an archivist (fail closed), the token form says so
  const signIn: SignInSettings = deps.signIn ?? {
    verifier: null,
    mode: { kind: 'token' },
    secret: deps.cursorSecret,
  };
  const searchIndex = createSearchIndexSource(deps.bulk, {
    ...(deps.searchIndexCheckMs !== undefined ? { checkEveryMs: deps.searchIndexCheckMs } : {}),
    onError: (error) => deps.onError?.(error),
  });
  // load it now: on Lambda during the init phase, before the first search arrives
  void searchIndex.current();
  const context: ApiContext = {
    deps,
    selection: createCaseSelection(deps, searchIndex),
    baseOf: (requestUrl) => (deps.publicBaseUrl ?? new URL(requestUrl).origin).replace(/\/+$/, ''),
    signIn,
    archivistGate: archivistGate(signIn, { publicBaseUrl: deps.publicBaseUrl }),
  };

  // outermost: ETag is computed on the identity body, then the body is gzipped
  app.use('*', compressKeepingStrongEtag());
  app.use(
    '*',
    cors({ origin: '*', allowMethods: ['GET', 'HEAD', 'OPTIONS'], exposeHeaders: ['ETag', 'Link'] }),
  );
  app.use('*', async (c, next) => {
    await next();
    if (!['GET', 'HEAD'].includes(c.req.method) || c.res.headers.has('Cache-Control')) return;
    c.res.headers.set('Cache-Control', cacheControlOf(c.req.path, c.res.status));
  });
  app.use('/v1/*', strongEtag());
  if (deps.responseCache !== false) {
    app.use(
      '*',
      responseCache({
        version: () => deps.cases.feedVersion(),
        versionReuseMs: deps.feedVersionReuseMs ?? 0,
        policy: cachePolicy,
        // the tag strongEtag (outside) would compute, kept with the body: a hit is not hashed again
        etagOf: (path, body) => (path.startsWith('/v1/') ? strongEtagOf(body) : null),
      }),
    );
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
    if (isUnavailableError(error)) {
      // the store or the object store is down or throttling: say so, and when to try again
      c.header('Retry-After', '5');
      if (wantsHtml) return c.html(renderMessagePage(503, 'Tillfälligt otillgänglig / unavailable'), 503);
      return c.json(
        { error: { code: 'unavailable', message: 'the store is unavailable; retry shortly' } },
        503,
      );
    }
    if (error instanceof OriginalMismatchError) {
      return c.json(
        { error: { code: 'original_mismatch', message: 'the original does not match its sha256' } },
        500,
      );
    }
    if (wantsHtml) return c.html(renderMessagePage(500, 'Internt fel / internal error'), 500);
    return c.json({ error: { code: 'internal', message: 'internal error' } }, 500);
  });
  app.notFound((c) => {
    if (!c.req.path.startsWith('/v1/'))
      return c.html(renderMessagePage(404, `Sidan finns inte / not found`), 404);
    return c.json({ error: { code: 'not_found', message: `no route ${c.req.path}` } }, 404);
  });

  registerCaseRoutes(app, context);
  registerConsultationRoutes(app, context);
  registerChangeRoutes(app, context);
  registerBulkRoutes(app, context);
  // archivists: every route of theirs runs archivistGate on its own path (archivist-auth.ts)
  registerSignInRoutes(app, context, signIn);
  registerArchivistRoutes(app, context);
  registerReviewRoutes(app, context);
  registerServiceRoutes(app, context);
  registerPortalRoutes(app, context);
  return app;
}
