// Frictionless checks for tests, offline: a descriptor against the published Data Package / Table
// Schema 2.0 JSON Schemas (copied into test/fixtures/frictionless/2.0), and CSV rows against the
// field definitions they claim (required, enum, type), as a Frictionless validator would read them.
import fs from 'node:fs';
import { Ajv } from 'ajv';
import addFormats from 'ajv-formats';
import { parse } from 'csv-parse/sync';

const schemaFile = (name: string) =>
  JSON.parse(fs.readFileSync(new URL(`../fixtures/frictionless/2.0/${name}`, import.meta.url), 'utf8'));

const ajv = new Ajv({ strict: false, allErrors: true });
addFormats.default(ajv);
const validatePackage = ajv.compile(schemaFile('datapackage.json'));
const validateTableSchema = ajv.compile(schemaFile('tableschema.json'));

const errorsOf = (validate: typeof validatePackage) =>
  (validate.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message ?? ''}`);

export function datapackageErrors(descriptor: unknown): string[] {
  return validatePackage(descriptor) ? [] : errorsOf(validatePackage);
}

export function tableSchemaErrors(schema: unknown): string[] {
  return validateTableSchema(schema) ? [] : errorsOf(validateTableSchema);
}

interface Field {
  name: string;
  type: string;
  constraints?: { required?: boolean; enum?: string[] };
}

const TYPE_CHECKS: Record<string, (cell: string) => boolean> = {
  string: () => true,
  integer: (cell) => /^-?\d+$/.test(cell),
  number: (cell) => cell.trim() !== '' && Number.isFinite(Number(cell)),
  boolean: (cell) => cell === 'true' || cell === 'false',
  date: (cell) => /^\d{4}-\d{2}-\d{2}$/.test(cell),
  datetime: (cell) => /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/.test(cell),
};

/** Every violation of the fields' type, required and enum constraints in a CSV (BOM allowed). */
export function tableErrors(
  csv: string,
  schema: { fields: Field[]; missingValues?: string[] },
  dialect: { delimiter?: string } = {},
): string[] {
  const rows: string[][] = parse(csv.replace(/^\ufeff/, ''), { delimiter: dialect.delimiter ?? ',' });
  const [header, ...data] = rows;
  const errors: string[] = [];
  if (JSON.stringify(header) !== JSON.stringify(schema.fields.map((f) => f.name))) {
    errors.push(`header ${JSON.stringify(header)} differs from the fields`);
  }
  const missing = new Set(schema.missingValues ?? ['']);
  data.forEach((row, r) => {
    schema.fields.forEach((field, i) => {
      const cell = row[i] ?? '';
      const at = `row ${r + 2} ${field.name}`;
      if (missing.has(cell)) {
        if (field.constraints?.required) errors.push(`${at}: required but empty`);
        return;
      }
      if (!(TYPE_CHECKS[field.type] ?? (() => false))(cell))
        errors.push(`${at}: "${cell}" is not a ${field.type}`);
      const allowed = field.constraints?.enum;
      if (allowed && !allowed.includes(cell)) errors.push(`${at}: "${cell}" is not one of the enum`);
    });
  });
  return errors;
}
