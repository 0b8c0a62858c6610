// Signing archivists in and out in the browser. Locally: a form where the archivist token is typed
// once and kept in a cookie. On AWS: Cognito's managed login (authorization code flow with PKCE),
// whose access token becomes the cookie. Either way the cookie is HttpOnly and SameSite=Strict, and
// every archivist route checks it through archivistGate; these routes only set and clear it.
import { createHash, randomBytes } from 'node:crypto';
import { createRoute, z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import { renderMessagePage } from '../../portal/pages.tsx';
import {
  renderSignedInPage,
  renderSignInRequiredPage,
  renderTokenSignInPage,
} from '../../portal/review/sign-in-pages.tsx';
import type { ApiApp, ApiContext } from '../api-app.ts';
import {
  clearSessionCookie,
  credentialsOf,
  isSameOrigin,
  type SignInSettings,
  safeReturnPath,
  setSessionCookie,
} from '../archivist-auth.ts';

const TAGS = ['archivists'];
const html = (description: string) => ({ description, content: { 'text/html': { schema: z.string() } } });
const NO_STORE = { 'Cache-Control': 'no-store' };

/** The local token's cookie lasts a working day; Cognito's as long as its access token. */
const TOKEN_SESSION_SECONDS = 12 * 3600;
const OAUTH_COOKIE = 'remissvar_oauth';

const signInRoute = createRoute({
  method: 'get',
  path: '/sign-in',
  operationId: 'signIn',
  tags: TAGS,
  summary: 'Archivists: sign in (the local token form, or a redirect to Cognito’s managed login)',
  request: { query: z.object({ return: z.string().max(500).optional() }) },
  responses: {
    200: html('the token form (locally)'),
    302: { description: 'to the managed login (AWS), or back when already signed in' },
  },
});

const callbackRoute = createRoute({
  method: 'get',
  path: '/auth/callback',
  operationId: 'signInCallback',
  tags: TAGS,
  summary: 'Archivists: where Cognito’s managed login returns with an authorization code',
  request: {
    query: z.object({
      code: z.string().max(2000).optional(),
      state: z.string().max(200).optional(),
      error: z.string().max(200).optional(),
    }),
  },
  responses: {
    200: html('signed in: moves on to the page asked for'),
    400: html('no sign-in in progress, or it was refused'),
    403: html('signed in, but not an archivist'),
  },
});

const tokenFormRoute = createRoute({
  method: 'post',
  path: '/sign-in',
  operationId: 'signInWithToken',
  tags: TAGS,
  summary: 'Archivists (local stack): the token form; sets the HttpOnly, SameSite=Strict session cookie',
  request: {
    body: {
      content: {
        'application/x-www-form-urlencoded': {
          schema: z.object({ token: z.string().max(4096), return: z.string().max(500).optional() }),
        },
      },
      required: true,
    },
  },
  responses: {
    303: { description: 'signed in: to the page asked for' },
    401: html('the token is wrong'),
    403: html('the form came from another site'),
  },
});

const signOutRoute = createRoute({
  method: 'post',
  path: '/sign-out',
  operationId: 'signOut',
  tags: TAGS,
  summary: 'Archivists: sign out (clears the session cookie; on AWS also Cognito’s session)',
  responses: {
    303: { description: 'to the portal, or to the managed login’s logout' },
    403: html('cross-site'),
  },
});

const base64url = (bytes: Buffer) => bytes.toString('base64url');

export function registerSignInRoutes(
  app: ApiApp,
  { deps, baseOf }: ApiContext,
  signIn: SignInSettings,
): void {
  const callbackUrl = (c: Context) => `${baseOf(c.req.url)}/auth/callback`;
  const isHttps = (c: Context) => new URL(c.req.url).protocol === 'https:';

  app.openapi(signInRoute, async (c) => {
    const returnTo = safeReturnPath(c.req.valid('query').return);
    const current = credentialsOf(c);
    if (current && (await signIn.verifier?.verify(current.token))) return c.redirect(returnTo, 302);
    if (signIn.mode.kind === 'token')
      return c.html(renderTokenSignInPage({ returnTo, error: null }), 200, NO_STORE);
    const verifier = base64url(randomBytes(32));
    const state = base64url(randomBytes(16));
    // Lax, not Strict: it must come back on the redirect from Cognito's site
    setCookie(c, OAUTH_COOKIE, `${state}.${verifier}.${base64url(Buffer.from(returnTo))}`, {
      path: '/auth/callback',
      httpOnly: true,
      sameSite: 'Lax',
      secure: isHttps(c),
      maxAge: 600,
    });
    const authorize = new URL('/oauth2/authorize', signIn.mode.domainUrl);
    authorize.search = new URLSearchParams({
      response_type: 'code',
      client_id: signIn.mode.clientId,
      redirect_uri: callbackUrl(c),
      scope: 'openid email',
      state,
      code_challenge: base64url(createHash('sha256').update(verifier).digest()),
      code_challenge_method: 'S256',
    }).toString();
    c.header('Cache-Control', 'no-store');
    return c.redirect(authorize.toString(), 302);
  });

  app.openapi(tokenFormRoute, async (c) => {
    if (signIn.mode.kind !== 'token') return c.redirect('/sign-in', 303);
    const form = c.req.valid('form');
    const returnTo = safeReturnPath(form.return);
    if (!isSameOrigin(c, deps.publicBaseUrl))
      return c.html(renderTokenSignInPage({ returnTo, error: 'The form did not come from this site.' }), 403);
    const token = form.token.trim();
    const archivist = token ? await signIn.verifier?.verify(token) : null;
    if (!archivist)
      return c.html(renderTokenSignInPage({ returnTo, error: 'Fel token / wrong token.' }), 401, NO_STORE);
    setSessionCookie(c, token, TOKEN_SESSION_SECONDS);
    c.header('Cache-Control', 'no-store');
    return c.redirect(returnTo, 303);
  });

  app.openapi(callbackRoute, async (c) => {
    c.header('Cache-Control', 'no-store');
    const failed = (status: 400 | 403, message: string) =>
      c.html(
        renderSignInRequiredPage({ status: status === 403 ? 403 : 401, message, returnTo: '/review' }),
        status,
      );
    if (signIn.mode.kind !== 'cognito') return c.html(renderMessagePage(400, 'no sign-in in progress'), 400);
    const { code, state, error } = c.req.valid('query');
    const [expectedState, verifier, encodedReturn] = (getCookie(c, OAUTH_COOKIE) ?? '').split('.');
    deleteCookie(c, OAUTH_COOKIE, { path: '/auth/callback', secure: isHttps(c) });
    if (error) return failed(400, `the sign-in was refused: ${error}`);
    if (!code || !state || !expectedState || state !== expectedState || !verifier)
      return failed(
        400,
        'no sign-in in progress in this browser (or it took over ten minutes): sign in again',
      );
    const exchange = await (signIn.mode.fetch ?? fetch)(new URL('/oauth2/token', signIn.mode.domainUrl), {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({
        grant_type: 'authorization_code',
        client_id: signIn.mode.clientId,
        code,
        redirect_uri: callbackUrl(c),
        code_verifier: verifier,
      }).toString(),
    });
    if (!exchange.ok) return failed(400, 'the sign-in code could not be exchanged: sign in again');
    const tokens = z
      .object({ access_token: z.string(), expires_in: z.number().int().positive() })
      .safeParse(await exchange.json().catch(() => null));
    if (!tokens.success) return failed(400, 'the sign-in service answered without a token');
    const archivist = await signIn.verifier?.verify(tokens.data.access_token);
    if (!archivist)
      return failed(
        403,
        'you are signed in, but your account is not in the archivists group: ask an administrator',
      );
    setSessionCookie(c, tokens.data.access_token, tokens.data.expires_in);
    const returnTo = safeReturnPath(Buffer.from(encodedReturn ?? '', 'base64url').toString());
    c.header('Refresh', `0;url=${returnTo}`);
    return c.html(renderSignedInPage({ returnTo, name: archivist.name }), 200);
  });

  app.openapi(signOutRoute, async (c) => {
    if (!isSameOrigin(c, deps.publicBaseUrl))
      return c.html(renderMessagePage(403, 'the form did not come from this site'), 403);
    clearSessionCookie(c);
    c.header('Cache-Control', 'no-store');
    if (signIn.mode.kind === 'cognito') {
      const logout = new URL('/logout', signIn.mode.domainUrl);
      logout.search = new URLSearchParams({
        client_id: signIn.mode.clientId,
        logout_uri: `${baseOf(c.req.url)}/`,
      }).toString();
      return c.redirect(logout.toString(), 303);
    }
    return c.redirect('/', 303);
  });
}
