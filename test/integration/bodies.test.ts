// /v1/bodies and /v1/bodies/{slug} on the real local stack: the register names the body with its
// slug and counts, and the body's page lists the fresh case's answer with its stance and evidence.
import { beforeAll, describe, expect, it } from 'vitest';
import { api } from '../support/local-client.ts';
import { type FreshCase, getJson, publishFreshCase, uniqueWord } from './feed-support.ts';

interface Entry {
  slug: string;
  body: string;
  bodyType: string;
  cases: number;
  stances: Record<string, number>;
}

let fresh: FreshCase;

beforeAll(async () => {
  fresh = await publishFreshCase({ title: `Remissinstanser ${uniqueWord('bod')}` });
});

describe('/v1/bodies', () => {
  it('returns the register with a slug per body and its stance counts', async () => {
    const { items } = await getJson<{ items: Entry[] }>(`/v1/bodies?q=${encodeURIComponent(fresh.title)}`);

    expect(
      items.map((b) => [b.slug, b.body, b.bodyType, b.cases, b.stances.supports, b.stances.opposes]),
    ).toEqual([
      ['stockholm-idrottsnamnden', 'Idrottsnämnden', 'namnd', 1, 1, 0],
      ['stockholm-stadsledningskontoret', 'Stadsledningskontoret', 'kontor', 1, 0, 1],
    ]);
  });

  it('returns one body with every answer, the fresh case among them with its stance and evidence', async () => {
    const page = await getJson<{
      body: Entry;
      answers: { caseId: string; stance: string; evidence: string | null }[];
      unread: { share: number };
    }>('/v1/bodies/stockholm-idrottsnamnden');
    const answer = page.answers.find((a) => a.caseId === fresh.id);

    expect(page.body.body).toBe('Idrottsnämnden');
    expect(answer?.stance).toBe('supports');
    expect(answer?.evidence).toMatch(/tillstyrker/i);
    expect(page.unread.share).toBeGreaterThanOrEqual(0);
  });

  it('returns 404 for an unknown body', async () => {
    const response = await api('/v1/bodies/stockholm-ingen-sadan-namnd');

    expect(response.status).toBe(404);
    expect(((await response.json()) as { error: { code: string } }).error.code).toBe('not_found');
  });
});
