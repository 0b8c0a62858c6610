// PDF bytes → page texts with OCR where a page has no text layer, read in a worker thread under a wall
// time, a heap cap, an RSS watchdog and the page, pixel and inflate limits, so a page bomb or a
// poisonous scan ends as PdfReadError('too_large' | 'timeout') and never takes the process down.
// The thread starts Tesseract on its first OCR'd page and keeps it for the next documents.
import { fileURLToPath } from 'node:url';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { buildDevWorkerModule } from '../isolated-pdf-reader.ts';
import { KEEP_NATIVE_BUILTINS_SOURCE } from '../native-builtins.ts';
import { PdfReadError } from '../pdf-errors.ts';
import { assertLooksLikePdf } from '../pdf-header.ts';
import { RssWatchdog, type WorkerSlot, WorkerSlots } from '../worker-slots.ts';
import type { OcrLimits, OcrProgress, OcrText } from './read-pdf-with-ocr.ts';

export interface IsolatedOcrReaderOptions {
  /** Wall time one document may take, pages rendered and read included. */
  timeoutMs: number;
  /** How far the process's RSS may grow while a document is read (Tesseract's wasm memory included). */
  memoryMb: number;
  /** Cap on what the PDF's non-image Flate streams inflate to (as for the text parser). */
  maxInflatedBytes: number;
  limits: Omit<OcrLimits, 'pdfjsWasmDir'>;
  /** OCR threads running at once; further reads wait their turn. Default 1. */
  threads?: number;
  /** How long a new thread may take to load pdf.js before the read fails as a (retryable) fault. */
  bootTimeoutMs?: number;
}

export interface OcrReadOptions {
  /** After each page without a text layer is done. */
  onProgress?: (progress: OcrProgress) => void;
}

const WORKER_FLAG = 'remissvarOcrReader';
const RSS_CHECK_MS = 100;
/** Tesseract's wasm memory only grows: a thread is replaced after this many documents. */
const READS_PER_THREAD = 20;

type ReadRequest = { id: number; bytes: Uint8Array };
type ReadReply =
  | { type: 'ready' }
  | { type: 'boot-error'; message: string }
  | { id: number; type: 'progress'; progress: OcrProgress }
  | { id: number; type: 'done'; ok: true; text: OcrText }
  | { id: number; type: 'done'; ok: false; reason: PdfReadError['reason'] | null; message: string };

interface WorkerSettings {
  [WORKER_FLAG]: true;
  moduleUrl: string;
  maxInflatedBytes: number;
  limits: Omit<OcrLimits, 'pdfjsWasmDir'>;
}

/**
 * Evaluated source that imports this module (the bundle, or its dev build) inside the thread; it
 * keeps the engine's built-ins first, before anything loads pdf.js (native-builtins.ts).
 */
const WORKER_BOOT_SOURCE = `
${KEEP_NATIVE_BUILTINS_SOURCE}
import('node:worker_threads').then(({ workerData, parentPort }) =>
  import(workerData.moduleUrl).catch((error) =>
    parentPort.postMessage({ type: 'boot-error', message: String((error && error.stack) || error) })));
`;

if (!isMainThread && (workerData as Partial<WorkerSettings> | null)?.[WORKER_FLAG] === true) {
  serveReadRequests(workerData as WorkerSettings);
}

/** Worker side: one document at a time; the OCR engine is made on first need and kept. */
function serveReadRequests(settings: WorkerSettings): void {
  const port = parentPort;
  if (!port) return;
  void (async () => {
    const [
      { readPdfWithOcr },
      { createTesseractEngine },
      { locateOcrRuntime },
      { assertInflatedSizeWithin },
    ] = await Promise.all([
      import('./read-pdf-with-ocr.ts'),
      import('./tesseract-engine.ts'),
      import('./ocr-runtime.ts'),
      import('../inflate-guard.ts'),
    ]);
    const runtime = locateOcrRuntime();
    let engine: ReturnType<typeof createTesseractEngine> | undefined;
    port.on('message', async ({ id, bytes }: ReadRequest) => {
      try {
        await assertInflatedSizeWithin(bytes, settings.maxInflatedBytes);
        const text = await readPdfWithOcr(
          bytes,
          { ...settings.limits, pdfjsWasmDir: runtime.pdfjsWasmDir },
          () => {
            engine ??= createTesseractEngine(runtime);
            return engine;
          },
          (progress) => port.postMessage({ id, type: 'progress', progress } satisfies ReadReply),
        );
        port.postMessage({ id, type: 'done', ok: true, text } satisfies ReadReply);
      } catch (error) {
        port.postMessage({
          id,
          type: 'done',
          ok: false,
          reason: error instanceof PdfReadError ? error.reason : null,
          message: error instanceof Error ? error.message : String(error),
        } satisfies ReadReply);
      }
    });
    port.postMessage({ type: 'ready' } satisfies ReadReply);
  })().catch((error: unknown) =>
    port.postMessage({ type: 'boot-error', message: String(error) } satisfies ReadReply),
  );
}

let devBuild: Promise<string> | undefined;

/** The URL an OCR thread imports: this very file in the bundle, a dev build of it otherwise. */
function workerModuleUrl(): Promise<string> {
  const own = import.meta.url;
  if (!own.endsWith('.ts')) return Promise.resolve(own);
  devBuild ??= buildDevWorkerModule(fileURLToPath(own));
  return devBuild;
}

