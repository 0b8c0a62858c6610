// An in-process stand-in for SQS with a DLQ: batches messages to the ingest handler, retries the
// records the handler reports as failed (with a growing delay, like a visibility timeout), and hands
// a message to `onDeadLetter` after `maxReceives`. Not durable by itself: the local stack re-queues
// every stored upload without a terminal status at start, which is what makes a crash lose nothing.
import { randomUUID } from 'node:crypto';
import type { SQSBatchResponse, SQSEvent, SQSRecord } from 'aws-lambda';

/** One message as SQS hands it to a Lambda, with the fields the handlers read. */
export function toSqsRecord(messageId: string, body: string, receiveCount: number): SQSRecord {
  return {
    messageId,
    receiptHandle: messageId,
    body,
    attributes: {
      ApproximateReceiveCount: String(receiveCount),
      SentTimestamp: String(Date.now()),
      SenderId: 'local',
      ApproximateFirstReceiveTimestamp: String(Date.now()),
    },
    messageAttributes: {},
    md5OfBody: '',
    eventSource: 'aws:sqs',
    eventSourceARN: 'arn:aws:sqs:local:000000000000:ingest',
    awsRegion: 'local',
  };
}

export interface LocalQueueOptions {
  handler: (event: SQSEvent) => Promise<SQSBatchResponse>;
  onDeadLetter: (body: string, lastError: string) => Promise<void>;
  batchSize?: number;
  concurrency?: number;
  maxReceives?: number;
  retryDelayMs?: number;
}

interface Message {
  messageId: string;
  body: string;
  receiveCount: number;
  lastError: string;
}

export class LocalQueue {
  private readonly ready: Message[] = [];
  private delayed = 0;
  private inFlight = 0;
  private stopped = false;
  private idleWaiters: (() => void)[] = [];
  private readonly batchSize: number;
  private readonly concurrency: number;
  private readonly maxReceives: number;
  private readonly retryDelayMs: number;

  constructor(private readonly options: LocalQueueOptions) {
    this.batchSize = options.batchSize ?? 5;
    this.concurrency = options.concurrency ?? 2;
    this.maxReceives = options.maxReceives ?? 5;
    this.retryDelayMs = options.retryDelayMs ?? 1000;
  }

  send(body: string): void {
    this.ready.push({ messageId: randomUUID(), body, receiveCount: 0, lastError: '' });
    this.pump();
  }

  get depth(): number {
    return this.ready.length + this.delayed + this.inFlight;
  }

  /** Resolves when nothing is queued, delayed or in flight. */
  drain(): Promise<void> {
    if (this.depth === 0) return Promise.resolve();
    return new Promise((resolve) => this.idleWaiters.push(resolve));
  }

  /** Stops taking new batches; waits for the batches in flight. */
  async stop(): Promise<void> {
    this.stopped = true;
    while (this.inFlight > 0) await new Promise((r) => setTimeout(r, 20));
  }

  private pump(): void {
    while (!this.stopped && this.inFlight < this.concurrency && this.ready.length > 0) {
      const batch = this.ready.splice(0, this.batchSize);
      this.inFlight++;
      void this.deliver(batch).finally(() => {
        this.inFlight--;
        this.pump();
        this.notifyIfIdle();
      });
    }
  }

  private async deliver(batch: Message[]): Promise<void> {
    for (const m of batch) m.receiveCount++;
    const event: SQSEvent = {
      Records: batch.map((m) => toSqsRecord(m.messageId, m.body, m.receiveCount)),
    };
    let failedIds: Set<string>;
    let error = '';
    try {
      const response = await this.options.handler(event);
      failedIds = new Set(response.batchItemFailures.map((f) => f.itemIdentifier));
      if (failedIds.size > 0) error = 'the handler reported the record as failed';
    } catch (thrown) {
      failedIds = new Set(batch.map((m) => m.messageId));
      error = thrown instanceof Error ? thrown.message : String(thrown);
    }
    for (const m of batch) {
      if (!failedIds.has(m.messageId)) continue;
      m.lastError = error;
      if (m.receiveCount >= this.maxReceives) {
        await this.options.onDeadLetter(m.body, m.lastError).catch(() => undefined);
        continue;
      }
      this.delayed++;
      setTimeout(() => {
        this.delayed--;
        this.ready.push(m);
        this.pump();
        this.notifyIfIdle();
      }, this.retryDelayMs * m.receiveCount).unref();
    }
  }

  private notifyIfIdle(): void {
    if (this.depth !== 0) return;
    const waiters = this.idleWaiters;
    this.idleWaiters = [];
    for (const w of waiters) w();
  }
}
