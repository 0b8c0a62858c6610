// Every published case → the bulk files: cases.jsonl, cases.csv, consultations.csv, a Frictionless
// datapackage.json (Data Package 2.0) and a DCAT-AP-SE catalog (RDF/XML, every node a URI: no blank
// nodes). Pure: no storage, no clock (`now` is passed in); fields and vocabularies come from zod.
import { type CaseRecord, STANCE_CERTAIN_THRESHOLD, STANCES } from '../model/case-record.ts';
import { toCsv } from './csv.ts';
import {
  CASE_COLUMNS,
  CONSULTATION_COLUMNS,
  type RecordColumn,
  toConsultationRows,
} from './record-fields.ts';
import { toXmlDocument, XmlElement } from './xml-writer.ts';

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

/** The Frictionless Data Package 2.0 profiles the descriptor declares (and is tested against). */
const PROFILES = {
  package: 'https://datapackage.org/profiles/2.0/datapackage.json',
  resource: 'https://datapackage.org/profiles/2.0/dataresource.json',
  schema: 'https://datapackage.org/profiles/2.0/tableschema.json',
  dialect: 'https://datapackage.org/profiles/2.0/tabledialect.json',
} as const;

/**
 * A Table Schema field for a CSV column. Lists are `; `-joined strings, empty when the list is, and
 * nullable fields are empty cells: only a non-null scalar is `required`, so the flag holds for
 * every row (missingValues is `[""]`).
 */
function tableField(column: RecordColumn<unknown>) {
  const required = column.required && !column.isList;
  return {
    name: column.header,
    type: column.isList ? 'string' : column.type,
    ...(column.isList ? { description: 'list, items joined with "; "' } : {}),
    ...(column.enum || required
      ? {
          constraints: {
            ...(required ? { required: true } : {}),
            ...(column.enum ? { enum: [...column.enum] } : {}),
          },
        }
      : {}),
  };
}

/** The CSVs are UTF-8 with a BOM (for Excel); a reader that honours `utf-8` skips the BOM. */
const CSV_DIALECT = {
  $schema: PROFILES.dialect,
  delimiter: ',',
  lineTerminator: '\r\n',
  quoteChar: '"',
  doubleQuote: true,
  header: true,
};

const csvResource = (name: string, path: string, rows: number, schema: Record<string, unknown>) => ({
  $schema: PROFILES.resource,
  name,
  type: 'table',
  path,
  format: 'csv',
  mediatype: 'text/csv',
  encoding: 'utf-8',
  dialect: CSV_DIALECT,
  rows,
  schema: { $schema: PROFILES.schema, ...schema, missingValues: [''] },
});

export function buildDatapackage(options: BulkOptions, counts: { cases: number; consultations: number }) {
  return {
    $schema: PROFILES.package,
    name: 'remissvar',
    title: TITLE_SV,
    description: `${DESCRIPTION_SV} / ${DESCRIPTION_EN}`,
    homepage: `${options.baseUrl.replace(/\/+$/, '')}/`,
    created: options.now,
    licenses: [{ name: DATA_LICENSE.name, path: DATA_LICENSE.uri, title: DATA_LICENSE.title }],
    keywords: ['remiss', 'remissvar', 'kommun', 'open data'],
    /** The vocabulary of `stance` (see the README glossary). */
    stances: [...STANCES],
    /** A stance read with a `confidence` below this is published as uncertain. */
    stanceCertainThreshold: STANCE_CERTAIN_THRESHOLD,
    resources: [
      csvResource('cases', bulkUrl(options.baseUrl, 'cases.csv'), counts.cases, {
        fields: CASE_COLUMNS.map((c) => tableField(c as RecordColumn<unknown>)),
        primaryKey: ['id'],
      }),
      csvResource('consultations', bulkUrl(options.baseUrl, 'consultations.csv'), counts.consultations, {
        fields: CONSULTATION_COLUMNS.map((c) => tableField(c as RecordColumn<unknown>)),
        foreignKeys: [{ fields: ['caseId'], reference: { resource: 'cases', fields: ['id'] } }],
      }),
      {
        $schema: PROFILES.resource,
        name: 'cases-jsonl',
        path: bulkUrl(options.baseUrl, 'cases.jsonl'),
        format: 'jsonl',
        mediatype: 'application/jsonl',
        encoding: 'utf-8',
        description: 'One case record per line, as GET /v1/cases/{id} returns it (schema: /v1/openapi.json).',
      },
    ],
  };
}

