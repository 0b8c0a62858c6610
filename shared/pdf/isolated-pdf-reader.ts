// PDF bytes → page texts, parsed in a worker thread under a heap cap, an inflated-bytes cap, an RSS
// watchdog and a wall-time cap, so a hostile PDF ends as PdfReadError('too_large' | 'timeout') and
// never takes the process down. Works from TypeScript sources (tsx, vitest) and the Lambda bundle;
// the thread's side is pdf-parser-thread.ts.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { PDF_PARSER_BUNDLE_FILE } from '../config.ts';
import type { PdfText } from './extract-text.ts';
import { KEEP_NATIVE_BUILTINS_SOURCE } from './native-builtins.ts';
import { PdfReadError } from './pdf-errors.ts';
import { assertLooksLikePdf } from './pdf-header.ts';
import {
  type ParseReply,
  type ParseRequest,
  type ParserThreadSettings,
  PDF_PARSER_FLAG,
} from './pdf-parser-protocol.ts';
import { RssWatchdog, type WorkerSlot, WorkerSlots } from './worker-slots.ts';

export interface IsolatedPdfReaderOptions {
  /** V8 old-generation cap of each parser thread (resourceLimits.maxOldGenerationSizeMb). */
  memoryMb: number;
  /** Wall time one parse may take, from the moment a ready worker receives the bytes. */
  timeoutMs: number;
  /** Cap on what the PDF's Flate streams inflate to (pdf.js keeps that outside the V8 heap). */
  maxInflatedBytes: number;
  /** Parser threads running at once; further reads wait their turn. */
  threads?: number;
  /** How long a new thread may take to load pdf.js before the read fails as a (retryable) fault. */
  bootTimeoutMs?: number;
}

/** How often the main thread compares the process's RSS with the cap while parses run. */
const RSS_CHECK_MS = 50;
/** A thread is replaced after this many parses, so nothing pdf.js caches grows without bound. */
const PARSES_PER_THREAD = 200;
/**
 * The thread's young generation (V8's default is up to ~48 MB). A small one collects pdf.js's
 * short-lived objects sooner but promotes many of them, and the thread then spends its time in GC:
 * measured over the 41 corpus PDFs, paired in one process (CPU per document, in-process
 * extractText 9.1 ms): 4 MB 14.8 ms, 8 MB 13.4, 16 MB 13.0, 32 MB 10.8; peak RSS ingesting a
 * 100-page PDF 150 MB at 4 MB, 155 at 8, 163 at 16–48. 32 MB buys a quarter of the thread's CPU for
 * 13 MB of peak RSS; the heap cap (memoryMb), the timeout and the RSS watchdog are unchanged.
 */
const YOUNG_GENERATION_MB = 32;

/**
 * The worker's entry is evaluated source that imports the parser thread's module URL
 * (pdf-parser-thread.ts): in a Lambda bundle its own bundle file beside index.mjs
 * (PDF_PARSER_BUNDLE_FILE); from TypeScript sources a plain-ESM build of it (see workerModuleUrl).
 * Only dynamic import(): the source runs as CommonJS, or as ESM when the parent has --input-type.
 * It keeps the engine's built-ins first, before anything loads pdf.js (native-builtins.ts).
 */
const WORKER_BOOT_SOURCE = `
${KEEP_NATIVE_BUILTINS_SOURCE}
import('node:worker_threads').then(({ workerData, parentPort }) =>
  import(workerData.moduleUrl).catch((error) =>
    parentPort.postMessage({ type: 'boot-error', message: String((error && error.stack) || error) })));
`;

let devBuild: Promise<string> | undefined;

/**
 * The URL a parser thread imports: the parser's own bundle file beside this bundle, a dev build of
 * its entry otherwise. Not this bundle itself: a thread would compile the whole ingest bundle
 * (SDK, zod, the handler) only to run pdf.js (measured ~70 ms of V8 compile per thread).
 */
