// Counts the requests a process's SDK clients send to the stores (DynamoDB, S3), by command, and
// what the listings read, through a middleware on the real clients; and the CPU time of each of
// this process's threads (Linux /proc). For attributing a benchmark's time; measures no time itself.
import fs from 'node:fs';
import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import type { S3Client } from '@aws-sdk/client-s3';

export interface StoreRequestCounts {
  /** `dynamodb Query GSI2`, `s3 PutObject`… → requests sent. */
  byCommand: Map<string, number>;
  /** Items DynamoDB read for the Query requests (ScannedCount), by the same name. */
  itemsRead: Map<string, number>;
}

const bump = (map: Map<string, number>, key: string, by = 1) => map.set(key, (map.get(key) ?? 0) + by);

/** Starts counting every request the clients send; `stop` ends it (the middleware stays, idle). */
export function countStoreRequests(clients: { dynamo: DynamoDBClient; s3: S3Client }): {
  counts: StoreRequestCounts;
  stop: () => void;
} {
  const counts: StoreRequestCounts = { byCommand: new Map(), itemsRead: new Map() };
  let on = true;
  const nameOf = (store: string, command: string | undefined, input: unknown) => {
    const index = (input as { IndexName?: string } | undefined)?.IndexName;
    return `${store} ${String(command).replace(/Command$/, '')}${index ? ` ${index}` : ''}`;
  };
  const options = { step: 'initialize', name: 'benchCountStoreRequests' } as const;
  clients.dynamo.middlewareStack.add(
    (next, context) => async (args) => {
      const result = await next(args);
      if (on) {
        const name = nameOf('dynamodb', context.commandName, args.input);
        bump(counts.byCommand, name);
        const scanned = (result.output as { ScannedCount?: number }).ScannedCount;
        if (typeof scanned === 'number') bump(counts.itemsRead, name, scanned);
      }
      return result;
    },
    options,
  );
  clients.s3.middlewareStack.add(
    (next, context) => async (args) => {
      if (on) bump(counts.byCommand, nameOf('s3', context.commandName, undefined));
      return next(args);
    },
    options,
  );
  return { counts, stop: () => (on = false) };
}

/** Total requests, and those of one store. */
export function totalRequests(counts: StoreRequestCounts, store?: 'dynamodb' | 's3'): number {
  let n = 0;
  for (const [name, c] of counts.byCommand) if (!store || name.startsWith(`${store} `)) n += c;
  return n;
}

/** `name n, name n`, most first. */
export function formatCounts(map: Map<string, number>, per = 1): string {
  return [...map]
    .sort((a, b) => b[1] - a[1])
    .map(([name, n]) => `${name} ${Number.isInteger(n / per) ? n / per : (n / per).toFixed(1)}`)
    .join(', ');
}

/**
 * CPU ms this process's main thread (the event loop: our code, the SDK clients, the HTTP server)
 * has used, from /proc; null where there is none. The process's CPU less this is its other
 * threads': worker threads such as the PDF parsers, V8's GC and compiler helpers, libuv's pool.
 */
export function mainThreadCpuMs(): number | null {
  try {
    const stat = fs.readFileSync(`/proc/self/task/${process.pid}/stat`, 'utf8');
    const fields = stat.split(') ')[1]?.split(' ') ?? [];
    // utime and stime (fields 14 and 15 of stat, counted from after the command name), in ticks
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100;
  } catch {
    return null;
  }
}
