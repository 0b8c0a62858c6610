// The local stack's edges, tried as an attacker on the same network or with a crafted key would:
// the emulators listen on 127.0.0.1 only; keys with `..`, `.`, empty or absolute segments are
// refused by the S3 emulator (nothing is written, inside or outside the data dir) and by the upload
// CLI; the ingest handler leaves objects outside uploads/ alone and refuses unsafe keys unread.
import { spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { PutObjectCommand } from '@aws-sdk/client-s3';
import type { SQSEvent } from 'aws-lambda';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { createDependencies } from '../../lambdas/dependencies.ts';
import { createIngestHandler } from '../../lambdas/ingest-handler.ts';
import { toSqsRecord } from '../../local/local-queue.ts';
import { localFunctionEnv } from '../../shared/config.ts';
import { toIngestId } from '../../shared/ingest/ingest-object.ts';
import { encodeS3Key } from '../../shared/model/s3-event.ts';
import { utlatandePdf } from '../fixtures/hostile/text-pdf.ts';
import { localS3, waitForIngest } from '../support/local-client.ts';

const deps = createDependencies(
  localFunctionEnv({ dynamoPort: inject('dynamoPort'), s3Port: inject('s3Port') }),
);
const handler = createIngestHandler(deps);
afterAll(async () => {
  await handler.close();
  deps.dynamo.destroy();
  deps.s3.destroy();
});

/** Local addresses of the sockets listening on `port`, from /proc/net/tcp and tcp6 (hex, as Linux writes them). */
function listeningAddresses(port: number): string[] {
  const hexPort = port.toString(16).toUpperCase().padStart(4, '0');
  return ['/proc/net/tcp', '/proc/net/tcp6'].flatMap((file) =>
    fs
      .readFileSync(file, 'utf8')
      .split('\n')
      .slice(1)
      .map((line) => line.trim().split(/\s+/))
      // field 1 is local address:port, field 3 the state; 0A is LISTEN
      .filter((fields) => fields[3] === '0A' && fields[1]?.endsWith(`:${hexPort}`))
      .map((fields) => (fields[1] ?? '').split(':')[0] ?? ''),
  );
}

/** 127.0.0.1 in IPv4, or as an IPv4-mapped IPv6 address (Java's way), in /proc's byte order. */
const LOOPBACK = new Set([
  '0100007F',
  '0000000000000000FFFF00000100007F',
  '00000000000000000000000001000000',
]);

function canConnect(host: string, port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host, port, timeout: 1000 });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
    socket.once('timeout', () => {
      socket.destroy();
      resolve(false);
    });
  });
}

/** A PUT with the path exactly as written: fetch() would resolve `..` before sending it. */
function rawPut(pathname: string, body: string): Promise<{ status: number; text: string }> {
  return new Promise((resolve, reject) => {
    const request = http.request(
      { host: '127.0.0.1', port: inject('s3Port'), method: 'PUT', path: pathname },
      (response) => {
        let text = '';
        response.on('data', (chunk: Buffer) => {
          text += chunk.toString();
        });
        response.on('end', () => resolve({ status: response.statusCode ?? 0, text }));
      },
    );
    request.once('error', reject);
    request.end(body);
  });
}

/** Files whose name contains `marker`: anywhere in the data dir, or directly beside it. */
function filesNamed(dataDir: string, marker: string): string[] {
  const inside = fs.readdirSync(dataDir, { recursive: true, encoding: 'utf8' });
  const beside = fs.readdirSync(path.dirname(dataDir));
  return [...inside, ...beside].filter((name) => name.includes(marker));
}

describe('DynamoDB Local and the S3 emulator', () => {
  it('listen on 127.0.0.1 only', async () => {
    const ports = { dynamodb: inject('dynamoPort'), s3: inject('s3Port') };
    const elsewhere = Object.values(os.networkInterfaces())
      .flat()
      .filter((a) => a && !a.internal)
      .map((a) => a?.address ?? '');

    for (const [what, port] of Object.entries(ports)) {
      const addresses = listeningAddresses(port);
      expect(addresses.length, what).toBeGreaterThan(0);
      expect(
        addresses.filter((a) => !LOOPBACK.has(a)),
        what,
      ).toEqual([]);
      expect(await canConnect('127.0.0.1', port), what).toBe(true);
      for (const address of elsewhere)
        expect(await canConnect(address, port), `${what} on ${address}`).toBe(false);
    }
  });
});

