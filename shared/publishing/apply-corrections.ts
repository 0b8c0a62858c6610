// An extracted case + archivists' corrections → the corrected content, the corrections applied
// (with what the extractor had read) and those whose field no longer exists (a body the extractor
// now names differently). Pure; which fields can be corrected and with what values is decided here.
import type { z } from 'zod';
import {
  type AppliedCorrection,
  type CaseConsultation,
  type Consultation,
  ConsultationSchema,
  type CorrectionValue,
  type ExtractedCase,
  ExtractedCaseSchema,
  SubjectSchema,
} from '../model/case-record.ts';
import type { Correction } from '../model/correction.ts';

/** Case fields an archivist may set. Not `diarienummer`/`municipality`: they make the case id. */
const CASE_FIELDS = [
  'documentType',
  'documentNumber',
  'rotel',
  'title',
  'outcome',
  'presenter',
  'decisionBody',
  'proposedBy',
  'date',
  'proposedDecision',
  'signatories',
] as const;
const SUBJECT_FIELDS = ['kind', 'reference', 'from'] as const;
const CONSULTATION_FIELDS = ['stance', 'bodyType', 'meetingDate', 'statementDate'] as const;

type CaseField = (typeof CASE_FIELDS)[number];
type SubjectField = (typeof SUBJECT_FIELDS)[number];
export type ConsultationField = (typeof CONSULTATION_FIELDS)[number];

export type CorrectionTarget =
  | { kind: 'case'; field: CaseField }
  | { kind: 'subject'; field: SubjectField }
  | { kind: 'consultation'; body: string; field: ConsultationField };

const CONSULTATION_PATH = /^consultations\[(?<body>[^\]]+)\]\.(?<field>\w+)$/u;

const isOneOf = <T extends string>(list: readonly T[], value: string): value is T =>
  (list as readonly string[]).includes(value);

/** `title`, `subject.kind`, `consultations[Trafiknämnden].stance` → what it names; null if nothing correctable. */
export function parseCorrectionPath(path: string): CorrectionTarget | null {
  if (isOneOf(CASE_FIELDS, path)) return { kind: 'case', field: path };
  if (path.startsWith('subject.')) {
    const field = path.slice('subject.'.length);
    return isOneOf(SUBJECT_FIELDS, field) ? { kind: 'subject', field } : null;
  }
  const match = CONSULTATION_PATH.exec(path);
  const body = match?.groups?.body?.trim();
  const field = match?.groups?.field ?? '';
  // a bare number is the extractor's index (`consultations[2].stance`), which moves between readings
  if (!body || /^\d+$/.test(body) || !isOneOf(CONSULTATION_FIELDS, field)) return null;
  return { kind: 'consultation', body, field };
}

/** The path of a consultation's field, keyed by the body's name (stable across re-extraction). */
export const consultationPath = (body: string, field: ConsultationField) => `consultations[${body}].${field}`;

/** The schema a value for the target must satisfy: the record's own schema for that field. */
export function valueSchemaOf(target: CorrectionTarget): z.ZodType<CorrectionValue> {
  if (target.kind === 'case') return ExtractedCaseSchema.shape[target.field] as z.ZodType<CorrectionValue>;
  if (target.kind === 'subject') return SubjectSchema.shape[target.field] as z.ZodType<CorrectionValue>;
  return ConsultationSchema.shape[target.field] as z.ZodType<CorrectionValue>;
}

export type CorrectionCheck =
  | { ok: true; target: CorrectionTarget; value: CorrectionValue }
  | { ok: false; message: string };

/** Whether `value` may be set at `path`; the message names what is wrong. */
export function checkCorrection(path: string, value: unknown): CorrectionCheck {
  const target = parseCorrectionPath(path);
  if (!target)
    return {
      ok: false,
      message: `path ${JSON.stringify(path.slice(0, 100))} names no correctable field (e.g. title, subject.kind, consultations[Body].stance)`,
    };
  const parsed = valueSchemaOf(target).safeParse(value);
  if (!parsed.success)
    return { ok: false, message: `value for ${path}: ${parsed.error.issues[0]?.message ?? 'invalid'}` };
  return { ok: true, target, value: parsed.data };
}

