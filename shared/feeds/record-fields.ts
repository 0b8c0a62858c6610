// zod schemas of the published records → flat field descriptions (name, type, vocabulary) and the
// columns of cases.csv and consultations.csv, so CSV headers, the datapackage and the docs come from
// one place. Pure. A list-of-objects field without a formatter here fails at import, not silently.
import { z } from 'zod';
import {
  type CaseConsultation,
  CaseConsultationSchema,
  type CaseRecord,
  CaseRecordSchema,
} from '../model/case-record.ts';
import type { CsvColumn } from './csv.ts';

/** Frictionless Table Schema field types used by the published columns. */
export type FieldType = 'string' | 'integer' | 'number' | 'boolean' | 'date' | 'datetime' | 'array';

export interface FieldDescription {
  name: string;
  type: FieldType;
  /** The value vocabulary when the schema is an enum (e.g. the stances). */
  enum?: readonly string[];
  required: boolean;
  /** Lists are joined with `; ` in CSV. */
  isList: boolean;
}

export interface RecordColumn<Row> extends CsvColumn<Row>, FieldDescription {}

type JsonSchema = {
  type?: string | string[];
  anyOf?: JsonSchema[];
  enum?: string[];
  pattern?: string;
  properties?: Record<string, JsonSchema>;
  items?: JsonSchema;
};

/** Timestamps are plain strings in the schema; these names hold ISO 8601 instants. */
const DATETIME_FIELDS = new Set(['createdAt', 'updatedAt', 'uploadedAt']);
const DATE_PATTERN = '^\\d{4}-\\d{2}-\\d{2}$';

/** Strips `| null` and reports whether it was there. */
function unwrapNull(node: JsonSchema): { node: JsonSchema; nullable: boolean } {
  if (node.anyOf) {
    const rest = node.anyOf.filter((n) => n.type !== 'null');
    if (rest.length === 1 && rest[0]) return { node: rest[0], nullable: rest.length < node.anyOf.length };
  }
  if (Array.isArray(node.type)) {
    const types = node.type.filter((t) => t !== 'null');
    return { node: { ...node, type: types[0] ?? 'string' }, nullable: types.length < node.type.length };
  }
  return { node, nullable: false };
}

function scalarType(name: string, node: JsonSchema): FieldType {
  if (node.type === 'integer') return 'integer';
  if (node.type === 'number') return 'number';
  if (node.type === 'boolean') return 'boolean';
  if (node.pattern === DATE_PATTERN) return 'date';
  if (DATETIME_FIELDS.has(name)) return 'datetime';
  return 'string';
}

type Formatter = (value: unknown) => string | number | boolean | null | readonly (string | null)[];

const camel = (prefix: string, key: string) =>
  prefix ? `${prefix}${key.charAt(0).toUpperCase()}${key.slice(1)}` : key;

function valueAt(row: unknown, path: readonly string[]): unknown {
  let v: unknown = row;
  for (const key of path) v = v === null || v === undefined ? v : (v as Record<string, unknown>)[key];
  return v;
}

/**
 * One column per scalar or list-of-scalars field, nested objects flattened with camelCase prefixes
 * (`subject.kind` → `subjectKind`); lists of objects need a formatter in `formatters`.
 */
