// The entry of a PDF parser thread (started by isolated-pdf-reader.ts): pdf.js and the inflate guard,
// one PDF at a time. Bundled on its own (PDF_PARSER_BUNDLE_FILE), so a thread loads only this.
import { parentPort, workerData } from 'node:worker_threads';
import { extractText } from './extract-text.ts';
import { assertInflatedSizeWithin } from './inflate-guard.ts';
import { PdfReadError } from './pdf-errors.ts';
import {
  type ParseReply,
  type ParseRequest,
  type ParserThreadSettings,
  PDF_PARSER_FLAG,
} from './pdf-parser-protocol.ts';

/**
 * The inflate guard runs first because pdf.js inflates a stream in one synchronous loop into an
 * ArrayBuffer outside the heap: resourceLimits never sees it and no timer in this thread runs
 * meanwhile (measured: 2.7 GB RSS, 22 s for the bomb fixture).
 */
function serveParseRequests(settings: ParserThreadSettings): void {
  const port = parentPort;
  if (!port) return;
  port.on('message', async ({ id, bytes }: ParseRequest) => {
    try {
      await assertInflatedSizeWithin(bytes, settings.maxInflatedBytes);
      const text = await extractText(bytes);
      port.postMessage({ id, ok: true, text } satisfies ParseReply);
    } catch (error) {
      port.postMessage({
        id,
        ok: false,
        reason: error instanceof PdfReadError ? error.reason : null,
        message: error instanceof Error ? error.message : String(error),
      } satisfies ParseReply);
    }
  });
  port.postMessage({ type: 'ready' } satisfies ParseReply);
}

if ((workerData as Partial<ParserThreadSettings> | null)?.[PDF_PARSER_FLAG] === true) {
  serveParseRequests(workerData as ParserThreadSettings);
}
