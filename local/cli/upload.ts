// `npm run upload -- [--wait] [--json] [--endpoint URL] PATH…`: archivists' bulk upload. Files and
// folders (recursively) go to the originals bucket, each under a key of its own so nothing is
// overwritten; with --wait it follows each ingest to its terminal status via the feed API.
import '../quiet-sdk-warning.ts';
import { createHash, randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { HeadBucketCommand, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import cliProgress from 'cli-progress';
import { z } from 'zod';
import { LOCAL_ORIGINALS_BUCKET, loadLocalConfig } from '../../shared/config.ts';
import { explainIngest, IngestRecordSchema, isSettled } from '../../shared/model/ingest-record.ts';
import { assertSafeObjectKey, UPLOAD_PREFIX } from '../../shared/model/object-key.ts';
import { readArchivistToken } from '../archivist-token.ts';
import { archivistFetch, describeDeployedStack } from './deployed-stack.ts';

const USAGE = `usage: npm run upload -- [--wait] [--json] [--endpoint API_URL] [--bucket NAME] [--s3-endpoint URL] [--timeout SECONDS] PATH…

  PATH        PDF files, or folders searched recursively for *.pdf
  --wait      wait until every file reaches a terminal status; exit 0 only if every file ended
              published or duplicate
  --json      one JSON object per file: { file, sha256, status, reason, caseId, warnings }
  --endpoint  the feed API to follow ingests on (default: the local stack at ${'$'}PORT, or ${'$'}REMISSVAR_API_URL)
  --bucket    the originals bucket (default: the local stack's, at ${'$'}S3_PORT); with no
              --s3-endpoint, real S3 is used with your AWS credentials
  --stack     a deployed stack (e.g. Remissvar-prod): bucket and API URL from its outputs; uploads
              are signed with your AWS credentials (region: ${'$'}AWS_REGION)
  --timeout   how long --wait waits in all (default 900 s)

--wait follows the archivists' ingest listing, so it sends ${'$'}ARCHIVIST_TOKEN (locally, failing that,
the token \`npm start\` stored in ${'$'}DATA_DIR; on AWS, your Cognito access token, see README).
Against the local stack, the same PORT and S3_PORT as \`npm start\` are all it needs.`;

interface FileResult {
  file: string;
  sha256: string;
  key: string;
  status: string;
  reason: string | null;
  /** What the reason means and what to do (REASON_EXPLANATIONS), or the upload's own message. */
  explanation: string | null;
  caseId: string | null;
  warnings: string[];
}

/** How often --wait asks for the ingests still pending (one listing per poll, see fetchIngestsOf). */
const POLL_MS = 250;

/** Statuses after which nothing is left to do for the file: the exit code is 0 only for these. */
const SETTLED = new Set(['published', 'duplicate']);

/** The exit code of a run: 0 when every file ended as it should, else 1. */
export function exitCodeOf(results: readonly Pick<FileResult, 'status'>[], waited: boolean): number {
  const ok = waited
    ? results.every((r) => SETTLED.has(r.status))
    : results.every((r) => r.status === 'queued');
  return ok ? 0 : 1;
}

/** One line per file (status, case or reason, file), then its explanation and each warning, indented. */
export function formatFileResult(
  r: Pick<FileResult, 'file' | 'status' | 'reason' | 'caseId' | 'explanation' | 'warnings'>,
): string {
  const lines = [`${r.status.padEnd(14)} ${(r.caseId ?? r.reason ?? '').padEnd(28)} ${r.file}`];
  if (r.explanation) lines.push(`${' '.repeat(15)}${r.explanation}`);
  for (const warning of r.warnings) lines.push(`${' '.repeat(15)}warning: ${warning}`);
  return lines.join('\n');
}

export function collectPdfFiles(paths: readonly string[]): string[] {
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const entry of fs
      .readdirSync(dir, { withFileTypes: true })
      .sort((a, b) => a.name.localeCompare(b.name))) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.isFile() && /\.pdf$/i.test(entry.name)) files.push(full);
    }
  };
  for (const p of paths) {
    const stat = fs.statSync(p, { throwIfNoEntry: false });
    if (!stat) throw new Error(`no such file or folder: ${p}`);
    // a file named on the command line is sent whatever its name: the pipeline judges the bytes
    if (stat.isDirectory()) walk(p);
    else files.push(p);
  }
  return files;
}

