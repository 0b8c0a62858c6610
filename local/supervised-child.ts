// One child process of the local stack (DynamoDB Local, the S3 emulator) kept alive: started, probed
// until it answers, and restarted on the same data dir and port when it dies on its own. A child that
// keeps dying (crash loop) is given up on, so the stack can stop with a clear message instead.
import type { ChildProcess } from 'node:child_process';

export type PartStatus = 'starting' | 'up' | 'down' | 'restarting' | 'failed' | 'stopped';

/** What /health and the `npm start` log say about one part. */
export interface PartState {
  /** `store` (DynamoDB Local) or `objects` (the S3 emulator). */
  part: string;
  label: string;
  status: PartStatus;
  /** When the status last changed (ISO 8601). */
  since: string;
  restarts: number;
  /** How the child last ended on its own, e.g. `killed by SIGKILL`. */
  lastExit: string | null;
  pid: number | null;
}

export interface SupervisedChildOptions {
  part: string;
  label: string;
  /** Starts the process; the supervisor watches its exit. */
  spawn: () => ChildProcess;
  /** Resolves once the child answers (and is set up); rejects if it cannot within `readyTimeoutMs`. */
  probe: (child: ChildProcess) => Promise<void>;
  readyTimeoutMs?: number;
  /** Give up after this many restarts within `crashWindowMs`. */
  maxRestarts?: number;
  crashWindowMs?: number;
  /** Wait this long after an exit before restarting: a Ctrl-C reaches the whole process group. */
  restartDelayMs?: number;
  onChange?: (state: PartState) => void;
}

const describeExit = (code: number | null, signal: NodeJS.Signals | null) =>
  signal ? `killed by ${signal}` : `exited with code ${code}`;

export class SupervisedChild {
  private child: ChildProcess | null = null;
  private stopping = false;
  private restartTimes: number[] = [];
  private upWaiters: { resolve: () => void; reject: (error: Error) => void }[] = [];
  private state: PartState;

  constructor(private readonly options: SupervisedChildOptions) {
    this.state = {
      part: options.part,
      label: options.label,
      status: 'starting',
      since: new Date().toISOString(),
      restarts: 0,
      lastExit: null,
      pid: null,
    };
  }

  get current(): PartState {
    return { ...this.state };
  }

  get pid(): number | null {
    return this.child?.pid ?? null;
  }

  /** First start: resolves when the child answers, rejects (and stops it) when it does not. */
  async start(): Promise<void> {
    await this.launch();
  }

  /** Resolves when the part is up; rejects if the supervisor gives up on it or stops. */
  whenUp(): Promise<void> {
    if (this.state.status === 'up') return Promise.resolve();
    if (this.state.status === 'failed' || this.state.status === 'stopped') {
      return Promise.reject(new Error(`${this.options.label} is ${this.state.status}`));
    }
    return new Promise((resolve, reject) => this.upWaiters.push({ resolve, reject }));
  }

  async stop(): Promise<void> {
    this.stopping = true;
    const child = this.child;
    this.setStatus('stopped');
    this.settleWaiters(new Error(`${this.options.label} was stopped`));
    if (!child || child.exitCode !== null || child.signalCode !== null) return;
    await new Promise<void>((resolve) => {
      child.once('exit', () => resolve());
      child.kill('SIGTERM');
      setTimeout(() => child.kill('SIGKILL'), 3000).unref();
    });
  }

  private async launch(): Promise<void> {
    const child = this.options.spawn();
    this.child = child;
    this.state.pid = child.pid ?? null;
    let exited = false;
    child.once('exit', (code, signal) => {
      exited = true;
      if (this.child === child) this.onExit(code, signal);
    });
    // a spawn failure (no java on PATH) arrives as 'error' and then maybe no 'exit'
    child.once('error', () => {
      if (!exited && this.child === child) this.onExit(null, null);
    });
    const timeoutMs = this.options.readyTimeoutMs ?? 30_000;
    let timer: NodeJS.Timeout | undefined;
    try {
      await Promise.race([
        this.options.probe(child),
        new Promise<never>((_, reject) => {
          timer = setTimeout(
            () => reject(new Error(`${this.options.label} did not answer within ${timeoutMs} ms`)),
            timeoutMs,
          );
        }),
      ]);
    } catch (error) {
      if (this.child === child && !exited) child.kill('SIGKILL');
      throw error;
    } finally {
      clearTimeout(timer);
    }
    if (exited || this.stopping) throw new Error(`${this.options.label} ${this.state.lastExit ?? 'exited'}`);
    this.setStatus('up');
    this.settleWaiters();
  }

  private onExit(code: number | null, signal: NodeJS.Signals | null): void {
    if (this.stopping) return;
    const wasUp = this.state.status === 'up';
    this.state.lastExit = describeExit(code, signal);
    this.state.pid = null;
    // during the first start, start() reports the failure itself
    if (!wasUp && this.state.status === 'starting') return;
    if (this.state.status === 'restarting') return;
    this.setStatus('down');
    setTimeout(() => void this.restart(), this.options.restartDelayMs ?? 300).unref();
  }

  private async restart(): Promise<void> {
    if (this.stopping) return;
    const now = Date.now();
    const window = this.options.crashWindowMs ?? 60_000;
    this.restartTimes = this.restartTimes.filter((t) => now - t < window);
    if (this.restartTimes.length >= (this.options.maxRestarts ?? 5)) {
      this.setStatus('failed');
      this.settleWaiters(
        new Error(
          `${this.options.label} died ${this.restartTimes.length + 1} times within ${window / 1000} s`,
        ),
      );
      return;
    }
    this.restartTimes.push(now);
    this.state.restarts++;
    this.setStatus('restarting');
    try {
      await this.launch();
    } catch {
      if (this.stopping) return;
      // counted as another crash: try again (or give up) after the delay
      this.setStatus('down');
      setTimeout(() => void this.restart(), this.options.restartDelayMs ?? 300).unref();
    }
  }

  private setStatus(status: PartStatus): void {
    if (this.state.status === status) return;
    this.state.status = status;
    this.state.since = new Date().toISOString();
    this.options.onChange?.(this.current);
  }

  private settleWaiters(error?: Error): void {
    const waiters = this.upWaiters;
    this.upWaiters = [];
    for (const w of waiters) {
      if (error) w.reject(error);
      else w.resolve();
    }
  }
}
