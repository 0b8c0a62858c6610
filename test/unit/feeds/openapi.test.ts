import { describe, expect, it } from 'vitest';
import { buildOpenApi } from '../../../shared/feeds/openapi.ts';
import { STANCES } from '../../../shared/model/case-record.ts';

describe('buildOpenApi', () => {
  const doc = JSON.parse(JSON.stringify(buildOpenApi({ serverUrl: 'https://x.se', version: '1.0.0' })));

  it('returns an OpenAPI 3.1 document with every contract route', () => {
    expect(doc.openapi).toBe('3.1.0');
    for (const path of [
      '/v1/cases',
      '/v1/cases.csv',
      '/v1/cases.atom',
      '/v1/cases/{id}',
      '/v1/cases/{id}/revisions/{revision}',
      '/v1/cases/{id}/documents/{sha256}',
      '/v1/consultations',
      '/v1/consultations.csv',
      '/v1/bodies',
      '/v1/changes',
      '/v1/ingests',
      '/v1/bulk',
      '/v1/openapi.json',
      '/health',
      '/',
    ]) {
      expect(doc.paths[path], path).toBeDefined();
    }
  });

  it('returns query parameters and schemas generated from the zod schemas', () => {
    const params = doc.paths['/v1/cases'].get.parameters as { name: string; schema: { enum?: string[] } }[];
    const stance = params.find((p) => p.name === 'stance');

    expect(params.map((p) => p.name)).toEqual(
      expect.arrayContaining(['updatedSince', 'from', 'to', 'q', 'limit', 'cursor']),
    );
    expect(stance?.schema.enum).toEqual([...STANCES]);
    expect(doc.components.schemas.CaseRecord.properties.deleted.type).toBe('boolean');
    expect(JSON.stringify(doc)).not.toContain('"$schema"');
  });

  it('returns only local $refs that resolve', () => {
    const refs = [...JSON.stringify(doc).matchAll(/"\$ref":"([^"]+)"/g)].map((m) => m[1] ?? '');

    expect(refs.length).toBeGreaterThan(0);
    for (const ref of refs) {
      const [, , section, name] = ref.split('/');
      expect(doc.components[section ?? ''][name ?? ''], ref).toBeDefined();
    }
  });
});