function workerModuleUrl(): Promise<string> {
  const own = import.meta.url;
  if (!own.endsWith('.ts')) {
    const sidecar = new URL(`./${PDF_PARSER_BUNDLE_FILE}`, own);
    if (!fs.existsSync(sidecar))
      return Promise.reject(
        new Error(`the PDF parser thread's bundle ${PDF_PARSER_BUNDLE_FILE} is missing beside ${own}`),
      );
    return Promise.resolve(sidecar.href);
  }
  devBuild ??= buildDevWorkerModule(fileURLToPath(new URL('./pdf-parser-thread.ts', own)));
  return devBuild;
}

/**
 * Under tsx or vitest a thread's entry is TypeScript, which a bare worker thread cannot load; running
 * tsx inside the thread costs ~6 s and ~450 MB per thread (it transforms pdf.js). So esbuild (a dev
 * dependency, never reached in the bundle) builds the entry once per content into plain ESM under
 * node_modules/.cache, with packages left as imports that resolve from node_modules as usual.
 */
export async function buildDevWorkerModule(entry: string): Promise<string> {
  // a computed name, so the Lambda bundler does not try to bundle esbuild itself
  const esbuildName = 'esbuild';
  const esbuild = (await import(esbuildName)) as typeof import('esbuild');
  const result = await esbuild.build({
    entryPoints: [entry],
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    packages: 'external',
    write: false,
    logLevel: 'silent',
  });
  const code = result.outputFiles[0]?.contents;
  if (!code) throw new Error('esbuild produced no PDF parser module');
  let root = path.dirname(entry);
  while (!fs.existsSync(path.join(root, 'node_modules')) && path.dirname(root) !== root)
    root = path.dirname(root);
  const dir = path.join(root, 'node_modules', '.cache', 'remissvar');
  const file = path.join(
    dir,
    `pdf-parser-${createHash('sha256').update(code).digest('hex').slice(0, 16)}.mjs`,
  );
  if (!fs.existsSync(file)) {
    fs.mkdirSync(dir, { recursive: true });
    // write then rename: another process may be building the same file right now
    const partial = `${file}.${process.pid}.partial`;
    fs.writeFileSync(partial, code);
    fs.renameSync(partial, file);
  }
  return pathToFileURL(file).href;
}

export class IsolatedPdfReader {
  private readonly slots: WorkerSlots;
  /**
   * The backstop for what the inflate guard cannot see (streams it cannot inflate, e.g. encrypted
   * ones, measured at 2.2 GB RSS): past the per-thread cap over where the oldest parse began, that
   * parse is stopped as `too_large`.
   */
  private readonly watchdog: RssWatchdog;
  private nextId = 1;
  private readonly bootTimeoutMs: number;

  constructor(private readonly options: IsolatedPdfReaderOptions) {
    this.bootTimeoutMs = options.bootTimeoutMs ?? 30_000;
    this.slots = new WorkerSlots({
      what: 'PDF reader',
      threads: Math.max(1, options.threads ?? 2),
      usesPerThread: PARSES_PER_THREAD,
      moduleUrl: workerModuleUrl,
      start: (slot, url) => this.startThread(slot, url),
    });
    this.watchdog = new RssWatchdog(options.memoryMb * 2 ** 20, RSS_CHECK_MS);
  }

  /** Page texts, or PdfReadError with the contract's reason; other errors are faults worth a retry. */
  read = async (bytes: Uint8Array): Promise<PdfText> => {
    assertLooksLikePdf(bytes);
    const slot = await this.slots.acquire();
    try {
      return await this.parseIn(slot, bytes);
    } finally {
      this.slots.release(slot);
    }
  };

  /** Stops every parser thread; reads in flight fail. */
  async close(): Promise<void> {
    this.watchdog.close();
    await this.slots.close();
  }

