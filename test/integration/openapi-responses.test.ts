// Real answers of the running local stack, checked against the OpenAPI document it serves: every
// status and media type must be declared for its route, and every JSON body must match its schema.
import { beforeAll, describe, expect, it } from 'vitest';
import { api, archivistHeaders } from '../support/local-client.ts';
import { createResponseValidator } from '../support/openapi-schemas.ts';
import { type FreshCase, getJson, publishFreshCase, uniqueWord } from './feed-support.ts';

type Document = Parameters<typeof createResponseValidator>[0];

const word = uniqueWord('oas');
let fresh: FreshCase;
let doc: Document;

beforeAll(async () => {
  fresh = await publishFreshCase({ title: `Schemat ${word}` });
  doc = await getJson<Document>('/v1/openapi.json');
});

describe('responses of the local stack', () => {
  it('returns bodies that match the OpenAPI schemas of their route and status', async () => {
    const validate = createResponseValidator(doc);
    const since = encodeURIComponent(new Date(Date.now() - 3_600_000).toISOString());
    const requests: [url: string, route: string, status: number][] = [
      [`/v1/cases?q=${word}`, '/v1/cases', 200],
      ['/v1/cases?limit=1', '/v1/cases', 200],
      [`/v1/cases/${fresh.id}`, '/v1/cases/{id}', 200],
      [`/v1/cases/${fresh.id}/revisions/1`, '/v1/cases/{id}/revisions/{revision}', 200],
      [`/v1/consultations?q=${word}`, '/v1/consultations', 200],
      [`/v1/bodies?q=${word}`, '/v1/bodies', 200],
      ['/v1/bodies/stockholm-idrottsnamnden', '/v1/bodies/{slug}', 200],
      ['/v1/bodies/no-such-body', '/v1/bodies/{slug}', 404],
      [`/v1/changes?since=${since}&limit=2`, '/v1/changes', 200],
      ['/v1/ingests?limit=3', '/v1/ingests', 200],
      ['/v1/bulk', '/v1/bulk', 200],
      ['/health', '/health', 200],
      ['/v1/openapi.json', '/v1/openapi.json', 200],
      ['/v1/cases?limit=0', '/v1/cases', 400],
      ['/v1/changes?since=yesterday', '/v1/changes', 400],
      ['/v1/cases/no-such-case', '/v1/cases/{id}', 404],
      [`/v1/cases/${fresh.id}/revisions/99`, '/v1/cases/{id}/revisions/{revision}', 404],
    ];
    for (const [url, route, status] of requests) {
      const response = await api(url, url.startsWith('/v1/ingests') ? { headers: archivistHeaders() } : {});

      expect(response.status, url).toBe(status);
      expect(response.headers.get('content-type'), url).toMatch(/^application\/json/);
      expect(validate(route, status, await response.json()), url).toEqual([]);
    }
  });

  it('returns the declared media types for CSV, Atom, PDF and HTML routes', async () => {
    const requests: [url: string, route: string, mediaType: string][] = [
      [`/v1/cases.csv?q=${word}`, '/v1/cases.csv', 'text/csv'],
      [`/v1/consultations.csv?q=${word}`, '/v1/consultations.csv', 'text/csv'],
      [`/v1/cases/${fresh.id}/consultations.csv`, '/v1/cases/{id}/consultations.csv', 'text/csv'],
      [`/v1/cases.atom?q=${word}`, '/v1/cases.atom', 'application/atom+xml'],
      ['/', '/', 'text/html'],
      [`/cases/${fresh.id}`, '/cases/{id}', 'text/html'],
      ['/bodies', '/bodies', 'text/html'],
      ['/bodies/stockholm-idrottsnamnden', '/bodies/{slug}', 'text/html'],
      ['/favicon.svg', '/favicon.svg', 'image/svg+xml'],
      ['/favicon.ico', '/favicon.ico', 'image/svg+xml'],
    ];
    const record = await getJson<{ documents: { url: string }[] }>(`/v1/cases/${fresh.id}`);
    requests.push([record.documents[0]?.url ?? '', '/v1/cases/{id}/documents/{sha256}', 'application/pdf']);
    for (const [url, route, mediaType] of requests) {
      const response = await api(url);
      const declared = (doc.paths[route]?.get?.responses['200']?.content ?? {}) as Record<string, unknown>;

      expect(response.status, url).toBe(200);
      expect(response.headers.get('content-type')?.split(';')[0], url).toBe(mediaType);
      expect(Object.keys(declared), url).toContain(mediaType);
    }
  });
});