/** The value published (or extracted) at a correctable path; null when there is no such field. */
export function valueAtPath(
  record: Pick<ExtractedCase, 'subject'> &
    Record<string, unknown> & { consultations: readonly Consultation[] },
  path: string,
): CorrectionValue {
  const target = parseCorrectionPath(path);
  if (!target) return null;
  if (target.kind === 'case') return record[target.field] as CorrectionValue;
  if (target.kind === 'subject') return record.subject[target.field] as CorrectionValue;
  const consultation = record.consultations.find((c) => sameBody(c.body, target.body));
  return consultation ? consultation[target.field] : null;
}

/** Body names compare as people read them: case, width and spacing aside. */
export const sameBody = (a: string, b: string) => foldBody(a) === foldBody(b);
const foldBody = (name: string) => name.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();

export interface CorrectedContent {
  content: Omit<ExtractedCase, 'consultations'> & { consultations: CaseConsultation[] };
  applied: AppliedCorrection[];
  /** Corrections in force whose field the extraction no longer has. */
  unmatched: Correction[];
}

/** The correction in force per path: active ones only, the latest of each path. */
export function inForce(corrections: readonly Correction[]): Correction[] {
  const latest = new Map<string, Correction>();
  const active = corrections
    .filter((c) => c.status === 'active')
    .sort((a, b) => (a.correctionId < b.correctionId ? -1 : 1));
  for (const correction of active) {
    const target = parseCorrectionPath(correction.path);
    if (!target) continue;
    const key =
      target.kind === 'consultation' ? `c\0${foldBody(target.body)}\0${target.field}` : correction.path;
    latest.delete(key);
    latest.set(key, correction);
  }
  return [...latest.values()].sort((a, b) => (a.correctionId < b.correctionId ? -1 : 1));
}

/** Applies the corrections in force over a (merged) extraction. Never mutates its input. */
export function applyCorrections(
  extracted: ExtractedCase,
  corrections: readonly Correction[],
): CorrectedContent {
  const content = {
    ...structuredClone(extracted),
    consultations: extracted.consultations.map((c) => ({
      ...structuredClone(c),
      corrected: [] as string[],
    })),
  };
  const applied: AppliedCorrection[] = [];
  const unmatched: Correction[] = [];
  for (const correction of inForce(corrections)) {
    const check = checkCorrection(correction.path, correction.value);
    if (!check.ok) {
      unmatched.push(correction);
      continue;
    }
    const { target, value } = check;
    let before: CorrectionValue;
    if (target.kind === 'case') {
      before = content[target.field] as CorrectionValue;
      (content as Record<string, unknown>)[target.field] = structuredClone(value);
    } else if (target.kind === 'subject') {
      before = content.subject[target.field] as CorrectionValue;
      (content.subject as Record<string, unknown>)[target.field] = value;
    } else {
      const consultation = content.consultations.find((c) => sameBody(c.body, target.body));
      if (!consultation) {
        unmatched.push(correction);
        continue;
      }
      before = consultation[target.field];
      (consultation as Record<string, unknown>)[target.field] = value;
      // a person read the stance: it is certain (or, set to null, not in the document at all)
      if (target.field === 'stance') consultation.confidence = value === null ? null : 1;
      if (!consultation.corrected.includes(target.field)) consultation.corrected.push(target.field);
    }
    applied.push({
      id: correction.correctionId,
      path: correction.path,
      value: structuredClone(value),
      extracted: structuredClone(before),
      note: correction.note,
      by: correction.by,
      at: correction.at,
    });
  }
  return { content, applied, unmatched };
}
