// The case listings as a feed client meets them over HTTP against the real local stack: filters,
// 400s that name the parameter, cursors, pagination, HTTP caching headers, CSV bytes and OpenAPI.
import { beforeAll, describe, expect, it } from 'vitest';
import { ATOM_NS } from '../../shared/feeds/atom.ts';
import { CaseRecordSchema } from '../../shared/model/case-record.ts';
import { api, archivistHeaders } from '../support/local-client.ts';
import { childOf, childrenOf, parseXml } from '../support/parse-xml.ts';
import { type FreshCase, followPages, getJson, publishFreshCase, uniqueWord } from './feed-support.ts';

type Page = { items: { id: string; updatedAt: string }[]; next: string | null };

const word = uniqueWord();
let older: FreshCase;
let newer: FreshCase;

beforeAll(async () => {
  older = await publishFreshCase({
    title: `=HYPERLINK("x") parkbänkar, "citat"; ${word}`,
    date: '20 mars 2019',
  });
  newer = await publishFreshCase({ title: `Fler utegym ${word}`, date: '5 maj 2021' });
});

describe('GET /v1/cases filters', () => {
  it('returns exactly the cases whose titles hold every word of q, newest first', async () => {
    const body = await getJson<Page>(`/v1/cases?q=${word}`);

    expect(body.items.map((i) => i.id)).toEqual([newer.id, older.id]);
    expect(body.next).toBeNull();
  });

  it('returns the cases matching date, body, stance, outcome, party, rotel and type filters', async () => {
    const ids = async (query: string) =>
      (await getJson<Page>(`/v1/cases?q=${word}&${query}`)).items.map((i) => i.id);

    expect(await ids('from=2020-01-01')).toEqual([newer.id]);
    expect(await ids('to=2019-12-31')).toEqual([older.id]);
    expect(await ids('body=idrottsn%C3%A4mnden&stance=supports')).toHaveLength(2);
    expect(await ids('body=idrottsn%C3%A4mnden&stance=opposes')).toEqual([]);
    expect(await ids('outcome=avslag&party=S&rotel=I&documentType=utlatande')).toHaveLength(2);
    expect(await ids('outcome=bifall')).toEqual([]);
    expect(
      await ids(`updatedSince=${encodeURIComponent(new Date(Date.now() + 60_000).toISOString())}`),
    ).toEqual([]);
  });

  it('returns 400 naming the parameter for every bad value, never a 5xx', async () => {
    const cases: [string, RegExp][] = [
      ['/v1/cases?limit=0', /limit/],
      ['/v1/cases?limit=abc', /limit/],
      ['/v1/cases?from=2021-02-30', /from/],
      ['/v1/cases?from=2021-01-02&to=2021-01-01', /to/],
      ['/v1/cases?stance=maybe', /stance/],
      ['/v1/cases?outcome=x', /outcome/],
      ['/v1/cases?documentType=x', /documentType/],
      ['/v1/cases?rotel=7', /rotel/],
      ['/v1/cases?updatedSince=later', /updatedSince/],
      ['/v1/cases?q=', /q/],
      ['/v1/cases?colour=red', /colour/],
      ['/v1/cases.csv?sep=tab', /sep/],
      ['/v1/consultations?stance=x', /stance/],
      ['/v1/bodies?limit=-1', /limit/],
      ['/v1/cases.atom?from=x', /from/],
      ['/v1/changes?since=yesterday', /since/],
      ['/v1/ingests?status=done', /status/],
      ['/v1/cases/x/revisions/zero', /revision/],
    ];
    for (const [url, name] of cases) {
      const response = await api(url, url.startsWith('/v1/ingests') ? { headers: archivistHeaders() } : {});
      const body = (await response.json()) as { error: { code: string; message: string } };

      expect(response.status, url).toBe(400);
      expect(body.error.code, url).toBe('bad_parameter');
      expect(body.error.message, url).toMatch(name);
    }
  });
});

