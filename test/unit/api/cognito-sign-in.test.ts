// Signing in through Cognito's managed login, as the app sees it: the redirect with PKCE, the
// callback's state check, the code-for-token exchange and the session cookie. Cognito's token
// endpoint cannot be reached from here: it is the one part stood in for (a fetch that answers as
// it does); the token itself is checked for real against a key the verifier was given.
import { createHash, generateKeyPairSync, sign } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { ApiDependencies } from '../../../shared/api/api-dependencies.ts';
import { createCognitoVerifier } from '../../../shared/api/cognito-verifier.ts';
import { createApp } from '../../../shared/api/create-app.ts';
import { ARCHIVIST_GROUP } from '../../../shared/config.ts';

const POOL_ID = 'eu-north-1_SignInTest1';
const CLIENT_ID = 'signintestclient';
const DOMAIN = 'https://remissvar-test.auth.eu-north-1.amazoncognito.com';
const BASE = 'https://data.example.se';
const { publicKey, privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });

function accessToken(groups: string[]): string {
  const now = Math.floor(Date.now() / 1000);
  const part = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
  const body = `${part({ alg: 'RS256', kid: 'k1', typ: 'JWT' })}.${part({
    sub: 'u-1',
    iss: `https://cognito-idp.eu-north-1.amazonaws.com/${POOL_ID}`,
    client_id: CLIENT_ID,
    token_use: 'access',
    username: 'anna.arkivarie',
    'cognito:groups': groups,
    iat: now,
    exp: now + 3600,
  })}`;
  return `${body}.${sign('RSA-SHA256', Buffer.from(body), privateKey).toString('base64url')}`;
}

const unused = new Proxy(
  {},
  { get: (_, name) => () => Promise.reject(new Error(`unexpected call ${String(name)}`)) },
);

function appWith(tokenEndpoint: (body: URLSearchParams) => Response) {
  const verifier = createCognitoVerifier({
    userPoolId: POOL_ID,
    clientId: CLIENT_ID,
    group: ARCHIVIST_GROUP,
  });
  verifier.cacheJwks({
    keys: [{ ...publicKey.export({ format: 'jwk' }), kid: 'k1', alg: 'RS256', use: 'sig' }] as never,
  });
  const exchanges: URLSearchParams[] = [];
  const app = createApp({
    cases: unused,
    ingests: unused,
    objects: unused,
    cursorSecret: 'x'.repeat(32),
    now: () => '2026-01-01T00:00:00.000Z',
    responseCache: false,
    publicBaseUrl: BASE,
    signIn: {
      verifier,
      secret: 'x'.repeat(32),
      mode: {
        kind: 'cognito',
        domainUrl: DOMAIN,
        clientId: CLIENT_ID,
        fetch: async (url: string | URL | Request, init?: RequestInit) => {
          expect(String(url)).toBe(`${DOMAIN}/oauth2/token`);
          const body = new URLSearchParams(String(init?.body));
          exchanges.push(body);
          return tokenEndpoint(body);
        },
      },
    },
  } as unknown as ApiDependencies);
  return { app, exchanges };
}

async function startSignIn(app: ReturnType<typeof appWith>['app']) {
  const response = await app.request(`${BASE}/sign-in?return=/review`);
  const location = new URL(response.headers.get('location') ?? '');
  const cookie = /remissvar_oauth=([^;]+)/.exec(response.headers.get('set-cookie') ?? '')?.[1] ?? '';
  return { response, location, cookie };
}

describe('sign-in through Cognito', () => {
  it('redirects to the managed login with PKCE, keeping state and verifier in a Lax cookie', async () => {
    const { app } = appWith(() => new Response('{}', { status: 500 }));

    const { response, location } = await startSignIn(app);

    expect(response.status).toBe(302);
    expect(`${location.origin}${location.pathname}`).toBe(`${DOMAIN}/oauth2/authorize`);
    expect(Object.fromEntries(location.searchParams)).toMatchObject({
      response_type: 'code',
      client_id: CLIENT_ID,
      redirect_uri: `${BASE}/auth/callback`,
      code_challenge_method: 'S256',
    });
    expect(location.searchParams.get('state')).toMatch(/^[\w-]{16,}$/);
    expect(response.headers.get('set-cookie')).toMatch(/HttpOnly.*SameSite=Lax|SameSite=Lax.*HttpOnly/i);
  });

  it('exchanges the code with its verifier and keeps the access token in a Strict, Secure cookie', async () => {
    const token = accessToken([ARCHIVIST_GROUP]);
    const { app, exchanges } = appWith(() => Response.json({ access_token: token, expires_in: 3600 }));
    const { location, cookie } = await startSignIn(app);
    const state = location.searchParams.get('state') ?? '';

    const response = await app.request(`${BASE}/auth/callback?code=the-code&state=${state}`, {
      headers: { Cookie: `remissvar_oauth=${cookie}` },
    });

    const verifier = exchanges[0]?.get('code_verifier') ?? '';
    expect(createHash('sha256').update(verifier).digest('base64url')).toBe(
      location.searchParams.get('code_challenge'),
    );
    expect(Object.fromEntries(exchanges[0] ?? [])).toMatchObject({
      grant_type: 'authorization_code',
      code: 'the-code',
      client_id: CLIENT_ID,
      redirect_uri: `${BASE}/auth/callback`,
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('refresh')).toBe('0;url=/review');
    const session = response.headers.get('set-cookie') ?? '';
    expect(session).toContain(`remissvar_archivist=${token}`);
    expect(session).toMatch(/HttpOnly/i);
    expect(session).toMatch(/SameSite=Strict/i);
    expect(session).toMatch(/Secure/i);
    expect(session).toMatch(/Max-Age=3600/);
  });

  it('refuses a callback whose state is not this browser’s, without asking Cognito', async () => {
    const { app, exchanges } = appWith(() => Response.json({ access_token: 'x', expires_in: 60 }));
    const { cookie } = await startSignIn(app);

    const response = await app.request(`${BASE}/auth/callback?code=c&state=someone-elses`, {
      headers: { Cookie: `remissvar_oauth=${cookie}` },
    });

    expect(response.status).toBe(400);
    expect(exchanges).toEqual([]);
    expect(response.headers.get('set-cookie') ?? '').not.toContain('remissvar_archivist=');
  });

  it('answers 403 for a signed-in user outside the archivists group', async () => {
    const { app } = appWith(() =>
      Response.json({ access_token: accessToken(['readers']), expires_in: 3600 }),
    );
    const { location, cookie } = await startSignIn(app);

    const response = await app.request(
      `${BASE}/auth/callback?code=c&state=${location.searchParams.get('state')}`,
      { headers: { Cookie: `remissvar_oauth=${cookie}` } },
    );

    expect(response.status).toBe(403);
    expect(response.headers.get('set-cookie') ?? '').not.toContain('remissvar_archivist=ey');
  });
});
