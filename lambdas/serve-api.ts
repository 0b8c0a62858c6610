// API Gateway (HTTP API) → the Hono feed app and portal. A thin adapter: the routes are
// shared/api/create-app.ts. Archivists sign in with the stack's Cognito user pool; without its
// settings no one can, and every archivist route answers 401.
import { handle } from 'hono/aws-lambda';
import type { SignInSettings } from '../shared/api/archivist-auth.ts';
import { createCognitoVerifier } from '../shared/api/cognito-verifier.ts';
import { createApp } from '../shared/api/create-app.ts';
import { ARCHIVIST_GROUP, requireCursorSecret } from '../shared/config.ts';
import { BulkStore } from '../shared/storage/bulk-store.ts';
import { getDependencies } from './dependencies.ts';

const deps = getDependencies();
const { cognito } = deps.config;
const cursorSecret = requireCursorSecret(deps.config);
if (!cognito) deps.logger.warn('no Cognito settings: archivist routes answer 401 to everyone');
const signIn: SignInSettings | undefined = cognito
  ? {
      verifier: createCognitoVerifier({ ...cognito, group: ARCHIVIST_GROUP }),
      mode: { kind: 'cognito', domainUrl: cognito.domain, clientId: cognito.clientId },
      secret: cursorSecret,
    }
  : undefined;

export const app = createApp({
  cases: deps.cases,
  ingests: deps.ingests,
  objects: deps.objects,
  bulk: deps.config.bulkBucket ? new BulkStore(deps.s3, deps.config.bulkBucket) : undefined,
  cursorSecret,
  signIn,
  feedVersionReuseMs: deps.config.feedVersionReuseMs,
  publicBaseUrl: deps.config.publicBaseUrl,
  now: deps.now,
  // on AWS (no emulator endpoint) PDFs may exceed Lambda's 6 MB response cap: redirect to S3
  redirectDocuments: deps.config.s3Endpoint === undefined,
  onError: (error) => deps.logger.error('request failed', { error: error as Error }),
});

export const handler = handle(app);
