// Query parameters of /v1/cases (and its CSV/consultation views) → a validated query and a
// predicate over case records. Pure. Bad values fail zod with the parameter's name as the path.
import { z } from 'zod';
import { type CaseRecord, DocumentTypeSchema, OutcomeSchema, StanceSchema } from '../model/case-record.ts';
import { IngestStatusSchema } from '../model/ingest-record.ts';
import { matchTitle } from '../search/search-index.ts';
import { parseSearchQuery } from '../search/search-query.ts';

const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date YYYY-MM-DD')
  .refine((s) => {
    const d = new Date(`${s}T00:00:00Z`);
    return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
  }, 'expected a real calendar date YYYY-MM-DD');
const isoInstant = z
  .string()
  .refine(
    (s) => /^\d{4}-\d{2}-\d{2}(T[\d:.]+(Z|[+-]\d{2}:?\d{2})?)?$/.test(s) && !Number.isNaN(Date.parse(s)),
    {
      message: 'expected an ISO 8601 date or timestamp',
    },
  );

/** The filters every case selection takes; each description is the parameter's documentation. */
const CASE_FILTERS = {
  updatedSince: isoInstant
    .optional()
    .describe('only cases whose updatedAt is at or after this ISO 8601 date or instant'),
  from: isoDate.optional().describe('case date (YYYY-MM-DD) on or after'),
  to: isoDate.optional().describe('case date (YYYY-MM-DD) on or before'),
  rotel: z
    .string()
    .regex(/^[IVXivx+ ]{1,20}$/, 'expected a roman numeral such as VI')
    .optional()
    .describe('rotel (department) as a roman numeral, e.g. VI'),
  party: z
    .string()
    .min(1)
    .max(20)
    .optional()
    .describe('party letters of an author or a reservation, e.g. MP'),
  body: z.string().min(1).max(200).optional().describe('consulted body, case-insensitive substring'),
  stance: StanceSchema.optional().describe('a consulted body (or the one named by `body`) took this stance'),
  outcome: OutcomeSchema.optional().describe('decision outcome'),
  documentType: DocumentTypeSchema.optional().describe('document type'),
  q: z
    .string()
    .min(1)
    .max(200)
    .optional()
    .describe(
      'full-text search of the title and the documents’ text, Swedish stems (hemtjänsten finds hemtjänst): every word must match; `"a phrase"` in order, `cykel*` as a prefix. Results carry `match: { snippet, page, document, highlights }`',
    ),
};

const sort = z
  .enum(['relevance', 'updated', 'date'])
  .optional()
  .describe(
    'order: `updated` (last change, newest first; the default without `q`), `date` (the case’s date, newest first, undated last), `relevance` (best match first; the default with `q`)',
  );

const limit = z.coerce.number().int().min(1).max(1000).default(100).describe('page size, 1–1000');
const cursor = (boundTo: string) =>
  z.string().min(1).max(2000).optional().describe(`opaque cursor from \`next\`; bound to ${boundTo}`);
const sep = z
  .enum(['comma', 'semicolon'])
  .optional()
  .describe('`semicolon` for Swedish Excel (default `comma`)');

const fromNotAfterTo = (q: { from?: string | undefined; to?: string | undefined }) =>
  !q.from || !q.to || q.from <= q.to;
const DATE_ORDER = { message: 'must not be before from', path: ['to'] };

/** /v1/cases, /v1/cases.atom, /v1/consultations and the portal: filters and a page. */
export const CaseQuerySchema = z
  .strictObject({ ...CASE_FILTERS, sort, limit, cursor: cursor('the filters') })
  .refine(fromNotAfterTo, DATE_ORDER);
/** The CSV views: the same, plus the separator. */
export const CaseCsvQuerySchema = z
  .strictObject({ ...CASE_FILTERS, sort, limit, cursor: cursor('the filters'), sep })
  .refine(fromNotAfterTo, DATE_ORDER);
/** /v1/bodies: aggregates over the whole selection, so no paging. */
export const CaseFilterSchema = z.strictObject(CASE_FILTERS).refine(fromNotAfterTo, DATE_ORDER);
export type CaseQuery = z.infer<typeof CaseCsvQuerySchema>;
export type CaseFilter = z.infer<typeof CaseFilterSchema>;

/** One case's consultations as CSV. */
export const SeparatorQuerySchema = z.strictObject({ sep });

/** /v1/changes: `since` is strict (changes after it); the cursor carries the last position. */
export const ChangesQuerySchema = z.strictObject({
  since: isoInstant.optional().describe('ISO 8601 instant: changes strictly after it'),
  limit,
  cursor: cursor('`since`'),
});

export const IngestQuerySchema = z.strictObject({
  status: IngestStatusSchema.optional().describe('ingest status'),
  key: z.string().min(1).max(1024).optional().describe('object key of the upload'),
  sha256: z
    .string()
    .regex(/^[0-9a-f]{64}$/, 'expected a hex sha256')
    .optional()
    .describe('sha256 of the uploaded bytes'),
  limit,
  cursor: cursor('the other parameters'),
});

/** Does this consultation match the query's body/stance filters (rows of /v1/consultations)? */
export function matchesConsultation(c: CaseRecord['consultations'][number], query: CaseFilter): boolean {
  if (query.body && !fold(c.body).includes(fold(query.body))) return false;
  if (query.stance && c.stance !== query.stance) return false;
  return true;
}

const fold = (s: string) => s.normalize('NFC').toLocaleLowerCase('sv');

/** The filter part of a query, stable across pages: what a cursor is bound to. */
export function filterKey(query: CaseFilter & Partial<Pick<CaseQuery, 'limit' | 'cursor' | 'sep'>>): string {
  const { limit: _l, cursor: _c, sep: _s, ...filters } = query;
  return JSON.stringify(Object.entries(filters).sort(([a], [b]) => a.localeCompare(b)));
}

export function matchesCase(record: CaseRecord, query: CaseFilter): boolean {
  if (record.deleted) return false;
  if (query.updatedSince && record.updatedAt < new Date(query.updatedSince).toISOString()) return false;
  if (query.from && (!record.date || record.date < query.from)) return false;
  if (query.to && (!record.date || record.date > query.to)) return false;
  if (query.rotel && fold(record.rotel ?? '') !== fold(query.rotel.replace(/\s+/g, ''))) return false;
  if (query.documentType && record.documentType !== query.documentType) return false;
  if (query.outcome && record.outcome !== query.outcome) return false;
  if (query.party) {
    const party = fold(query.party);
    const parties = [
      ...record.subject.authors.map((a) => a.party),
      ...record.reservations.flatMap((r) => r.parties),
    ];
    if (!parties.some((p) => p !== null && fold(p) === party)) return false;
  }
  if (query.body || query.stance) {
    const body = query.body ? fold(query.body) : null;
    const hit = record.consultations.some(
      (c) => (body === null || fold(c.body).includes(body)) && (!query.stance || c.stance === query.stance),
    );
    if (!hit) return false;
  }
  // the words of `q` in the title; the caller adds the documents' text through the search index
  if (query.q && !matchTitle(record.title, parseSearchQuery(query.q))) return false;
  return true;
}
