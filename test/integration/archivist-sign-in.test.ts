// Local sign-in against the running stack: the token form sets an HttpOnly, SameSite=Strict cookie
// that signs archivist requests in; a cookie-signed form must be same-origin and carry its CSRF
// token; signing out clears the cookie. Real HTTP; the Chromium test signs in with a browser.
import { parseHTML } from 'linkedom';
import { describe, expect, inject, it } from 'vitest';
import { CSRF_FIELD, csrfTokenOf, SESSION_COOKIE } from '../../shared/api/archivist-auth.ts';
import { LOCAL_CURSOR_SECRET } from '../../shared/config.ts';
import { api } from '../support/local-client.ts';

const origin = () => new URL(inject('apiUrl')).origin;
const form = (fields: Record<string, string>) => new URLSearchParams(fields).toString();
const FORM = 'application/x-www-form-urlencoded';

async function signIn(token: string, headers: Record<string, string> = { Origin: origin() }) {
  return api('/sign-in', {
    method: 'POST',
    redirect: 'manual',
    headers: { 'Content-Type': FORM, ...headers },
    body: form({ token, return: '/v1/ingests?limit=1' }),
  });
}

const cookieOf = (response: Response) => response.headers.get('set-cookie') ?? '';

describe('local sign-in', () => {
  it('returns the token form, without JavaScript', async () => {
    const response = await api('/sign-in?return=/review');
    const { document } = parseHTML(await response.text());
    const signInForm = document.querySelector('form[action="/sign-in"][method="post"]');

    expect(response.status).toBe(200);
    expect(signInForm?.querySelector('input[name="token"][type="password"]')).not.toBeNull();
    expect(signInForm?.querySelector('input[name="return"]')?.getAttribute('value')).toBe('/review');
  });

  it('refuses a wrong token with 401, and a form from another site with 403', async () => {
    const wrong = await signIn('not-the-token');
    const crossSite = await signIn(inject('archivistToken'), { Origin: 'https://evil.example' });
    const noOrigin = await signIn(inject('archivistToken'), {});

    expect(wrong.status).toBe(401);
    expect(cookieOf(wrong)).toBe('');
    expect(crossSite.status).toBe(403);
    expect(noOrigin.status).toBe(403);
    expect(cookieOf(crossSite)).toBe('');
  });

  it('keeps the token in an HttpOnly, SameSite=Strict cookie that signs archivist requests in', async () => {
    const response = await signIn(inject('archivistToken'));
    const cookie = cookieOf(response);
    const session = /remissvar_archivist=([^;]+)/.exec(cookie)?.[1] ?? '';
    const listing = await api('/v1/ingests?limit=1', { headers: { Cookie: `${SESSION_COOKIE}=${session}` } });

    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toBe('/v1/ingests?limit=1');
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Strict/i);
    expect(cookie).toMatch(/Path=\//);
    expect(listing.status).toBe(200);
    expect(listing.headers.get('cache-control')).toBe('no-store');
  });

  it('refuses a cookie-signed form without its CSRF token or from another origin, and takes it with both', async () => {
    const token = inject('archivistToken');
    const post = (fields: Record<string, string>, headers: Record<string, string>) =>
      api('/v1/cases/stockholm-1999-999999/withdraw', {
        method: 'POST',
        headers: { Cookie: `${SESSION_COOKIE}=${token}`, 'Content-Type': FORM, ...headers },
        body: form(fields),
      });
    const csrf = csrfTokenOf(token, LOCAL_CURSOR_SECRET);

    const withoutCsrf = await post({}, { Origin: origin() });
    const wrongCsrf = await post({ [CSRF_FIELD]: 'x'.repeat(32) }, { Origin: origin() });
    const crossSite = await post({ [CSRF_FIELD]: csrf }, { Origin: 'https://evil.example' });
    const accepted = await post({ [CSRF_FIELD]: csrf }, { Origin: origin() });

    expect(withoutCsrf.status).toBe(403);
    expect(wrongCsrf.status).toBe(403);
    expect(crossSite.status).toBe(403);
    // past the gate: the case is unknown
    expect(accepted.status).toBe(404);
  });

  it('answers 401 with a page that links to the sign-in for an anonymous archivist page', async () => {
    const response = await api('/v1/ingests', { headers: { Accept: 'text/html' } });
    const body = (await response.json()) as { error: { code: string } };

    expect(response.status).toBe(401);
    expect(response.headers.get('www-authenticate')).toMatch(/^Bearer/);
    expect(body.error.code).toBe('unauthorized');
  });

  it('clears the cookie on sign-out', async () => {
    const response = await api('/sign-out', {
      method: 'POST',
      redirect: 'manual',
      headers: { Origin: origin(), Cookie: `${SESSION_COOKIE}=${inject('archivistToken')}` },
    });

    expect(response.status).toBe(303);
    expect(cookieOf(response)).toMatch(/remissvar_archivist=;.*Max-Age=0/i);
  });
});
