// PDF bytes → one text string per page, via pdf-parse 2 (pdf.js). Knows nothing about councils.
// Unreadable input is a PdfReadError with the contract's reason; it never returns partial garbage.
import './pdfjs-runtime.ts';
import { PDFParse } from 'pdf-parse';
import { PdfReadError } from './pdf-errors.ts';
import { assertLooksLikePdf } from './pdf-header.ts';

export { hasPdfHeader } from './pdf-header.ts';

export interface PdfText {
  pages: string[];
  /** Characters of text on all pages, not counting whitespace: 0 means a scan without a text layer. */
  textChars: number;
}

export async function extractText(bytes: Uint8Array): Promise<PdfText> {
  assertLooksLikePdf(bytes);
  // pdf.js takes ownership of (and detaches) the buffer it is given: pass a copy
  const parser = new PDFParse({ data: new Uint8Array(bytes), verbosity: 0 });
  try {
    const result = await parser.getText({ pageJoiner: '' });
    const pages = result.pages.map((p) => p.text);
    const textChars = pages.reduce((n, p) => n + p.replace(/\s+/g, '').length, 0);
    return { pages, textChars };
  } catch (error) {
    throw toPdfReadError(error);
  } finally {
    await parser.destroy().catch(() => undefined);
  }
}

function toPdfReadError(error: unknown): PdfReadError {
  if (error instanceof PdfReadError) return error;
  const name = error instanceof Error ? error.name : '';
  const message = error instanceof Error ? error.message : String(error);
  if (name === 'PasswordException' || /password/i.test(message)) {
    return new PdfReadError('encrypted', 'the PDF needs a password to open');
  }
  if (name === 'InvalidPDFException' || /invalid pdf/i.test(message)) {
    return new PdfReadError('corrupt', `the PDF structure is broken: ${message}`);
  }
  return new PdfReadError('corrupt', `the PDF could not be read: ${message}`);
}
