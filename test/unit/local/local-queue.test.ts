// The local queue's own rules, with handlers that succeed or fail on cue (no store is involved):
// dead-letter writes retried until they land, deliveries held while a store is down, no receive
// counted for a batch that failed under an outage, one pending message per upload.
import type { SQSBatchResponse, SQSEvent } from 'aws-lambda';
import { describe, expect, it } from 'vitest';
import { LocalQueue } from '../../../local/local-queue.ts';

const failAll = async (event: SQSEvent): Promise<SQSBatchResponse> => ({
  batchItemFailures: event.Records.map((r) => ({ itemIdentifier: r.messageId })),
});

describe('LocalQueue', () => {
  it('retries a dead-letter write that fails until it lands, and drains only then', async () => {
    const attempts: string[] = [];
    const errors: unknown[] = [];
    const queue = new LocalQueue({
      handler: failAll,
      maxReceives: 2,
      retryDelayMs: 5,
      onDeadLetter: async (body) => {
        attempts.push(body);
        if (attempts.length < 3) throw new Error('the store is down');
      },
      onDeadLetterError: (error) => errors.push(error),
    });

    queue.send('poison');
    await queue.drain();

    expect(attempts).toEqual(['poison', 'poison', 'poison']);
    expect(errors).toHaveLength(2);
    expect(queue.depth).toBe(0);
  });

  it('holds deliveries while paused and does not count receives that failed under the outage', async () => {
    let paused = false;
    const receives: number[] = [];
    let deadLetters = 0;
    const queue = new LocalQueue({
      handler: async (event) => {
        receives.push(Number(event.Records[0]?.attributes.ApproximateReceiveCount));
        if (receives.length <= 3) {
          // the store dies under this batch
          paused = true;
          setTimeout(() => {
            paused = false;
          }, 30);
          return failAll(event);
        }
        return { batchItemFailures: [] };
      },
      isPaused: () => paused,
      maxReceives: 2,
      retryDelayMs: 5,
      onDeadLetter: async () => {
        deadLetters++;
      },
    });

    queue.send('upload');
    await queue.drain();

    // three failed deliveries, each during an outage: the fourth is still receive 1, and it lands
    expect(receives).toEqual([1, 1, 1, 1]);
    expect(deadLetters).toBe(0);
  });

  it('keeps one pending message per upload', async () => {
    const delivered: string[] = [];
    const queue = new LocalQueue({
      handler: async (event) => {
        delivered.push(...event.Records.map((r) => r.body));
        return { batchItemFailures: [] };
      },
      onDeadLetter: async () => undefined,
    });

    const sent = [queue.send('a1', 'a'), queue.send('a2', 'a'), queue.send('b1', 'b')];
    const pendingWhileQueued = queue.has('a');
    await queue.drain();

    expect(sent).toEqual([true, false, true]);
    expect(pendingWhileQueued).toBe(true);
    expect(queue.has('a')).toBe(false);
    expect(delivered.sort()).toEqual(['a1', 'b1']);
    expect(queue.send('a3', 'a')).toBe(true);
  });
});