export class IsolatedOcrReader {
  private readonly slots: WorkerSlots;
  /** While reads run, the process's RSS may grow by at most memoryMb over where the oldest began. */
  private readonly watchdog: RssWatchdog;
  private nextId = 1;
  private readonly bootTimeoutMs: number;

  constructor(private readonly options: IsolatedOcrReaderOptions) {
    this.bootTimeoutMs = options.bootTimeoutMs ?? 60_000;
    this.slots = new WorkerSlots({
      what: 'OCR reader',
      threads: Math.max(1, options.threads ?? 1),
      usesPerThread: READS_PER_THREAD,
      moduleUrl: workerModuleUrl,
      start: (slot, url) => this.startThread(slot, url),
    });
    this.watchdog = new RssWatchdog(options.memoryMb * 2 ** 20, RSS_CHECK_MS);
  }

  /** Page texts (OCR'd where needed), or PdfReadError; other errors are faults worth a retry. */
  read = async (bytes: Uint8Array, options: OcrReadOptions = {}): Promise<OcrText> => {
    assertLooksLikePdf(bytes);
    const slot = await this.slots.acquire();
    try {
      return await this.readIn(slot, bytes, options);
    } finally {
      this.slots.release(slot);
    }
  };

  /** Stops every OCR thread (and the Tesseract thread inside it); reads in flight fail. */
  async close(): Promise<void> {
    this.watchdog.close();
    await this.slots.close();
  }

  private startThread(slot: WorkerSlot, moduleUrl: string): Promise<void> {
    if (this.slots.closed) throw new Error('the OCR reader is closed');
    const settings: WorkerSettings = {
      [WORKER_FLAG]: true,
      moduleUrl,
      maxInflatedBytes: this.options.maxInflatedBytes,
      limits: this.options.limits,
    };
    const worker = new Worker(WORKER_BOOT_SOURCE, {
      eval: true,
      workerData: settings,
      execArgv: [],
      // the heap holds pdf.js and one page's pixels at a time; Tesseract's wasm memory lives outside
      // it (and in its own thread), where the RSS watchdog sees it
      resourceLimits: { maxOldGenerationSizeMb: Math.max(256, Math.round(this.options.memoryMb / 2)) },
      // Tesseract prints notes ("Detected 657 diacritics") on stdout: keep them out of the stack's log
      stdout: true,
      stderr: true,
    });
    worker.unref();
    worker.stdout.resume();
    worker.stderr.resume();
    worker.on('error', () => undefined);
    const ready = new Promise<void>((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error('the OCR thread did not start in time')),
        this.bootTimeoutMs,
      );
      const onMessage = (reply: ReadReply) => {
        if (reply.type !== 'ready' && reply.type !== 'boot-error') return;
        clearTimeout(timer);
        worker.off('message', onMessage);
        if (reply.type === 'ready') resolve();
        else reject(new Error(`the OCR thread failed to start: ${reply.message}`));
      };
      worker.on('message', onMessage);
      worker.once('error', (error) => {
        clearTimeout(timer);
        reject(error);
      });
    });
    slot.worker = worker;
    worker.once('exit', () => this.slots.forget(slot));
    return ready;
  }

  private readIn(slot: WorkerSlot, bytes: Uint8Array, options: OcrReadOptions): Promise<OcrText> {
    const id = this.nextId++;
    slot.uses++;
    const { worker } = slot;
    if (!worker) return Promise.reject(new Error('the OCR thread is not running'));
    return new Promise<OcrText>((resolve, reject) => {
      const cleanup = () => {
        this.watchdog.unwatch(id);
        clearTimeout(timer);
        worker.off('message', onMessage);
        worker.off('error', onError);
        worker.off('exit', onExit);
      };
      const fail = (error: Error) => {
        cleanup();
        this.slots.discard(slot);
        reject(error);
      };
      const timer = setTimeout(
        () => fail(new PdfReadError('timeout', `OCR took longer than ${this.options.timeoutMs} ms`)),
        this.options.timeoutMs,
      );
      const onMessage = (message: ReadReply) => {
        if (!('id' in message) || message.id !== id) return;
        if (message.type === 'progress') {
          options.onProgress?.(message.progress);
          return;
        }
        cleanup();
        if (message.ok) resolve(message.text);
        else if (message.reason) reject(new PdfReadError(message.reason, message.message));
        else reject(new Error(`OCR failed: ${message.message}`));
      };
      const onError = (error: Error & { code?: string }) =>
        fail(
          error.code === 'ERR_WORKER_OUT_OF_MEMORY'
            ? new PdfReadError(
                'too_large',
                `OCR needed over its heap limit of ${this.options.memoryMb / 2} MiB`,
              )
            : error,
        );
      const onExit = () => fail(new Error('the OCR thread exited unexpectedly'));
      worker.on('message', onMessage);
      worker.once('error', onError);
      worker.once('exit', onExit);
      this.watchdog.watch(id, () =>
        fail(new PdfReadError('too_large', `OCR needed over ${this.options.memoryMb} MiB of memory`)),
      );
      const copy = new Uint8Array(bytes);
      worker.postMessage({ id, bytes: copy } satisfies ReadRequest, [copy.buffer]);
    });
  }
}
