// Scheduled / after ingests → the bulk files in the bulk bucket. A thin adapter: reads every
// published case through the feed index and writes what shared/feeds/bulk-files.ts builds.

import { ENV } from '../shared/config.ts';
import { buildBulkFiles } from '../shared/feeds/bulk-files.ts';
import { walkFeed } from '../shared/feeds/walk-feed.ts';
import type { CaseRecord } from '../shared/model/case-record.ts';
import { BulkStore } from '../shared/storage/bulk-store.ts';
import type { CaseRepository } from '../shared/storage/case-repository.ts';
import { createDependencies, type Dependencies } from './dependencies.ts';

/** Used when PUBLIC_BASE_URL is unset: RDF needs absolute URIs, so set it on deployed stacks. */
const FALLBACK_BASE_URL = 'https://remissvar.invalid';

export interface PublishBulkResult {
  cases: number;
  files: { name: string; bytes: number }[];
}

export async function publishBulk(options: {
  cases: CaseRepository;
  bulk: BulkStore;
  baseUrl: string;
  now: () => string;
}): Promise<PublishBulkResult> {
  const now = options.now();
  const records: CaseRecord[] = [];
  for await (const record of walkFeed(options.cases, { order: 'asc', until: now })) {
    if (!record.deleted) records.push(record);
  }
  const files = buildBulkFiles(records, { baseUrl: options.baseUrl, now });
  // data files first, the metadata that describes them last
  for (const file of files) await options.bulk.write(file.name, file.body, file.contentType);
  return {
    cases: records.length,
    files: files.map((f) => ({ name: f.name, bytes: Buffer.byteLength(f.body) })),
  };
}

let deps: Dependencies | undefined;

/** Stream batch or nightly schedule alike: the event only says "something may have changed". */
export const handler = async (): Promise<PublishBulkResult> => {
  // this function never reads the originals, and the stack gives it no ORIGINALS_BUCKET
  deps ??= createDependencies({ [ENV.originalsBucket]: 'unused-by-publish', ...process.env });
  if (!deps.config.bulkBucket) throw new Error('BULK_BUCKET is not set');
  const result = await publishBulk({
    cases: deps.cases,
    bulk: new BulkStore(deps.s3, deps.config.bulkBucket),
    baseUrl: deps.config.publicBaseUrl ?? FALLBACK_BASE_URL,
    now: deps.now,
  });
  deps.logger.info('bulk files published', { ...result });
  return result;
};
