// The OpenAPI document is generated from the route definitions: it must be a valid OpenAPI 3.1
// document, describe every route the app serves (no drift), and give each an operationId.
import { Validator } from '@seriousme/openapi-schema-validator';
import { describe, expect, it } from 'vitest';
import type { ApiDependencies } from '../../../shared/api/api-dependencies.ts';
import { createApp } from '../../../shared/api/create-app.ts';
import { openApiDocumentOf } from '../../../shared/api/routes/service-routes.ts';
import { STANCES } from '../../../shared/model/case-record.ts';

// Generating the document reads no data: every repository call fails loudly.
const unused = new Proxy(
  {},
  { get: (_, name) => () => Promise.reject(new Error(`unexpected call ${String(name)}`)) },
);
const deps = {
  cases: unused,
  ingests: unused,
  objects: unused,
  cursorSecret: 'x'.repeat(32),
  now: () => '2026-01-01T00:00:00.000Z',
  responseCache: false,
} as unknown as ApiDependencies;

const app = createApp(deps);
const doc = JSON.parse(JSON.stringify(openApiDocumentOf(app, 'https://data.example.se')));
type Operation = {
  operationId?: string;
  security?: unknown[];
  parameters?: { name: string; schema: { enum?: string[] } }[];
};
const operations = Object.entries(doc.paths as Record<string, Record<string, Operation>>).flatMap(
  ([path, item]) => Object.entries(item).map(([method, operation]) => ({ path, method, operation })),
);

describe('openApiDocumentOf', () => {
  it('returns a document that an OpenAPI 3.1 validator accepts', async () => {
    const validator = new Validator();

    const result = await validator.validate(doc);

    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
    expect(validator.version).toBe('3.1');
  });

  it('returns every route the app serves, and nothing it does not', () => {
    // `ALL` entries are middleware (the archivist gate on its routes' paths), not routes
    const served = new Set(
      app.routes
        .filter((r) => r.method !== 'ALL')
        .map((r) => `${r.method.toLowerCase()} ${r.path.replace(/:(\w+)/g, '{$1}')}`),
    );

    expect(new Set(operations.map((o) => `${o.method} ${o.path}`))).toEqual(served);
  });

  it('returns a unique operationId for every operation and declares archivist security on /v1/ingests', () => {
    const ids = operations.map((o) => o.operation.operationId);

    expect(ids.every((id) => typeof id === 'string' && /^[a-z][A-Za-z]+$/.test(id))).toBe(true);
    expect(new Set(ids).size).toBe(ids.length);
    expect(doc.paths['/v1/ingests'].get.security).toEqual([{ archivist: [] }]);
    expect(doc.components.securitySchemes.archivist).toMatchObject({ type: 'http', scheme: 'bearer' });
    // every archivist operation, and only those, declares the scheme; each answers 401 without it
    const secured = operations.filter((o) => o.operation.security);
    expect(secured.map((o) => o.path)).toEqual(expect.arrayContaining(['/v1/ingests', '/v1/reextract']));
    expect(secured.every((o) => o.path.startsWith('/v1/') || o.path.startsWith('/review'))).toBe(true);
    for (const o of secured)
      expect(Object.keys((o.operation as { responses: object }).responses)).toContain('401');
  });

  it('returns query parameters and component schemas generated from the zod schemas', () => {
    const params = doc.paths['/v1/cases'].get.parameters as { name: string; schema: { enum?: string[] } }[];

    expect(params.map((p) => p.name)).toEqual(
      expect.arrayContaining(['updatedSince', 'from', 'to', 'q', 'limit', 'cursor']),
    );
    expect(params.find((p) => p.name === 'stance')?.schema.enum).toEqual([...STANCES]);
    expect(doc.paths['/v1/cases.csv'].get.parameters.map((p: { name: string }) => p.name)).toContain('sep');
    expect(doc.components.schemas.CaseRecord.properties.deleted.type).toBe('boolean');
    expect(doc.paths['/v1/cases/{id}/consultations.csv'].get.responses['200'].content).toHaveProperty(
      'text/csv',
    );
  });
});
