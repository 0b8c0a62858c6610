// PDF bytes → whether they can be a PDF at all (empty, or no `%PDF-` header). A cheap check with
// no pdf.js behind it, so the ingest can refuse junk without starting a parser.
import { PdfReadError } from './pdf-errors.ts';

const PDF_MAGIC = '%PDF-';

/** True when the first KiB holds the `%PDF-` header (pdf.js tolerates leading junk; so do we). */
export function hasPdfHeader(bytes: Uint8Array): boolean {
  const head = Buffer.from(bytes.subarray(0, 1024)).toString('latin1');
  return head.includes(PDF_MAGIC);
}

/** Throws PdfReadError('not_pdf') for empty bytes or bytes without a PDF header. */
export function assertLooksLikePdf(bytes: Uint8Array): void {
  if (bytes.byteLength === 0) throw new PdfReadError('not_pdf', 'the file is empty');
  if (!hasPdfHeader(bytes)) throw new PdfReadError('not_pdf', 'the file does not start with a %PDF- header');
}