/**
 * `uploads/2026-11-27/<random>/<name>`: a key of its own per upload, the file name kept last. An
 * ObjectKeyError for a name no key may carry (a control character, `.`, `..`): refused, not sent.
 */
export function toUploadKey(fileName: string, now: Date): string {
  return assertSafeObjectKey(
    `${UPLOAD_PREFIX}${now.toISOString().slice(0, 10)}/${randomUUID().slice(0, 8)}/${fileName}`,
  );
}

async function mapLimit<T, R>(items: readonly T[], limit: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const workers = Array.from({ length: Math.min(limit, items.length) }, async () => {
    while (next < items.length) {
      const i = next++;
      results[i] = await fn(items[i] as T);
    }
  });
  await Promise.all(workers);
  return results;
}

/** Order of the summary rows: success first, then what needs a person, then failures. */
const STATUS_ORDER = ['published', 'duplicate', 'needs_review', 'needs_ocr', 'failed', 'queued'];

/** Counts per status (and per reason for failures) as an aligned text table with a total row. */
export function formatSummaryTable(results: readonly Pick<FileResult, 'status' | 'reason'>[]): string {
  const counts = new Map<string, { status: string; reason: string; files: number }>();
  for (const r of results) {
    const reason = r.status === 'failed' || r.status === 'upload_failed' ? (r.reason ?? '') : '';
    const row = counts.get(`${r.status}\0${reason}`) ?? { status: r.status, reason, files: 0 };
    row.files++;
    counts.set(`${r.status}\0${reason}`, row);
  }
  const rank = (status: string) =>
    STATUS_ORDER.includes(status) ? STATUS_ORDER.indexOf(status) : STATUS_ORDER.length;
  const rows = [...counts.values()].sort(
    (a, b) =>
      rank(a.status) - rank(b.status) || a.status.localeCompare(b.status) || a.reason.localeCompare(b.reason),
  );
  const statusWidth = Math.max('status'.length, 'total'.length, ...rows.map((r) => r.status.length));
  const reasonWidth = Math.max('reason'.length, ...rows.map((r) => r.reason.length));
  const filesWidth = Math.max('files'.length, String(results.length).length);
  const line = (a: string, b: string, c: string) =>
    `${a.padEnd(statusWidth)}  ${b.padEnd(reasonWidth)}  ${c.padStart(filesWidth)}`;
  return [
    line('status', 'reason', 'files'),
    '-'.repeat(statusWidth + reasonWidth + filesWidth + 4),
    ...rows.map((r) => line(r.status, r.reason, String(r.files))),
    '-'.repeat(statusWidth + reasonWidth + filesWidth + 4),
    line('total', '', String(results.length)),
  ].join('\n');
}

const IngestListingSchema = z.object({
  items: z.array(IngestRecordSchema),
  next: z.string().nullable().optional(),
});

/** How far before this run's start an ingest of ours may be stamped (the API's clock, not ours). */
const CLOCK_MARGIN_MS = 10 * 60_000;

/**
 * The ingests of `keys`, from the archivists' listing (newest first) paged back to `since`: a few
 * requests per poll for the whole run, where asking per file (`?key=`) cost one request per
 * pending file, each a filtered walk of the listing on the API side.
 */
async function fetchIngestsOf(
  apiUrl: string,
  keys: ReadonlySet<string>,
  since: string,
  get: (url: URL) => Promise<Response>,
) {
  const found = new Map<string, z.infer<typeof IngestRecordSchema>>();
  let url: URL | null = new URL('/v1/ingests', apiUrl);
  url.searchParams.set('limit', String(Math.min(1000, keys.size + 50)));
  while (url && found.size < keys.size) {
    const response = await get(url);
    if (!response.ok) throw new Error(`${url} answered ${response.status}`);
    const page = IngestListingSchema.parse(await response.json());
    for (const item of page.items) if (keys.has(item.key)) found.set(item.key, item);
    const oldest = page.items.at(-1);
    url = oldest && oldest.createdAt >= since && page.next ? new URL(page.next, apiUrl) : null;
  }
  return found;
}

