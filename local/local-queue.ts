// An in-process stand-in for SQS with a DLQ: batches messages to the ingest handler, retries the
// records the handler reports as failed (with a growing delay, like a visibility timeout), and hands
// a message to `onDeadLetter` after `maxReceives`; a dead-letter write that fails is retried until it
// lands, never dropped. While `isPaused()` says a store is down nothing is delivered, and a batch that
// failed because one went down does not count as a receive. Not durable by itself: the local stack's
// sweeper re-queues every stored upload without a terminal status, at start and on a timer.
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
  /** Called when a dead-letter write failed (it is retried). */
  onDeadLetterError?: (error: unknown) => void;
  /** True while a store the handler needs is down: hold deliveries, do not count failed receives. */
  isPaused?: () => boolean;
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
  /** Names the upload; a second send with the same id while one is pending is dropped. */
  dedupeId: string | null;
}

export class LocalQueue {
  private readonly ready: Message[] = [];
  private delayed = 0;
  private inFlight = 0;
  private stopped = false;
  private readonly pending = new Set<string>();
  private pauseTimer: NodeJS.Timeout | undefined;
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

  /**
   * Queues a message. With a `dedupeId` (the upload it names), a message for the same upload that is
   * still queued, delayed or in flight makes this a no-op: false. Without one, always queued.
   */
  send(body: string, dedupeId?: string): boolean {
    if (dedupeId !== undefined) {
      if (this.pending.has(dedupeId)) return false;
      this.pending.add(dedupeId);
    }
    this.ready.push({
      messageId: randomUUID(),
      body,
      receiveCount: 0,
      lastError: '',
      dedupeId: dedupeId ?? null,
    });
    this.pump();
    return true;
  }

  /** Is a message for this upload queued, delayed or in flight? */
  has(dedupeId: string): boolean {
    return this.pending.has(dedupeId);
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
    clearTimeout(this.pauseTimer);
    while (this.inFlight > 0) await new Promise((r) => setTimeout(r, 20));
  }

  private pump(): void {
    if (this.stopped) return;
    if (this.options.isPaused?.() && this.ready.length > 0) {
      // look again shortly: nothing else wakes the queue when the store comes back
      clearTimeout(this.pauseTimer);
      this.pauseTimer = setTimeout(() => this.pump(), 100);
      this.pauseTimer.unref();
      return;
    }
    while (this.inFlight < this.concurrency && this.ready.length > 0) {
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
    // a store that went down under the batch is an outage, not a sign the message is poison
    const outage = failedIds.size > 0 && this.options.isPaused?.() === true;
    for (const m of batch) {
      if (!failedIds.has(m.messageId)) {
        this.settle(m);
        continue;
      }
      m.lastError = error;
      if (outage) m.receiveCount--;
      if (m.receiveCount >= this.maxReceives) {
        this.deadLetter(m, 0);
        continue;
      }
      this.later(
        () => {
          this.ready.push(m);
          this.pump();
        },
        outage ? this.retryDelayMs : this.retryDelayMs * m.receiveCount,
      );
    }
  }

  /** Hands the message to onDeadLetter; retries (and keeps the queue busy) until that succeeds. */
  private deadLetter(m: Message, failures: number): void {
    this.delayed++;
    this.options
      .onDeadLetter(m.body, m.lastError)
      .then(() => {
        this.delayed--;
        this.settle(m);
        this.notifyIfIdle();
      })
      .catch((error: unknown) => {
        this.delayed--;
        this.options.onDeadLetterError?.(error);
        const wait = Math.min(this.retryDelayMs * 2 ** Math.min(failures, 5), 30_000);
        this.later(() => this.deadLetter(m, failures + 1), wait);
      });
  }

  /** Runs `then` after `ms`, counting the message as delayed meanwhile (drain() waits for it). */
  private later(then: () => void, ms: number): void {
    this.delayed++;
    setTimeout(() => {
      this.delayed--;
      if (this.stopped) return;
      then();
      this.notifyIfIdle();
    }, ms).unref();
  }

  private settle(m: Message): void {
    if (m.dedupeId !== null) this.pending.delete(m.dedupeId);
  }

  private notifyIfIdle(): void {
    if (this.depth !== 0) return;
    const waiters = this.idleWaiters;
    this.idleWaiters = [];
    for (const w of waiters) w();
  }
}
