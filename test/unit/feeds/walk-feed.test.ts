import { describe, expect, it } from 'vitest';
import { walkFeed } from '../../../shared/feeds/walk-feed.ts';
import type { CaseRepository } from '../../../shared/storage/case-repository.ts';
import { makeRecord } from './record-fixture.ts';

/** An in-memory feed index: what readFeedMonth returns for (month, order, after, until). */
function fakeFeed(updatedAts: string[]) {
  const records = updatedAts.map((updatedAt, i) => makeRecord({ id: `case-${i}`, updatedAt }));
  const calls: string[] = [];
  const repo = {
    feedMonths: async () => [...new Set(records.map((r) => r.updatedAt.slice(0, 7)))].sort(),
    readFeedMonth: async (o: {
      month: string;
      order: 'asc' | 'desc';
      after?: { updatedAt: string; id: string };
      until?: string;
      limit: number;
    }) => {
      calls.push(o.month);
      const key = (r: { updatedAt: string; id: string }) => `${r.updatedAt}#${r.id}`;
      const inMonth = records
        .filter((r) => r.updatedAt.startsWith(o.month) && (!o.until || r.updatedAt <= o.until))
        .filter((r) => !o.after || (o.order === 'asc' ? key(r) > key(o.after) : key(r) < key(o.after)))
        .sort((a, b) => (o.order === 'asc' ? key(a).localeCompare(key(b)) : key(b).localeCompare(key(a))));
      const items = inMonth.slice(0, o.limit);
      const last = items.at(-1);
      return {
        items,
        last: last && items.length >= o.limit ? { updatedAt: last.updatedAt, id: last.id } : null,
      };
    },
  };
  return { repo: repo as unknown as CaseRepository, calls };
}

const collect = async (gen: AsyncGenerator<{ id: string }>) => {
  const ids: string[] = [];
  for await (const r of gen) ids.push(r.id);
  return ids;
};

describe('walkFeed', () => {
  const times = [
    '2026-01-05T00:00:00.000Z',
    '2026-02-01T00:00:00.000Z',
    '2026-02-03T00:00:00.000Z',
    '2026-04-01T00:00:00.000Z',
  ];

  it('returns every entry up to the watermark across months, oldest first, in small chunks', async () => {
    const { repo } = fakeFeed(times);

    const ids = await collect(walkFeed(repo, { order: 'asc', until: '2026-03-31T00:00:00.000Z', chunk: 1 }));

    expect(ids).toEqual(['case-0', 'case-1', 'case-2']);
  });

  it('returns entries strictly after the position, newest first', async () => {
    const { repo } = fakeFeed(times);

    const ids = await collect(
      walkFeed(repo, {
        order: 'desc',
        after: { updatedAt: times[2]!, id: 'case-2' },
        until: '2026-12-31T00:00:00.000Z',
      }),
    );

    expect(ids).toEqual(['case-1', 'case-0']);
  });

  it('reads only the months that hold entries', async () => {
    const { repo, calls } = fakeFeed(['2019-03-01T00:00:00.000Z', '2026-02-01T00:00:00.000Z']);

    const ids = await collect(walkFeed(repo, { order: 'asc', until: '2026-12-31T00:00:00.000Z' }));

    expect(ids).toEqual(['case-0', 'case-1']);
    expect(calls).toEqual(['2019-03', '2026-02']);
  });

  it('returns nothing, without reading, when the position is past the watermark', async () => {
    const { repo, calls } = fakeFeed(times);

    const ids = await collect(
      walkFeed(repo, {
        order: 'asc',
        after: { updatedAt: '2026-05-01T00:00:00.000Z', id: '\uffff' },
        until: '2026-04-30T00:00:00.000Z',
      }),
    );

    expect(ids).toEqual([]);
    expect(calls).toEqual([]);
  });
});
