// Every published case → the bulk files: cases.jsonl, cases.csv, consultations.csv, a Frictionless
// datapackage.json and a DCAT-AP-SE catalog (RDF/XML, every node a URI: no blank nodes). Pure: no
// storage, no clock (`now` is passed in); field lists and vocabularies come from the zod schemas.
import { type CaseRecord, STANCES } from '../model/case-record.ts';
import { toCsv } from './csv.ts';
import {
  CASE_COLUMNS,
  CONSULTATION_COLUMNS,
  type RecordColumn,
  toConsultationRows,
} from './record-fields.ts';

/** The licence of the published data: CC0 1.0 (public domain dedication). */
export const DATA_LICENSE = {
  name: 'CC0-1.0',
  title: 'Creative Commons Zero v1.0 Universal',
  uri: 'http://creativecommons.org/publicdomain/zero/1.0/',
} as const;

export const BULK_FILE_NAMES = [
  'cases.jsonl',
  'cases.csv',
  'consultations.csv',
  'datapackage.json',
  'catalog.rdf',
] as const;
export type BulkFileName = (typeof BULK_FILE_NAMES)[number];

export interface BulkFile {
  name: BulkFileName;
  contentType: string;
  body: string;
}

export interface BulkOptions {
  /** Absolute base URL of the API (`https://…`): download URLs and RDF node URIs hang off it. */
  baseUrl: string;
  /** ISO 8601 instant of this publication. */
  now: string;
}

const CONTENT_TYPES: Record<BulkFileName, string> = {
  'cases.jsonl': 'application/jsonl; charset=utf-8',
  'cases.csv': 'text/csv; charset=utf-8',
  'consultations.csv': 'text/csv; charset=utf-8',
  'datapackage.json': 'application/json; charset=utf-8',
  'catalog.rdf': 'application/rdf+xml; charset=utf-8',
};

const TITLE_SV = 'Remissvar: ärenden och remissinstansernas ställningstaganden';
const TITLE_EN = 'Council cases and the positions of consulted bodies';
const DESCRIPTION_SV =
  'Ärenden ur kommunala handlingar (utlåtanden, tjänsteutlåtanden, protokollsutdrag) med varje remissinstans ställningstagande, tolkat ur PDF-handlingarna.';
const DESCRIPTION_EN =
  'Cases read from council documents, with each consulted body’s position (supports, opposes, …) and the passage it was read from.';

export const bulkUrl = (baseUrl: string, name: string) => `${baseUrl.replace(/\/+$/, '')}/v1/bulk/${name}`;

/** A Frictionless Table Schema field for a CSV column; lists are `; `-joined strings in CSV. */
function tableField(column: RecordColumn<unknown>) {
  return {
    name: column.header,
    type: column.isList ? 'string' : column.type,
    ...(column.isList ? { description: 'list, items joined with "; "' } : {}),
    ...(column.enum || column.required
      ? {
          constraints: {
            ...(column.required ? { required: true } : {}),
            ...(column.enum ? { enum: [...column.enum] } : {}),
          },
        }
      : {}),
  };
}

const CSV_DIALECT = {
  delimiter: ',',
  lineTerminator: '\r\n',
  quoteChar: '"',
  doubleQuote: true,
  header: true,
};

