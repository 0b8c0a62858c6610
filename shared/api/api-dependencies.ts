// What the API reads from: the repositories and settings passed in by lambdas/serve-api.ts on AWS
// and local/local-stack.ts locally. The app itself builds no client and reads no environment.
import type { ReextractResult, ReextractSelection, ReextractSummary } from '../ingest/reextract.ts';
import type { BulkStore } from '../storage/bulk-store.ts';
import type { CaseRepository } from '../storage/case-repository.ts';
import type { IngestRepository } from '../storage/ingest-repository.ts';
import type { ObjectStore } from '../storage/object-store.ts';
import type { SignInSettings } from './archivist-auth.ts';
import type { PartReport } from './health.ts';

/** Re-reads the selected uploads with the current extractor, reporting each; the local stack's. */
export type ReextractRun = (
  selection: ReextractSelection,
  onProgress: (done: number, total: number, file: string, result: ReextractResult) => void,
) => Promise<ReextractSummary>;

export interface ApiDependencies {
  cases: CaseRepository;
  ingests: IngestRepository;
  objects: ObjectStore;
  /**
   * The bulk files' bucket; without it /v1/bulk lists nothing. On AWS, CloudFront serves
   * /v1/bulk/{file} from the bucket itself (a Lambda response is capped at 6 MB); locally this app does.
   */
  bulk?: BulkStore | undefined;
  cursorSecret: string;
  now: () => string;
  /** Absolute base for links; when unset, the request's own origin. */
  publicBaseUrl?: string | undefined;
  /** How far behind now the change feed serves, so concurrent writes are never skipped. */
  watermarkMs?: number;
  onError?: (error: unknown) => void;
  /**
   * Reuse responses while the feed's version is unchanged (default on). Off only to measure the
   * uncached read path.
   */
  responseCache?: boolean;
  /**
   * How long the response cache trusts one read of the feed's version (default 0: it reads the
   * version for every request, so a publish shows at once). FEED_VERSION_REUSE_MS: the deployed
   * API sets it (cdk/constructs/feed-api.ts); locally it is 0 unless set.
   */
  feedVersionReuseMs?: number;
  /**
   * Answer a source-PDF request with a redirect to a presigned S3 URL instead of the bytes. On
   * AWS, where a Lambda response is capped at 6 MB; locally the bytes are served directly.
   */
  redirectDocuments?: boolean;
  /** The local stack's view of its child processes, for /health (which part is down). */
  describeParts?: () => PartReport[];
  /** How often the API asks whether a newer search index was published (default 5 s). */
  searchIndexCheckMs?: number;
  /** Cases one listing request may read (default LISTING_READ_BUDGET); lower only in tests. */
  listingReadBudget?: number;
  /**
   * How archivists sign in (the local token, or Cognito on AWS). Unset: nobody can, and every
   * archivist route answers 401 — a misconfigured deployment fails closed.
   */
  signIn?: SignInSettings | undefined;
  /** Re-extraction over stored originals; only where a PDF reader runs (the local stack). */
  reextract?: ReextractRun | undefined;
}
