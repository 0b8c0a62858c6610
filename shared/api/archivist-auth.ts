// The one archivist boundary inside the app: a request → the signed-in archivist, or a 401. Every
// archivist route runs archivistGate on its own path (the router matches gate and handler alike,
// so no spelling of a path reaches one without the other) and its handler asks archivistOf(c),
// which fails closed if the gate did not run. The token comes from `Authorization: Bearer …` or
// the portal's session cookie; a form posted with the cookie must also be same-origin and carry
// its CSRF token. Verifying a token is the verifier's business (local token, or Cognito).
import { createHash, createHmac, timingSafeEqual } from 'node:crypto';
import type { Context, MiddlewareHandler } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import { renderSignInRequiredPage } from '../portal/review/sign-in-pages.tsx';
import { ApiError } from './api-errors.ts';

export interface Archivist {
  /** Stable id of the person (Cognito `sub`; `local` for the local token). */
  id: string;
  /** What a correction records as `by`: the sign-in name. */
  name: string;
}

declare module 'hono' {
  interface ContextVariableMap {
    archivist: Archivist;
  }
}

export interface ArchivistVerifier {
  /** The archivist a token signs in, or null when it signs in nobody. */
  verify(token: string): Promise<Archivist | null>;
}

export type SignInMode =
  /** `npm start`: the archivist token is typed into the sign-in form once. */
  | { kind: 'token' }
  /** AWS: Cognito's managed login pages, authorization code flow with PKCE. */
  | {
      kind: 'cognito';
      domainUrl: string;
      clientId: string;
      /** For the code-for-token exchange with the managed login's token endpoint (tests pass one). */
      fetch?: typeof fetch;
    };

export interface SignInSettings {
  /** Null when nothing was configured: then nobody is signed in, ever (fail closed). */
  verifier: ArchivistVerifier | null;
  mode: SignInMode;
  /** Keys the CSRF tokens of the portal's forms. */
  secret: string;
}

export const SESSION_COOKIE = 'remissvar_archivist';
/** The form field (or header, for scripts using the cookie) carrying the CSRF token. */
export const CSRF_FIELD = 'csrf';
const CSRF_HEADER = 'X-CSRF-Token';

const sha256 = (text: string) => createHash('sha256').update(text).digest();

/** The local stack's verifier: one shared token, compared in constant time. */
export function tokenVerifier(expected: string): ArchivistVerifier {
  const want = sha256(expected);
  return {
    verify: async (token) =>
      timingSafeEqual(sha256(token), want) ? { id: 'local', name: 'local archivist' } : null,
  };
}

const bearerOf = (header: string | undefined): string | null => {
  const match = /^Bearer[ \t]+(?<token>[\x21-\x7e]+)[ \t]*$/i.exec(header ?? '');
  return match?.groups?.token ?? null;
};

/** The token a request signs in with (header first), and how it came. */
export function credentialsOf(c: Context): { token: string; via: 'header' | 'cookie' } | null {
  const bearer = bearerOf(c.req.header('Authorization'));
  if (bearer) return { token: bearer, via: 'header' };
  const cookie = getCookie(c, SESSION_COOKIE);
  return cookie ? { token: cookie, via: 'cookie' } : null;
}

/** The CSRF token of a session: a keyed hash of it, so it cannot be made without the cookie. */
export function csrfTokenOf(sessionToken: string, secret: string): string {
  return createHmac('sha256', secret).update(`csrf\0${sessionToken}`).digest('base64url').slice(0, 32);
}

/** The CSRF token for forms on this request's pages ('' for a header-signed request). */
export function csrfTokenFor(c: Context, secret: string): string {
  const credentials = credentialsOf(c);
  return credentials?.via === 'cookie' ? csrfTokenOf(credentials.token, secret) : '';
}

const equalText = (a: string, b: string) => {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
};

/**
 * A state-changing browser request comes from our own pages: its Origin (or, without one, its
 * Referer) is this site — the request's own origin, or the public one in front of it.
 */
