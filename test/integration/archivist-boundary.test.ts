// The archivist boundary inside the app, tried the way API Gateway calls the Lambda handler: every
// archivist route answers 401 to an anonymous API Gateway v2 event — as its own route, through the
// catch-all `/{proxy+}` and with encoded or dot-segment spellings — and only a Cognito access
// token of the archivists group (checked against the pool's keys) gets in. Real store behind it.
import { generateKeyPairSync, type KeyObject, sign } from 'node:crypto';
import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2, Context } from 'aws-lambda';
import { handle } from 'hono/aws-lambda';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createDependencies } from '../../lambdas/dependencies.ts';
import { createCognitoVerifier } from '../../shared/api/cognito-verifier.ts';
import { createApp } from '../../shared/api/create-app.ts';
import { openApiDocumentOf } from '../../shared/api/routes/service-routes.ts';
import { ARCHIVIST_GROUP, ENV, localFunctionEnv } from '../../shared/config.ts';

const POOL_ID = 'eu-north-1_BoundaryTest1';
const CLIENT_ID = 'boundarytestclient';
const ISSUER = `https://cognito-idp.eu-north-1.amazonaws.com/${POOL_ID}`;
const env = {
  ...localFunctionEnv({ dynamoPort: inject('dynamoPort'), s3Port: inject('s3Port') }),
  [ENV.cognitoUserPoolId]: POOL_ID,
  [ENV.cognitoClientId]: CLIENT_ID,
  [ENV.cognitoDomain]: 'https://remissvar-test.auth.eu-north-1.amazoncognito.com',
};

type Handler = (
  event: APIGatewayProxyEventV2,
  context: Context,
) => Promise<APIGatewayProxyStructuredResultV2>;
let lambdaHandler: Handler;
const saved = { ...process.env };

beforeAll(async () => {
  // lambdas/serve-api.ts reads its configuration at import, as on a cold start
  Object.assign(process.env, env);
  ({ handler: lambdaHandler } = (await import('../../lambdas/serve-api.ts')) as unknown as {
    handler: Handler;
  });
});
afterAll(() => {
  for (const name of Object.keys(env)) delete process.env[name];
  Object.assign(process.env, saved);
});

const DOMAIN = 'abc123.execute-api.eu-north-1.amazonaws.com';

/** The event API Gateway (HTTP API, payload 2.0) sends for a request matched by `routeKey`. */
function eventOf(options: {
  method: string;
  rawPath: string;
  routeKey: string;
  headers?: Record<string, string>;
  body?: string;
}): APIGatewayProxyEventV2 {
  const { method, rawPath, routeKey } = options;
  return {
    version: '2.0',
    routeKey,
    rawPath,
    rawQueryString: '',
    headers: { host: DOMAIN, 'content-type': 'application/json', ...options.headers },
    requestContext: {
      accountId: '123456789012',
      apiId: 'abc123',
      domainName: DOMAIN,
      domainPrefix: 'abc123',
      http: { method, path: rawPath, protocol: 'HTTP/1.1', sourceIp: '192.0.2.1', userAgent: 'test' },
      requestId: 'req',
      routeKey,
      stage: '$default',
      time: '01/Jan/2026:00:00:00 +0000',
      timeEpoch: 1_767_225_600_000,
    },
    pathParameters: routeKey.includes('{proxy+}') ? { proxy: rawPath.slice(1) } : {},
    body: options.body ?? (method === 'POST' ? '{}' : undefined),
    isBase64Encoded: false,
  } as APIGatewayProxyEventV2;
}

const context = {} as Context;
const SAMPLE = 'stockholm-2017-000991';

/** The archivist operations of the app's own OpenAPI document, with sample path values. */
function archivistOperations(): { method: string; path: string; route: string }[] {
  const deps = createDependencies(env);
  const app = createApp({ ...deps, cursorSecret: 'x'.repeat(32), responseCache: false });
  const doc = JSON.parse(JSON.stringify(openApiDocumentOf(app, 'https://example.org'))) as {
    paths: Record<string, Record<string, { security?: unknown[] }>>;
  };
  deps.dynamo.destroy();
  deps.s3.destroy();
  return Object.entries(doc.paths).flatMap(([route, item]) =>
    Object.entries(item)
      .filter(([, operation]) => operation.security)
      .map(([method, _]) => ({
        method: method.toUpperCase(),
        route,
        path: route.replace(/\{\w+\}/g, SAMPLE),
      })),
  );
}

/** Spellings of one path that a router may take for it: as is, percent-encoded, with dot segments. */
function spellingsOf(path: string): string[] {
  const segments = path.split('/');
  const last = segments.length - 1;
  const word = segments[last] ?? '';
  const encoded = [...segments.slice(0, last), `%${word.charCodeAt(0).toString(16)}${word.slice(1)}`].join(
    '/',
  );
  return [path, encoded, `/x/..${path}`, `/x/%2e%2e${path}`, `/.${path}`, `/x/%2E%2E${encoded}`];
}

