// The zod schemas of records and query parameters → the OpenAPI 3.1 document of /v1/openapi.json.
// Pure: schemas via z.toJSONSchema (JSON Schema 2020-12, which OpenAPI 3.1 uses as is).
import { z } from 'zod';
import { CaseRecordSchema, ConsultationSchema, StanceSchema } from '../model/case-record.ts';
import { IngestRecordSchema } from '../model/ingest-record.ts';
import { BULK_FILE_NAMES, DATA_LICENSE } from './bulk-files.ts';
import { CaseQuerySchema, ChangesQuerySchema, IngestQuerySchema } from './case-query.ts';

type Json = Record<string, unknown>;

function jsonSchema(schema: z.ZodType): Json {
  const { $schema: _drop, ...rest } = z.toJSONSchema(schema, {
    io: 'output',
    unrepresentable: 'any',
  }) as Json;
  return rest;
}

const PARAMETER_DOCS: Record<string, string> = {
  updatedSince: 'only cases whose updatedAt is at or after this ISO 8601 date or instant',
  from: 'case date (YYYY-MM-DD) on or after',
  to: 'case date (YYYY-MM-DD) on or before',
  rotel: 'rotel (department) as a roman numeral, e.g. VI',
  party: 'party letters of an author or a reservation, e.g. MP',
  body: 'consulted body, case-insensitive substring',
  stance: 'a consulted body (or the one named by `body`) took this stance',
  outcome: 'decision outcome',
  documentType: 'document type',
  q: 'words that must all appear in the title',
  limit: 'page size, 1–1000',
  cursor: 'opaque cursor from `next`; bound to the other parameters',
  sep: '`semicolon` for Swedish Excel (CSV routes only)',
  since: 'ISO 8601 instant: changes strictly after it',
  status: 'ingest status',
  key: 'object key of the upload',
  sha256: 'sha256 of the uploaded bytes',
};

/** Query parameters from a zod object: names, types and vocabularies from the schema. */
function queryParameters(schema: z.ZodObject, omit: readonly string[] = []): Json[] {
  return Object.entries(schema.shape)
    .filter(([name]) => !omit.includes(name))
    .map(([name, field]) => {
      const s = jsonSchema(field as z.ZodType);
      delete s.default;
      return {
        name,
        in: 'query',
        required: false,
        description: PARAMETER_DOCS[name] ?? name,
        schema: s,
      };
    });
}

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const json = (schema: Json, description: string) => ({
  description,
  headers: {
    ETag: { schema: { type: 'string' } },
    Link: { description: 'rel="next" when another page exists', schema: { type: 'string' } },
  },
  content: { 'application/json': { schema } },
});
const csv = (description: string) => ({
  description,
  content: { 'text/csv': { schema: { type: 'string' } } },
});
const errors = {
  '400': {
    description: 'a bad parameter (named in the message)',
    content: { 'application/json': { schema: ref('Error') } },
  },
  '304': { description: 'not modified (If-None-Match)' },
};
const page = (item: Json) => ({
  type: 'object',
  required: ['items', 'next'],
  properties: { items: { type: 'array', items: item }, next: { type: ['string', 'null'], format: 'uri' } },
});

export const ConsultationRowSchema = ConsultationSchema.extend({
  caseId: z.string(),
  diarienummer: z.string().nullable(),
  title: z.string().nullable(),
  date: z.string().nullable(),
});

export const BodySummarySchema = z.object({
  body: z.string(),
  bodyType: z.string(),
  cases: z.number().int(),
  stances: z.record(z.union([StanceSchema, z.literal('unknown')]), z.number().int()),
});

