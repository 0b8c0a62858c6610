// Faults the local stack must heal from by itself, caused for real: DynamoDB Local killed (SIGKILL)
// in the middle of a batch, and the S3 emulator killed while uploads arrive. The stack restarts the
// child on the same data dir, /health names the part that is down meanwhile, and every upload
// reaches exactly one terminal status with no case published twice.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type LocalStack, startLocalStack } from '../../local/local-stack.ts';
import type { Health } from '../../shared/api/health.ts';
import { isTerminalStatus } from '../../shared/model/ingest-record.ts';
import { utlatandePdf } from '../fixtures/hostile/text-pdf.ts';
import { findFreePort } from '../support/free-port.ts';

let stack: LocalStack;
let s3: S3Client;
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'remissvar-outage-'));

beforeAll(async () => {
  stack = await startLocalStack({
    dataDir,
    port: 0,
    dynamoPort: await findFreePort(),
    s3Port: await findFreePort(),
    retryDelayMs: 200,
    sweepIntervalMs: 500,
    staleAfterMs: 3_000,
  });
  s3 = new S3Client({
    region: 'eu-north-1',
    endpoint: stack.s3Endpoint,
    forcePathStyle: true,
    credentials: { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' },
    requestChecksumCalculation: 'WHEN_REQUIRED',
  });
});

afterAll(async () => {
  s3.destroy();
  await stack.stop();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

async function health(): Promise<{ status: number; body: Health }> {
  const response = await fetch(`${stack.apiUrl}/health`);
  return { status: response.status, body: (await response.json()) as Health };
}

/** Polls `check` until it returns something truthy. */
async function until<T>(check: () => Promise<T | null | false | undefined>, timeoutMs: number): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check().catch(() => null);
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`gave up after ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

/** Puts one upload, retrying while the S3 emulator is away (as an archivist's client would). */
async function put(key: string, body: Uint8Array): Promise<void> {
  await until(async () => {
    await s3.send(new PutObjectCommand({ Bucket: stack.bucket, Key: key, Body: body }));
    return true;
  }, 30_000);
}

/** Every ingest row of each key, once each has one row with a terminal status. */
async function settled(keys: readonly string[]) {
  return until(async () => {
    const rows = await Promise.all(
      keys.map(async (key) => (await stack.deps.ingests.list({ key, limit: 10 })).items),
    );
    return rows.every((r) => r.length > 0 && r.every((i) => isTerminalStatus(i.status))) ? rows : null;
  }, 90_000);
}

describe('the local stack when DynamoDB Local dies mid-batch', () => {
  it('restarts it, says so on /health, and ends every upload once with nothing published twice', async () => {
    const run = String(Date.now()).slice(-6);
    const uploads = Array.from({ length: 16 }, (_, i) => ({
      key: `uploads/outage-${run}/case-${i}.pdf`,
      dnr: `2093/${run}${String(i).padStart(2, '0')}`,
    }));
    const before = (await health()).status;
    await Promise.all(
      uploads.map((u, i) =>
        put(u.key, utlatandePdf({ diarienummer: u.dnr, title: `Motion om avbrott nummer ${i}` })),
      ),
    );
    // mid-batch: at least one ingest under way, and not all of them finished
    await until(async () => {
      const { items } = await stack.deps.ingests.list({ status: 'processing', limit: 5 });
      return items.length > 0;
    }, 30_000);
    const killed = stack.services.pids().store;
    process.kill(killed ?? 0, 'SIGKILL');
    const during = await until(async () => {
      const h = await health();
      return h.status === 503 ? h : null;
    }, 10_000);
    await stack.services.whenUp();
    const after = await until(async () => {
      const h = await health();
      return h.status === 200 ? h : null;
    }, 30_000);

    const rows = await settled(uploads.map((u) => u.key));

    expect(before).toBe(200);
    expect(during.body.parts.store.status).toBe('down');
    expect(during.body.parts.objects.status).toBe('up');
    expect(after.body.parts.store).toMatchObject({
      status: 'up',
      restarts: 1,
      lastExit: 'killed by SIGKILL',
    });
    expect(stack.services.pids().store).not.toBe(killed);
    // exactly one row per upload, published (every PDF is a fresh case)
    expect(rows.map((r) => r.map((i) => i.status))).toEqual(uploads.map(() => ['published']));
    for (const [i, u] of uploads.entries()) {
      const caseId = `stockholm-${u.dnr.replace('/', '-')}`;
      expect(rows[i]?.[0]?.caseId).toBe(caseId);
      // published once: one revision, none after it
      expect(await stack.deps.cases.get(caseId)).toMatchObject({
        revision: 1,
        documents: [expect.anything()],
      });
      expect(await stack.deps.cases.getRevision(caseId, 2)).toBeNull();
    }
    // the listing (the month register was written even where the crash cut the publish short)
    const listing = (await (await fetch(`${stack.apiUrl}/v1/cases?q=avbrott&limit=100`)).json()) as {
      items: { id: string }[];
    };
    expect(listing.items.map((c) => c.id).sort()).toEqual(
      uploads.map((u) => `stockholm-${u.dnr.replace('/', '-')}`).sort(),
    );
  });
});

describe('the local stack when the S3 emulator dies', () => {
  it('restarts it on the same data, and uploads put around the outage all end published', async () => {
    const run = String(Date.now()).slice(-6);
    const uploads = Array.from({ length: 8 }, (_, i) => ({
      key: `uploads/s3-outage-${run}/case-${i}.pdf`,
      dnr: `2092/${run}${String(i).padStart(2, '0')}`,
    }));
    const pdf = (i: number) =>
      utlatandePdf({ diarienummer: uploads[i]?.dnr ?? '', title: `Motion om lagring nummer ${i}` });
    await Promise.all(uploads.slice(0, 4).map((u, i) => put(u.key, pdf(i))));
    const killed = stack.services.pids().objects;
    process.kill(killed ?? 0, 'SIGKILL');
    // these wait for the emulator to come back; an event lost with the dead process is swept up
    await Promise.all(uploads.slice(4).map((u, i) => put(u.key, pdf(i + 4))));

    const rows = await settled(uploads.map((u) => u.key));
    const h = await health();

    expect(rows.map((r) => r.map((i) => i.status))).toEqual(uploads.map(() => ['published']));
    expect(h.status).toBe(200);
    expect(h.body.parts.objects).toMatchObject({ status: 'up', lastExit: 'killed by SIGKILL' });
    expect(stack.services.pids().objects).not.toBe(killed);
  });
});