describe('the Lambda handler (lambdas/serve-api.ts)', () => {
  it('answers 401 to every archivist route without a token, as its own route and through the catch-all', async () => {
    const operations = archivistOperations();
    expect(operations.map((o) => `${o.method} ${o.route}`)).toEqual(
      expect.arrayContaining(['GET /v1/ingests', 'POST /v1/reextract', 'POST /v1/cases/{id}/withdraw']),
    );
    const answered: string[] = [];
    for (const { method, route, path } of operations) {
      const routeKeys = [`${method} ${route}`, `${method} /{proxy+}`, 'ANY /{proxy+}', '$default'];
      for (const rawPath of spellingsOf(path)) {
        for (const routeKey of routeKeys) {
          const result = await lambdaHandler(eventOf({ method, rawPath, routeKey }), context);
          const label = `${routeKey} ${rawPath}`;
          answered.push(`${result.statusCode} ${label}`);
          expect(result.statusCode, label).toBe(401);
          expect(result.headers?.['cache-control'], label).toBe('no-store');
          if (path.startsWith('/v1/')) {
            expect(JSON.parse(result.body ?? '{}'), label).toEqual({
              error: { code: 'unauthorized', message: expect.any(String) },
            });
          }
        }
      }
    }
    expect(answered.length).toBeGreaterThanOrEqual(operations.length * 6 * 4);
  });

  it('answers 401 to a bearer that is not a token, and to a session cookie that is not one', async () => {
    const attempts: Record<string, string>[] = [
      { authorization: 'Bearer not-a-jwt' },
      { authorization: 'Basic YXJjaGl2aXN0OnNlY3JldA==' },
      { cookie: 'remissvar_archivist=forged' },
    ];
    for (const headers of attempts) {
      const result = await lambdaHandler(
        eventOf({ method: 'GET', rawPath: '/v1/%69ngests', routeKey: 'GET /{proxy+}', headers }),
        context,
      );
      expect(result.statusCode, JSON.stringify(headers)).toBe(401);
    }
  });

  it('still serves the public feed to anyone', async () => {
    const result = await lambdaHandler(
      eventOf({ method: 'GET', rawPath: '/v1/cases', routeKey: 'GET /{proxy+}' }),
      context,
    );

    expect(result.statusCode).toBe(200);
  });
});

describe('the same app with the pool’s keys known (the Cognito token check itself)', () => {
  const { publicKey, privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const kid = 'boundary-test-key';
  let signedIn: Handler;
  let deps: ReturnType<typeof createDependencies>;

  beforeAll(() => {
    deps = createDependencies(env);
    const verifier = createCognitoVerifier({
      userPoolId: POOL_ID,
      clientId: CLIENT_ID,
      group: ARCHIVIST_GROUP,
    });
    verifier.cacheJwks({
      keys: [{ ...publicKey.export({ format: 'jwk' }), kid, alg: 'RS256', use: 'sig' }] as never,
    });
    const app = createApp({
      ...deps,
      cursorSecret: 'x'.repeat(32),
      responseCache: false,
      signIn: {
        verifier,
        mode: { kind: 'cognito', domainUrl: env[ENV.cognitoDomain], clientId: CLIENT_ID },
        secret: 'x'.repeat(32),
      },
    });
    signedIn = handle(app) as unknown as Handler;
  });
  afterAll(() => {
    deps.dynamo.destroy();
    deps.s3.destroy();
  });

  const tokenOf = (claims: Record<string, unknown>, key: KeyObject = privateKey) => {
    const now = Math.floor(Date.now() / 1000);
    const part = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
    const body = `${part({ alg: 'RS256', kid, typ: 'JWT' })}.${part({
      sub: '7f0c1d5e-archivist',
      iss: ISSUER,
      client_id: CLIENT_ID,
      token_use: 'access',
      scope: 'openid email',
      username: 'anna.arkivarie',
      'cognito:groups': [ARCHIVIST_GROUP],
      iat: now,
      exp: now + 3600,
      ...claims,
    })}`;
    return `${body}.${sign('RSA-SHA256', Buffer.from(body), key).toString('base64url')}`;
  };
  const listIngests = (token: string, rawPath = '/v1/ingests') =>
    signedIn(
      eventOf({
        method: 'GET',
        rawPath,
        routeKey: 'GET /{proxy+}',
        headers: { authorization: `Bearer ${token}` },
      }),
      context,
    );

  it('lets an archivist in, however the path is spelt, and never lets a cache keep the answer', async () => {
    for (const rawPath of ['/v1/ingests', '/v1/%69ngests', '/v1/x/../ingests']) {
      const result = await listIngests(tokenOf({}), rawPath);

      expect(result.statusCode, rawPath).toBe(200);
      expect(result.headers?.['cache-control'], rawPath).toBe('no-store');
      expect(JSON.parse(result.body ?? '{}')).toHaveProperty('items');
    }
    const anonymous = await signedIn(
      eventOf({ method: 'GET', rawPath: '/v1/%69ngests', routeKey: 'GET /{proxy+}' }),
      context,
    );
    expect(anonymous.statusCode).toBe(401);
  });

  it('refuses a token without the archivists group, for another client, expired, an id token or signed by another key', async () => {
    const other = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey;
    const refused = [
      tokenOf({ 'cognito:groups': ['readers'] }),
      tokenOf({ 'cognito:groups': undefined }),
      tokenOf({ client_id: 'someone-else' }),
      tokenOf({ exp: Math.floor(Date.now() / 1000) - 60 }),
      tokenOf({ token_use: 'id' }),
      tokenOf({ iss: 'https://cognito-idp.eu-north-1.amazonaws.com/eu-north-1_Other' }),
      tokenOf({}, other),
    ];
    for (const [i, token] of refused.entries()) {
      expect((await listIngests(token)).statusCode, `token ${i}`).toBe(401);
    }
  });
});
