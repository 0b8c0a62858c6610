// The change feed as a polling client meets it: following `next` sees every case created, changed
// or withdrawn after `since` exactly once per revision, oldest first, even when cases are written
// while it polls; `npm run withdraw` leaves a tombstone that stays in the feed and leaves listings.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { parseHTML } from 'linkedom';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { type CaseRecord, CaseRecordSchema } from '../../shared/model/case-record.ts';
import { api } from '../support/local-client.ts';
import { type FreshCase, getJson, publishFreshCase, uniqueWord } from './feed-support.ts';

type ChangesPage = {
  items: CaseRecord[];
  next: string;
  caughtUp: boolean;
  retryAfter: number | null;
  watermark: string;
};

/** A polling client: follows `next`, waiting a little on empty pages, until `done` says so. */
async function poll(start: string, done: (seen: CaseRecord[]) => boolean, timeoutMs = 60_000) {
  const seen: CaseRecord[] = [];
  let url = start;
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const page = await getJson<ChangesPage>(url);
    seen.push(...page.items.map((i) => CaseRecordSchema.parse(i)));
    url = page.next;
    if (done(seen)) return { seen, next: url };
    if (page.caughtUp) await new Promise((r) => setTimeout(r, 400));
  }
  throw new Error(
    `the change feed did not deliver in ${timeoutMs} ms; saw ${seen.map((s) => s.id).join(', ')}`,
  );
}

const key = (r: CaseRecord) => `${r.updatedAt}#${r.id}`;