describe('GET /v1/cases pagination', () => {
  it('returns every live case exactly once when next is followed, with a matching Link header', async () => {
    const all = await getJson<Page>('/v1/cases?limit=1000');
    const first = await api('/v1/cases?limit=1');
    const firstBody = (await first.json()) as Page;

    const { items, pages } = await followPages<{ id: string }>('/v1/cases?limit=1');

    expect(first.headers.get('link')).toBe(`<${firstBody.next}>; rel="next"`);
    expect(pages).toBe(all.items.length);
    expect(new Set(items.map((i) => i.id)).size).toBe(items.length);
    expect(items.map((i) => i.id)).toEqual(all.items.map((i) => i.id));
  });

  it('returns 400 bad_cursor for a tampered cursor or one made for other filters', async () => {
    const { next } = await getJson<Page>(`/v1/cases?limit=1&q=${word}`);
    const cursor = new URL(next ?? '').searchParams.get('cursor') ?? '';
    const flipped = `${cursor.slice(0, 5)}${cursor[5] === 'A' ? 'B' : 'A'}${cursor.slice(6)}`;

    const tampered = await api(`/v1/cases?limit=1&q=${word}&cursor=${flipped}`);
    const otherQuery = await api(`/v1/cases?limit=1&q=other&cursor=${cursor}`);
    const resumed = await getJson<Page>(`/v1/cases?limit=1&q=${word}&cursor=${cursor}`);

    expect(tampered.status).toBe(400);
    expect(((await tampered.json()) as { error: { code: string } }).error.code).toBe('bad_cursor');
    expect(otherQuery.status).toBe(400);
    expect(resumed.items.map((i) => i.id)).toEqual([older.id]);
  });
});

describe('HTTP behaviour', () => {
  it('returns a strong ETag and 304 for If-None-Match, CORS and cache headers', async () => {
    for (const url of [
      `/v1/cases?q=${word}`,
      `/v1/cases.csv?q=${word}`,
      `/v1/cases/${older.id}`,
      '/v1/openapi.json',
    ]) {
      const first = await api(url);
      const etag = first.headers.get('etag') ?? '';

      const again = await api(url, { headers: { 'If-None-Match': etag } });

      expect(etag, url).toMatch(/^"[^"]+"$/);
      expect(again.headers.get('etag'), url).toBe(etag);
      expect(again.status, url).toBe(304);
      expect(first.headers.get('access-control-allow-origin')).toBe('*');
      expect(first.headers.get('access-control-expose-headers')).toMatch(/ETag/i);
      expect(first.headers.get('access-control-expose-headers')).toMatch(/Link/i);
      expect(first.headers.get('cache-control')).toMatch(/max-age=\d+/);
    }
  });

  it('returns gzip with a strong ETag of its own when the client accepts it', async () => {
    const gzipped = await api('/v1/cases?limit=50', { headers: { 'Accept-Encoding': 'gzip' } });
    const identity = await api('/v1/cases?limit=50', { headers: { 'Accept-Encoding': 'identity' } });
    const etag = gzipped.headers.get('etag') ?? '';

    const again = await api('/v1/cases?limit=50', {
      headers: { 'Accept-Encoding': 'gzip', 'If-None-Match': etag },
    });

    expect(gzipped.headers.get('content-encoding')).toBe('gzip');
    expect(identity.headers.get('content-encoding')).toBeNull();
    expect(etag).toMatch(/^"[^"]+-gzip"$/);
    expect(identity.headers.get('etag')).toBe(etag.replace('-gzip', ''));
    expect(again.status).toBe(304);
    expect(((await gzipped.json()) as Page).items.length).toBeGreaterThan(0);
  });

  it('returns a published case and its revisions; 404 for unknown ids and revisions', async () => {
    const record = CaseRecordSchema.parse(await getJson(`/v1/cases/${newer.id}`));
    const revision = CaseRecordSchema.parse(await getJson(`/v1/cases/${newer.id}/revisions/1`));

    expect(record.title).toBe(newer.title);
    expect(revision).toEqual(record);
    expect((await api(`/v1/cases/${newer.id}/revisions/2`)).status).toBe(404);
    expect((await api('/v1/cases/no-such-case')).status).toBe(404);
    expect((await api(`/v1/cases/${'x'.repeat(3000)}`)).status).toBe(404);
    expect((await api('/v1/cases/%C3%A5%00')).status).toBe(404);
    expect((await api(`/v1/cases/${newer.id}/documents/${'0'.repeat(64)}`)).status).toBe(404);
  });
});

