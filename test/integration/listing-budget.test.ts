// A filtered listing the feed index cannot answer (`q`, `body`, …) reads at most a budget of cases
// per request: a page may come back short or empty with `next`, and following `next` still finds
// every match exactly once. The app over the real store, with a small budget to see it at work.
import { serve } from '@hono/node-server';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createDependencies } from '../../lambdas/dependencies.ts';
import { createApp } from '../../shared/api/create-app.ts';
import { localFunctionEnv, requireCursorSecret } from '../../shared/config.ts';
import { type FreshCase, publishFreshCase, uniqueWord } from './feed-support.ts';

const deps = createDependencies(
  localFunctionEnv({ dynamoPort: inject('dynamoPort'), s3Port: inject('s3Port') }),
);
const BUDGET = 5;
let base = '';
let close = () => undefined as unknown;

beforeAll(async () => {
  const app = createApp({
    ...deps,
    cursorSecret: requireCursorSecret(deps.config),
    listingReadBudget: BUDGET,
    responseCache: false,
  });
  await new Promise<void>((resolve) => {
    const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, (info) => {
      base = `http://127.0.0.1:${info.port}`;
      resolve();
    });
    close = () => server.close();
  });
});

afterAll(() => {
  close();
  deps.dynamo.destroy();
  deps.s3.destroy();
});

type Page = { items: { id: string }[]; next: string | null };

describe('GET /v1/cases with a filter the index cannot answer', () => {
  const word = uniqueWord('budget');
  let match: FreshCase;

  it('answers a short page with `next` when the budget runs out, and nothing is skipped', async () => {
    match = await publishFreshCase({ title: `Motion om ${word}` });
    // newer cases that do not match: the budget is spent on them before the match is reached
    for (let i = 0; i < BUDGET + 2; i++) await publishFreshCase({ title: `Motion om annat ${i}` });

    const pages: Page[] = [];
    for (let url: string | null = `${base}/v1/cases?q=${word}&limit=2`; url; ) {
      const response = await fetch(url);
      expect(response.status).toBe(200);
      const page = (await response.json()) as Page;
      pages.push(page);
      url = page.next
        ? new URL(new URL(page.next).pathname + new URL(page.next).search, base).toString()
        : null;
    }

    expect(pages[0]).toEqual({ items: [], next: expect.any(String) });
    expect(pages.flatMap((p) => p.items.map((c) => c.id))).toEqual([match.id]);
  });

  it('fills unfiltered pages as before: limit + 1 reads are always allowed', async () => {
    // this file alone published BUDGET + 3 cases, the newest first in the feed
    const page = (await (await fetch(`${base}/v1/cases?limit=${BUDGET + 2}`)).json()) as Page;

    expect(page.items).toHaveLength(BUDGET + 2);
    expect(page.next).toEqual(expect.any(String));
  });
});
