// The ingest's PDF reader: capped parser threads (shared/pdf/isolated-pdf-reader.ts) configured from
// the function's settings. Its own small module, so the Lambda entry can start the parser thread
// before it loads the handler's modules (lambdas/ingest-document.ts).

import type { Config } from '../shared/config.ts';
import { IsolatedPdfReader } from '../shared/pdf/isolated-pdf-reader.ts';

/** The parser the handler uses unless one is passed in: worker threads capped by the config. */
export function createPdfReader(
  config: Pick<Config, 'parseMemoryMb' | 'parseTimeoutMs' | 'parseMaxInflatedMb' | 'parseThreads'>,
): IsolatedPdfReader {
  return new IsolatedPdfReader({
    memoryMb: config.parseMemoryMb,
    timeoutMs: config.parseTimeoutMs,
    maxInflatedBytes: config.parseMaxInflatedMb * 2 ** 20,
    threads: config.parseThreads,
  });
}

/**
 * The smallest PDF pdf.js reads (one empty page; it rebuilds the missing cross-reference table).
 * Read once during the Lambda's init, so the parser thread starts and loads pdf.js while the
 * rest of the init and the first invocation's store round trips run, not after them.
 */
const WARM_UP_PDF = new TextEncoder().encode(
  '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 10 10]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n',
);

/** Starts the reader's thread now. A failure here is left to the first real read to report. */
export function warmUp(reader: Pick<IsolatedPdfReader, 'read'>): void {
  void reader.read(WARM_UP_PDF).catch(() => undefined);
}