export function buildDatapackage(options: BulkOptions, counts: { cases: number; consultations: number }) {
  return {
    profile: 'tabular-data-package',
    name: 'remissvar',
    title: TITLE_SV,
    description: `${DESCRIPTION_SV} / ${DESCRIPTION_EN}`,
    homepage: `${options.baseUrl.replace(/\/+$/, '')}/`,
    created: options.now,
    licenses: [{ name: DATA_LICENSE.name, path: DATA_LICENSE.uri, title: DATA_LICENSE.title }],
    keywords: ['remiss', 'remissvar', 'kommun', 'open data'],
    /** The vocabulary of `stance` (see the README glossary). */
    stances: [...STANCES],
    resources: [
      {
        name: 'cases',
        path: bulkUrl(options.baseUrl, 'cases.csv'),
        profile: 'tabular-data-resource',
        format: 'csv',
        mediatype: 'text/csv',
        encoding: 'utf-8-sig',
        dialect: CSV_DIALECT,
        rows: counts.cases,
        schema: {
          fields: CASE_COLUMNS.map((c) => tableField(c as RecordColumn<unknown>)),
          missingValues: [''],
          primaryKey: ['id'],
        },
      },
      {
        name: 'consultations',
        path: bulkUrl(options.baseUrl, 'consultations.csv'),
        profile: 'tabular-data-resource',
        format: 'csv',
        mediatype: 'text/csv',
        encoding: 'utf-8-sig',
        dialect: CSV_DIALECT,
        rows: counts.consultations,
        schema: {
          fields: CONSULTATION_COLUMNS.map((c) => tableField(c as RecordColumn<unknown>)),
          missingValues: [''],
          foreignKeys: [{ fields: ['caseId'], reference: { resource: 'cases', fields: ['id'] } }],
        },
      },
      {
        name: 'cases-jsonl',
        path: bulkUrl(options.baseUrl, 'cases.jsonl'),
        profile: 'data-resource',
        format: 'jsonl',
        mediatype: 'application/jsonl',
        encoding: 'utf-8',
        description: 'One case record per line, as GET /v1/cases/{id} returns it (schema: /v1/openapi.json).',
      },
    ],
  };
}