export function buildOpenApi(options: { serverUrl: string; version: string }): Json {
  const caseParams = queryParameters(CaseQuerySchema, ['sep']);
  const csvParams = queryParameters(CaseQuerySchema);
  const id = { name: 'id', in: 'path', required: true, schema: { type: 'string', pattern: '^[a-z0-9-]+$' } };
  return {
    openapi: '3.1.0',
    info: {
      title: 'Remissvar open-data feed',
      version: options.version,
      description:
        'Council cases read from PDFs, with each consulted body’s stance. Errors are `{ "error": { "code", "message" } }`. Every JSON/CSV response carries a strong ETag and honours If-None-Match; CORS is open. A withdrawn case is a tombstone (`deleted: true`, 200) that stays in /v1/changes and leaves the listings.',
      license: { name: DATA_LICENSE.title, url: DATA_LICENSE.uri },
    },
    servers: [{ url: options.serverUrl }],
    paths: {
      '/v1/cases': {
        get: {
          summary: 'Cases, newest first (by updatedAt)',
          parameters: caseParams,
          responses: { '200': json(page(ref('CaseRecord')), 'a page of cases'), ...errors },
        },
      },
      '/v1/cases.csv': {
        get: {
          summary: 'The same selection as CSV, one row per case',
          parameters: csvParams,
          responses: { '200': csv('cases'), ...errors },
        },
      },
      '/v1/cases.atom': {
        get: {
          summary: 'Atom feed of new and changed cases (same filters)',
          parameters: caseParams,
          responses: {
            '200': {
              description: 'Atom 1.0',
              content: { 'application/atom+xml': { schema: { type: 'string' } } },
            },
            ...errors,
          },
        },
      },
      '/v1/cases/{id}': {
        get: {
          summary: 'One case; a withdrawn case answers 200 with `deleted: true`',
          parameters: [id],
          responses: {
            '200': json(ref('CaseRecord'), 'the case'),
            '404': { description: 'unknown id', content: { 'application/json': { schema: ref('Error') } } },
          },
        },
      },
      '/v1/cases/{id}/revisions/{revision}': {
        get: {
          summary: 'One published revision of a case (immutable)',
          parameters: [
            id,
            { name: 'revision', in: 'path', required: true, schema: { type: 'integer', minimum: 1 } },
          ],
          responses: {
            '200': json(ref('CaseRecord'), 'the revision'),
            '404': { description: 'unknown case or revision' },
            ...errors,
          },
        },
      },
      '/v1/cases/{id}/documents/{sha256}': {
        get: {
          summary: 'The source PDF',
          parameters: [
            id,
            {
              name: 'sha256',
              in: 'path',
              required: true,
              schema: { type: 'string', pattern: '^[0-9a-f]{64}$' },
            },
          ],
          responses: {
            '200': {
              description: 'PDF',
              content: { 'application/pdf': { schema: { type: 'string', format: 'binary' } } },
            },
            '404': { description: 'unknown' },
          },
        },
      },
      '/v1/consultations': {
        get: {
          summary: 'One row per case × consulted body (limit counts cases; body/stance also filter the rows)',
          parameters: caseParams,
          responses: { '200': json(page(ref('ConsultationRow')), 'a page of rows'), ...errors },
        },
      },
      '/v1/consultations.csv': {
        get: {
          summary: 'The same rows as CSV',
          parameters: csvParams,
          responses: { '200': csv('consultations'), ...errors },
        },
      },
      '/v1/bodies': {
        get: {
          summary: 'Every consulted body with its stance counts (same filters, without paging)',
          parameters: queryParameters(CaseQuerySchema, ['sep', 'limit', 'cursor']),
          responses: {
            '200': json(
              { type: 'object', properties: { items: { type: 'array', items: ref('BodySummary') } } },
              'bodies',
            ),
            ...errors,
          },
        },
      },
      '/v1/changes': {
        get: {
          summary:
            'Change feed: cases created, changed or withdrawn after `since`, oldest first, up to a watermark',
          parameters: queryParameters(ChangesQuerySchema),
          responses: {
            '200': json(
              {
                type: 'object',
                required: ['items', 'next', 'watermark'],
                properties: {
                  items: { type: 'array', items: ref('CaseRecord') },
                  next: {
                    type: ['string', 'null'],
                    format: 'uri',
                    description: 'poll this next; never skips a change',
                  },
                  watermark: { type: 'string', description: 'changes up to this instant are complete' },
                },
              },
              'a page of changes',
            ),
            ...errors,
          },
        },
      },
      '/v1/ingests': {
        get: {
          summary: 'Archivists: one row per uploaded file',
          parameters: queryParameters(IngestQuerySchema),
          responses: { '200': json(page(ref('IngestRecord')), 'a page of ingests'), ...errors },
        },
      },
      '/v1/bulk': {
        get: {
          summary: 'The bulk files with their last-modified time',
          responses: {
            '200': json(
              {
                type: 'object',
                properties: {
                  items: {
                    type: 'array',
                    items: {
                      type: 'object',
                      properties: {
                        name: { type: 'string' },
                        url: { type: 'string' },
                        bytes: { type: 'integer' },
                        lastModified: { type: 'string' },
                      },
                    },
                  },
                },
              },
              'bulk files',
            ),
          },
        },
      },
      '/v1/bulk/{file}': {
        get: {
          summary: 'One bulk file',
          parameters: [
            {
              name: 'file',
              in: 'path',
              required: true,
              schema: { type: 'string', enum: [...BULK_FILE_NAMES] },
            },
          ],
          responses: { '200': { description: 'the file' }, '404': { description: 'not published yet' } },
        },
      },
      '/v1/openapi.json': {
        get: { summary: 'This document', responses: { '200': { description: 'OpenAPI 3.1' } } },
      },
      '/health': {
        get: {
          summary: '200 when the store and the object store answer',
          responses: { '200': { description: 'ok' }, '503': { description: 'unavailable' } },
        },
      },
      '/': {
        get: {
          summary: 'The portal (HTML)',
          responses: { '200': { description: 'HTML', content: { 'text/html': {} } } },
        },
      },
    },
    components: {
      schemas: {
        CaseRecord: jsonSchema(CaseRecordSchema),
        ConsultationRow: jsonSchema(ConsultationRowSchema),
        BodySummary: jsonSchema(BodySummarySchema),
        IngestRecord: jsonSchema(IngestRecordSchema),
        Error: {
          type: 'object',
          required: ['error'],
          properties: {
            error: {
              type: 'object',
              required: ['code', 'message'],
              properties: { code: { type: 'string' }, message: { type: 'string' } },
            },
          },
        },
      },
    },
  };
}
