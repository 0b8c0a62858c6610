// A case's stored documents (each with its own extraction) + archivists' corrections → the
// published case record and a hash of its public content. Pure and order-independent, so
// concurrent or out-of-order ingests of one case always converge on the same record; no clock:
// `now` is passed in.
import { createHash } from 'node:crypto';
import type { StoredCaseDocument } from '../model/case-document.ts';
import {
  type AppliedCorrection,
  type CaseRecord,
  CaseRecordSchema,
  type ExtractedCase,
} from '../model/case-record.ts';
import type { Correction } from '../model/correction.ts';
import { stripXmlForbiddenDeep } from '../model/xml-chars.ts';
import { applyCorrections } from './apply-corrections.ts';

export interface PublishedCase {
  record: CaseRecord;
  contentHash: string;
  /** Corrections in force that matched no field of this extraction (shown to archivists). */
  unmatched: Correction[];
}

/** The document that speaks for the case: the latest signing date, then the latest upload. */
export function byAuthority(a: StoredCaseDocument, b: StoredCaseDocument): number {
  const da = a.extracted.date ?? '';
  const db = b.extracted.date ?? '';
  if (da !== db) return da < db ? 1 : -1;
  if (a.document.uploadedAt !== b.document.uploadedAt)
    return a.document.uploadedAt < b.document.uploadedAt ? 1 : -1;
  return a.document.sha256 < b.document.sha256 ? 1 : -1;
}

const isEmpty = (v: unknown): boolean => v === null || (Array.isArray(v) && v.length === 0);

/** Fields of the primary document win; a field it left empty is filled from the next document. */
function mergeExtractions(ordered: readonly ExtractedCase[]): ExtractedCase {
  const [primary, ...rest] = ordered;
  if (!primary) throw new Error('a case needs at least one document');
  const merged: ExtractedCase = structuredClone(primary);
  const target = merged as unknown as Record<string, unknown>;
  for (const key of Object.keys(merged) as (keyof ExtractedCase)[]) {
    if (key === 'subject') continue;
    if (!isEmpty(merged[key])) continue;
    const donor = rest.find((d) => !isEmpty(d[key]));
    if (donor) target[key] = structuredClone(donor[key]);
  }
  const subject = merged.subject as unknown as Record<string, unknown>;
  for (const key of Object.keys(merged.subject) as (keyof ExtractedCase['subject'])[]) {
    if (!isEmpty(merged.subject[key])) continue;
    const donor = rest.find((d) => !isEmpty(d.subject[key]));
    if (donor) subject[key] = structuredClone(donor.subject[key]);
  }
  return merged;
}

export function hashContent(value: unknown): string {
  return createHash('sha256').update(JSON.stringify(value)).digest('hex');
}

export interface BuildCaseInput {
  id: string;
  documents: readonly StoredCaseDocument[];
  /** Every stored correction of the case; those in force are applied over the extraction. */
  corrections?: readonly Correction[];
  previous: CaseRecord | null;
  now: string;
}

/**
 * Builds the record. `revision`/`updatedAt` move only when the public content changes (a
 * correction made or withdrawn is such a change); the extractor's own bookkeeping (version,
 * warnings) is not public content and never bumps them.
 */
export function buildCaseRecord({
  id,
  documents,
  corrections = [],
  previous,
  now,
}: BuildCaseInput): PublishedCase {
  const ordered = [...documents].sort(byAuthority);
  const primary = ordered[0];
  if (!primary) throw new Error(`case ${id} has no documents`);
  const {
    content: extracted,
    applied,
    unmatched,
  } = applyCorrections(mergeExtractions(ordered.map((d) => d.extracted)), corrections);
  // a Dnr an archivist entered (the document had none) is provenance like any correction
  const named = ordered.find((d) => d.identity);
  const identity: AppliedCorrection[] = named?.identity
    ? [
        {
          id: `dnr-${named.document.sha256.slice(0, 16)}`,
          path: 'diarienummer',
          value: named.identity.diarienummer,
          extracted: null,
          note: named.identity.note,
          by: named.identity.by,
          at: named.identity.at,
        },
      ]
    : [];
  const sourceDocuments = [...documents]
    .map((d) => d.document)
    .sort((a, b) =>
      a.uploadedAt === b.uploadedAt ? (a.sha256 < b.sha256 ? -1 : 1) : a.uploadedAt < b.uploadedAt ? -1 : 1,
    );
  // a NUL or BEL read from a PDF (or in a file name) would make every XML rendering ill-formed
  const content = PublicContentSchema.parse(
    stripXmlForbiddenDeep({
      id,
      ...extracted,
      corrections: [...identity, ...applied],
      documents: sourceDocuments,
      deleted: false,
    }),
  );
  const contentHash = hashContent(content);
  const unchanged = previous !== null && hashContent(publicContentOf(previous)) === contentHash;
  const record = CaseRecordSchema.parse({
    ...content,
    revision: unchanged ? previous.revision : (previous?.revision ?? 0) + 1,
    createdAt: previous?.createdAt ?? now,
    updatedAt: unchanged ? previous.updatedAt : laterOf(now, previous?.updatedAt),
    extractor: stripXmlForbiddenDeep({ version: primary.extractorVersion, warnings: primary.warnings }),
  });
  return { record, contentHash, unmatched };
}

/** The part of a record whose change is news for feed clients; parsing fixes the key order. */
const PublicContentSchema = CaseRecordSchema.omit({
  revision: true,
  createdAt: true,
  updatedAt: true,
  extractor: true,
});

export function publicContentOf(record: CaseRecord): unknown {
  return PublicContentSchema.parse(record);
}

/** updatedAt must strictly increase per case, even if two writers' clocks disagree. */
function laterOf(now: string, previous: string | undefined): string {
  if (!previous || now > previous) return now;
  return new Date(Date.parse(previous) + 1).toISOString();
}