describe('the S3 emulator', () => {
  const bucket = inject('bucket');
  const dataDir = inject('dataDir');

  it.each([
    ['`..` segments out of the data dir', (m: string) => `/${bucket}/uploads/../../../../${m}.pdf`],
    ['percent-encoded `..`', (m: string) => `/${bucket}/uploads/%2E%2E/%2e%2e/${m}.pdf`],
    ['a `.` segment', (m: string) => `/${bucket}/uploads/./${m}.pdf`],
    ['an empty segment', (m: string) => `/${bucket}/uploads//${m}.pdf`],
    ['an absolute key', (m: string) => `/${bucket}//${m}.pdf`],
    ['a bucket named ..', (m: string) => `/../${m}.pdf`],
  ])('refuses %s and writes nothing', async (_what, pathOf) => {
    const marker = `escape-${randomUUID().slice(0, 8)}`;

    const response = await rawPut(pathOf(marker), 'not a pdf');

    expect(response.status).toBe(400);
    expect(response.text).toMatch(/<Code>InvalidArgument<\/Code>/);
    // nowhere: not in the data dir, and not beside it where four `..` would have led
    expect(filesNamed(dataDir, marker)).toEqual([]);
  });

  it('refuses such a key from the SDK too, and still takes a good one', async () => {
    const refused = await localS3()
      .send(new PutObjectCommand({ Bucket: bucket, Key: 'uploads/a/../../b.pdf', Body: 'x' }))
      .then(
        () => 'accepted',
        (error: Error) => error.name,
      );
    const good = await localS3().send(
      new PutObjectCommand({ Bucket: bucket, Key: `notes/${randomUUID()}.txt`, Body: 'fine' }),
    );

    expect(refused).toBe('InvalidArgument');
    expect(good.ETag).toBeTruthy();
  });
});

describe('the ingest handler', () => {
  const eventFor = (key: string): SQSEvent => ({
    Records: [
      toSqsRecord(
        randomUUID(),
        JSON.stringify({
          Records: [
            {
              eventName: 'ObjectCreated:Put',
              s3: { bucket: { name: inject('bucket') }, object: { key: encodeS3Key(key), size: 100 } },
            },
          ],
        }),
        1,
      ),
    ],
  });

  it('leaves an object outside uploads/ alone: no ingest row, nothing published', async () => {
    const key = `elsewhere/${randomUUID().slice(0, 8)}/case.pdf`;
    const pdf = utlatandePdf({ diarienummer: `2091/${Date.now() % 1e6}`, title: 'Motion om sidospår' });
    await localS3().send(new PutObjectCommand({ Bucket: inject('bucket'), Key: key, Body: pdf }));
    // a later upload through the same queue: once it is done, the earlier event was handled too
    const later = `uploads/tests/${randomUUID().slice(0, 8)}/after.pdf`;
    await localS3().send(new PutObjectCommand({ Bucket: inject('bucket'), Key: later, Body: 'not a pdf' }));
    await waitForIngest(later);

    const direct = await handler(eventFor(key));

    expect(direct.batchItemFailures).toEqual([]);
    expect((await deps.ingests.list({ key, limit: 5 })).items).toEqual([]);
  });

  it('ends an upload whose key has `..` segments failed: bad_key, without reading it', async () => {
    // S3 itself accepts such a key; the object is not even there, and no read is tried
    const key = `uploads/${randomUUID().slice(0, 8)}/../../etc/passwd.pdf`;

    const response = await handler(eventFor(key));
    const ingest = await deps.ingests.get(
      toIngestId({ bucket: inject('bucket'), key, versionId: null, eTag: null }),
    );

    expect(response.batchItemFailures).toEqual([]);
    expect(ingest).toMatchObject({ status: 'failed', reason: 'bad_key', attempts: 1 });
    expect(ingest?.message).toMatch(/"\.\." segment/);
  });
});

describe('npm run upload', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'remissvar-upload-keys-'));
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('refuses a file whose name no object key may carry, and uploads the rest', () => {
    fs.writeFileSync(path.join(dir, 'line\nbreak.pdf'), 'not a pdf');
    fs.writeFileSync(path.join(dir, 'fine.pdf'), 'not a pdf either');

    const run = spawnSync(
      process.execPath,
      ['--import', 'tsx', 'local/cli/upload.ts', '--json', '--s3-endpoint', inject('s3Endpoint'), dir],
      { cwd: new URL('../../', import.meta.url), encoding: 'utf8', timeout: 60_000 },
    );
    const lines = run.stdout
      .split('\n')
      .filter((l) => l.startsWith('{'))
      .map((l) => JSON.parse(l) as { file: string; status: string; reason: string | null });

    expect(run.status, run.stderr).toBe(1);
    expect(lines.find((l) => l.file.endsWith('fine.pdf'))?.status).toBe('queued');
    expect(lines.find((l) => l.file.includes('line\nbreak'))).toMatchObject({
      status: 'upload_failed',
      reason: expect.stringMatching(/^refused: the key contains a control character/),
    });
  });
});
