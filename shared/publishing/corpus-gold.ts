// A corrected case's stored documents + its corrections in force → for each document, its gold
// record in the corpus schema (test/fixtures/corpus/SCHEMA.md): what the extractor read from that
// PDF with the archivists' corrections of it applied. A correction is applied to the document its
// published value came from (the one that spoke for that field), so the gold stays the PDF's own.
import type { StoredCaseDocument } from '../model/case-document.ts';
import type { ExtractedCase } from '../model/case-record.ts';
import type { Correction } from '../model/correction.ts';
import { applyCorrections, inForce, parseCorrectionPath, sameBody } from './apply-corrections.ts';
import { byAuthority } from './build-case-record.ts';

/** One gold file: `file` and exactly the gold schema's fields, in its order. */
export interface GoldRecord {
  file: string;
  municipality: string | null;
  documentType: ExtractedCase['documentType'];
  documentNumber: string | null;
  rotel: string | null;
  diarienummer: string | null;
  title: string | null;
  subject: {
    kind: ExtractedCase['subject']['kind'];
    reference: string | null;
    from: string | null;
    authors: { name: string; party: string | null }[];
  };
  proposedDecision: string[];
  outcome: ExtractedCase['outcome'];
  presenter: string | null;
  decisionBody: string | null;
  proposedBy: string | null;
  date: string | null;
  signatories: string[];
  consultations: {
    body: string;
    bodyType: ExtractedCase['consultations'][number]['bodyType'];
    stance: ExtractedCase['consultations'][number]['stance'];
    meetingDate: string | null;
    statementDate: string | null;
  }[];
  reservations: ExtractedCase['reservations'];
}

/** An extraction in the gold schema: provenance (evidence, page, confidence, partyCode) dropped. */
export function goldRecordOf(extracted: ExtractedCase, file: string): GoldRecord {
  const e = extracted;
  return {
    file,
    municipality: e.municipality,
    documentType: e.documentType,
    documentNumber: e.documentNumber,
    rotel: e.rotel,
    diarienummer: e.diarienummer,
    title: e.title,
    subject: {
      kind: e.subject.kind,
      reference: e.subject.reference,
      from: e.subject.from,
      authors: e.subject.authors.map((a) => ({ name: a.name, party: a.party })),
    },
    proposedDecision: [...e.proposedDecision],
    outcome: e.outcome,
    presenter: e.presenter,
    decisionBody: e.decisionBody,
    proposedBy: e.proposedBy,
    date: e.date,
    signatories: [...e.signatories],
    consultations: e.consultations.map((c) => ({
      body: c.body,
      bodyType: c.bodyType,
      stance: c.stance,
      meetingDate: c.meetingDate,
      statementDate: c.statementDate,
    })),
    reservations: e.reservations.map((r) => ({ ...r, parties: [...r.parties], names: [...r.names] })),
  };
}

const isEmpty = (v: unknown) => v === null || (Array.isArray(v) && v.length === 0);

/** The document whose extraction the published value at `path` came from (as the merge picks it). */
function sourceOf(path: string, ordered: readonly StoredCaseDocument[]): StoredCaseDocument | undefined {
  const target = parseCorrectionPath(path);
  if (!target) return undefined;
  if (target.kind === 'consultation')
    return ordered.find((d) => d.extracted.consultations.some((c) => sameBody(c.body, target.body)));
  const fieldOf = (d: StoredCaseDocument) =>
    target.kind === 'case' ? d.extracted[target.field] : d.extracted.subject[target.field];
  return ordered.find((d) => !isEmpty(fieldOf(d))) ?? ordered[0];
}

export interface GoldDocument {
  document: StoredCaseDocument;
  gold: ExtractedCase;
  /** The fields of this document an archivist set (corrected, confirmed, its Dnr entered). */
  corrected: string[];
}

/** Each document of the case with its corrections applied; documents nobody corrected are left out. */
export function goldDocumentsOf(
  documents: readonly StoredCaseDocument[],
  corrections: readonly Correction[],
): GoldDocument[] {
  const ordered = [...documents].sort(byAuthority);
  const active = inForce(corrections);
  return ordered.flatMap((document) => {
    const own = active.filter((c) => sourceOf(c.path, ordered) === document);
    const { content, applied } = applyCorrections(document.extracted, own);
    const corrected = [...(document.identity ? ['diarienummer'] : []), ...applied.map((c) => c.path)];
    if (corrected.length === 0) return [];
    const gold: ExtractedCase = {
      ...content,
      consultations: content.consultations.map(({ corrected: _marked, ...c }) => c),
    };
    return [{ document, gold, corrected }];
  });
}
