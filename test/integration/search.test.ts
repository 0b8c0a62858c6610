// Full-text search on the real local stack: a word that stands only in a document's body text, in
// an inflected form, finds its case through the index the publish step builds from the stored page
// texts — in the API with a snippet and its page, and in the portal (Chromium) with the word marked.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium } from '../support/launch-chromium.ts';
import { type FreshCase, getJson, publishFreshCase, uniqueWord } from './feed-support.ts';

interface Listed {
  id: string;
  match?: {
    snippet: string;
    page: number | null;
    document: string | null;
    highlights: { start: number; end: number }[];
  };
  documents: { sha256: string }[];
}

const place = uniqueWord('plats');
let browser: Browser;
let fresh: FreshCase;

/** Polls until the search index (rebuilt a few seconds after an ingest) finds the case. */
async function searchUntilFound(q: string, id: string): Promise<Listed[]> {
  const deadline = Date.now() + 60_000;
  for (;;) {
    const { items } = await getJson<{ items: Listed[] }>(`/v1/cases?q=${encodeURIComponent(q)}`);
    if (items.some((i) => i.id === id) || Date.now() > deadline) return items;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}

beforeAll(async () => {
  ({ browser } = await launchChromium());
  fresh = await publishFreshCase({
    title: `Öppettider för fritidsgårdar ${uniqueWord('t')}`,
    extraPages: [
      ['Bilaga', 'Yttrande från äldrenämnden.'],
      [`Nämnden vill att hemtjänsten i ${place} får fler anställda under sommaren.`],
    ],
  });
});

afterAll(async () => {
  await browser?.close();
});

describe('full-text search', () => {
  it('returns the case for the base form of a word that is only in its body text, with snippet and page', async () => {
    const items = await searchUntilFound(`hemtjänst ${place}`, fresh.id);
    const hit = items.find((i) => i.id === fresh.id);

    expect(items.map((i) => i.id)).toEqual([fresh.id]);
    expect(hit?.match?.page).toBe(3);
    expect(hit?.match?.document).toBe(hit?.documents[0]?.sha256);
    const marked = (hit?.match?.highlights ?? []).map((h) => hit?.match?.snippet.slice(h.start, h.end));
    expect(marked).toEqual(['hemtjänsten', place]);
  });

  it('returns nothing for a phrase whose words stand in another order', async () => {
    await searchUntilFound(place, fresh.id);
    const { items } = await getJson<{ items: Listed[] }>(
      `/v1/cases?q=${encodeURIComponent(`"${place} hemtjänsten"`)}`,
    );

    expect(items).toEqual([]);
  });

  it('returns the cases by their date or their last change when asked', async () => {
    const word = uniqueWord('ord');
    const later = await publishFreshCase({ title: `Ordning ${word}`, date: '2 mars 2022' });
    const earlier = await publishFreshCase({ title: `Ordning ${word}`, date: '5 maj 2019' });
    const ids = async (sort: string) =>
      (await getJson<{ items: Listed[] }>(`/v1/cases?q=${word}&sort=${sort}`)).items.map((i) => i.id);

    expect(await ids('date')).toEqual([later.id, earlier.id]);
    expect(await ids('updated')).toEqual([earlier.id, later.id]);
  });

  it('shows the snippet with the matched word marked in the portal', async () => {
    await searchUntilFound(`hemtjänst ${place}`, fresh.id);
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });

    await page.goto(inject('apiUrl'));
    await page.getByRole('searchbox').fill(`hemtjänst ${place}`);
    await page.getByRole('button', { name: /Sök/ }).click();
    await page.waitForURL(/q=/);

    const marks = await page.locator('.snippet mark').allTextContents();
    expect(marks).toEqual(['hemtjänsten', place]);
    const pageLink = await page.locator('.snippet a.page-link').getAttribute('href');
    expect(pageLink).toMatch(/\/documents\/[0-9a-f]{64}#page=3$/);
    await page.close();
  });
});
