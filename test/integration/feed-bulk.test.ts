// The bulk files as a data user meets them: after ingests settle the local stack's publish step
// writes cases.jsonl, the CSVs, datapackage.json and the DCAT catalog, listed at /v1/bulk.
import { describe, expect, it } from 'vitest';
import { BULK_FILE_NAMES, DATA_LICENSE } from '../../shared/feeds/bulk-files.ts';
import { api } from '../support/local-client.ts';
import { getJson, publishFreshCase, uniqueWord } from './feed-support.ts';

type BulkList = { items: { name: string; url: string; bytes: number; lastModified: string }[] };

async function waitForBulkWith(caseId: string, timeoutMs = 60_000): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const response = await api('/v1/bulk/cases.jsonl');
    if (response.ok) {
      const text = await response.text();
      if (text.includes(`"id":"${caseId}"`)) return text;
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`cases.jsonl did not come to hold ${caseId} within ${timeoutMs} ms`);
}

describe('GET /v1/bulk', () => {
  it('returns every bulk file, with the newly published case, after ingests settle', async () => {
    const fresh = await publishFreshCase({ title: `Bulkfil ${uniqueWord('blk')}` });

    const jsonl = await waitForBulkWith(fresh.id);
    const list = await getJson<BulkList>('/v1/bulk');

    expect(list.items.map((i) => i.name)).toEqual([...BULK_FILE_NAMES]);
    for (const item of list.items) {
      expect(item.bytes).toBeGreaterThan(0);
      expect(Number.isNaN(Date.parse(item.lastModified))).toBe(false);
      expect(item.url).toMatch(new RegExp(`/v1/bulk/${item.name.replace('.', '\\.')}$`));
    }
    const lines = jsonl
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l) as { id: string; deleted: boolean });
    expect(lines.every((r) => r.deleted === false)).toBe(true);
    expect(new Set(lines.map((r) => r.id)).size).toBe(lines.length);
  });

  it('returns CSV, datapackage and catalog files that describe the same data', async () => {
    const csv = new Uint8Array(await (await api('/v1/bulk/cases.csv')).arrayBuffer());
    const consultations = await api('/v1/bulk/consultations.csv');
    const pkg = (await (await api('/v1/bulk/datapackage.json')).json()) as {
      licenses: { path: string }[];
      resources: { name: string; rows?: number; schema?: { fields: { name: string }[] } }[];
    };
    const rdf = await api('/v1/bulk/catalog.rdf');
    const rdfText = await rdf.text();

    expect([...csv.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const header = new TextDecoder().decode(csv.slice(3)).split('\r\n')[0] ?? '';
    expect(pkg.resources[0]?.schema?.fields.map((f) => f.name).join(',')).toBe(header);
    expect(consultations.headers.get('content-type')).toMatch(/^text\/csv/);
    expect(pkg.licenses[0]?.path).toBe(DATA_LICENSE.uri);
    expect(rdf.headers.get('content-type')).toMatch(/^application\/rdf\+xml/);
    expect(rdfText).toContain(`<dcterms:license rdf:resource="${DATA_LICENSE.uri}"/>`);
    expect(rdfText).not.toMatch(/rdf:nodeID/);
  });

  it('returns 404 for a file that is not a bulk file', async () => {
    expect((await api('/v1/bulk/secrets.txt')).status).toBe(404);
  });
});
