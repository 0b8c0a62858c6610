// What an archivist or a feed client does against the running local stack: put a PDF into the
// originals bucket under a fresh key, wait for its ingest, read the API. Real HTTP and S3 calls.
import { randomUUID } from 'node:crypto';
import { PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { inject } from 'vitest';
import { type IngestRecord, IngestRecordSchema, isSettled } from '../../shared/model/ingest-record.ts';

let s3: S3Client | undefined;

export function localS3(): S3Client {
  s3 ??= new S3Client({
    region: 'eu-north-1',
    endpoint: inject('s3Endpoint'),
    forcePathStyle: true,
    credentials: { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' },
    requestChecksumCalculation: 'WHEN_REQUIRED',
    responseChecksumValidation: 'WHEN_REQUIRED',
  });
  return s3;
}

export function api(pathAndQuery: string, init?: RequestInit): Promise<Response> {
  return fetch(new URL(pathAndQuery, inject('apiUrl')), init);
}

/** The header an archivist's client sends (the stack's ARCHIVIST_TOKEN). */
export const archivistHeaders = () => ({ Authorization: `Bearer ${inject('archivistToken')}` });

/** A request to an archivist route, signed in with the stack's token. */
export function archivistApi(pathAndQuery: string, init: RequestInit = {}): Promise<Response> {
  const headers = new Headers(init.headers);
  for (const [name, value] of Object.entries(archivistHeaders())) headers.set(name, value);
  return api(pathAndQuery, { ...init, headers });
}

/** Uploads bytes under `uploads/tests/<random>/<fileName>` (the pipeline ingests only uploads/) and returns the key. */
export async function uploadBytes(fileName: string, body: Uint8Array): Promise<string> {
  const key = `uploads/tests/${randomUUID().slice(0, 8)}/${fileName}`;
  await localS3().send(new PutObjectCommand({ Bucket: inject('bucket'), Key: key, Body: body }));
  return key;
}

/** Polls /v1/ingests until the upload under `key` is settled: terminal, and not waiting for OCR. */
export async function waitForIngest(key: string, timeoutMs = 60_000): Promise<IngestRecord> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const response = await archivistApi(`/v1/ingests?key=${encodeURIComponent(key)}`);
    const body = (await response.json()) as { items: unknown[] };
    const first = body.items[0];
    if (first) {
      const record = IngestRecordSchema.parse(first);
      if (isSettled(record)) return record;
    }
    await new Promise((r) => setTimeout(r, 150));
  }
  throw new Error(`no terminal ingest status for ${key} within ${timeoutMs} ms`);
}
