// The local S3 emulator as its own child process (started by local-services.ts): s3rver on
// 127.0.0.1 over a data dir, with atomic writes and a guard that refuses object keys with `..`, `.`,
// empty or absolute segments before s3rver maps them to a file path (it once wrote outside its dir).
// Reports `ready` and every S3 event to the parent over IPC; exits when the parent goes away.
import { pathToFileURL } from 'node:url';
import S3rver from 's3rver';
import { findObjectKeyProblem } from '../shared/model/object-key.ts';
import { makeS3rverWritesAtomic } from './s3rver-atomic-writes.ts';

/** What the parent learns from this process. */
export type S3EmulatorMessage =
  | { type: 'ready'; port: number }
  | { type: 'event'; event: unknown }
  | { type: 'failed'; message: string };

/** S3's bucket-name rules (lower-case letters, digits, dots, dashes; 3–63 long; no `..`). */
const BUCKET_NAME = /^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/;

/** `/bucket/key…` (path-style, as the SDK clients here are configured) → bucket and decoded key. */
export function splitRequestPath(rawPath: string): { bucket: string; key: string } | null {
  const path = rawPath.startsWith('/') ? rawPath.slice(1) : rawPath;
  if (path === '') return { bucket: '', key: '' };
  const slash = path.indexOf('/');
  try {
    if (slash < 0) return { bucket: decodeURIComponent(path), key: '' };
    return {
      bucket: decodeURIComponent(path.slice(0, slash)),
      key: decodeURIComponent(path.slice(slash + 1)),
    };
  } catch {
    return null;
  }
}

/** Why a request must not reach the filesystem store; null when it may. */
export function findRequestProblem(rawPath: string, copySource: string | undefined): string | null {
  const parts = splitRequestPath(rawPath);
  if (!parts) return 'the path is not valid percent-encoding';
  if (parts.bucket !== '' && (!BUCKET_NAME.test(parts.bucket) || parts.bucket.includes('..'))) {
    return `invalid bucket name ${JSON.stringify(parts.bucket.slice(0, 100))}`;
  }
  // a bucket-level request (`/bucket` or `/bucket/` with a query) names no key
  if (parts.key !== '') {
    const problem = findObjectKeyProblem(parts.key);
    if (problem) return problem;
  }
  if (copySource) {
    const source = splitRequestPath(copySource.split('?')[0] ?? '');
    const problem = source?.key ? findObjectKeyProblem(source.key) : 'the copy source names no object';
    if (problem) return `x-amz-copy-source: ${problem}`;
  }
  return null;
}

/** The part of a Koa context the guard reads and writes (s3rver is a Koa app; koa ships no types here). */
interface KoaContext {
  path: string;
  get(header: string): string;
  status: number;
  type: string;
  body: unknown;
}

function escapeXml(text: string): string {
  return text.replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** Koa middleware, first in s3rver's chain: a bad key is S3's 400 InvalidArgument, written nowhere. */
export function rejectUnsafeKeys() {
  return async (ctx: KoaContext, next: () => Promise<void>) => {
    const copySource = ctx.get('x-amz-copy-source') || undefined;
    const problem = findRequestProblem(ctx.path, copySource);
    if (!problem) return next();
    ctx.status = 400;
    ctx.type = 'application/xml';
    ctx.body = `<?xml version="1.0" encoding="UTF-8"?>\n<Error><Code>InvalidArgument</Code><Message>${escapeXml(
      `Refused by the local S3 emulator: ${problem}`,
    )}</Message></Error>`;
  };
}

function send(message: S3EmulatorMessage): void {
  process.send?.(message);
}

async function main(): Promise<void> {
  const [directory, portText] = process.argv.slice(2);
  const port = Number(portText);
  if (!directory || !Number.isInteger(port)) throw new Error('usage: s3-emulator.ts DIRECTORY PORT');
  makeS3rverWritesAtomic();
  const s3rver = new S3rver({
    address: '127.0.0.1',
    port,
    directory,
    silent: true,
    allowMismatchedSignatures: true,
  });
  // s3rver is a Koa app (its typings say neither): Koa composes its middleware when the server
  // starts, so the guard goes in front of s3rver's routes here; events come from Koa's emitter
  (s3rver as unknown as { middleware: unknown[] }).middleware.unshift(rejectUnsafeKeys());
  (s3rver as unknown as NodeJS.EventEmitter).on('event', (event: unknown) => send({ type: 'event', event }));
  const address = await s3rver.run();
  send({ type: 'ready', port: typeof address === 'object' && address ? address.port : port });
  // The parent decides when this stops (it sends SIGTERM); Ctrl-C reaches the whole process group,
  // and the parent must see this exit as part of its own shutdown, not as a crash to restart.
  process.on('SIGINT', () => undefined);
  process.on('disconnect', () => process.exit(0));
  process.on('SIGTERM', () => {
    s3rver.close().finally(() => process.exit(0));
  });
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((error: Error) => {
    send({ type: 'failed', message: error.message });
    process.exit(1);
  });
}
