import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { responseCache } from '../../../shared/api/response-cache.ts';

function appWith(options: {
  version: () => number;
  nowMs?: () => number;
  delayMs?: number;
  versionReuseMs?: number;
}) {
  const calls: string[] = [];
  const versionReads: number[] = [];
  const app = new Hono();
  app.use(
    '*',
    responseCache({
      version: async () => {
        versionReads.push(options.version());
        return options.version();
      },
      policy: (path) =>
        path === '/live' ? { reuseMs: 0 } : path === '/private' ? 'none' : { reuseMs: 1000 },
      ...(options.nowMs ? { nowMs: options.nowMs } : {}),
      ...(options.versionReuseMs !== undefined ? { versionReuseMs: options.versionReuseMs } : {}),
    }),
  );
  for (const path of ['/page', '/live', '/private']) {
    app.get(path, async (c) => {
      calls.push(path);
      if (options.delayMs) await new Promise((r) => setTimeout(r, options.delayMs));
      return c.json({ n: calls.length });
    });
  }
  app.get('/missing', (c) => {
    calls.push('/missing');
    return c.json({ error: 'nope' }, 404);
  });
  return { app, calls, versionReads };
}

describe('responseCache', () => {
  it('returns the stored body while the version is unchanged', async () => {
    const { app, calls } = appWith({ version: () => 7 });

    const first = await (await app.request('/page')).json();
    const second = await (await app.request('/page')).json();

    expect(second).toEqual(first);
    expect(calls).toEqual(['/page']);
  });

  it('rebuilds the response once the version moves', async () => {
    let version = 1;
    const { app, calls } = appWith({ version: () => version });
    await app.request('/page');

    version = 2;
    const after = await (await app.request('/page')).json();

    expect(after).toEqual({ n: 2 });
    expect(calls).toHaveLength(2);
  });

  it('reads the version for every request by default', async () => {
    const { app, versionReads } = appWith({ version: () => 1 });

    await app.request('/page');
    await app.request('/page');
    await app.request('/page');

    expect(versionReads).toHaveLength(3);
  });

  it('with versionReuseMs, trusts one version read that long, then sees the new version', async () => {
    let now = 0;
    let version = 1;
    const { app, calls, versionReads } = appWith({
      version: () => version,
      nowMs: () => now,
      versionReuseMs: 250,
    });
    const first = await (await app.request('/page')).json();

    version = 2;
    now = 249;
    const within = await (await app.request('/page')).json();
    now = 250;
    const after = await (await app.request('/page')).json();

    // inside the bound the published change is not seen yet, and no read was made for it
    expect(within).toEqual(first);
    expect(versionReads).toEqual([1, 2]);
    // at the bound the version is read again and the page rebuilt at it
    expect(after).toEqual({ n: 2 });
    expect(calls).toEqual(['/page', '/page']);
  });

  it('drops a stored body after its maximum age', async () => {
    let now = 0;
    const { app, calls } = appWith({ version: () => 1, nowMs: () => now });
    await app.request('/page');

    now = 1500;
    await app.request('/page');

    expect(calls).toHaveLength(2);
  });

  it('shares one computation among identical requests in flight, without storing it', async () => {
    const { app, calls } = appWith({ version: () => 1, delayMs: 30 });

    const together = await Promise.all([app.request('/live'), app.request('/live'), app.request('/live')]);
    const bodies = await Promise.all(together.map((r) => r.json()));
    await app.request('/live');

    expect(new Set(bodies.map((b) => JSON.stringify(b))).size).toBe(1);
    expect(calls).toEqual(['/live', '/live']);
  });

  it('never stores an error response or a path outside its policy', async () => {
    const { app, calls } = appWith({ version: () => 1 });

    await app.request('/missing');
    await app.request('/missing');
    await app.request('/private');
    await app.request('/private');

    expect(calls).toEqual(['/missing', '/missing', '/private', '/private']);
  });
});
