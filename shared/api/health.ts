// /health: asks the store and the object store each, with a time limit, and says which part is down
// (with the local stack's own view of its child processes, when it passes one in). Never throws.

/** One part as the local stack's supervisor sees it (local/supervised-child.ts); AWS has none. */
export interface PartReport {
  part: string;
  label: string;
  status: string;
  since: string;
  restarts: number;
  lastExit: string | null;
}

export interface PartHealth {
  status: 'up' | 'down';
  /** The supervisor's word where there is one: `restarting`, `failed`… */
  detail?: string;
  message?: string;
  restarts?: number;
  lastExit?: string | null;
}

export interface Health {
  status: 'ok' | 'unavailable';
  parts: { store: PartHealth; objects: PartHealth };
}

const CHECK_TIMEOUT_MS = 2_000;

async function check(probe: () => Promise<unknown>): Promise<{ ok: true } | { ok: false; message: string }> {
  let timer: NodeJS.Timeout | undefined;
  try {
    await Promise.race([
      probe(),
      new Promise((_, reject) => {
        timer = setTimeout(
          () => reject(new Error(`no answer within ${CHECK_TIMEOUT_MS} ms`)),
          CHECK_TIMEOUT_MS,
        );
      }),
    ]);
    return { ok: true };
  } catch (error) {
    return { ok: false, message: error instanceof Error ? error.message || error.name : String(error) };
  } finally {
    clearTimeout(timer);
  }
}

/** `store` (DynamoDB) and `objects` (S3) each up or down, and why. */
export async function checkHealth(probes: {
  store: () => Promise<unknown>;
  objects: () => Promise<unknown>;
  describeParts?: (() => PartReport[]) | undefined;
}): Promise<Health> {
  const [store, objects] = await Promise.all([check(probes.store), check(probes.objects)]);
  const reports = probes.describeParts?.() ?? [];
  const partHealth = (name: string, result: Awaited<ReturnType<typeof check>>): PartHealth => {
    const report = reports.find((r) => r.part === name);
    const supervisorDown = report !== undefined && report.status !== 'up';
    const health: PartHealth = { status: result.ok && !supervisorDown ? 'up' : 'down' };
    if (report) {
      if (supervisorDown) health.detail = `${report.label} is ${report.status} since ${report.since}`;
      health.restarts = report.restarts;
      health.lastExit = report.lastExit;
    }
    if (!result.ok) health.message = result.message;
    return health;
  };
  const parts = { store: partHealth('store', store), objects: partHealth('objects', objects) };
  const ok = parts.store.status === 'up' && parts.objects.status === 'up';
  return { status: ok ? 'ok' : 'unavailable', parts };
}

/** Network errors and AWS throttling, where a retry will do: a 503, not a 500. */
const UNAVAILABLE_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'EHOSTUNREACH']);
const UNAVAILABLE_NAMES = new Set([
  'TimeoutError',
  'ServiceUnavailable',
  'ThrottlingException',
  'ProvisionedThroughputExceededException',
  'RequestLimitExceeded',
  'SlowDown',
  // the sign-in provider's keys could not be fetched (shared/api/cognito-verifier.ts)
  'SignInUnavailableError',
]);

export function isUnavailableError(error: unknown): boolean {
  for (let e: unknown = error, depth = 0; e && depth < 5; depth++) {
    const { code, name, cause } = e as { code?: unknown; name?: unknown; cause?: unknown };
    if (typeof code === 'string' && UNAVAILABLE_CODES.has(code)) return true;
    if (typeof name === 'string' && UNAVAILABLE_NAMES.has(name)) return true;
    e = cause;
  }
  return false;
}
