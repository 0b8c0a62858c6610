// Response → strong ETag, 304 on If-None-Match, and gzip that keeps the ETag strong. hono/etag +
// hono/compress would weaken the tag (W/) on every gzipped response; a strong validator must differ
// per encoding instead, so a compressed body's tag is `"<hash>-gzip"`. Never alters a body.
import { createHash } from 'node:crypto';
import type { MiddlewareHandler } from 'hono';
import { compress } from 'hono/compress';
import { COMPRESSIBLE_CONTENT_TYPE_REGEX } from 'hono/utils/compress';

const RETAINED_ON_304 = ['cache-control', 'content-location', 'date', 'etag', 'expires', 'vary'];

/** `"abc"`, `"abc-gzip"`, `W/"abc-gzip"` → `abc`: every encoding of one content shares a hash. */
const hashOf = (tag: string) =>
  tag
    .trim()
    .replace(/^W\//, '')
    .replace(/^"|"$/g, '')
    .replace(/-(gzip|deflate)$/, '');

const isWeak = (tag: string) => tag.startsWith('W/');

/** The strong ETag of an identity body: `"<sha1, base64url>"`. */
export function strongEtagOf(body: ArrayBuffer | Uint8Array): string {
  return `"${createHash('sha1')
    .update(body instanceof Uint8Array ? body : new Uint8Array(body))
    .digest('base64url')}"`;
}

/**
 * Sets a strong ETag (sha1 of the identity body) on 200 GET/HEAD responses that carry none yet (the
 * response cache stores it with the body, so a cache hit is not hashed again); 304 on a match.
 */
export function strongEtag(): MiddlewareHandler {
  return async (c, next) => {
    const ifNoneMatch = c.req.header('If-None-Match');
    await next();
    if (!['GET', 'HEAD'].includes(c.req.method) || c.res.status !== 200) return;
    let etag = c.res.headers.get('ETag');
    if (!etag) {
      etag = strongEtagOf(await c.res.clone().arrayBuffer());
      c.res.headers.set('ETag', etag);
    }
    if (!ifNoneMatch) return;
    const wanted = hashOf(etag);
    const match = ifNoneMatch.split(',').find((tag) => tag.trim() === '*' || hashOf(tag) === wanted);
    if (!match) return;
    const headers = new Headers();
    for (const [name, value] of c.res.headers) {
      if (RETAINED_ON_304.includes(name) || name.startsWith('access-control-')) headers.set(name, value);
    }
    // a strong tag is echoed as the client holds it (per encoding); a weak one stays as the route set it
    if (match.trim() !== '*' && !isWeak(etag)) headers.set('ETag', match.trim().replace(/^W\//, ''));
    await c.res.body?.cancel();
    // Hono's res setter copies the old response's headers over the new ones: clear it first
    c.res = undefined as unknown as Response;
    c.res = new Response(null, { status: 304, headers });
  };
}

const isCompressible = (type: string) =>
  COMPRESSIBLE_CONTENT_TYPE_REGEX.test(type) || /^application\/jsonl/.test(type);

/**
 * hono/compress (gzip or deflate as accepted), then the tag it weakened made strong per encoding.
 * A tag that was weak before compression (one a route chose, e.g. the change feed's) stays weak:
 * it already means "equivalent content", whatever the encoding.
 */
export function compressKeepingStrongEtag(): MiddlewareHandler {
  const inner = compress({ contentTypeFilter: isCompressible });
  return async (c, next) => {
    let before: string | null = null;
    await inner(c, async () => {
      await next();
      before = c.res.headers.get('ETag');
    });
    const encoding = c.res.headers.get('Content-Encoding');
    const etag = c.res.headers.get('ETag');
    const chosenWeak = before !== null && isWeak(before);
    if (encoding && !chosenWeak && etag?.startsWith('W/"') && !etag.endsWith(`-${encoding}"`)) {
      c.res.headers.set('ETag', `"${hashOf(etag)}-${encoding}"`);
    }
  };
}
