// EventBridge schedule → shared/ingest/sweep-ingests.ts: every upload that is not terminal after
// SWEEP_STALE_AFTER_SECONDS is sent into the ingest queue again. The regular run looks back
// SWEEP_LOOKBACK_HOURS; the nightly one (`{ "full": true }`) looks at the whole ingest log and bucket.
import { z } from 'zod';
import { type SweepSummary, sweepIngests } from '../shared/ingest/sweep-ingests.ts';
import type { IngestQueue } from '../shared/storage/ingest-queue.ts';
import { createIngestQueue, type Dependencies, getDependencies } from './dependencies.ts';

const SweepEventSchema = z.object({ full: z.boolean().optional() }).loose();

let queue: IngestQueue | undefined;

/** One run: `queueOf` gives the ingest queue (SQS on AWS), made only when something is to be sent. */
export async function sweep(
  deps: Dependencies,
  queueOf: () => Pick<IngestQueue, 'send'>,
  event: unknown,
): Promise<SweepSummary> {
  const { full } = SweepEventSchema.parse(event ?? {});
  const summary = await sweepIngests(
    {
      ...deps,
      send: async (body) => {
        await queueOf().send(body);
        return true;
      },
    },
    {
      staleAfterMs: deps.config.sweepStaleAfterMs,
      lookbackMs: full ? undefined : deps.config.sweepLookbackMs,
    },
  );
  const level = summary.resent + summary.orphans + summary.gaveUp > 0 ? 'warn' : 'info';
  deps.logger[level]('sweep done', { full: full === true, ...summary });
  return summary;
}

export const handler = (event: unknown): Promise<SweepSummary> => {
  const deps = getDependencies();
  return sweep(
    deps,
    () => {
      queue ??= createIngestQueue(deps.config);
      return queue;
    },
    event,
  );
};
