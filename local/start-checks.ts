// What can stop the local stack from starting, said in one line a person can act on: a port that
// is shared or taken (checked before anything starts, naming the variable and a free port), or a
// start-up step that failed (naming the step). Neither needs a stack trace.
import net from 'node:net';

export class PortInUseError extends Error {
  override name = 'PortInUseError';
}

/** A start-up step failed for a reason of the machine or the data dir, not of the code. */
export class StartupError extends Error {
  override name = 'StartupError';
}

/** Runs a start-up step; its failure becomes a StartupError that names the step. */
export async function startupStep<T>(what: string, step: () => Promise<T>): Promise<T> {
  try {
    return await step();
  } catch (error) {
    if (error instanceof PortInUseError || error instanceof StartupError) throw error;
    const message = (error instanceof Error ? error.message : String(error)).split('\n')[0];
    throw new StartupError(`could not ${what}: ${message}`, { cause: error });
  }
}

export interface NamedPort {
  port: number;
  /** The variable that sets it (PORT, DYNAMODB_PORT, S3_PORT). */
  variable: string;
  /** What listens there, for the message. */
  what: string;
}

/** Resolves true when nothing listens on 127.0.0.1:port (by listening on it for a moment). */
export function isPortFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.once('error', () => resolve(false));
    server.listen({ port, host: '127.0.0.1', exclusive: true }, () => server.close(() => resolve(true)));
  });
}

async function suggestFreePort(after: number, taken: ReadonlySet<number>): Promise<number | null> {
  for (let port = after + 1; port <= Math.min(after + 50, 65535); port++) {
    if (!taken.has(port) && (await isPortFree(port))) return port;
  }
  return null;
}

/** Throws PortInUseError for the first port that is shared or taken; port 0 means "any" and passes. */
export async function assertPortsFree(ports: readonly NamedPort[]): Promise<void> {
  const fixed = ports.filter((p) => p.port !== 0);
  const taken = new Set(fixed.map((p) => p.port));
  for (const [i, p] of fixed.entries()) {
    const other = fixed.slice(0, i).find((q) => q.port === p.port);
    if (other) {
      throw new PortInUseError(
        `${other.variable} and ${p.variable} are both ${p.port}: give ${p.variable} a port of its own`,
      );
    }
  }
  for (const p of fixed) {
    if (await isPortFree(p.port)) continue;
    const free = await suggestFreePort(p.port, taken);
    const instead = free ? `, e.g. ${p.variable}=${free}` : '';
    throw new PortInUseError(
      `port ${p.port} (${p.variable}, ${p.what}) is in use — is another \`npm start\` running? ` +
        `Stop it, or set ${p.variable} to a free port${instead}`,
    );
  }
}
