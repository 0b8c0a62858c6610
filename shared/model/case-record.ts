// The published case record: the gold schema of the corpus (field names in English, values in the
// document's own Swedish) plus provenance and feed bookkeeping. One zod schema is the source of
// truth for the TypeScript type, request validation, OpenAPI, CSV columns and the datapackage.
import { z } from 'zod';
import { CASE_ID_PATTERN } from './case-id.ts';

export const DOCUMENT_TYPES = [
  'utlatande',
  'tjansteutlatande',
  'remissvar',
  'protokollsutdrag',
  'skrivelse',
  'pm',
  'other',
] as const;
export const DocumentTypeSchema = z.enum(DOCUMENT_TYPES);
export type DocumentType = z.infer<typeof DocumentTypeSchema>;

export const SUBJECT_KINDS = [
  'motion',
  'remiss',
  'skrivelse',
  'hemstallan',
  'medborgarforslag',
  'forslag',
  'other',
] as const;
export const SubjectKindSchema = z.enum(SUBJECT_KINDS);

export const OUTCOMES = ['bifall', 'avslag', 'besvarad', 'delvis_bifall', 'other'] as const;
export const OutcomeSchema = z.enum(OUTCOMES);
export type Outcome = z.infer<typeof OutcomeSchema>;

export const BODY_TYPES = ['kontor', 'namnd', 'stadsdelsnamnd', 'bolag', 'rad', 'extern', 'other'] as const;
export const BodyTypeSchema = z.enum(BODY_TYPES);
export type BodyType = z.infer<typeof BodyTypeSchema>;

/** A consulted body's position on what the case proposes (see README glossary). */
/** Stances read with at least this confidence are published as certain; below it, as uncertain. */
export const STANCE_CERTAIN_THRESHOLD = 0.7;

export const STANCES = [
  'supports',
  'opposes',
  'partly',
  'no_position',
  'no_response',
  'no_objection',
  'unclear',
] as const;
export const StanceSchema = z.enum(STANCES);
export type Stance = z.infer<typeof StanceSchema>;

export const RESERVATION_KINDS = ['reservation', 'sarskilt_uttalande', 'ersattaryttrande'] as const;
export const ReservationKindSchema = z.enum(RESERVATION_KINDS);

const IsoDateSchema = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected YYYY-MM-DD');

export const AuthorSchema = z.object({
  name: z.string(),
  /** Party letters as printed (`S`, `mp`, `FP`). */
  party: z.string().nullable(),
  /** The same party upper-cased, for counting (`mp` → `MP`). */
  partyCode: z.string().nullable(),
});
export type Author = z.infer<typeof AuthorSchema>;

export const SubjectSchema = z.object({
  kind: SubjectKindSchema.nullable(),
  reference: z.string().nullable(),
  from: z.string().nullable(),
  authors: z.array(AuthorSchema),
});
export type Subject = z.infer<typeof SubjectSchema>;

export const ConsultationSchema = z.object({
  body: z.string(),
  bodyType: BodyTypeSchema,
  stance: StanceSchema.nullable(),
  meetingDate: IsoDateSchema.nullable(),
  statementDate: IsoDateSchema.nullable(),
  /** The short passage the stance was read from. */
  evidence: z.string().nullable(),
  /** 1-based page of the evidence passage. */
  page: z.number().int().positive().nullable(),
  /**
   * 0–1: how sure the reader is of the stance (calibrated on the dev corpus); null with a null
   * stance. The feed and portal mark a stance below STANCE_CERTAIN_THRESHOLD as uncertain.
   */
  confidence: z.number().min(0).max(1).nullable(),
});
export type Consultation = z.infer<typeof ConsultationSchema>;

/**
 * A consultation as published: what the extractor read, with archivists' corrections applied.
 * `corrected` names the fields of it an archivist set (corrected or confirmed); the case's
 * `corrections[]` says by whom, when and what the extractor had read. Empty for a field as read.
 */
export const CaseConsultationSchema = ConsultationSchema.extend({
  corrected: z.array(z.string()).default([]),
});
export type CaseConsultation = z.infer<typeof CaseConsultationSchema>;

export const ReservationSchema = z.object({
  kind: ReservationKindSchema,
  parties: z.array(z.string()),
  names: z.array(z.string()),
  in: z.string().nullable(),
});
export type Reservation = z.infer<typeof ReservationSchema>;

/** An issue found while extracting: data, never an exception. Shaped like zod's issues. */
export const ExtractionIssueSchema = z.object({
  code: z.string(),
  path: z.string(),
  message: z.string(),
  page: z.number().int().positive().nullable(),
});
export type ExtractionIssue = z.infer<typeof ExtractionIssueSchema>;

