// The gateway's second wall must cover what the app serves to archivists: every archivist /v1
// operation in the app's OpenAPI document has a gateway route with the JWT authorizer for its
// method, and every archivist form the portal posts has a gateway route (checked by the app only).
import { describe, expect, it } from 'vitest';
import { ARCHIVIST_API_ROUTES, ARCHIVIST_FORM_ROUTES } from '../../cdk/constructs/feed-api.ts';
import type { ApiDependencies } from '../../shared/api/api-dependencies.ts';
import { createApp } from '../../shared/api/create-app.ts';
import { openApiDocumentOf } from '../../shared/api/routes/service-routes.ts';

const unused = new Proxy(
  {},
  { get: (_, name) => () => Promise.reject(new Error(`unexpected call ${String(name)}`)) },
);
const app = createApp({
  cases: unused,
  ingests: unused,
  objects: unused,
  cursorSecret: 'x'.repeat(32),
  now: () => '2026-01-01T00:00:00.000Z',
  responseCache: false,
} as unknown as ApiDependencies);
const doc = JSON.parse(JSON.stringify(openApiDocumentOf(app, 'https://data.example.se'))) as {
  paths: Record<string, Record<string, { security?: unknown[] }>>;
};
const operations = Object.entries(doc.paths).flatMap(([path, item]) =>
  Object.entries(item).map(([method, operation]) => ({ path, method: method.toUpperCase(), operation })),
);

/** Does an API Gateway route path (`/v1/ingests/{proxy+}`, `/v1/cases/{id}/withdraw`) match this path? */
function gatewayMatches(route: string, path: string): boolean {
  const want = route.split('/');
  const have = path.split('/');
  for (const [i, segment] of want.entries()) {
    if (segment.endsWith('+}')) return have.length > i;
    if (have[i] === undefined) return false;
    if (!segment.startsWith('{') && segment !== have[i]) return false;
  }
  return want.length === have.length;
}

const covered = (routes: typeof ARCHIVIST_API_ROUTES, method: string, path: string) =>
  routes.some((r) => r.methods.includes(method as never) && gatewayMatches(r.path, path));

describe('ARCHIVIST_API_ROUTES', () => {
  it('covers every archivist /v1 operation the app serves, with its method', () => {
    const archivist = operations.filter((o) => o.operation.security && o.path.startsWith('/v1/'));
    const uncovered = archivist.filter((o) => !covered(ARCHIVIST_API_ROUTES, o.method, o.path));

    expect(archivist.length).toBeGreaterThan(0);
    expect(uncovered.map((o) => `${o.method} ${o.path}`)).toEqual([]);
  });

  it('covers no public operation', () => {
    const open = operations.filter((o) => !o.operation.security);
    const walled = open.filter((o) => covered(ARCHIVIST_API_ROUTES, o.method, o.path));

    expect(walled.map((o) => `${o.method} ${o.path}`)).toEqual([]);
  });
});

describe('ARCHIVIST_FORM_ROUTES', () => {
  it('routes every form the portal posts (a POST outside /v1) to the function', () => {
    const forms = operations.filter((o) => o.method === 'POST' && !o.path.startsWith('/v1/'));
    const unrouted = forms.filter((o) => !covered(ARCHIVIST_FORM_ROUTES, o.method, o.path));

    expect(forms.length).toBeGreaterThan(0);
    expect(unrouted.map((o) => `${o.method} ${o.path}`)).toEqual([]);
  });
});