/** Before anything is uploaded: the ingest listing must accept the token, or --wait could only time out. */
async function assertSignedIn(apiUrl: string, get: (url: URL) => Promise<Response>): Promise<void> {
  const url = new URL('/v1/ingests?limit=1', apiUrl);
  const response = await get(url).catch(() => null);
  if (response?.status === 401 || response?.status === 403)
    throw new Error(
      `the API at ${apiUrl} refused the archivist token (${response.status}): set ARCHIVIST_TOKEN to the token \`npm start\` printed (locally it is also in $DATA_DIR/archivist-token) or, on AWS, to your Cognito access token`,
    );
}

/**
 * Against the local stack: its S3 emulator (and, with --wait, its API) must answer before the
 * first upload, or the run stops with one line naming the variable to set.
 */
async function assertLocalStackAnswers(target: {
  s3: S3Client;
  bucket: string;
  s3Endpoint: string | undefined;
  apiUrl: string;
  wait: boolean;
}): Promise<void> {
  const hint = 'is `npm start` running? Give this command the same PORT and S3_PORT as it';
  try {
    await target.s3.send(new HeadBucketCommand({ Bucket: target.bucket }));
  } catch (error) {
    const status = (error as { $metadata?: { httpStatusCode?: number } }).$metadata?.httpStatusCode;
    if (status === 404)
      throw new Error(`the S3 emulator at ${target.s3Endpoint} has no bucket ${target.bucket}`);
    throw new Error(`nothing answers at ${target.s3Endpoint} (S3_PORT): ${hint}`);
  }
  if (!target.wait) return;
  const health = await fetch(new URL('/health', target.apiUrl)).catch(() => null);
  if (!health?.ok)
    throw new Error(`the feed API does not answer at ${target.apiUrl} (PORT, or --endpoint): ${hint}`);
}

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      wait: { type: 'boolean', default: false },
      json: { type: 'boolean', default: false },
      endpoint: { type: 'string' },
      bucket: { type: 'string' },
      's3-endpoint': { type: 'string' },
      stack: { type: 'string' },
      timeout: { type: 'string', default: '900' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help || positionals.length === 0) {
    console.error(USAGE);
    return values.help ? 0 : 2;
  }
  const local = loadLocalConfig(process.env);
  // --stack: the deployed stage's bucket and API from its outputs; flags given explicitly still win.
  const deployed = values.stack ? await describeDeployedStack(values.stack) : undefined;
  const token = deployed
    ? (local.archivistToken ?? null)
    : readArchivistToken({ dataDir: local.dataDir, fromEnv: local.archivistToken });
  const getIngest = archivistFetch(token);
  const apiUrl = values.endpoint ?? deployed?.apiUrl ?? local.apiUrl;
  values.bucket ??= deployed?.originalsBucket;
  const isLocal = !values.bucket || values['s3-endpoint'] !== undefined;
  const bucket = values.bucket ?? LOCAL_ORIGINALS_BUCKET;
  const s3Endpoint =
    values['s3-endpoint'] ?? (values.bucket ? undefined : `http://127.0.0.1:${local.s3Port}`);
  const s3 = new S3Client({
    region: deployed?.region ?? process.env.AWS_REGION ?? 'eu-north-1',
    requestChecksumCalculation: 'WHEN_REQUIRED',
    responseChecksumValidation: 'WHEN_REQUIRED',
    ...(s3Endpoint ? { endpoint: s3Endpoint, forcePathStyle: true } : {}),
    ...(isLocal ? { credentials: { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' } } : {}),
  });

  if (isLocal) await assertLocalStackAnswers({ s3, bucket, s3Endpoint, apiUrl, wait: values.wait });
  if (values.wait) await assertSignedIn(apiUrl, getIngest);
  const files = collectPdfFiles(positionals);
  const startedAt = Date.now();
  if (files.length === 0) {
    console.error('no PDF files found');
    return 2;
  }
  const bar = new cliProgress.SingleBar(
    { format: '{phase} [{bar}] {value}/{total} {file}', hideCursor: true },
    cliProgress.Presets.shades_classic,
  );
  bar.start(files.length, 0, { phase: 'uploading', file: '' });
  const results: FileResult[] = await mapLimit(files, 8, async (file) => {
    const bytes = fs.readFileSync(file);
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    let key: string;
    try {
      key = toUploadKey(path.basename(file), new Date());
    } catch (error) {
      bar.increment(1, { file: path.basename(file) });
      const reason = `refused: ${(error as Error).message}`;
      const explanation = 'no object key may carry this file name; rename the file and upload it again';
      return {
        file,
        sha256,
        key: '',
        status: 'upload_failed',
        reason,
        explanation,
        caseId: null,
        warnings: [],
      };
    }
    try {
      await s3.send(
        new PutObjectCommand({ Bucket: bucket, Key: key, Body: bytes, ContentType: 'application/pdf' }),
      );
      bar.increment(1, { file: path.basename(file) });
      return {
        file,
        sha256,
        key,
        status: 'queued',
        reason: null,
        explanation: null,
        caseId: null,
        warnings: [],
      };
    } catch (error) {
      bar.increment(1, { file: path.basename(file) });
      return {
        file,
        sha256,
        key,
        status: 'upload_failed',
        reason: (error as Error).message,
        explanation: null,
        caseId: null,
        warnings: [],
      };
    }
  });
  bar.stop();

  if (values.wait) {
    const deadline = Date.now() + Number(values.timeout) * 1000;
    const pending = () => results.filter((r) => r.status === 'queued' || r.status === 'processing');
    bar.start(files.length, files.length - pending().length, { phase: 'ingesting', file: '' });
    const since = new Date(startedAt - CLOCK_MARGIN_MS).toISOString();
    while (pending().length > 0 && Date.now() < deadline) {
      const waiting = pending();
      const ingests = await fetchIngestsOf(
        apiUrl,
        new Set(waiting.map((r) => r.key)),
        since,
        getIngest,
      ).catch(() => new Map<string, z.infer<typeof IngestRecordSchema>>());
      for (const r of waiting) {
        const ingest = ingests.get(r.key);
        if (!ingest || !isSettled(ingest)) continue;
        Object.assign(r, {
          status: ingest.status,
          reason: ingest.reason ?? ingest.message,
          explanation: explainIngest(ingest),
          caseId: ingest.caseId,
          warnings: ingest.warnings.map((w) => `${w.path}: ${w.message}${w.page ? ` (page ${w.page})` : ''}`),
        });
        bar.increment(1, { file: path.basename(r.file) });
      }
      if (pending().length > 0) await new Promise((resolve) => setTimeout(resolve, POLL_MS));
    }
    bar.stop();
    for (const r of pending()) {
      Object.assign(r, {
        status: 'timeout_waiting',
        reason: 'no terminal status in time',
        explanation: `still ${r.status} after --timeout ${values.timeout} s; see \`GET /v1/ingests?key=\` for it later`,
      });
    }
  }

  for (const r of results) {
    if (values.json) {
      const { key: _key, ...line } = r;
      console.log(JSON.stringify(line));
    } else {
      console.log(formatFileResult(r));
    }
  }
  // the table goes where it does not mix into --json's one-object-per-line stdout
  (values.json ? console.error : console.log)(`\n${formatSummaryTable(results)}`);
  return exitCodeOf(results, values.wait);
}

// only when run as the CLI, so tests can import formatSummaryTable
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  try {
    process.exitCode = await main();
  } catch (error) {
    console.error(`upload: ${(error as Error).message}`);
    process.exitCode = 2;
  }
}
