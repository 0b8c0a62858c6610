import { describe, expect, it } from 'vitest';
import {
  BULK_FILE_NAMES,
  buildBulkFiles,
  buildCatalogRdf,
  DATA_LICENSE,
} from '../../../shared/feeds/bulk-files.ts';
import { CASE_COLUMNS } from '../../../shared/feeds/record-fields.ts';
import { STANCES } from '../../../shared/model/case-record.ts';
import { datapackageErrors, tableErrors, tableSchemaErrors } from '../../support/frictionless.ts';
import { objectsOf, parseRdfXml, validateShacl } from '../../support/rdf.ts';
import { makeRecord } from './record-fixture.ts';

const options = { baseUrl: 'https://data.example.se/', now: '2026-02-01T10:00:00.000Z' };
const DCAT_AP = ['shapes.ttl', 'range.ttl', 'shapes_recommended.ttl'].map(
  (name) => new URL(`../../fixtures/dcat-ap/${name}`, import.meta.url),
);

describe('buildBulkFiles', () => {
  const live = makeRecord();
  // empty lists and nulls wherever the schema allows them: the required flags must still hold
  const sparse = makeRecord({
    id: 'stockholm-2018-000001',
    diarienummer: '2018/000001',
    title: null,
    rotel: null,
    date: null,
    outcome: null,
    subject: { kind: null, reference: null, from: null, authors: [] },
    signatories: [],
    proposedDecision: [],
    documents: [],
    consultations: [
      {
        body: 'Idrottsnämnden',
        bodyType: 'namnd',
        stance: null,
        meetingDate: null,
        statementDate: null,
        evidence: null,
        page: null,
        confidence: null,
        corrected: [],
      },
    ],
  });
  const tombstone = makeRecord({ id: 'stockholm-2016-000002', deleted: true });
  const files = buildBulkFiles([sparse, tombstone, live], options);
  const file = (name: string) => files.find((f) => f.name === name)?.body ?? '';
  const pkg = JSON.parse(file('datapackage.json'));
  const resource = (name: string) => pkg.resources.find((r: { name: string }) => r.name === name);

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
    expect(consultations.split('\r\n').filter(Boolean)).toHaveLength(4);
  });

  it('returns a datapackage valid against the Data Package and Table Schema 2.0 JSON Schemas', () => {
    expect(datapackageErrors(pkg)).toEqual([]);
    for (const name of ['cases', 'consultations']) {
      expect(tableSchemaErrors(resource(name).schema), name).toEqual([]);
      expect(resource(name).encoding, name).toBe('utf-8');
    }
  });

  it('returns table schemas whose types, required flags and vocabularies hold for every CSV row', () => {
    const cases = resource('cases');
    const consultations = resource('consultations');

    expect(tableErrors(file('cases.csv'), cases.schema, cases.dialect)).toEqual([]);
    expect(tableErrors(file('consultations.csv'), consultations.schema, consultations.dialect)).toEqual([]);
    expect(cases.schema.fields.map((f: { name: string }) => f.name)).toEqual(
      CASE_COLUMNS.map((c) => c.header),
    );
    expect(cases.rows).toBe(2);
    expect(consultations.rows).toBe(3);
    expect(cases.path).toBe('https://data.example.se/v1/bulk/cases.csv');
    expect(pkg.licenses[0].path).toBe(DATA_LICENSE.uri);
    const stance = consultations.schema.fields.find((f: { name: string }) => f.name === 'stance');
    expect(stance.constraints).toEqual({ enum: [...STANCES] });
    const body = consultations.schema.fields.find((f: { name: string }) => f.name === 'body');
    expect(body.constraints).toEqual({ required: true });
  });

  it('returns a table whose check fails when a required cell is empty (the check itself works)', () => {
    const consultations = resource('consultations');
    const [header, ...rows] = file('consultations.csv').split('\r\n');
    const emptied = [header, ...rows.map((r) => r.replace(/^stockholm-[\d-]+,/, ','))].join('\r\n');

    expect(tableErrors(emptied, consultations.schema)).toContain('row 2 caseId: required but empty');
  });
});

describe('buildCatalogRdf', () => {
  it('returns RDF/XML that conforms to the DCAT-AP 3 SHACL shapes, ranges included', async () => {
    const quads = await parseRdfXml(buildCatalogRdf(options));

    const report = await validateShacl(DCAT_AP, quads);

    expect(report.results.filter((r) => r.severity === 'Violation')).toEqual([]);
  });

  it('returns a catalog, dataset and distributions with the CC0 licence and no blank nodes', async () => {
    const quads = await parseRdfXml(buildCatalogRdf(options));
    const dataset = 'https://data.example.se/v1/bulk#dataset';
    const dcat = 'http://www.w3.org/ns/dcat#';

    expect(objectsOf(quads, 'https://data.example.se/v1/bulk#catalog', `${dcat}dataset`)).toEqual([dataset]);
    expect(objectsOf(quads, dataset, `${dcat}distribution`)).toEqual(
      ['cases.csv', 'consultations.csv', 'cases.jsonl', 'datapackage.json'].map(
        (name) => `https://data.example.se/v1/bulk/${name}`,
      ),
    );
    expect(
      objectsOf(quads, 'https://data.example.se/v1/bulk/cases.csv', 'http://purl.org/dc/terms/license'),
    ).toEqual([DATA_LICENSE.uri]);
    expect(objectsOf(quads, dataset, 'http://purl.org/dc/terms/modified')).toEqual([
      '2026-02-01T10:00:00.000Z',
    ]);
    expect(
      quads.filter((q) => q.subject.termType !== 'NamedNode' || q.object.termType === 'BlankNode'),
    ).toEqual([]);
  });
});
