// The ingest queue (SQS) as the sweeper sees it: a place to send an S3 notification again. The
// local stack has its own in-process queue and never uses this.
import { SendMessageCommand, type SQSClient } from '@aws-sdk/client-sqs';

export class IngestQueue {
  constructor(
    private readonly sqs: SQSClient,
    readonly queueUrl: string,
  ) {}

  async send(body: string): Promise<void> {
    await this.sqs.send(new SendMessageCommand({ QueueUrl: this.queueUrl, MessageBody: body }));
  }
}
