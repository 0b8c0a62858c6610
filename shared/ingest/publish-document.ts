// A document read into a case → stored with its case and the case published. Its own module, apart
// from ingest-object.ts (which reads PDFs and runs the extractor), so the API's archivist routes can
// complete an upload without bundling the extractor (~0.1 MB of rules and lexicons).
import path from 'node:path';
import { toCaseId } from '../model/case-id.ts';
import type { ExtractedCase, ExtractionIssue } from '../model/case-record.ts';
import type { IngestIdentity } from '../model/ingest-record.ts';
import type { OriginalRef } from '../model/object-key.ts';
import { TEXT_LAYER, type TextProvenance } from '../ocr/ocr-quality.ts';
import { publishCase } from '../publishing/publish-case.ts';
import type { CaseRepository } from '../storage/case-repository.ts';
import type { IngestOutcome } from '../storage/ingest-repository.ts';
import type { ObjectStore } from '../storage/object-store.ts';

/** What the extractor read from a document that names no case (no Dnr): kept for an archivist. */
export interface UnreadReading {
  extracted: ExtractedCase;
  pages: number;
  warnings: ExtractionIssue[];
  /** Where its text came from, when OCR read some of it (a completed scan keeps saying so). */
  text?: TextProvenance | undefined;
}

/**
 * What the current parser and extractor make of some bytes, before anything is written, with the
 * plain text of each page (for the review pages) whenever there was text to read.
 */
export type DocumentReading =
  | { kind: 'terminal'; outcome: IngestOutcome; unread?: UnreadReading; pageTexts?: string[] }
  /** Pages without a text layer that show something: the OCR stage reads the document. */
  | { kind: 'needs_ocr'; pages: number; pagesLackingText: number[] }
  | {
      kind: 'case';
      caseId: string;
      pages: number;
      /** Each page as plain text, for the search index (OCR'd pages included). */
      pageTexts: string[];
      extracted: ExtractedCase;
      warnings: ExtractionIssue[];
      text: TextProvenance;
    };

/**
 * An unread document (or one read again) named by the Dnr an archivist entered: the case it
 * belongs to. The archivist's Dnr wins over whatever the extractor reads, so the id never moves.
 */
export function withIdentity(
  reading: {
    extracted: ExtractedCase;
    pages: number;
    warnings: ExtractionIssue[];
    pageTexts: string[];
    text?: TextProvenance | undefined;
  },
  identity: IngestIdentity,
): Extract<DocumentReading, { kind: 'case' }> {
  const extracted = {
    ...reading.extracted,
    diarienummer: identity.diarienummer,
    municipality: identity.municipality ?? reading.extracted.municipality,
  };
  return {
    kind: 'case',
    caseId: toCaseId(extracted.municipality, identity.diarienummer),
    pages: reading.pages,
    extracted,
    // what the extractor said about the Dnr no longer stands
    warnings: reading.warnings.filter((w) => w.path !== 'diarienummer'),
    pageTexts: reading.pageTexts,
    text: reading.text ?? TEXT_LAYER,
  };
}

/**
 * Stores one read document in its case and publishes the case (a new revision only if it changed).
 * A document of a withdrawn case is not stored or published: `needs_review`, `case_withdrawn`.
 */
export async function publishDocument(
  deps: { cases: CaseRepository; objects: ObjectStore; now: () => string },
  reading: Extract<DocumentReading, { kind: 'case' }>,
  source: {
    key: string;
    original: OriginalRef;
    sha256: string;
    bytes: number;
    uploadedAt: string;
    /** The extractor that read it (EXTRACTOR_VERSION unless a stored reading says otherwise). */
    extractorVersion: string;
    /** The Dnr an archivist entered for it, kept with the document. */
    identity?: IngestIdentity | undefined;
  },
): Promise<IngestOutcome> {
  const { caseId, extracted, warnings } = reading;
  // the texts before the document names them, so a published case's texts are always there for
  // the index; written while the case is looked at (for a withdrawn case they are kept unused, as
  // an unread document's are)
  const [latest] = await Promise.all([
    deps.cases.get(caseId),
    deps.objects.writePageTexts(source.sha256, reading.pageTexts),
  ]);
  if (latest?.deleted) return withdrawnOutcome(caseId, warnings);
  await deps.cases.saveDocument(caseId, {
    document: {
      sha256: source.sha256,
      pages: reading.pages,
      bytes: source.bytes,
      fileName: path.posix.basename(source.key),
      documentType: extracted.documentType,
      uploadedAt: source.uploadedAt,
      url: `/v1/cases/${caseId}/documents/${source.sha256}`,
      ...reading.text,
    },
    objectKey: source.key,
    original: source.original,
    extracted,
    extractorVersion: source.extractorVersion,
    warnings,
    ...(source.identity ? { identity: source.identity } : {}),
  });
  const { record } = await publishCase(deps.cases, caseId, deps.now);
  // withdrawn between the look above and the publish: the tombstone stays, nothing was published
  if (record.deleted) return withdrawnOutcome(caseId, warnings);
  return {
    status: 'published',
    reason: null,
    message: null,
    caseId,
    warnings,
    ocrConfidence: reading.text.ocrConfidence,
  };
}

function withdrawnOutcome(caseId: string, warnings: ExtractionIssue[]): IngestOutcome {
  return {
    status: 'needs_review',
    reason: 'case_withdrawn',
    message: `case ${caseId} was withdrawn: the upload is kept, nothing was published`,
    caseId,
    warnings,
  };
}