const NS = {
  rdf: 'http://www.w3.org/1999/02/22-rdf-syntax-ns#',
  dcat: 'http://www.w3.org/ns/dcat#',
  dcterms: 'http://purl.org/dc/terms/',
  foaf: 'http://xmlns.com/foaf/0.1/',
  vcard: 'http://www.w3.org/2006/vcard/ns#',
  skos: 'http://www.w3.org/2004/02/skos/core#',
  dcatap: 'http://data.europa.eu/r5r/',
} as const;
type Prefix = keyof typeof NS;
const EU = 'http://publications.europa.eu/resource/authority';
const XSD_DATETIME = 'http://www.w3.org/2001/XMLSchema#dateTime';
const PUBLIC_DOMAIN = 'http://purl.org/adms/licencetype/PublicDomain';
/** The distributions stay available for the long term (EU planned-availability vocabulary). */
const STABLE = `${EU}/planned-availability/STABLE`;

/**
 * DCAT-AP-SE catalog → dataset → distributions (RDF/XML, built with xml-writer.ts: escaped, no
 * XML-forbidden characters). Every node is a URI; the licence, publisher type and controlled
 * vocabulary values are typed with their DCAT-AP classes, as the DCAT-AP 3 SHACL range shapes ask.
 */
export function buildCatalogRdf(options: BulkOptions): string {
  const base = options.baseUrl.replace(/\/+$/, '');
  const catalog = `${base}/v1/bulk#catalog`;
  const dataset = `${base}/v1/bulk#dataset`;
  const publisher = `${base}/#publisher`;
  const contact = `${base}/#contact`;
  const home = `${base}/`;
  const theme = `${EU}/data-theme/GOVE`;
  const distributions: {
    name: BulkFileName;
    title: string;
    description: string;
    format: string;
    media: string;
  }[] = [
    {
      name: 'cases.csv',
      title: 'Ärenden (CSV) / Cases (CSV)',
      description: 'En rad per ärende, UTF-8 med BOM. / One row per case, UTF-8 with BOM.',
      format: 'CSV',
      media: 'text/csv',
    },
    {
      name: 'consultations.csv',
      title: 'Remissinstanser per ärende (CSV) / Consulted bodies per case (CSV)',
      description: 'En rad per ärende och remissinstans. / One row per case and consulted body.',
      format: 'CSV',
      media: 'text/csv',
    },
    {
      name: 'cases.jsonl',
      title: 'Ärenden (JSON Lines) / Cases (JSON Lines)',
      description: 'En ärendepost per rad. / One case record per line.',
      format: 'JSON',
      media: 'application/jsonl',
    },
    {
      name: 'datapackage.json',
      title: 'Frictionless Data Package',
      description: 'Beskrivning av CSV-filerna (Data Package 2.0). / The CSVs described (Data Package 2.0).',
      format: 'JSON',
      media: 'application/json',
    },
  ];

  // every prefix an element name below uses is one of NS's, declared here
  const root = new XmlElement(
    'rdf:RDF',
    Object.fromEntries(Object.entries(NS).map(([prefix, uri]) => [`xmlns:${prefix}`, uri])),
  );
  type Node = XmlElement;
  const node = (parent: Node, qname: `${Prefix}:${string}`, about: string) =>
    parent.ele(qname).att('rdf:about', about);
  const ref = (parent: Node, qname: `${Prefix}:${string}`, uri: string) => {
    parent.ele(qname).att('rdf:resource', uri);
  };
  const literal = (parent: Node, qname: `${Prefix}:${string}`, text: string, lang?: string) => {
    const element = parent.ele(qname);
    if (lang) element.att('xml:lang', lang);
    element.txt(text);
  };
  const modified = (parent: Node) => {
    parent.ele('dcterms:modified').att('rdf:datatype', XSD_DATETIME).txt(options.now);
  };
  const titled = (parent: Node) => {
    literal(parent, 'dcterms:title', TITLE_SV, 'sv');
    literal(parent, 'dcterms:title', TITLE_EN, 'en');
    literal(parent, 'dcterms:description', DESCRIPTION_SV, 'sv');
    literal(parent, 'dcterms:description', DESCRIPTION_EN, 'en');
  };
  /** A referenced resource typed with the class DCAT-AP expects it to have, with its labels. */
  const typed = (uri: string, qname: `${Prefix}:${string}`, labels: [string, string][] = []) => {
    const [prefix, local] = qname.split(':') as [Prefix, string];
    const description = node(root, 'rdf:Description', uri);
    ref(description, 'rdf:type', `${NS[prefix]}${local}`);
    const label = qname === 'skos:ConceptScheme' ? 'dcterms:title' : 'skos:prefLabel';
    for (const [lang, text] of labels) literal(description, label, text, lang);
    return description;
  };

  const cat = node(root, 'dcat:Catalog', catalog);
  titled(cat);
  ref(cat, 'dcterms:publisher', publisher);
  ref(cat, 'dcterms:license', DATA_LICENSE.uri);
  ref(cat, 'dcterms:language', `${EU}/language/SWE`);
  modified(cat);
  ref(cat, 'foaf:homepage', home);
  ref(cat, 'dcat:themeTaxonomy', `${EU}/data-theme`);
  ref(cat, 'dcterms:spatial', `${EU}/country/SWE`);
  ref(cat, 'dcat:dataset', dataset);

  const set = node(root, 'dcat:Dataset', dataset);
  literal(set, 'dcterms:identifier', dataset);
  titled(set);
  ref(set, 'dcterms:publisher', publisher);
  ref(set, 'dcat:contactPoint', contact);
  ref(set, 'dcat:theme', theme);
  ref(set, 'dcterms:accessRights', `${EU}/access-right/PUBLIC`);
  ref(set, 'dcterms:language', `${EU}/language/SWE`);
  ref(set, 'dcterms:accrualPeriodicity', `${EU}/frequency/CONT`);
  modified(set);
  literal(set, 'dcat:keyword', 'remissvar', 'sv');
  literal(set, 'dcat:keyword', 'kommun', 'sv');
  ref(set, 'dcterms:spatial', `${EU}/country/SWE`);
  ref(set, 'dcat:landingPage', home);
  for (const d of distributions) ref(set, 'dcat:distribution', bulkUrl(base, d.name));

  for (const d of distributions) {
    const url = bulkUrl(base, d.name);
    const dist = node(root, 'dcat:Distribution', url);
    literal(dist, 'dcterms:title', d.title);
    literal(dist, 'dcterms:description', d.description);
    ref(dist, 'dcat:accessURL', url);
    ref(dist, 'dcat:downloadURL', url);
    ref(dist, 'dcterms:format', `${EU}/file-type/${d.format}`);
    ref(dist, 'dcat:mediaType', `https://www.iana.org/assignments/media-types/${d.media}`);
    ref(dist, 'dcterms:license', DATA_LICENSE.uri);
    ref(dist, 'dcatap:availability', STABLE);
    modified(dist);
  }

  const agent = node(root, 'foaf:Agent', publisher);
  literal(agent, 'foaf:name', 'Remissvar (öppna data)', 'sv');
  ref(agent, 'dcterms:type', 'http://purl.org/adms/publishertype/NonProfitOrganisation');
  const org = node(root, 'vcard:Organization', contact);
  ref(org, 'rdf:type', `${NS.vcard}Kind`);
  literal(org, 'vcard:fn', 'Remissvar');
  ref(org, 'vcard:hasURL', home);

  // the EU vocabularies' own typing, stated here so the catalog validates without fetching them
  ref(typed(DATA_LICENSE.uri, 'dcterms:LicenseDocument'), 'dcterms:type', PUBLIC_DOMAIN);
  typed(PUBLIC_DOMAIN, 'skos:Concept', [['en', 'Public domain']]);
  typed('http://purl.org/adms/publishertype/NonProfitOrganisation', 'skos:Concept', [
    ['en', 'Non-Profit Organisation'],
  ]);
  typed(`${EU}/data-theme`, 'skos:ConceptScheme', [['en', 'Data theme']]);
  ref(
    typed(theme, 'skos:Concept', [
      ['sv', 'Regeringen och den offentliga sektorn'],
      ['en', 'Government and public sector'],
    ]),
    'skos:inScheme',
    `${EU}/data-theme`,
  );
  typed(STABLE, 'skos:Concept', [['en', 'stable']]);
  typed(`${EU}/language/SWE`, 'dcterms:LinguisticSystem');
  typed(`${EU}/country/SWE`, 'dcterms:Location');
  typed(`${EU}/access-right/PUBLIC`, 'dcterms:RightsStatement');
  typed(`${EU}/frequency/CONT`, 'dcterms:Frequency');
  for (const format of new Set(distributions.map((d) => d.format))) {
    typed(`${EU}/file-type/${format}`, 'dcterms:MediaTypeOrExtent');
  }
  for (const media of new Set(distributions.map((d) => d.media))) {
    typed(`https://www.iana.org/assignments/media-types/${media}`, 'dcterms:MediaType');
  }
  typed(home, 'foaf:Document');
  return toXmlDocument(root);
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
