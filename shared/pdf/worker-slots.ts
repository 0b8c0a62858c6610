// The thread pool both isolated readers (text layer, OCR) run their documents in: a bounded set of
// worker threads, each replaced after a number of documents, handed out one document at a time;
// and the process-RSS watchdog that stops the oldest read when memory outside the heaps grows too far.
import type { Worker } from 'node:worker_threads';

export interface WorkerSlot {
  worker: Worker | null;
  /** Settles when the thread has loaded its module and said it is ready. */
  ready: Promise<void>;
  /** Documents handed to this thread so far. */
  uses: number;
  busy: boolean;
}

export interface WorkerSlotsOptions {
  /** What the pool serves, for its errors: `PDF reader`, `OCR reader`. */
  what: string;
  /** Threads running at once; further reads wait their turn. */
  threads: number;
  /** A thread is replaced after this many documents (its memory only grows). */
  usesPerThread: number;
  /** The module a thread imports (the bundle itself, or a dev build of it). */
  moduleUrl: () => Promise<string>;
  /** Starts the slot's thread and sets `slot.worker`; resolves when the thread is ready. */
  start: (slot: WorkerSlot, moduleUrl: string) => Promise<void>;
}

export class WorkerSlots {
  private readonly slots = new Set<WorkerSlot>();
  private readonly waiting: (() => void)[] = [];
  private closedFlag = false;

  constructor(private readonly options: WorkerSlotsOptions) {}

  get closed(): boolean {
    return this.closedFlag;
  }

  /** An idle ready thread, a new one while under the cap, or a wait for one to come free. */
  async acquire(): Promise<WorkerSlot> {
    for (;;) {
      if (this.closedFlag) throw new Error(`the ${this.options.what} is closed`);
      const idle = [...this.slots].find((s) => !s.busy);
      const slot = idle ?? (this.slots.size < this.options.threads ? this.spawn() : null);
      if (slot) {
        slot.busy = true;
        try {
          await slot.ready;
          return slot;
        } catch (error) {
          this.discard(slot);
          throw error;
        }
      }
      await new Promise<void>((resolve) => this.waiting.push(resolve));
    }
  }

  release(slot: WorkerSlot): void {
    slot.busy = false;
    if (slot.uses >= this.options.usesPerThread) this.discard(slot);
    this.waiting.shift()?.();
  }

  /** Stops the slot's thread; it is never handed out again. */
  discard(slot: WorkerSlot): void {
    if (!this.slots.delete(slot)) return;
    void slot.worker?.terminate();
  }

  /** A slot whose thread exited on its own is never handed out again. */
  forget(slot: WorkerSlot): void {
    this.slots.delete(slot);
  }

  /** Stops every thread; reads in flight fail and waiting ones are woken to fail. */
  async close(): Promise<void> {
    this.closedFlag = true;
    await Promise.all([...this.slots].map((s) => s.worker?.terminate()));
    this.slots.clear();
    for (const wake of this.waiting.splice(0)) wake();
  }

  /** Starts a thread; the slot is taken at once, so concurrent reads never start too many. */
  private spawn(): WorkerSlot {
    const slot: WorkerSlot = { worker: null, ready: Promise.resolve(), uses: 0, busy: false };
    slot.ready = this.options.moduleUrl().then((url) => this.options.start(slot, url));
    this.slots.add(slot);
    return slot;
  }
}

/**
 * While reads run, the process's RSS may grow by at most `limitBytes` over what it was when the
 * oldest running read began; past that, the oldest read is stopped. Oldest, because a bomb runs for
 * seconds and a normal document for a fraction of one; process-wide, because a thread's
 * ArrayBuffers (and Tesseract's wasm memory) are not measurable from here.
 */
export class RssWatchdog {
  private readonly inFlight = new Map<number, { startRss: number; stop: () => void }>();
  private timer: NodeJS.Timeout | undefined;

  constructor(
    private readonly limitBytes: number,
    private readonly intervalMs: number,
  ) {}

  /** Watches a read from now; `stop` ends it when the process grows past the limit. */
  watch(id: number, stop: () => void): void {
    this.inFlight.set(id, { startRss: process.memoryUsage.rss(), stop });
    if (this.timer) return;
    this.timer = setInterval(() => {
      const oldest = this.inFlight.values().next().value;
      if (!oldest) {
        this.close();
        return;
      }
      if (process.memoryUsage.rss() - oldest.startRss > this.limitBytes) oldest.stop();
    }, this.intervalMs);
    this.timer.unref();
  }

  unwatch(id: number): void {
    this.inFlight.delete(id);
  }

  close(): void {
    clearInterval(this.timer);
    this.timer = undefined;
  }
}
