// The ingest function's entry (lambdas/ingest-handler.ts is the handler). Kept small on purpose: a
// PDF parser thread starts from this same bundle file, so whatever this file imports statically
// is evaluated again in every parser thread. Statically it imports only the parser module (whose
// top level serves parse requests in such a thread); the handler, zod, the SDK and Powertools are
// imported in the main thread only, during the Lambda's init.
import '../shared/pdf/isolated-pdf-reader.ts';
import { isMainThread } from 'node:worker_threads';
import type { Context, SQSBatchResponse, SQSEvent } from 'aws-lambda';

const main = isMainThread ? await import('./ingest-handler.ts') : undefined;

/** Built now, during init; a configuration error is the first invocation's to report, as before. */
const lambdaHandler = (() => {
  try {
    return main?.createLambdaIngestHandler() ?? new Error('the ingest handler runs in the main thread only');
  } catch (error) {
    return error instanceof Error ? error : new Error(String(error));
  }
})();

export const handler = async (event: SQSEvent, context: Context): Promise<SQSBatchResponse> => {
  if (lambdaHandler instanceof Error) throw lambdaHandler;
  return lambdaHandler(event, context);
};

/** The handler module's PDF reader factory, for bench/ (which drives this bundle in a fresh process). */
export const createPdfReader = main?.createPdfReader;
