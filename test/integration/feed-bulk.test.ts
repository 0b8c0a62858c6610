// The bulk files as a data user meets them: after ingests settle the local stack's publish step
// writes cases.jsonl, the CSVs, datapackage.json and the DCAT catalog, listed at /v1/bulk.
import { describe, expect, it } from 'vitest';
import { BULK_FILE_NAMES, DATA_LICENSE } from '../../shared/feeds/bulk-files.ts';
import { datapackageErrors, tableErrors } from '../support/frictionless.ts';
import { api } from '../support/local-client.ts';
import { objectsOf, parseRdfXml } from '../support/rdf.ts';
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

  it('returns CSV, datapackage and catalog files that describe the same data and validate', async () => {
    const cases = await api('/v1/bulk/cases.csv');
    const csvBytes = new Uint8Array(await cases.arrayBuffer());
    const consultations = await api('/v1/bulk/consultations.csv');
    const pkg = (await (await api('/v1/bulk/datapackage.json')).json()) as {
      licenses: { path: string }[];
      resources: { name: string; schema: Parameters<typeof tableErrors>[1] }[];
    };
    const rdf = await api('/v1/bulk/catalog.rdf');
    const quads = await parseRdfXml(await rdf.text());
    const schemaOf = (name: string) => pkg.resources.find((r) => r.name === name)?.schema ?? { fields: [] };

    expect([...csvBytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(datapackageErrors(pkg)).toEqual([]);
    // the whole store's real rows, from every test file so far, hold the declared constraints
    expect(tableErrors(new TextDecoder().decode(csvBytes), schemaOf('cases'))).toEqual([]);
    expect(consultations.headers.get('content-type')).toMatch(/^text\/csv/);
    expect(tableErrors(await consultations.text(), schemaOf('consultations'))).toEqual([]);
    expect(pkg.licenses[0]?.path).toBe(DATA_LICENSE.uri);
    expect(rdf.headers.get('content-type')).toMatch(/^application\/rdf\+xml/);
    const catalog =
      quads.find((q) => q.object.value === 'http://www.w3.org/ns/dcat#Catalog')?.subject.value ?? '';
    expect(objectsOf(quads, catalog, 'http://purl.org/dc/terms/license')).toEqual([DATA_LICENSE.uri]);
    expect(quads.some((q) => q.subject.termType === 'BlankNode' || q.object.termType === 'BlankNode')).toBe(
      false,
    );
  });

  it('returns 404 for a file that is not a bulk file', async () => {
    expect((await api('/v1/bulk/secrets.txt')).status).toBe(404);
  });
});
