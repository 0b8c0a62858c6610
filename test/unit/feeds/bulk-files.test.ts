import { describe, expect, it } from 'vitest';
import {
  BULK_FILE_NAMES,
  buildBulkFiles,
  buildCatalogRdf,
  DATA_LICENSE,
} from '../../../shared/feeds/bulk-files.ts';
import { CASE_COLUMNS } from '../../../shared/feeds/record-fields.ts';
import { STANCES } from '../../../shared/model/case-record.ts';
import { makeRecord } from './record-fixture.ts';

const options = { baseUrl: 'https://data.example.se/', now: '2026-02-01T10:00:00.000Z' };

describe('buildBulkFiles', () => {
  const live = makeRecord();
  const other = makeRecord({ id: 'stockholm-2018-000001', diarienummer: '2018/000001' });
  const tombstone = makeRecord({ id: 'stockholm-2016-000002', deleted: true });
  const files = buildBulkFiles([other, tombstone, live], options);
  const file = (name: string) => files.find((f) => f.name === name)?.body ?? '';

  it('returns every bulk file with a content type', () => {
    expect(files.map((f) => f.name)).toEqual([...BULK_FILE_NAMES]);
    expect(files.every((f) => f.contentType.includes('charset=utf-8'))).toBe(true);
  });

  it('returns cases.jsonl with one live record per line in id order, tombstones left out', () => {
    const lines = file('cases.jsonl').trimEnd().split('\n');

    expect(lines.map((l) => JSON.parse(l).id)).toEqual(['stockholm-2017-000991', 'stockholm-2018-000001']);
  });

  it('returns CSVs with a BOM, CRLF and one row per case or per case × body', () => {
    const cases = file('cases.csv');
    const consultations = file('consultations.csv');

    expect(cases.startsWith('\ufeffid,')).toBe(true);
    expect(cases.split('\r\n').filter(Boolean)).toHaveLength(3);
    expect(consultations.split('\r\n').filter(Boolean)).toHaveLength(5);
    expect(consultations.split('\r\n')[0]).toBe(
      '\ufeffcaseId,diarienummer,title,date,body,bodyType,stance,meetingDate,statementDate,evidence,page,confidence',
    );
  });

  it('returns a datapackage whose fields, types and stance vocabulary come from the schema', () => {
    const pkg = JSON.parse(file('datapackage.json'));
    const [cases, consultations] = pkg.resources;

    expect(pkg.licenses[0].path).toBe(DATA_LICENSE.uri);
    expect(cases.schema.fields.map((f: { name: string }) => f.name)).toEqual(
      CASE_COLUMNS.map((c) => c.header),
    );
    expect(cases.rows).toBe(2);
    expect(cases.path).toBe('https://data.example.se/v1/bulk/cases.csv');
    const stance = consultations.schema.fields.find((f: { name: string }) => f.name === 'stance');
    expect(stance.constraints.enum).toEqual([...STANCES]);
    expect(consultations.schema.fields.find((f: { name: string }) => f.name === 'date').type).toBe('date');
    expect(consultations.schema.fields.find((f: { name: string }) => f.name === 'page').type).toBe('integer');
  });
});

describe('buildCatalogRdf', () => {
  const rdf = buildCatalogRdf(options);

  it('returns a DCAT catalog, dataset and distributions with the CC0 licence', () => {
    expect(rdf).toContain('<dcat:Catalog rdf:about="https://data.example.se/v1/bulk#catalog">');
    expect(rdf).toContain('<dcat:Dataset rdf:about="https://data.example.se/v1/bulk#dataset">');
    expect(rdf).toContain('<dcat:Distribution rdf:about="https://data.example.se/v1/bulk/cases.csv">');
    expect(rdf).toContain(`<dcterms:license rdf:resource="${DATA_LICENSE.uri}"/>`);
    expect(rdf).toContain('2026-02-01T10:00:00.000Z');
  });

  it('returns no blank nodes: every node has a URI and every property is a URI or a literal', () => {
    const lines = rdf.split('\n');
    const nodes = lines.filter((l) => /^ {2}<[a-z]+:[A-Za-z]+[\s>]/.test(l));
    const properties = lines.filter((l) => /^ {4}</.test(l));

    expect(rdf).not.toMatch(/rdf:nodeID|parseType/);
    expect(nodes.length).toBeGreaterThan(5);
    for (const node of nodes) expect(node).toMatch(/rdf:about="https?:\/\//);
    for (const p of properties)
      expect(p).toMatch(/rdf:resource="https?:\/\/[^"]+"\/>$|^ {4}<([a-z]+:[A-Za-z]+)[^>]*>[^<]*<\/\1>$/);
  });
});