export function columnsOf<Row>(
  schema: z.ZodType,
  options: {
    first?: readonly string[];
    skip?: readonly string[];
    formatters?: Record<string, Formatter>;
    types?: Record<string, FieldType>;
  } = {},
): RecordColumn<Row>[] {
  const root = z.toJSONSchema(schema, { io: 'output', unrepresentable: 'any' }) as JsonSchema;
  const columns: RecordColumn<Row>[] = [];
  const visit = (node: JsonSchema, path: string[], prefix: string) => {
    for (const [key, raw] of Object.entries(node.properties ?? {})) {
      const dotted = [...path, key].join('.');
      if (options.skip?.includes(dotted)) continue;
      const name = camel(prefix, key);
      const { node: child, nullable } = unwrapNull(raw);
      const formatter = options.formatters?.[dotted];
      const at = [...path, key];
      if (!formatter && child.type === 'object') {
        visit(child, at, name);
        continue;
      }
      const isList = child.type === 'array';
      const item = isList && child.items ? unwrapNull(child.items).node : child;
      if (isList && item.type === 'object' && !formatter) {
        throw new Error(`columnsOf: list field ${dotted} needs a formatter`);
      }
      const values = item.enum ?? child.enum;
      columns.push({
        header: name,
        name,
        type: options.types?.[dotted] ?? (isList ? 'array' : scalarType(key, child)),
        ...(values && !isList ? { enum: values } : {}),
        required: !nullable,
        isList,
        value: (row) => {
          const v = valueAt(row, at);
          if (formatter) return formatter(v);
          return v as string | number | boolean | null | readonly string[];
        },
      });
    }
  };
  visit(root, [], '');
  const first = options.first ?? [];
  const rank = (c: RecordColumn<Row>) => {
    const i = first.indexOf(c.name);
    return i === -1 ? first.length : i;
  };
  return columns
    .map((c, i) => ({ c, i }))
    .sort((a, b) => rank(a.c) - rank(b.c) || a.i - b.i)
    .map(({ c }) => c);
}

const list =
  <T>(f: (x: T) => string) =>
  (v: unknown) =>
    ((v as T[] | null) ?? []).map(f);

/** cases.csv: one row per case, the case record's fields in schema order with `id` first. */
export const CASE_COLUMNS: readonly RecordColumn<CaseRecord>[] = columnsOf<CaseRecord>(CaseRecordSchema, {
  first: ['id'],
  skip: ['deleted'],
  formatters: {
    'subject.authors': list<CaseRecord['subject']['authors'][number]>((a) =>
      a.party ? `${a.name} (${a.party})` : a.name,
    ),
    consultations: list<CaseConsultation>(
      (c) => `${c.body}: ${c.stance ?? 'unknown'}${c.corrected.includes('stance') ? ' (corrected)' : ''}`,
    ),
    corrections: list<CaseRecord['corrections'][number]>(
      (c) => `${c.path} = ${JSON.stringify(c.value)} (${c.by}, ${c.at})`,
    ),
    reservations: list<CaseRecord['reservations'][number]>((r) => `${r.kind} (${r.parties.join(', ')})`),
    documents: list<CaseRecord['documents'][number]>((d) => d.url),
    'extractor.warnings': list<CaseRecord['extractor']['warnings'][number]>((w) => w.code),
  },
});

export interface ConsultationRow {
  record: CaseRecord;
  consultation: CaseConsultation;
}

/** The case fields repeated on every consultation row (contract: id, diarienummer, title, date). */
const CASE_FIELDS_ON_CONSULTATIONS = ['id', 'diarienummer', 'title', 'date'] as const;

/** consultations.csv: one row per case × consulted body. */
export const CONSULTATION_COLUMNS: readonly RecordColumn<ConsultationRow>[] = [
  ...CASE_FIELDS_ON_CONSULTATIONS.map((name) => {
    const column = CASE_COLUMNS.find((c) => c.name === name);
    if (!column) throw new Error(`no case column ${name}`);
    const header = name === 'id' ? 'caseId' : name;
    return { ...column, header, name: header, value: (r: ConsultationRow) => column.value(r.record) };
  }),
  ...columnsOf<CaseConsultation>(CaseConsultationSchema).map((column) => ({
    ...column,
    value: (r: ConsultationRow) => column.value(r.consultation),
  })),
];

export const toConsultationRows = (records: readonly CaseRecord[]): ConsultationRow[] =>
  records.flatMap((record) => record.consultations.map((consultation) => ({ record, consultation })));

/** A consultation row as JSON (`/v1/consultations`): the same names as the CSV header. */
export const ConsultationRowSchema = CaseConsultationSchema.extend({
  caseId: CaseRecordSchema.shape.id,
  diarienummer: CaseRecordSchema.shape.diarienummer,
  title: CaseRecordSchema.shape.title,
  date: CaseRecordSchema.shape.date,
});
export type ConsultationRowJson = z.infer<typeof ConsultationRowSchema>;

export function toConsultationJson(row: ConsultationRow): ConsultationRowJson {
  return {
    caseId: row.record.id,
    diarienummer: row.record.diarienummer,
    title: row.record.title,
    date: row.record.date,
    ...row.consultation,
  };
}