export function isSameOrigin(c: Context, publicBaseUrl: string | undefined): boolean {
  const allowed = new Set([new URL(c.req.url).origin]);
  if (publicBaseUrl) allowed.add(new URL(publicBaseUrl).origin);
  const origin = c.req.header('Origin');
  if (origin) return allowed.has(origin);
  const referer = c.req.header('Referer');
  if (!referer) return false;
  try {
    return allowed.has(new URL(referer).origin);
  } catch {
    return false;
  }
}

async function submittedCsrf(c: Context): Promise<string> {
  const header = c.req.header(CSRF_HEADER);
  if (header) return header;
  const type = c.req.header('Content-Type') ?? '';
  if (!/^(application\/x-www-form-urlencoded|multipart\/form-data)/i.test(type)) return '';
  const body = await c.req.parseBody();
  const value = body[CSRF_FIELD];
  return typeof value === 'string' ? value : '';
}

const wantsJson = (c: Context) => c.req.path.startsWith('/v1/');

function refuse(c: Context, status: 401 | 403, code: string, message: string): Response {
  c.header('Cache-Control', 'no-store');
  if (status === 401) c.header('WWW-Authenticate', 'Bearer realm="remissvar archivists"');
  if (wantsJson(c)) return c.json({ error: { code, message } }, status);
  const back = new URL(c.req.url);
  return c.html(renderSignInRequiredPage({ status, message, returnTo: back.pathname + back.search }), status);
}

/**
 * The gate every archivist route runs first. Answers 401 (JSON under /v1/, else a page with the
 * sign-in link) without a valid sign-in, 403 for a cookie-signed form that is cross-site or lacks
 * its CSRF token; otherwise sets the archivist and marks the answer uncacheable.
 */
export function archivistGate(
  settings: SignInSettings,
  options: { publicBaseUrl?: string | undefined } = {},
): MiddlewareHandler {
  return async (c, next) => {
    const credentials = credentialsOf(c);
    const archivist =
      credentials && settings.verifier ? await settings.verifier.verify(credentials.token) : null;
    if (!archivist) {
      if (credentials?.via === 'cookie') deleteCookie(c, SESSION_COOKIE, { path: '/' });
      return refuse(
        c,
        401,
        'unauthorized',
        credentials ? 'the sign-in is not valid (expired?): sign in again' : 'archivists only: sign in first',
      );
    }
    if (credentials?.via === 'cookie' && !['GET', 'HEAD', 'OPTIONS'].includes(c.req.method)) {
      const csrf = await submittedCsrf(c);
      if (
        !isSameOrigin(c, options.publicBaseUrl) ||
        !equalText(csrf, csrfTokenOf(credentials.token, settings.secret))
      )
        return refuse(c, 403, 'forbidden', 'the form did not come from this site’s own page: reload it');
    }
    c.set('archivist', archivist);
    await next();
    // an archivist's answer is never stored by a cache, ours or anyone's
    c.res.headers.set('Cache-Control', 'no-store');
    c.res.headers.set('Vary', 'Authorization, Cookie');
  };
}

/** The archivist the gate signed in; a 401 if the gate did not run (a route wired without it). */
export function archivistOf(c: Context): Archivist {
  const archivist = c.get('archivist');
  if (!archivist) throw new ApiError(401, 'unauthorized', 'archivists only: sign in first');
  return archivist;
}

/** Keeps a sign-in in the browser: HttpOnly, SameSite=Strict, Secure over HTTPS. */
export function setSessionCookie(c: Context, token: string, maxAgeSeconds: number): void {
  setCookie(c, SESSION_COOKIE, token, {
    path: '/',
    httpOnly: true,
    sameSite: 'Strict',
    secure: new URL(c.req.url).protocol === 'https:',
    maxAge: Math.max(0, Math.floor(maxAgeSeconds)),
  });
}

export function clearSessionCookie(c: Context): void {
  deleteCookie(c, SESSION_COOKIE, { path: '/', secure: new URL(c.req.url).protocol === 'https:' });
}

/** A return path that stays on this site (`/review?x`), else `/review`. */
export function safeReturnPath(value: unknown): string {
  if (typeof value !== 'string' || !value.startsWith('/') || value.startsWith('//') || value.includes('\\'))
    return '/review';
  return value.slice(0, 500);
}
