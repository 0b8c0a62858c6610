// The ingest function's entry (lambdas/ingest-handler.ts is the handler). Kept small on purpose: a
// PDF parser thread starts from this same bundle file, so whatever this file imports statically
// is evaluated again in every parser thread. Statically it imports only the parser module (whose
// top level serves parse requests in such a thread); the handler, the SDK and Powertools are
// imported in the main thread only, during the Lambda's init, after the parser thread was started.
import { isMainThread } from 'node:worker_threads';
import type { Context, SQSBatchResponse, SQSEvent } from 'aws-lambda';
import { createPdfReader, warmUp } from './pdf-reader.ts';

type Handler = (event: SQSEvent, context: Context) => Promise<SQSBatchResponse>;

/** Built now, during init; a configuration error is the first invocation's to report, as before. */
async function initialise(): Promise<Handler | Error> {
  try {
    // the parser thread first: it compiles this file and loads pdf.js on the other core while this
    // thread evaluates the handler's modules
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
