// One source PDF of a case as stored next to the case: its public metadata, where its exact bytes
// are, and what the extractor read from it. The unit publishing builds a case record from.
import type { ExtractedCase, ExtractionIssue, SourceDocument } from './case-record.ts';
import type { IngestIdentity } from './ingest-record.ts';
import type { OriginalRef } from './object-key.ts';

export interface StoredCaseDocument {
  document: SourceDocument;
  /** The upload's key in the originals bucket (not published). */
  objectKey: string;
  /**
   * The exact bytes this document was read from: the upload's S3 version, or a content-addressed
   * copy. The document route serves only these. Missing on documents stored before pinning.
   */
  original?: OriginalRef | undefined;
  extracted: ExtractedCase;
  extractorVersion: string;
  warnings: ExtractionIssue[];
  /**
   * The diarienummer (and municipality) an archivist entered for a document in which none could
   * be read: it names the case, and re-extraction keeps it.
   */
  identity?: IngestIdentity | undefined;
}

/** What the extractor read from an upload that names no case yet (`needs_review`), kept for completing it. */
export interface UnreadDocument {
  extracted: ExtractedCase;
  pages: number;
  warnings: ExtractionIssue[];
  extractorVersion: string;
  /** Where its text came from when OCR read some of it: a completed scan is published as one. */
  text?: Pick<SourceDocument, 'textSource' | 'ocrConfidence' | 'ocrPages'> | undefined;
}
