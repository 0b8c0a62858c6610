// State lives under the data dir: a stopped and restarted stack still serves what it published,
// and an upload whose ingest never finished (the stack died first) is picked up at the next start.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { afterAll, describe, expect, it } from 'vitest';
import { type LocalStack, startLocalStack } from '../../local/local-stack.ts';
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
    await s3.send(new PutObjectCommand({ Bucket: first.bucket, Key: 'restart/seed.pdf', Body: seed }));
    expect(await waitForStatus(first, 'restart/seed.pdf')).toBe('published');
    // the queue is stopped first, as if the worker died: this upload is stored but never ingested
    await first.queue.stop();
    await s3.send(new PutObjectCommand({ Bucket: first.bucket, Key: 'restart/pm.pdf', Body: other }));
    await first.stop();

    const second = await startLocalStack({ dataDir, port: 0, ...ports });
    try {
      expect(second.requeued).toBe(1);
      expect(await waitForStatus(second, 'restart/pm.pdf')).toBe('published');
      const response = await fetch(`${second.apiUrl}/v1/cases/stockholm-2017-000991`);
      expect(response.status).toBe(200);
      expect(((await response.json()) as { date: string }).date).toBe('2018-04-25');
    } finally {
      s3.destroy();
      await second.stop();
    }
  });
});
