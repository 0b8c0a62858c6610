// What the main thread (isolated-pdf-reader.ts) and a PDF parser thread (pdf-parser-thread.ts) send
// each other. Its own module, so each side imports it without pulling in the other's code.
import type { PdfText } from './extract-text.ts';
import type { PdfReadError } from './pdf-errors.ts';

/** Marks a worker started by the reader, so the parser thread's entry knows it is one. */
export const PDF_PARSER_FLAG = 'remissvarPdfParser';

export type ParseRequest = { id: number; bytes: Uint8Array };
export type ParseReply =
  | { type: 'ready' }
  | { type: 'boot-error'; message: string }
  | { id: number; ok: true; text: PdfText }
  | { id: number; ok: false; reason: PdfReadError['reason'] | null; message: string };

export interface ParserThreadSettings {
  [PDF_PARSER_FLAG]: true;
  maxInflatedBytes: number;
}