  private startThread(slot: WorkerSlot, moduleUrl: string): Promise<void> {
    if (this.slots.closed) throw new Error('the PDF reader is closed');
    const settings: ParserThreadSettings & { moduleUrl: string } = {
      [PDF_PARSER_FLAG]: true,
      moduleUrl,
      maxInflatedBytes: this.options.maxInflatedBytes,
    };
    const worker = new Worker(WORKER_BOOT_SOURCE, {
      eval: true,
      workerData: settings,
      // not the parent's flags: a tsx loader inherited from `tsx …` would transform pdf.js again
      execArgv: [],
      resourceLimits: {
        maxOldGenerationSizeMb: this.options.memoryMb,
        maxYoungGenerationSizeMb: YOUNG_GENERATION_MB,
      },
      // the thread's stdout/stderr would otherwise interleave pdf.js warnings with the stack's log
      stdout: true,
      stderr: true,
    });
    worker.unref();
    worker.stdout.resume();
    worker.stderr.resume();
    // an 'error' with no listener would throw in this thread; the per-parse listeners map it
    worker.on('error', () => undefined);
    const ready = new Promise<void>((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error('the PDF parser thread did not start in time')),
        this.bootTimeoutMs,
      );
      const onMessage = (reply: ParseReply) => {
        if (!('type' in reply)) return;
        clearTimeout(timer);
        worker.off('message', onMessage);
        if (reply.type === 'ready') resolve();
        else reject(new Error(`the PDF parser thread failed to start: ${reply.message}`));
      };
      worker.on('message', onMessage);
      worker.once('error', (error) => {
        clearTimeout(timer);
        reject(error);
      });
    });
    slot.worker = worker;
    // a slot whose thread died is never handed out again
    worker.once('exit', () => this.slots.forget(slot));
    return ready;
  }

  private parseIn(slot: WorkerSlot, bytes: Uint8Array): Promise<PdfText> {
    const id = this.nextId++;
    slot.uses++;
    const { worker } = slot;
    if (!worker) return Promise.reject(new Error('the PDF parser thread is not running'));
    return new Promise<PdfText>((resolve, reject) => {
      const cleanup = () => {
        this.watchdog.unwatch(id);
        clearTimeout(timer);
        worker.off('message', onMessage);
        worker.off('error', onError);
        worker.off('exit', onExit);
      };
      const timer = setTimeout(() => {
        cleanup();
        this.slots.discard(slot);
        reject(new PdfReadError('timeout', `parsing took longer than ${this.options.timeoutMs} ms`));
      }, this.options.timeoutMs);
      const onMessage = (message: ParseReply) => {
        if (!('id' in message) || message.id !== id) return;
        cleanup();
        if (message.ok) resolve(message.text);
        else if (message.reason) reject(new PdfReadError(message.reason, message.message));
        else reject(new Error(`the PDF parser failed: ${message.message}`));
      };
      const onError = (error: Error & { code?: string }) => {
        cleanup();
        this.slots.discard(slot);
        if (error.code === 'ERR_WORKER_OUT_OF_MEMORY') {
          reject(new PdfReadError('too_large', `parsing needed over ${this.options.memoryMb} MiB of heap`));
        } else reject(error);
      };
      const onExit = () => {
        cleanup();
        this.slots.discard(slot);
        reject(new Error('the PDF parser thread exited unexpectedly'));
      };
      worker.on('message', onMessage);
      worker.once('error', onError);
      worker.once('exit', onExit);
      this.watchdog.watch(id, () => {
        cleanup();
        this.slots.discard(slot);
        reject(
          new PdfReadError('too_large', `parsing needed over ${this.options.memoryMb} MiB outside the heap`),
        );
      });
      // a copy: the caller keeps its bytes (it hashes and may re-read them)
      const copy = new Uint8Array(bytes);
      worker.postMessage({ id, bytes: copy } satisfies ParseRequest, [copy.buffer]);
    });
  }
}
