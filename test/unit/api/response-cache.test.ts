import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { responseCache } from '../../../shared/api/response-cache.ts';

function appWith(options: { version: () => number; nowMs?: () => number; delayMs?: number }) {
  const calls: string[] = [];
  const app = new Hono();
  app.use(
    '*',
    responseCache({
      version: async () => options.version(),
      policy: (path) =>
        path === '/live' ? { reuseMs: 0 } : path === '/private' ? 'none' : { reuseMs: 1000 },
      ...(options.nowMs ? { nowMs: options.nowMs } : {}),
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
  return { app, calls };
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
