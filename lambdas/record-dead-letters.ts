// SQS batch from the ingest DLQ (notifications that failed 5 receives) → each named upload ends
// `failed: internal` with the reason, so nothing stays `processing` and `npm run redrive` can retry.
// A thin adapter over shared/ingest/record-dead-letter.ts; a message that cannot be recorded is
// reported as failed so it stays in the DLQ instead of vanishing.
import type { Context, SQSBatchResponse, SQSEvent } from 'aws-lambda';
import { recordDeadLetter } from '../shared/ingest/record-dead-letter.ts';
import { type Dependencies, getDependencies } from './dependencies.ts';
import { createJsonSqsBatchHandler } from './sqs-batch-handler.ts';

/** Builds the DLQ record handler over given dependencies. */
export function createDeadLetterHandler(deps: Pick<Dependencies, 'ingests' | 'now' | 'logger'>) {
  return createJsonSqsBatchHandler(deps.logger, async (body, message) => {
    const receives = message.attributes.ApproximateReceiveCount;
    const ended = await recordDeadLetter(
      deps,
      body,
      `the ingest failed ${receives} times in a row (see the ingest function's logs)`,
    );
    for (const record of ended) {
      deps.logger.warn('dead letter recorded', { key: record.key, ingestId: record.ingestId });
    }
  });
}

let handlerInstance: ReturnType<typeof createDeadLetterHandler> | undefined;

export const handler = (event: SQSEvent, context: Context): Promise<SQSBatchResponse> => {
  handlerInstance ??= createDeadLetterHandler(getDependencies());
  return handlerInstance(event, context);
};
