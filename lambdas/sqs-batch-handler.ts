// SQS batch → one call per message body parsed as JSON, failures reported per message (partial batch
// response) so SQS retries only those. A body that is not JSON is logged and dropped: retrying it
// cannot help and there is no upload to attribute a status to.
import { BatchProcessor, EventType, processPartialResponse } from '@aws-lambda-powertools/batch';
import type { Logger } from '@aws-lambda-powertools/logger';
import type { Context, SQSBatchResponse, SQSEvent, SQSRecord } from 'aws-lambda';

export type SqsBatchHandler = (event: SQSEvent, context?: Context) => Promise<SQSBatchResponse>;

export function createJsonSqsBatchHandler(
  logger: Logger,
  processBody: (body: unknown, message: SQSRecord) => Promise<void>,
): SqsBatchHandler {
  const processor = new BatchProcessor(EventType.SQS);
  const processRecord = async (message: SQSRecord): Promise<void> => {
    let body: unknown;
    try {
      body = JSON.parse(message.body);
    } catch {
      logger.error('dropping an SQS message that is not JSON', { messageId: message.messageId });
      return;
    }
    await processBody(body, message);
  };
  return (event, context) =>
    processPartialResponse(event, processRecord, processor, {
      ...(context ? { context } : {}),
      throwOnFullBatchFailure: false,
    });
}