const xml = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** DCAT-AP-SE catalog → dataset → distributions; publisher and contact are URI nodes too. */
export function buildCatalogRdf(options: BulkOptions): string {
  const base = options.baseUrl.replace(/\/+$/, '');
  const catalog = `${base}/v1/bulk#catalog`;
  const dataset = `${base}/v1/bulk#dataset`;
  const publisher = `${base}/#publisher`;
  const contact = `${base}/#contact`;
  const now = xml(options.now);
  const dateTime = 'http://www.w3.org/2001/XMLSchema#dateTime';
  const eu = 'http://publications.europa.eu/resource/authority';
  const distributions: { name: BulkFileName; title: string; format: string; media: string }[] = [
    { name: 'cases.csv', title: 'Ärenden (CSV) / Cases (CSV)', format: 'CSV', media: 'text/csv' },
    {
      name: 'consultations.csv',
      title: 'Remissinstanser per ärende (CSV) / Consulted bodies per case (CSV)',
      format: 'CSV',
      media: 'text/csv',
    },
    {
      name: 'cases.jsonl',
      title: 'Ärenden (JSON Lines) / Cases (JSON Lines)',
      format: 'JSON',
      media: 'application/jsonl',
    },
    {
      name: 'datapackage.json',
      title: 'Frictionless Data Package',
      format: 'JSON',
      media: 'application/json',
    },
  ];
  const lines = [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"',
    '  xmlns:dcat="http://www.w3.org/ns/dcat#" xmlns:dcterms="http://purl.org/dc/terms/"',
    '  xmlns:foaf="http://xmlns.com/foaf/0.1/" xmlns:vcard="http://www.w3.org/2006/vcard/ns#">',
    `  <dcat:Catalog rdf:about="${xml(catalog)}">`,
    `    <dcterms:title xml:lang="sv">${xml(TITLE_SV)}</dcterms:title>`,
    `    <dcterms:title xml:lang="en">${xml(TITLE_EN)}</dcterms:title>`,
    `    <dcterms:description xml:lang="sv">${xml(DESCRIPTION_SV)}</dcterms:description>`,
    `    <dcterms:description xml:lang="en">${xml(DESCRIPTION_EN)}</dcterms:description>`,
    `    <dcterms:publisher rdf:resource="${xml(publisher)}"/>`,
    `    <dcterms:license rdf:resource="${DATA_LICENSE.uri}"/>`,
    `    <dcterms:language rdf:resource="${eu}/language/SWE"/>`,
    `    <dcterms:modified rdf:datatype="${dateTime}">${now}</dcterms:modified>`,
    `    <foaf:homepage rdf:resource="${xml(base)}/"/>`,
    `    <dcat:dataset rdf:resource="${xml(dataset)}"/>`,
    '  </dcat:Catalog>',
    `  <dcat:Dataset rdf:about="${xml(dataset)}">`,
    `    <dcterms:identifier>${xml(dataset)}</dcterms:identifier>`,
    `    <dcterms:title xml:lang="sv">${xml(TITLE_SV)}</dcterms:title>`,
    `    <dcterms:title xml:lang="en">${xml(TITLE_EN)}</dcterms:title>`,
    `    <dcterms:description xml:lang="sv">${xml(DESCRIPTION_SV)}</dcterms:description>`,
    `    <dcterms:description xml:lang="en">${xml(DESCRIPTION_EN)}</dcterms:description>`,
    `    <dcterms:publisher rdf:resource="${xml(publisher)}"/>`,
    `    <dcat:contactPoint rdf:resource="${xml(contact)}"/>`,
    `    <dcat:theme rdf:resource="${eu}/data-theme/GOVE"/>`,
    `    <dcterms:accessRights rdf:resource="${eu}/access-right/PUBLIC"/>`,
    `    <dcterms:language rdf:resource="${eu}/language/SWE"/>`,
    `    <dcterms:accrualPeriodicity rdf:resource="${eu}/frequency/CONT"/>`,
    `    <dcterms:modified rdf:datatype="${dateTime}">${now}</dcterms:modified>`,
    '    <dcat:keyword xml:lang="sv">remissvar</dcat:keyword>',
    '    <dcat:keyword xml:lang="sv">kommun</dcat:keyword>',
    `    <dcat:landingPage rdf:resource="${xml(base)}/"/>`,
    ...distributions.map((d) => `    <dcat:distribution rdf:resource="${xml(bulkUrl(base, d.name))}"/>`),
    '  </dcat:Dataset>',
    ...distributions.flatMap((d) => {
      const url = xml(bulkUrl(base, d.name));
      return [
        `  <dcat:Distribution rdf:about="${url}">`,
        `    <dcterms:title>${xml(d.title)}</dcterms:title>`,
        `    <dcat:accessURL rdf:resource="${url}"/>`,
        `    <dcat:downloadURL rdf:resource="${url}"/>`,
        `    <dcterms:format rdf:resource="${eu}/file-type/${d.format}"/>`,
        `    <dcat:mediaType rdf:resource="https://www.iana.org/assignments/media-types/${d.media}"/>`,
        `    <dcterms:license rdf:resource="${DATA_LICENSE.uri}"/>`,
        `    <dcterms:modified rdf:datatype="${dateTime}">${now}</dcterms:modified>`,
        '  </dcat:Distribution>',
      ];
    }),
    `  <foaf:Agent rdf:about="${xml(publisher)}">`,
    '    <foaf:name xml:lang="sv">Remissvar (öppna data)</foaf:name>',
    `    <dcterms:type rdf:resource="http://purl.org/adms/publishertype/NonProfitOrganisation"/>`,
    '  </foaf:Agent>',
    `  <vcard:Organization rdf:about="${xml(contact)}">`,
    '    <vcard:fn>Remissvar</vcard:fn>',
    `    <vcard:hasURL rdf:resource="${xml(base)}/"/>`,
    '  </vcard:Organization>',
    '</rdf:RDF>',
    '',
  ];
  return lines.join('\n');
}

/** All bulk files for one publication; tombstones are left out, records in id order. */
export function buildBulkFiles(records: readonly CaseRecord[], options: BulkOptions): BulkFile[] {
  const published = records
    .filter((r) => !r.deleted)
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const consultations = toConsultationRows(published);
  const bodies: Record<BulkFileName, string> = {
    'cases.jsonl': published.map((r) => `${JSON.stringify(r)}\n`).join(''),
    'cases.csv': toCsv(CASE_COLUMNS, published),
    'consultations.csv': toCsv(CONSULTATION_COLUMNS, consultations),
    'datapackage.json': `${JSON.stringify(
      buildDatapackage(options, { cases: published.length, consultations: consultations.length }),
      null,
      2,
    )}\n`,
    'catalog.rdf': buildCatalogRdf(options),
  };
  return BULK_FILE_NAMES.map((name) => ({ name, contentType: CONTENT_TYPES[name], body: bodies[name] }));
}
