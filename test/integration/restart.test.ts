// State lives under the data dir: a stopped and restarted stack still serves what it published,
// and an upload whose ingest never finished (the stack died first, even by SIGKILL in the middle
// of a batch) is picked up at the next start.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { afterAll, describe, expect, it } from 'vitest';
import { type LocalStack, startLocalStack } from '../../local/local-stack.ts';
import { utlatandePdf } from '../fixtures/hostile/text-pdf.ts';
import { findFreePort } from '../support/free-port.ts';

const seed = fs.readFileSync(new URL('../fixtures/corpus/seed-2017-000991.pdf', import.meta.url));
const other = fs.readFileSync(new URL('../fixtures/corpus/04-pm-forskola-hjulsta.pdf', import.meta.url));

async function waitForStatus(stack: LocalStack, key: string): Promise<string> {
  for (let i = 0; i < 400; i++) {
    const { items } = await stack.deps.ingests.list({ key, limit: 1 });
    const status = items[0]?.status;
    if (status && status !== 'queued' && status !== 'processing') return status;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`no terminal status for ${key}`);
}

describe('startLocalStack', () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'remissvar-restart-'));
  afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

  it('keeps published cases across a restart and finishes uploads it never got to', async () => {
    const ports = { dynamoPort: await findFreePort(), s3Port: await findFreePort() };
    const first = await startLocalStack({ dataDir, port: 0, ...ports });
    const s3 = new S3Client({
      region: 'eu-north-1',
      endpoint: first.s3Endpoint,
      forcePathStyle: true,
      credentials: { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' },
      requestChecksumCalculation: 'WHEN_REQUIRED',
    });
    await s3.send(
      new PutObjectCommand({ Bucket: first.bucket, Key: 'uploads/restart/seed.pdf', Body: seed }),
    );
    expect(await waitForStatus(first, 'uploads/restart/seed.pdf')).toBe('published');
    // the queue is stopped first, as if the worker died: this upload is stored but never ingested
    await first.queue.stop();
    await s3.send(new PutObjectCommand({ Bucket: first.bucket, Key: 'uploads/restart/pm.pdf', Body: other }));
    await first.stop();

    const second = await startLocalStack({ dataDir, port: 0, ...ports });
    try {
      expect(second.requeued).toBe(1);
      expect(await waitForStatus(second, 'uploads/restart/pm.pdf')).toBe('published');
      const response = await fetch(`${second.apiUrl}/v1/cases/stockholm-2017-000991`);
      expect(response.status).toBe(200);
      expect(((await response.json()) as { date: string }).date).toBe('2018-04-25');
    } finally {
      s3.destroy();
      await second.stop();
    }
  });
});

describe('startLocalStack after a crash', () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'remissvar-crash-'));
  afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

  it('finishes every upload of a batch when the stack was killed (SIGKILL) in the middle of it', async () => {
    const ports = {
      port: await findFreePort(),
      dynamoPort: await findFreePort(),
      s3Port: await findFreePort(),
    };
    // `npm start` as its own process group, so one SIGKILL takes down Node and DynamoDB Local's JVM
    const crashing = spawn(process.execPath, ['--import', 'tsx', 'local/start.ts'], {
      cwd: new URL('../../', import.meta.url),
      detached: true,
      stdio: 'ignore',
      env: {
        ...process.env,
        PORT: String(ports.port),
        DATA_DIR: dataDir,
        DYNAMODB_PORT: String(ports.dynamoPort),
        S3_PORT: String(ports.s3Port),
        ARCHIVIST_TOKEN: 'restart-test-archivist-token',
      },
    });
    const apiUrl = `http://127.0.0.1:${ports.port}`;
    await until(async () => (await fetch(`${apiUrl}/health`).catch(() => null))?.status === 200, 60_000);
    const s3 = new S3Client({
      region: 'eu-north-1',
      endpoint: `http://127.0.0.1:${ports.s3Port}`,
      forcePathStyle: true,
      credentials: { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' },
      requestChecksumCalculation: 'WHEN_REQUIRED',
    });
    const keys = Array.from({ length: 12 }, (_, i) => `uploads/crash/case-${i}.pdf`);
    await Promise.all(
      keys.map((Key, i) =>
        s3.send(
          new PutObjectCommand({
            Bucket: 'remissvar-originals',
            Key,
            Body: utlatandePdf({ diarienummer: `2096/0000${10 + i}`, title: `Motion om brott nummer ${i}` }),
          }),
        ),
      ),
    );
    // kill as soon as an ingest is under way: it stays `processing` in the store
    let inFlight: { key: string }[] = [];
    await until(async () => {
      const response = await fetch(`${apiUrl}/v1/ingests?status=processing`, {
        headers: { Authorization: 'Bearer restart-test-archivist-token' },
      }).catch(() => null);
      inFlight = response?.ok ? ((await response.json()) as { items: { key: string }[] }).items : [];
      return inFlight.length > 0;
    }, 60_000);
    process.kill(-(crashing.pid ?? 0), 'SIGKILL');
    await new Promise((resolve) => crashing.once('exit', resolve));
    s3.destroy();

    const second = await until(
      () => startLocalStack({ dataDir, ...ports, port: 0 }).catch(() => null),
      30_000,
    );
    try {
      const statuses = await Promise.all(keys.map((key) => waitForStatus(second, key)));

      expect(second.requeued).toBeGreaterThan(0);
      expect(statuses).toEqual(keys.map(() => 'published'));
      for (const { key } of inFlight) {
        const { items } = await second.deps.ingests.list({ key, limit: 1 });
        expect(items[0]?.attempts).toBeGreaterThanOrEqual(2);
      }
      for (let i = 0; i < keys.length; i++) {
        const record = await second.deps.cases.get(`stockholm-2096-0000${10 + i}`);
        expect(record).toMatchObject({ revision: 1, title: `Motion om brott nummer ${i}` });
      }
    } finally {
      await second.stop();
    }
  });
});

/** Polls `check` until it returns something truthy. */
async function until<T>(check: () => Promise<T | null | false>, timeoutMs: number): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`gave up after ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 30));
  }
}