async function withdraw(...ids: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await promisify(execFile)(
      process.execPath,
      ['--import', 'tsx', 'local/cli/withdraw.ts', ...ids],
      {
        env: {
          ...process.env,
          PORT: new URL(inject('apiUrl')).port,
          ARCHIVIST_TOKEN: inject('archivistToken'),
        },
      },
    );
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

const word = uniqueWord('chg');
let since: string;
let first: FreshCase;

beforeAll(async () => {
  since = new Date(Date.now() - 1).toISOString();
  first = await publishFreshCase({ title: `Ändringsflöde ${word}` });
});

describe('GET /v1/changes', () => {
  it('returns every case written after since exactly once, oldest first, including ones written while polling', async () => {
    const writing = Promise.all([1, 2, 3].map((n) => publishFreshCase({ title: `Samtidigt ${n} ${word}` })));
    const ours = (seen: CaseRecord[]) => seen.filter((r) => r.title?.endsWith(word));

    const [concurrent, { seen }] = await Promise.all([
      writing,
      poll(`/v1/changes?since=${encodeURIComponent(since)}&limit=1`, (s) => ours(s).length >= 4),
    ]);

    const expected = [first, ...concurrent].map((c) => c.id).sort();
    expect(
      ours(seen)
        .map((r) => r.id)
        .sort(),
    ).toEqual(expected);
    expect(new Set(seen.map(key)).size).toBe(seen.length);
    expect(seen.map(key)).toEqual([...seen.map(key)].sort());
    expect(seen.every((r) => r.updatedAt > since)).toBe(true);
  });

  it('returns an empty page with a next cursor when since is newer than the watermark', async () => {
    const future = new Date(Date.now() + 60_000).toISOString();

    const page = await getJson<ChangesPage>(`/v1/changes?since=${encodeURIComponent(future)}`);

    expect(page.items).toEqual([]);
    expect(page.next).toMatch(/cursor=/);
    expect(page.watermark < future).toBe(true);
  });

  it('returns caughtUp with a Retry-After hint at the watermark, and caughtUp false with a Link before it', async () => {
    await poll(`/v1/changes?since=${encodeURIComponent(since)}`, (s) => s.some((r) => r.id === first.id));
    const partial = await api(`/v1/changes?since=${encodeURIComponent(since)}&limit=1`);
    const { next } = await poll(`/v1/changes?since=${encodeURIComponent(since)}`, () => true);
    const end = await api(next);
    const endPage = (await end.json()) as ChangesPage;

    const partialPage = (await partial.json()) as ChangesPage;
    expect(partialPage.items).toHaveLength(1);
    expect(partialPage.caughtUp).toBe(false);
    expect(partialPage.retryAfter).toBeNull();
    expect(partial.headers.get('link')).toBe(`<${partialPage.next}>; rel="next"`);
    expect(partial.headers.get('retry-after')).toBeNull();
    expect(endPage.caughtUp).toBe(true);
    expect(endPage.items).toEqual([]);
    expect(endPage.next).toMatch(/cursor=/);
    expect(endPage.retryAfter).toBe(5);
    expect(end.headers.get('retry-after')).toBe('5');
    expect(end.headers.get('link')).toBeNull();
  });

  it('returns the same ETag, and 304 on If-None-Match, while only the watermark moves', async () => {
    const future = new Date(Date.now() + 3_600_000).toISOString();
    const url = `/v1/changes?since=${encodeURIComponent(future)}`;
    const first = await api(url);
    const firstPage = (await first.json()) as ChangesPage;
    // past the API's 1 s reuse of a change-feed answer, so the watermark has moved
    await new Promise((r) => setTimeout(r, 1_200));

    const second = await api(url);
    const secondPage = (await second.json()) as ChangesPage;
    const revalidated = await api(url, { headers: { 'If-None-Match': first.headers.get('etag') ?? '' } });

    expect(secondPage.watermark > firstPage.watermark).toBe(true);
    expect(second.headers.get('etag')).toBe(first.headers.get('etag'));
    expect(first.headers.get('etag')).toMatch(/^W\/"[^"]+"$/);
    expect(revalidated.status).toBe(304);
    expect(revalidated.headers.get('etag')).toBe(first.headers.get('etag'));
  });

  it('returns 400 for a tampered cursor and for a cursor of another since', async () => {
    const { next } = await getJson<ChangesPage>(`/v1/changes?since=${encodeURIComponent(since)}&limit=1`);
    const cursor = new URL(next).searchParams.get('cursor') ?? '';

    const tampered = await api(`/v1/changes?since=${encodeURIComponent(since)}&cursor=x${cursor}`);
    const otherSince = await api(`/v1/changes?since=2001-01-01T00:00:00Z&cursor=${cursor}`);

    expect(tampered.status).toBe(400);
    expect(otherSince.status).toBe(400);
    expect(((await otherSince.json()) as { error: { message: string } }).error.message).toMatch(/cursor/);
  });
});

describe('npm run withdraw', () => {
  it('returns a tombstone that stays in the change feed and leaves the listings', async () => {
    const before = CaseRecordSchema.parse(await getJson(`/v1/cases/${first.id}`));
    const { next: resumeAt } = await poll(`/v1/changes?since=${encodeURIComponent(since)}`, (s) =>
      s.some((r) => r.id === first.id),
    );

    const result = await withdraw(first.id);

    expect(result.code).toBe(0);
    expect(result.stdout).toContain(`${first.id}: withdrawn, tombstone revision 2`);
    const tombstone = CaseRecordSchema.parse(await getJson(`/v1/cases/${first.id}`));
    expect(tombstone).toMatchObject({
      id: first.id,
      deleted: true,
      revision: 2,
      documents: [],
      consultations: [],
    });
    expect(tombstone.updatedAt > before.updatedAt).toBe(true);
    // the earlier revisions and the documents are gone with the withdrawal; the tombstone stays
    expect((await api(`/v1/cases/${first.id}/revisions/1`)).status).toBe(410);
    expect(CaseRecordSchema.parse(await getJson(`/v1/cases/${first.id}/revisions/2`)).deleted).toBe(true);
    const { seen } = await poll(resumeAt, (s) => s.some((r) => r.id === first.id));
    expect(seen.filter((r) => r.id === first.id)).toEqual([tombstone]);
    const listed = await getJson<{ items: { id: string }[] }>(`/v1/cases?q=${word}&limit=1000`);
    expect(listed.items.map((i) => i.id)).not.toContain(first.id);
    expect(listed.items).toHaveLength(3);
    expect((await api(before.documents[0]?.url ?? '')).status).toBe(410);
    const page = parseHTML(await (await api(`/cases/${first.id}`)).text()).document;
    expect(page.querySelector('main')?.textContent ?? page.body.textContent).toContain(
      'Ärendet har återkallats',
    );
  });

  it('returns exit 0 for an already withdrawn case and 1 for an unknown one', async () => {
    await withdraw(first.id);

    const again = await withdraw(first.id);
    const unknown = await withdraw('stockholm-1900-000000');

    expect(again.code).toBe(0);
    expect(again.stdout).toContain('already withdrawn');
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain('no such case');
  });
});
