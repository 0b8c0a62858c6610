// /v1/bulk: the bulk files the publish step writes (cases.jsonl, CSVs, datapackage.json, the DCAT
// catalog) with their last-modified time, and each file (on AWS CloudFront serves them from S3).
import { createRoute, z } from '@hono/zod-openapi';
import { BULK_FILE_NAMES, bulkUrl } from '../../feeds/bulk-files.ts';
import { type ApiApp, type ApiContext, notFoundOnBadPath } from '../api-app.ts';
import { ApiError } from '../api-errors.ts';
import { BulkFileParamSchema, BulkListSchema, jsonResponse, NOT_FOUND } from '../api-schemas.ts';

const TAGS = ['bulk'];

const listBulkFiles = createRoute({
  method: 'get',
  path: '/v1/bulk',
  operationId: 'listBulkFiles',
  tags: TAGS,
  summary: 'The bulk files published so far, with their size and last-modified time',
  responses: { 200: jsonResponse(BulkListSchema, 'bulk files') },
});

const getBulkFile = createRoute({
  method: 'get',
  path: '/v1/bulk/{file}',
  operationId: 'getBulkFile',
  tags: TAGS,
  summary: 'One bulk file',
  request: { params: BulkFileParamSchema },
  responses: {
    200: {
      description: 'the file, in its own media type',
      content: {
        'application/jsonl': { schema: z.string() },
        'text/csv': { schema: z.string() },
        'application/json': { schema: z.record(z.string(), z.unknown()) },
        'application/rdf+xml': { schema: z.string() },
      },
    },
    ...NOT_FOUND,
  },
});

export function registerBulkRoutes(app: ApiApp, { deps, baseOf }: ApiContext): void {
  app.openapi(listBulkFiles, async (c) => {
    const base = baseOf(c.req.url);
    const stored = deps.bulk ? await deps.bulk.list() : [];
    const items = BULK_FILE_NAMES.flatMap((name) => {
      const file = stored.find((s) => s.name === name);
      return file
        ? [{ name, url: bulkUrl(base, name), bytes: file.bytes, lastModified: file.lastModified }]
        : [];
    });
    return c.json({ items }, 200);
  });

  app.openapi(
    getBulkFile,
    async (c) => {
      const { file: name } = c.req.valid('param');
      const file = deps.bulk ? await deps.bulk.read(name) : null;
      if (!file) throw new ApiError(404, 'not_found', `no bulk file ${name}`);
      return c.body(file.body as Uint8Array<ArrayBuffer>, 200, {
        'Content-Type': file.contentType,
        ...(file.lastModified ? { 'Last-Modified': file.lastModified } : {}),
        ...(name.endsWith('.csv') ? { 'Content-Disposition': `attachment; filename="${name}"` } : {}),
        'Cache-Control': 'public, max-age=300',
      });
    },
    notFoundOnBadPath((c) => `no bulk file ${c.req.param('file') ?? ''}`),
  );
}