/** What the extractor reads from one document: exactly the gold schema's fields (plus provenance). */
export const ExtractedCaseSchema = z.object({
  municipality: z.string().nullable(),
  documentType: DocumentTypeSchema,
  documentNumber: z.string().nullable(),
  rotel: z.string().nullable(),
  diarienummer: z.string().nullable(),
  title: z.string().nullable(),
  subject: SubjectSchema,
  proposedDecision: z.array(z.string()),
  outcome: OutcomeSchema.nullable(),
  presenter: z.string().nullable(),
  decisionBody: z.string().nullable(),
  proposedBy: z.string().nullable(),
  date: IsoDateSchema.nullable(),
  signatories: z.array(z.string()),
  consultations: z.array(ConsultationSchema),
  reservations: z.array(ReservationSchema),
});
export type ExtractedCase = z.infer<typeof ExtractedCaseSchema>;

export const ExtractorInfoSchema = z.object({
  version: z.string(),
  warnings: z.array(ExtractionIssueSchema),
});

/**
 * Where a document's text was read from: its own text layer (`text`), OCR of every page (`ocr`: a
 * scan), or both (`mixed`: some pages scanned). Documents stored before OCR existed read as `text`.
 */
export const TEXT_SOURCES = ['text', 'ocr', 'mixed'] as const;
export const TextSourceSchema = z.enum(TEXT_SOURCES);
export type TextSource = z.infer<typeof TextSourceSchema>;

/** One OCR'd page: Tesseract's mean word confidence on it, 0–1. */
export const OcrPageSchema = z.object({
  page: z.number().int().positive(),
  confidence: z.number().min(0).max(1),
});
export type OcrPage = z.infer<typeof OcrPageSchema>;

/** What a document read from its own text layer says of its text: spread it into a SourceDocument. */
export function textLayerSource(): {
  textSource: TextSource;
  ocrConfidence: number | null;
  ocrPages: OcrPage[];
} {
  return { textSource: 'text', ocrConfidence: null, ocrPages: [] };
}

export const SourceDocumentSchema = z.object({
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  pages: z.number().int().nonnegative(),
  bytes: z.number().int().nonnegative(),
  fileName: z.string(),
  documentType: DocumentTypeSchema,
  uploadedAt: z.string(),
  /** Where the PDF can be fetched from the feed API (relative to the API root). */
  url: z.string(),
  textSource: TextSourceSchema.default('text'),
  /**
   * The mean OCR confidence (0–1) over the OCR'd pages, weighted by the words on each; null when no
   * page was OCR'd. Every value read from those pages is at most this sure: a consultation whose
   * evidence is on an OCR'd page has a confidence no higher than that page's.
   */
  ocrConfidence: z.number().min(0).max(1).nullable().default(null),
  /** The pages read by OCR (1-based) with each page's confidence; empty for a text-layer document. */
  ocrPages: z.array(OcrPageSchema).default([]),
});
export type SourceDocument = z.infer<typeof SourceDocumentSchema>;

/** A value an archivist may set: a field's scalar (or null), or a list of strings. */
export const CorrectionValueSchema = z.union([z.string(), z.array(z.string()), z.null()]);
export type CorrectionValue = z.infer<typeof CorrectionValueSchema>;

/** One archivist's correction as applied to the published record (see shared/model/correction.ts). */
export const AppliedCorrectionSchema = z.object({
  id: z.string(),
  /** The field it sets: `title`, `subject.kind`, `consultations[Trafiknämnden].stance`… */
  path: z.string(),
  value: CorrectionValueSchema,
  /** What the extractor had read there (the same as `value` for a confirmation). */
  extracted: CorrectionValueSchema,
  note: z.string().nullable(),
  /** The archivist (their sign-in name). */
  by: z.string(),
  at: z.string(),
});
export type AppliedCorrection = z.infer<typeof AppliedCorrectionSchema>;

/** The published record of one case (all of its documents), keyed by municipality + diarienummer. */
export const CaseRecordSchema = ExtractedCaseSchema.extend({
  id: z.string().regex(CASE_ID_PATTERN),
  consultations: z.array(CaseConsultationSchema),
  /** Archivists' corrections in force, oldest first; empty when the record is as extracted. */
  corrections: z.array(AppliedCorrectionSchema).default([]),
  documents: z.array(SourceDocumentSchema),
  revision: z.number().int().positive(),
  createdAt: z.string(),
  updatedAt: z.string(),
  extractor: ExtractorInfoSchema,
  deleted: z.boolean(),
});
export type CaseRecord = z.infer<typeof CaseRecordSchema>;

/** An empty extraction: every field null or [], used as the base and for unreadable text. */
export function emptyExtractedCase(): ExtractedCase {
  return {
    municipality: null,
    documentType: 'other',
    documentNumber: null,
    rotel: null,
    diarienummer: null,
    title: null,
    subject: { kind: null, reference: null, from: null, authors: [] },
    proposedDecision: [],
    outcome: null,
    presenter: null,
    decisionBody: null,
    proposedBy: null,
    date: null,
    signatories: [],
    consultations: [],
    reservations: [],
  };
}
