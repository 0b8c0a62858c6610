// API Gateway (HTTP API) → the Hono feed app and portal. A thin adapter: the routes are
// shared/api/create-app.ts.
import { handle } from 'hono/aws-lambda';
import { createApp } from '../shared/api/create-app.ts';
import { requireCursorSecret } from '../shared/config.ts';
import { BulkStore } from '../shared/storage/bulk-store.ts';
import { getDependencies } from './dependencies.ts';

const deps = getDependencies();

export const app = createApp({
  cases: deps.cases,
  ingests: deps.ingests,
  objects: deps.objects,
  bulk: deps.config.bulkBucket ? new BulkStore(deps.s3, deps.config.bulkBucket) : undefined,
  cursorSecret: requireCursorSecret(deps.config),
  publicBaseUrl: deps.config.publicBaseUrl,
  now: deps.now,
  // on AWS (no emulator endpoint) PDFs may exceed Lambda's 6 MB response cap: redirect to S3
  redirectDocuments: deps.config.s3Endpoint === undefined,
  onError: (error) => deps.logger.error('request failed', { error: error as Error }),
});

export const handler = handle(app);
