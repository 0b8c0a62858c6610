// What every field extractor reads and writes: the normalised document, where the main document
// starts, and the issue list. Extractors add issues here; they never throw for a missing field.
import type { ExtractionIssue } from '../model/case-record.ts';
import { type DocumentText, pageAtOffset } from './text/document-text.ts';

export interface ExtractionContext {
  doc: DocumentText;
  issues: ExtractionIssue[];
  /** Index of the first line of the page that carries the document's own header. */
  mainLine: number;
}

export function addIssue(
  ctx: ExtractionContext,
  code: string,
  path: string,
  message: string,
  offset: number | null = null,
): void {
  ctx.issues.push({ code, path, message, page: offset === null ? null : pageAtOffset(ctx.doc, offset) });
}

/** Offset in the text where the main document starts. */
export function mainOffset(ctx: ExtractionContext): number {
  return ctx.doc.lines[ctx.mainLine]?.start ?? 0;
}

/** `kommunstyrelsen` → `Kommunstyrelsen`. */
export function capitalizeFirst(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
