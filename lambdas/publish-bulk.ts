// Scheduled / after ingests → the bulk files in the bulk bucket. A thin adapter: reads every
// published case through the feed index and writes what shared/feeds/bulk-files.ts builds, and the
// search index built from the documents' stored page texts (shared/search).
import { buildBulkFiles } from '../shared/feeds/bulk-files.ts';
import { walkFeed } from '../shared/feeds/walk-feed.ts';
import type { CaseRecord } from '../shared/model/case-record.ts';
import {
  buildSearchIndex,
  SEARCH_INDEX_FILE,
  SEARCH_TEXTS_FILES,
  textsFileOf,
} from '../shared/search/search-index.ts';
import { collectSearchableCases } from '../shared/search/searchable-cases.ts';
import { BulkStore } from '../shared/storage/bulk-store.ts';
import type { CaseRepository } from '../shared/storage/case-repository.ts';
import type { ObjectStore } from '../shared/storage/object-store.ts';
import { createDependencies, type Dependencies } from './dependencies.ts';

/** Used when PUBLIC_BASE_URL is unset: RDF needs absolute URIs, so set it on deployed stacks. */
const FALLBACK_BASE_URL = 'https://remissvar.invalid';

export interface PublishBulkResult {
  cases: number;
  files: { name: string; bytes: number }[];
  /** The search index: its size, the feed version it covers, documents indexed by title only. */
  search: { bytes: number; feedVersion: number; documentsWithoutText: number };
}

export async function publishBulk(options: {
  cases: CaseRepository;
  bulk: BulkStore;
  /** The originals bucket, whose stored page texts the search index is built from. */
  objects: ObjectStore;
  baseUrl: string;
  now: () => string;
}): Promise<PublishBulkResult> {
  const now = options.now();
  // read before the walk: the index holds at least every change up to this version
  const feedVersion = await options.cases.feedVersion();
  const records: CaseRecord[] = [];
  for await (const record of walkFeed(options.cases, { order: 'asc', until: now })) {
    if (!record.deleted) records.push(record);
  }
  const files = buildBulkFiles(records, { baseUrl: options.baseUrl, now });
  // data files first, the metadata that describes them last
  for (const file of files) await options.bulk.write(file.name, file.body, file.contentType);
  const searchable = await collectSearchableCases(records, (sha256) => options.objects.readPageTexts(sha256));
  const built = buildSearchIndex(searchable.cases, {
    feedVersion,
    builtAt: now,
    textsFile: await freeTextsFile(options.bulk),
  });
  // the texts first, then the index that names them: a reader never sees an index without its texts
  await options.bulk.write(built.textsFile, built.texts, 'application/octet-stream');
  await options.bulk.write(SEARCH_INDEX_FILE, built.index, 'application/json; charset=utf-8');
  const index = built.index;
  return {
    cases: records.length,
    files: files.map((f) => ({ name: f.name, bytes: Buffer.byteLength(f.body) })),
    search: {
      bytes: Buffer.byteLength(index) + built.texts.byteLength,
      feedVersion,
      documentsWithoutText: searchable.documentsWithoutText,
    },
  };
}

/**
 * The texts file the published index does not use: the two alternate, so an API loading the
 * current index keeps its texts while the next ones are written, and nothing needs deleting.
 */
async function freeTextsFile(bulk: BulkStore): Promise<string> {
  const start = await bulk.readStart(SEARCH_INDEX_FILE, 512);
  let current: string | null = null;
  try {
    current = start ? textsFileOf(Buffer.from(start).toString('utf8')) : null;
  } catch {
    // an index of an older format names no texts file: either slot is free
  }
  return SEARCH_TEXTS_FILES.find((name) => name !== current) ?? SEARCH_TEXTS_FILES[0];
}

let deps: Dependencies | undefined;

/** Stream batch or nightly schedule alike: the event only says "something may have changed". */
export const handler = async (): Promise<PublishBulkResult> => {
  // the stack lets it read only the page texts of the originals bucket (texts/sha256/*)
  deps ??= createDependencies(process.env);
  if (!deps.config.bulkBucket) throw new Error('BULK_BUCKET is not set');
  const result = await publishBulk({
    cases: deps.cases,
    bulk: new BulkStore(deps.s3, deps.config.bulkBucket),
    objects: deps.objects,
    baseUrl: deps.config.publicBaseUrl ?? FALLBACK_BASE_URL,
    now: deps.now,
  });
  deps.logger.info('bulk files published', { ...result });
  return result;
};
