// Fresh cases for the feed tests: each upload carries a unique diarienummer and a unique title word,
// so tests can assert exact facts about their own cases in a store other test files also fill.
import { randomInt } from 'node:crypto';
import { utlatandePdf } from '../fixtures/hostile/text-pdf.ts';
import { api, uploadBytes, waitForIngest } from '../support/local-client.ts';

export interface FreshCase {
  id: string;
  diarienummer: string;
  title: string;
}

/** A word no other case's title contains: `q=` with it selects exactly this run's cases. */
export const uniqueWord = (prefix = 'zq') => `${prefix}${randomInt(1e9, 1e10 - 1).toString(36)}`;

/** Uploads an utlåtande (SLK opposes, Idrottsnämnden supports) and waits until it is published. */
export async function publishFreshCase(options: {
  title: string;
  date?: string;
  extraPages?: string[][];
}): Promise<FreshCase> {
  const diarienummer = `20${randomInt(30, 99)}/${String(randomInt(0, 999_999)).padStart(6, '0')}`;
  const pdf = utlatandePdf({
    diarienummer,
    title: options.title,
    ...(options.date ? { date: options.date } : {}),
    ...(options.extraPages ? { extraPages: options.extraPages } : {}),
  });
  const ingest = await waitForIngest(await uploadBytes(`${diarienummer.replace('/', '-')}.pdf`, pdf));
  if (ingest.status !== 'published' || !ingest.caseId) {
    throw new Error(`fresh case ${diarienummer} ended as ${ingest.status} ${ingest.reason ?? ''}`);
  }
  return { id: ingest.caseId, diarienummer, title: options.title };
}

export async function getJson<T = Record<string, unknown>>(pathAndQuery: string): Promise<T> {
  const response = await api(pathAndQuery);
  if (!response.ok) throw new Error(`${pathAndQuery}: ${response.status} ${await response.text()}`);
  return (await response.json()) as T;
}

/** Follows `next` from a first URL to the end, returning every page's items. */
export async function followPages<T>(first: string): Promise<{ items: T[]; pages: number }> {
  const items: T[] = [];
  let url: string | null = first;
  let pages = 0;
  while (url) {
    const body: { items: T[]; next: string | null } = await getJson(url);
    items.push(...body.items);
    pages++;
    url = body.next;
  }
  return { items, pages };
}