describe('CSV', () => {
  const bytesAndText = async (url: string) => {
    const response = await api(url);
    const bytes = new Uint8Array(await response.arrayBuffer());
    return { response, bytes, text: new TextDecoder().decode(bytes.slice(3)) };
  };

  it('returns cases.csv with a BOM, CRLF, quoting and formula cells defused', async () => {
    const { response, bytes, text } = await bytesAndText(`/v1/cases.csv?q=${word}`);
    const lines = text.split('\r\n');

    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(lines[0]).toMatch(/^id,municipality,documentType,/);
    expect(lines).toHaveLength(4);
    expect(lines[3]).toBe('');
    expect(text).toContain(`"'=HYPERLINK(""x"") parkbänkar, ""citat""; ${word}"`);
    expect(text).toContain('Stadsledningskontoret: opposes; Idrottsnämnden: supports');
  });

  it('returns semicolon-separated CSV for sep=semicolon', async () => {
    const { text } = await bytesAndText(`/v1/cases.csv?q=${word}&sep=semicolon`);

    expect(text.split('\r\n')[0]).toMatch(/^id;municipality;documentType;/);
    expect(text).toContain(`;Fler utegym ${word};`);
  });

  it('returns consultations.csv and JSON with one row per case × body, filtered by stance', async () => {
    const { text } = await bytesAndText(`/v1/consultations.csv?q=${word}`);
    const opposing = await getJson<{ items: { caseId: string; body: string; stance: string }[] }>(
      `/v1/consultations?q=${word}&stance=opposes`,
    );

    expect(text.split('\r\n')[0]).toBe(
      'caseId,diarienummer,title,date,body,bodyType,stance,meetingDate,statementDate,evidence,page,confidence,corrected',
    );
    expect(text.split('\r\n').filter(Boolean)).toHaveLength(5);
    expect(opposing.items.map((r) => [r.caseId, r.body, r.stance])).toEqual([
      [newer.id, 'Stadsledningskontoret', 'opposes'],
      [older.id, 'Stadsledningskontoret', 'opposes'],
    ]);
  });
});

describe('aggregates, Atom and OpenAPI', () => {
  it('returns bodies with stance counts for the selection', async () => {
    const { items } = await getJson<{
      items: { body: string; cases: number; stances: Record<string, number> }[];
    }>(`/v1/bodies?q=${word}`);

    expect(items).toEqual([
      expect.objectContaining({
        body: 'Idrottsnämnden',
        cases: 2,
        stances: expect.objectContaining({ supports: 2 }),
      }),
      expect.objectContaining({
        body: 'Stadsledningskontoret',
        cases: 2,
        stances: expect.objectContaining({ opposes: 2 }),
      }),
    ]);
  });

  it('returns an Atom feed of the selection', async () => {
    const response = await api(`/v1/cases.atom?q=${word}`);
    const feed = parseXml(await response.text());
    const entries = childrenOf(feed, ATOM_NS, 'entry');

    expect(response.headers.get('content-type')).toMatch(/^application\/atom\+xml/);
    expect(entries.map((e) => childOf(e, ATOM_NS, 'id').text.replace(/.*\/v1\/cases\//, ''))).toEqual([
      newer.id,
      older.id,
    ]);
  });

  it('returns an OpenAPI 3.1 JSON document describing every route', async () => {
    const doc = await getJson<{ openapi: string; paths: Record<string, unknown> }>('/v1/openapi.json');

    expect(doc.openapi).toBe('3.1.0');
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining([
        '/v1/cases',
        '/v1/cases.csv',
        '/v1/cases/{id}',
        '/v1/cases/{id}/documents/{sha256}',
        '/v1/consultations',
        '/v1/consultations.csv',
        '/v1/changes',
        '/v1/ingests',
        '/v1/openapi.json',
        '/health',
        '/',
      ]),
    );
  });
});
