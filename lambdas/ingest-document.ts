// The ingest function's entry (lambdas/ingest-handler.ts is the handler). The PDF parser threads
// start from their own bundle file beside this one (PDF_PARSER_BUNDLE_FILE, built by the function's
// afterBundling hook), so this bundle carries no pdf.js. During init the parser thread is started
// first, so it loads pdf.js on the other core while this thread evaluates the handler's modules.
import { isMainThread } from 'node:worker_threads';
import type { Context, SQSBatchResponse, SQSEvent } from 'aws-lambda';
import { createPdfReader, warmUp } from './pdf-reader.ts';

type Handler = (event: SQSEvent, context: Context) => Promise<SQSBatchResponse>;

/** Built now, during init; a configuration error is the first invocation's to report, as before. */
async function initialise(): Promise<Handler | Error> {
  try {
    // the parser thread first: it loads pdf.js on the other core while this thread evaluates the
    // handler's modules
    const { loadConfig } = await import('../shared/config.ts');
    const reader = createPdfReader(loadConfig(process.env));
    warmUp(reader);
    const { createLambdaIngestHandler } = await import('./ingest-handler.ts');
    return createLambdaIngestHandler(reader);
  } catch (error) {
    return error instanceof Error ? error : new Error(String(error));
  }
}

const lambdaHandler = isMainThread
  ? await initialise()
  : new Error('the ingest handler runs in the main thread only');

export const handler: Handler = async (event, context) => {
  if (lambdaHandler instanceof Error) throw lambdaHandler;
  return lambdaHandler(event, context);
};

/** The PDF reader factory, for bench/ and the bundle test (they drive this bundle in a fresh process). */
export { createPdfReader };
