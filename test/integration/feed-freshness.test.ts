// The API reuses responses while the feed is unchanged; a publish must still show at once, to
// every route that lists or counts cases.
import { describe, expect, it } from 'vitest';
import { getJson, publishFreshCase, uniqueWord } from './feed-support.ts';

describe('response cache freshness', () => {
  it('returns a case published after the same listing was served and cached', async () => {
    const word = uniqueWord();
    const listing = `/v1/cases?q=${word}`;
    const before = await getJson<{ items: unknown[] }>(listing);
    await getJson(listing);

    const fresh = await publishFreshCase({ title: `Bänkar i parken ${word}` });
    const after = await getJson<{ items: { id: string }[] }>(listing);

    expect(before.items).toEqual([]);
    expect(after.items.map((i) => i.id)).toEqual([fresh.id]);
  });
});
