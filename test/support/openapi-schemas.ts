// The OpenAPI document's response schemas as JSON Schema 2020-12 validators (ajv): a response of
// the real API is checked against exactly what the document promises for its route and status.
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';

type Document = {
  paths: Record<string, Record<string, { responses: Record<string, { content?: Record<string, unknown> }> }>>;
};

const ID = 'https://remissvar.test/openapi.json';
const pointer = (...parts: string[]) =>
  parts.map((p) => p.replace(/~/g, '~0').replace(/\//g, '~1')).join('/');

export function createResponseValidator(document: Document) {
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  addFormats.default(ajv);
  // the whole document under one id, so the schemas' "#/components/…" refs resolve inside it
  ajv.addSchema({ ...document, $id: ID });
  /** Errors of `body` against the schema of path × status × media type; throws if none is declared. */
  return (path: string, status: number, body: unknown, mediaType = 'application/json'): string[] => {
    const response = document.paths[path]?.get?.responses[String(status)];
    if (!response?.content?.[mediaType])
      throw new Error(`the document declares no ${mediaType} ${status} for ${path}`);
    const validate = ajv.getSchema(
      `${ID}#/${pointer('paths', path, 'get', 'responses', String(status), 'content', mediaType, 'schema')}`,
    );
    if (!validate) throw new Error(`no schema compiled for ${path} ${status}`);
    if (validate(body)) return [];
    return (validate.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message ?? ''}`);
  };
}
