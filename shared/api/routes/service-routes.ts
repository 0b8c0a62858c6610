// /health (the store and the object store answer) and /v1/openapi.json, the OpenAPI 3.1 document
// generated from the route definitions themselves, so it cannot drift from what is served.
import { createRoute, z } from '@hono/zod-openapi';
import { DATA_LICENSE } from '../../feeds/bulk-files.ts';
import type { ApiApp, ApiContext } from '../api-app.ts';
import { HealthSchema, jsonResponse, NOT_MODIFIED } from '../api-schemas.ts';
import { checkHealth } from '../health.ts';
import { ARCHIVIST_SECURITY_SCHEME } from './archivist-routes.ts';

export const API_VERSION = '1.0.0';

const DESCRIPTION = [
  'Council cases read from PDFs, with each consulted body’s stance.',
  'Errors are `{ "error": { "code", "message" } }`; a bad parameter is a 400 naming it.',
  'Every JSON/CSV response carries an ETag and honours If-None-Match; CORS is open.',
  'A withdrawn case is a tombstone (`deleted: true`, 200) that stays in /v1/changes and leaves the listings.',
].join(' ');

const getHealth = createRoute({
  method: 'get',
  path: '/health',
  operationId: 'getHealth',
  tags: ['service'],
  summary: '200 when the store and the object store answer; the body says which part is down',
  responses: {
    200: { description: 'ok', content: { 'application/json': { schema: HealthSchema } } },
    503: { description: 'unavailable', content: { 'application/json': { schema: HealthSchema } } },
  },
});

const getOpenApi = createRoute({
  method: 'get',
  path: '/v1/openapi.json',
  operationId: 'getOpenApi',
  tags: ['service'],
  summary: 'This document (OpenAPI 3.1)',
  responses: {
    200: jsonResponse(z.record(z.string(), z.unknown()), 'the OpenAPI 3.1 document'),
    ...NOT_MODIFIED,
  },
});

/** The whole document for a server URL; the routes registered on `app` are its paths. */
export function openApiDocumentOf(app: ApiApp, serverUrl: string) {
  return app.getOpenAPI31Document({
    openapi: '3.1.0',
    info: {
      title: 'Remissvar open-data feed',
      version: API_VERSION,
      description: DESCRIPTION,
      license: { name: DATA_LICENSE.title, url: DATA_LICENSE.uri },
    },
    servers: [{ url: serverUrl }],
  });
}

export function registerServiceRoutes(app: ApiApp, { deps, baseOf }: ApiContext): void {
  app.openAPIRegistry.registerComponent('securitySchemes', ARCHIVIST_SECURITY_SCHEME, {
    type: 'http',
    scheme: 'bearer',
    description:
      'Archivists’ sign-in: `Authorization: Bearer <token>` (locally the ARCHIVIST_TOKEN of `npm start`; on AWS a Cognito access token of the archivists group), or the portal’s session cookie. On AWS the gateway checks the token on the /v1 archivist routes too.',
  });

  app.openapi(getHealth, async (c) => {
    const health = await checkHealth({
      store: () => deps.cases.feedVersion(),
      objects: () => deps.objects.ping(),
      describeParts: deps.describeParts,
    });
    return health.status === 'ok' ? c.json(health, 200) : c.json(health, 503);
  });

  // generated once per server URL: the routes do not change after start-up
  const documents = new Map<string, ReturnType<typeof openApiDocumentOf>>();
  app.openapi(getOpenApi, (c) => {
    const serverUrl = baseOf(c.req.url);
    let document = documents.get(serverUrl);
    if (!document) {
      document = openApiDocumentOf(app, serverUrl);
      if (documents.size < 20) documents.set(serverUrl, document);
    }
    return c.json(document as unknown as Record<string, unknown>, 200, {
      'Cache-Control': 'public, max-age=300',
    });
  });
}
