// Starts the real local services (DynamoDB Local, s3rver) or the whole local stack for a benchmark,
// on free ports with a throw-away data dir that is removed again on stop. Measures nothing itself.
import '../local/quiet-sdk-warning.ts';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PutObjectCommand } from '@aws-sdk/client-s3';
import { createDependencies } from '../lambdas/dependencies.ts';
import { type LocalServices, startLocalServices } from '../local/local-services.ts';
import { type LocalStack, type LocalStackOptions, startLocalStack } from '../local/local-stack.ts';
import { ingestObject } from '../shared/ingest/ingest-object.ts';
import { extractText } from '../shared/pdf/extract-text.ts';
import { findFreePort } from '../test/support/free-port.ts';
import { readCorpusPdfs, withMarker } from './bench-inputs.ts';

export interface BenchServices {
  services: LocalServices;
  dynamoPort: number;
  s3Port: number;
  stop(): Promise<void>;
}

export interface BenchStack {
  stack: LocalStack;
  dynamoPort: number;
  s3Port: number;
  stop(): Promise<void>;
}

/**
 * Data dirs go to tmpfs when there is one: DynamoDB Local's SQLite file then costs no disk syncs, so
 * loading 50,000 cases takes minutes, not tens of minutes.
 */
function tempDataDir(label: string): string {
  const base = fs.existsSync('/dev/shm') ? '/dev/shm' : os.tmpdir();
  return fs.mkdtempSync(path.join(base, `remissvar-bench-${label}-`));
}

/** DynamoDB Local + s3rver with the table and bucket, but no queue and no API. */
export async function startBenchServices(label: string): Promise<BenchServices> {
  const dataDir = tempDataDir(label);
  const dynamoPort = await findFreePort();
  const s3Port = await findFreePort();
  try {
    const services = await startLocalServices({ dataDir, dynamoPort, s3Port });
    return {
      services,
      dynamoPort,
      s3Port,
      async stop() {
        await services.stop();
        fs.rmSync(dataDir, { recursive: true, force: true });
      },
    };
  } catch (error) {
    fs.rmSync(dataDir, { recursive: true, force: true });
    throw error;
  }
}

/** The whole local pipeline (`npm start` without the terminal UI), API on a free port. */
export async function startBenchStack(
  label: string,
  overrides: Partial<Omit<LocalStackOptions, 'dataDir' | 'port' | 'dynamoPort' | 's3Port'>> = {},
): Promise<BenchStack> {
  const dataDir = tempDataDir(label);
  const dynamoPort = await findFreePort();
  const s3Port = await findFreePort();
  const port = await findFreePort();
  try {
    const stack = await startLocalStack({
      dataDir,
      port,
      dynamoPort,
      s3Port,
      retryDelayMs: 200,
      ...overrides,
    });
    return {
      stack,
      dynamoPort,
      s3Port,
      async stop() {
        await stack.stop();
        fs.rmSync(dataDir, { recursive: true, force: true });
      },
    };
  } catch (error) {
    fs.rmSync(dataDir, { recursive: true, force: true });
    throw error;
  }
}

let shared: Promise<BenchServices> | undefined;

/**
 * One services instance shared by the benchmarks that only need the store and the bucket (cold
 * start, memory): DynamoDB Local takes seconds to start. bench/run.ts stops it at the end.
 */
export function getSharedServices(): Promise<BenchServices> {
  shared ??= startBenchServices('shared').then(async (bench) => {
    await warmEmulators(bench.services.env);
    return bench;
  });
  return shared;
}

/**
 * A fresh DynamoDB Local answers its first requests several times slower (the JVM is cold): ingest
 * two corpus PDFs in-process first, so a Lambda's cold start is not charged for the emulator's.
 */
async function warmEmulators(env: Record<string, string>): Promise<void> {
  const deps = createDependencies(env);
  try {
    for (const [i, pdf] of readCorpusPdfs().slice(0, 2).entries()) {
      const bytes = withMarker(pdf.bytes, `bench-warm-${i}`);
      const key = `uploads/bench/warm-${i}/${pdf.name}`;
      await deps.s3.send(new PutObjectCommand({ Bucket: deps.objects.bucket, Key: key, Body: bytes }));
      await ingestObject(
        { ...deps, readPdfText: extractText, maxPdfBytes: deps.config.maxPdfBytes },
        { bucket: deps.objects.bucket, key, versionId: null, eTag: null, size: bytes.byteLength },
      );
    }
  } finally {
    deps.dynamo.destroy();
    deps.s3.destroy();
  }
}

export async function stopSharedServices(): Promise<void> {
  const running = shared;
  shared = undefined;
  if (running) await (await running.catch(() => null))?.stop();
}
