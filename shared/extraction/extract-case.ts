// Page texts of one council document → { record, issues }: the gold schema's fields, nulls and
// issues where a field could not be read. Pure: no I/O, no clock, never throws on any text.
import { type ExtractedCase, type ExtractionIssue, emptyExtractedCase } from '../model/case-record.ts';
import { readConsultations } from './consultations/read-consultations.ts';
import { addIssue, type ExtractionContext } from './extraction-context.ts';
import { extractDecision } from './fields/decision.ts';
import { extractHeader, findMainLine } from './fields/header.ts';
import { letterheadCells } from './fields/header-bodies.ts';
import { extractReservations } from './fields/reservations.ts';
import { extractSignature } from './fields/signature.ts';
import { extractSubject } from './fields/subject.ts';
import { extractTitle } from './fields/title.ts';
import { municipalityNamed, UNKNOWN_MUNICIPALITY } from './municipalities/registry.ts';
import { buildDocumentText, type PageInput } from './text/document-text.ts';

/** Bumped whenever extraction output may change, so stored records can be re-extracted. */
export const EXTRACTOR_VERSION = '2.7.0';

export interface ExtractionResult {
  record: ExtractedCase;
  issues: ExtractionIssue[];
}

const YEAR_RE = /(?<![A-Za-zÀ-ÖØ-öø-ÿĀ-ž\d])((?:19|20)\d{2})(?![A-Za-zÀ-ÖØ-öø-ÿĀ-ž\d])/u;

/** Runs one field family; a bug in it becomes an issue, never an exception for the caller. */
function guarded<T>(ctx: ExtractionContext, path: string, fallback: T, read: () => T): T {
  try {
    return read();
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    addIssue(ctx, 'extractor_error', path, `extraction failed: ${message}`);
    return fallback;
  }
}

/** The year the document speaks from, for picking a body's name valid at the time. */
function documentYear(record: ExtractedCase): number | null {
  const source = record.date ?? record.documentNumber ?? record.diarienummer ?? '';
  const m = YEAR_RE.exec(source);
  return m?.[1] ? Number(m[1]) : null;
}

const AUTHOR_LINE_RE =
  /^(?:Till\s+)?(\p{Lu}[\p{L}\s-]{2,60}?(?:förvaltning(?:en)?|kontoret|kontor|nämnd(?:en)?|styrelse(?:n)?|kansli(?:et)?))$/u;

/** The office that wrote the document and the committee it writes to, from its header lines. */
function documentAuthors(ctx: ExtractionContext): string[] {
  return letterheadCells(ctx).flatMap((cell) => {
    const m = AUTHOR_LINE_RE.exec(cell);
    return m?.[1] ? [m[1].toLowerCase()] : [];
  });
}

export function extractCase(pages: readonly PageInput[]): ExtractionResult {
  const record = emptyExtractedCase();
  const issues: ExtractionIssue[] = [];
  const doc = buildDocumentText(Array.isArray(pages) ? pages : []);
  const ctx: ExtractionContext = { doc, issues, mainLine: 0 };
  if (doc.text.trim().length === 0) {
    addIssue(ctx, 'empty_text', '', 'the document has no text');
    return { record, issues };
  }
  for (const note of doc.notes)
    issues.push({ code: note.code, path: 'signatories', message: note.message, page: note.page });
  ctx.mainLine = guarded(ctx, '', 0, () => findMainLine(doc));
  // what comes before the case is another document (a cover sheet, the previous protocol item)
  if (ctx.mainLine > 0)
    addIssue(
      ctx,
      'document_starts_later',
      '',
      `the case starts on line ${ctx.mainLine + 1}; the text before it belongs to another item and is not read`,
      doc.lines[ctx.mainLine]?.start ?? null,
    );

  const header = guarded(ctx, 'documentType', null, () => extractHeader(ctx));
  if (header) {
    record.municipality = header.municipality;
    record.documentType = header.documentType;
    record.documentNumber = header.documentNumber;
    record.rotel = header.rotel;
    record.diarienummer = header.diarienummer;
  }
  const title = guarded(ctx, 'title', { title: null, subjectLine: null }, () => extractTitle(ctx));
  record.title = title.title;
  record.subject = guarded(ctx, 'subject', record.subject, () =>
    extractSubject(ctx, title.subjectLine, title.title),
  );

  const decision = guarded(ctx, 'proposedDecision', null, () =>
    extractDecision(ctx, record.subject, record.documentType),
  );
  if (decision) {
    record.proposedDecision = decision.proposedDecision;
    record.decisionBody = decision.decisionBody;
    record.proposedBy = decision.proposedBy;
    record.outcome = decision.outcome;
    record.presenter = decision.presenter;
  }
  const signature = guarded(ctx, 'signatories', null, () => extractSignature(ctx, record.documentType));
  if (signature) {
    record.date = signature.date;
    record.signatories = signature.signatories;
  }
  const municipality = municipalityNamed(record.municipality) ?? UNKNOWN_MUNICIPALITY;
  record.consultations = guarded(ctx, 'consultations', [], () =>
    readConsultations(ctx, {
      municipality,
      municipalityName: record.municipality,
      year: documentYear(record),
      authors: documentAuthors(ctx),
    }),
  );
  record.reservations = guarded(ctx, 'reservations', [], () => extractReservations(ctx));
  return { record, issues };
}
