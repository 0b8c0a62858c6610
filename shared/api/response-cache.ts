// GET responses → reused while the feed has not changed. A request learns the feed's version from
// the store (one small read, shared by requests in flight together, and with `versionReuseMs` by
// the requests of that many milliseconds after it); a cached body is served only if it was built at
// that same version, so no reader sees a page older than the store was that long ago (by default
// not at all). Identical requests arriving together share one computation (single flight).
import type { MiddlewareHandler } from 'hono';

export interface ResponseCacheOptions {
  /** The feed's current version (a counter bumped by every publish and withdrawal). */
  version: () => Promise<number>;
  /**
   * How long a path's body may be reused at an unchanged version: `{ reuseMs: 0 }` only shares
   * one computation among identical requests in flight together; `none` passes through. Answers
   * that also move with the clock (the change feed's watermark) get a short reuse.
   */
  policy: (path: string) => { reuseMs: number } | 'none';
  /**
   * How long one read of the version stands for the next requests (default 0: every request reads
   * it, or shares the read in flight). Bounds how far an answer may trail the store; the ETag is
   * always that of the bytes sent, and the change feed's cursor still carries its position.
   */
  versionReuseMs?: number;
  maxEntries?: number;
  nowMs?: () => number;
  /**
   * The ETag to keep with a stored body that has none (null: none): computed once per build, so a
   * cache hit is not hashed again by the ETag middleware outside this one.
   */
  etagOf?: (path: string, body: ArrayBuffer) => string | null;
}

interface Entry {
  version: number;
  builtAt: number;
  status: number;
  headers: [string, string][];
  body: ArrayBuffer;
}

// the Response copies the bytes it is given (Fetch's "extract a body"): the entry's stay intact
const toResponse = (entry: Entry) =>
  new Response(entry.body, { status: entry.status, headers: entry.headers });

export function responseCache(options: ResponseCacheOptions): MiddlewareHandler {
  const maxEntries = options.maxEntries ?? 500;
  const nowMs = options.nowMs ?? Date.now;
  const entries = new Map<string, Entry>();
  const building = new Map<string, Promise<Entry | null>>();
  const versionReuseMs = options.versionReuseMs ?? 0;
  let versionInFlight: Promise<number> | null = null;
  /** The last version read and when that read began (what the staleness bound counts from). */
  let lastRead: { version: number; askedAt: number } | null = null;

  const currentVersion = (): number | Promise<number> => {
    if (lastRead && nowMs() - lastRead.askedAt < versionReuseMs) return lastRead.version;
    if (!versionInFlight) {
      const askedAt = nowMs();
      versionInFlight = options
        .version()
        .then((version) => {
          if (!lastRead || askedAt >= lastRead.askedAt) lastRead = { version, askedAt };
          return version;
        })
        .finally(() => {
          versionInFlight = null;
        });
    }
    return versionInFlight;
  };

  return async (c, next) => {
    const policy = c.req.method === 'GET' ? options.policy(c.req.path) : 'none';
    if (policy === 'none') return next();
    const store = policy.reuseMs > 0;
    const version = await currentVersion();
    const key = c.req.url;
    const cached = store ? entries.get(key) : undefined;
    if (cached && cached.version === version && nowMs() - cached.builtAt < policy.reuseMs) {
      // refresh its place in the LRU order
      entries.delete(key);
      entries.set(key, cached);
      return toResponse(cached);
    }
    const flightKey = `${version} ${key}`;
    const pending = building.get(flightKey);
    if (pending) {
      const shared = await pending;
      if (shared) return toResponse(shared);
      return next();
    }
    const build = (async (): Promise<Entry | null> => {
      await next();
      // an answer marked private (an archivist's, whatever its path looked like) is never kept
      if (c.res.status !== 200 || /no-store|private/i.test(c.res.headers.get('Cache-Control') ?? ''))
        return null;
      const body = await c.res.clone().arrayBuffer();
      const headers = [...c.res.headers.entries()];
      const etag = c.res.headers.has('ETag') ? null : (options.etagOf?.(c.req.path, body) ?? null);
      if (etag) {
        c.res.headers.set('ETag', etag);
        headers.push(['etag', etag]);
      }
      return { version, builtAt: nowMs(), status: c.res.status, headers, body };
    })();
    building.set(flightKey, build);
    try {
      const entry = await build;
      if (entry && store) {
        entries.delete(key);
        entries.set(key, entry);
        while (entries.size > maxEntries) entries.delete(entries.keys().next().value as string);
      }
    } finally {
      building.delete(flightKey);
    }
  };
}
