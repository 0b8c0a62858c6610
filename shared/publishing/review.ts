// A published record + its stored documents (with the extractor's issues) + corrections that
// matched nothing → what of the case waits for a person, most useful first, and the case's place
// in the queue. Pure. A field an archivist corrected or confirmed never waits again.
import type { StoredCaseDocument } from '../model/case-document.ts';
import {
  type CaseRecord,
  type CorrectionValue,
  type ExtractionIssue,
  STANCE_CERTAIN_THRESHOLD,
} from '../model/case-record.ts';
import type { Correction } from '../model/correction.ts';
import { type CaseReview, REVIEW_KINDS, type ReviewItem, type ReviewKind } from '../model/review-item.ts';
import {
  type ConsultationField,
  consultationPath,
  parseCorrectionPath,
  sameBody,
  valueAtPath,
} from './apply-corrections.ts';
import { byAuthority } from './build-case-record.ts';

const INDEXED_CONSULTATION = /^consultations\[(?<index>\d+)\]\.(?<field>\w+)$/u;

/** An issue's path as a correction names it: `consultations[2].stance` → `consultations[Body].stance`. */
function correctionPathOf(issue: ExtractionIssue, doc: StoredCaseDocument): string | null {
  const indexed = INDEXED_CONSULTATION.exec(issue.path);
  if (indexed?.groups) {
    const body = doc.extracted.consultations[Number(indexed.groups.index)]?.body;
    return body ? consultationPath(body, indexed.groups.field as ConsultationField) : null;
  }
  return parseCorrectionPath(issue.path) ? issue.path : null;
}

const isEmpty = (v: CorrectionValue) => v === null || (Array.isArray(v) && v.length === 0);

const documentRef = (doc: StoredCaseDocument | undefined) =>
  doc ? { sha256: doc.document.sha256, fileName: doc.document.fileName, url: doc.document.url } : null;

/** The items of one case, in queue order; empty when nothing waits for a person. */
export function reviewItemsOf(
  record: CaseRecord,
  documents: readonly StoredCaseDocument[],
  unmatched: readonly Correction[] = [],
): ReviewItem[] {
  const ordered = [...documents].sort(byAuthority);
  const corrected = new Set(record.corrections.map((c) => c.path));
  const isCorrected = (path: string) => {
    if (corrected.has(path)) return true;
    const target = parseCorrectionPath(path);
    if (target?.kind !== 'consultation') return false;
    const consultation = record.consultations.find((c) => sameBody(c.body, target.body));
    return consultation?.corrected.includes(target.field) ?? false;
  };
  const items = new Map<string, ReviewItem>();
  const put = (kind: ReviewKind, path: string, extra: Partial<ReviewItem>) => {
    const existing = items.get(path);
    if (existing) {
      // the more pressing kind wins; the issues of both are kept
      if (REVIEW_KINDS.indexOf(kind) < REVIEW_KINDS.indexOf(existing.kind)) existing.kind = kind;
      existing.issues.push(...(extra.issues ?? []));
      return;
    }
    items.set(path, {
      kind,
      path,
      value: valueAtPath(record, path),
      confidence: null,
      evidence: null,
      page: null,
      document: null,
      issues: [],
      correctionId: null,
      ...extra,
    });
  };

  for (const consultation of record.consultations) {
    const path = consultationPath(consultation.body, 'stance');
    if (consultation.corrected.includes('stance')) continue;
    const source = ordered.find((d) =>
      d.extracted.consultations.some(
        (c) => sameBody(c.body, consultation.body) && c.evidence === consultation.evidence,
      ),
    );
    const where = {
      confidence: consultation.confidence,
      evidence: consultation.evidence,
      page: consultation.page,
      document: documentRef(source ?? ordered[0]),
    };
    if (consultation.stance === null) put('stance_missing', path, where);
    else if ((consultation.confidence ?? 0) < STANCE_CERTAIN_THRESHOLD) put('low_confidence', path, where);
  }

  for (const doc of ordered) {
    for (const issue of doc.warnings) {
      const path = correctionPathOf(issue, doc);
      if (!path || isCorrected(path)) continue;
      const value = valueAtPath(record, path);
      // a gap this document left that another one filled is no gap in the case
      if (issue.code === 'missing_field' && !isEmpty(value)) continue;
      const kind: ReviewKind = issue.code === 'summary_disagrees' ? 'disagreement' : 'field_issue';
      const target = parseCorrectionPath(path);
      if (target?.kind === 'consultation' && !record.consultations.some((c) => sameBody(c.body, target.body)))
        continue;
      put(kind, path, {
        page: issue.page,
        document: documentRef(doc),
        issues: [{ code: issue.code, message: issue.message }],
      });
    }
  }

  for (const correction of unmatched) {
    items.set(`unmatched\0${correction.correctionId}`, {
      kind: 'correction_unmatched',
      path: correction.path,
      value: correction.value,
      confidence: null,
      evidence: null,
      page: null,
      document: null,
      issues: [
        {
          code: 'correction_unmatched',
          message: `the correction of ${correction.path} by ${correction.by} (${correction.at.slice(0, 10)}) finds no such field in the current extraction`,
        },
      ],
      correctionId: correction.correctionId,
    });
  }

  return [...items.values()].sort(
    (a, b) =>
      REVIEW_KINDS.indexOf(a.kind) - REVIEW_KINDS.indexOf(b.kind) ||
      (a.confidence ?? 0) - (b.confidence ?? 0) ||
      (a.path < b.path ? -1 : a.path > b.path ? 1 : 0),
  );
}

/** The case's review, or null when nothing in it waits for a person. */
export function caseReviewOf(
  record: CaseRecord,
  documents: readonly StoredCaseDocument[],
  unmatched: readonly Correction[] = [],
): CaseReview | null {
  if (record.deleted) return null;
  const items = reviewItemsOf(record, documents, unmatched);
  if (items.length === 0) return null;
  return {
    caseId: record.id,
    title: record.title,
    diarienummer: record.diarienummer,
    revision: record.revision,
    updatedAt: record.updatedAt,
    items,
  };
}

/**
 * The case's place in the queue, as a string that sorts: its most pressing kind, then the lowest
 * confidence among those items, then the longest waiting.
 */
export function reviewRankOf(review: CaseReview): string {
  const first = review.items[0];
  const tier = first ? REVIEW_KINDS.indexOf(first.kind) : REVIEW_KINDS.length;
  const confidence = Math.round((first?.confidence ?? 0) * 100);
  return `${tier}#${String(confidence).padStart(3, '0')}#${review.updatedAt}#${review.caseId}`;
}
