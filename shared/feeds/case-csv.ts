// Case records → the columns of cases.csv (one row per case) and consultations.csv (one row per
// case × consulted body). Column order follows the case record schema's field order.
import type { CaseRecord, Consultation } from '../model/case-record.ts';
import type { CsvColumn } from './csv.ts';

export const CASE_COLUMNS: readonly CsvColumn<CaseRecord>[] = [
  { header: 'id', value: (r) => r.id },
  { header: 'municipality', value: (r) => r.municipality },
  { header: 'documentType', value: (r) => r.documentType },
  { header: 'documentNumber', value: (r) => r.documentNumber },
  { header: 'rotel', value: (r) => r.rotel },
  { header: 'diarienummer', value: (r) => r.diarienummer },
  { header: 'title', value: (r) => r.title },
  { header: 'subjectKind', value: (r) => r.subject.kind },
  { header: 'subjectReference', value: (r) => r.subject.reference },
  { header: 'subjectFrom', value: (r) => r.subject.from },
  {
    header: 'authors',
    value: (r) => r.subject.authors.map((a) => (a.party ? `${a.name} (${a.party})` : a.name)),
  },
  { header: 'parties', value: (r) => [...new Set(r.subject.authors.map((a) => a.partyCode))] },
  { header: 'proposedDecision', value: (r) => r.proposedDecision },
  { header: 'outcome', value: (r) => r.outcome },
  { header: 'presenter', value: (r) => r.presenter },
  { header: 'decisionBody', value: (r) => r.decisionBody },
  { header: 'proposedBy', value: (r) => r.proposedBy },
  { header: 'date', value: (r) => r.date },
  { header: 'signatories', value: (r) => r.signatories },
  { header: 'consultedBodies', value: (r) => r.consultations.map((c) => c.body) },
  { header: 'stances', value: (r) => r.consultations.map((c) => `${c.body}: ${c.stance ?? 'unknown'}`) },
  { header: 'reservations', value: (r) => r.reservations.map((x) => `${x.kind} (${x.parties.join(', ')})`) },
  { header: 'documents', value: (r) => r.documents.map((d) => d.url) },
  { header: 'revision', value: (r) => r.revision },
  { header: 'createdAt', value: (r) => r.createdAt },
  { header: 'updatedAt', value: (r) => r.updatedAt },
];

export interface ConsultationRow {
  record: CaseRecord;
  consultation: Consultation;
}

export const CONSULTATION_COLUMNS: readonly CsvColumn<ConsultationRow>[] = [
  { header: 'caseId', value: (r) => r.record.id },
  { header: 'diarienummer', value: (r) => r.record.diarienummer },
  { header: 'title', value: (r) => r.record.title },
  { header: 'date', value: (r) => r.record.date },
  { header: 'body', value: (r) => r.consultation.body },
  { header: 'bodyType', value: (r) => r.consultation.bodyType },
  { header: 'stance', value: (r) => r.consultation.stance },
  { header: 'meetingDate', value: (r) => r.consultation.meetingDate },
  { header: 'statementDate', value: (r) => r.consultation.statementDate },
  { header: 'evidence', value: (r) => r.consultation.evidence },
];

export const toConsultationRows = (records: readonly CaseRecord[]): ConsultationRow[] =>
  records.flatMap((record) => record.consultations.map((consultation) => ({ record, consultation })));
