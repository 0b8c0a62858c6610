// Named errors for PDF bytes that cannot be read; the ingest handler maps each to a terminal status.
// The `reason` is the contract's failure reason (CONTRACT.md, Ingest statuses).

export type PdfFailureReason = 'not_pdf' | 'encrypted' | 'corrupt' | 'too_large' | 'timeout';

export class PdfReadError extends Error {
  constructor(
    readonly reason: PdfFailureReason,
    message: string,
  ) {
    super(message);
    this.name = 'PdfReadError';
  }
}
