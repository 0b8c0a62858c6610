// The backlog from before OCR: a stack without the OCR stage parks a scan as `needs_ocr:
// no_text_layer`; `npm run reextract -- --status needs_ocr` then reads it with OCR and publishes it.
// A mixed document (one scanned page) keeps OCR to one page. Its own stack, so nothing else OCRs it.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PutObjectCommand } from '@aws-sdk/client-s3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type LocalStack, startLocalStack } from '../../local/local-stack.ts';
import { CaseRecordSchema } from '../../shared/model/case-record.ts';
import type { IngestRecord } from '../../shared/model/ingest-record.ts';
import { findFreePort } from '../support/free-port.ts';

const SOURCE = '38-lund-vegetarisk-norm';
const mixed = fs.readFileSync(new URL(`../fixtures/ocr/${SOURCE}.mixed.pdf`, import.meta.url));
const root = path.resolve(import.meta.dirname, '../..');

async function settledIngest(stack: LocalStack, key: string): Promise<IngestRecord> {
  for (let i = 0; i < 600; i++) {
    const found = (await stack.deps.ingests.list({ key, limit: 1 })).items[0];
    if (found && found.status !== 'queued' && found.status !== 'processing') return found;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`no terminal status for ${key}`);
}

function runCli(args: string[], env: Record<string, string>): Promise<{ code: number | null; out: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'local/cli/reextract.ts', ...args], {
      cwd: root,
      env: { ...process.env, ...env },
    });
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (out += d.toString()));
    child.on('close', (code) => resolve({ code, out }));
  });
}

describe('npm run reextract -- --status needs_ocr', () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'remissvar-ocr-backlog-'));
  let stack: LocalStack;
  let ports: { dynamoPort: number; s3Port: number };
  beforeAll(async () => {
    ports = { dynamoPort: await findFreePort(), s3Port: await findFreePort() };
    stack = await startLocalStack({ dataDir, port: 0, ...ports, ocr: false });
  }, 120_000);
  afterAll(async () => {
    await stack?.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it('reads the scans a stack without OCR parked, and publishes them', async () => {
    const key = `uploads/backlog/${SOURCE}.mixed.pdf`;
    await stack.deps.s3.send(new PutObjectCommand({ Bucket: stack.bucket, Key: key, Body: mixed }));
    const parked = await settledIngest(stack, key);
    expect(parked).toMatchObject({ status: 'needs_ocr', reason: 'no_text_layer' });
    expect(parked.message).toContain('page(s) 2 of 2');

    const cli = await runCli(['--status', 'needs_ocr'], {
      PORT: String(new URL(stack.apiUrl).port),
      DYNAMODB_PORT: String(ports.dynamoPort),
      S3_PORT: String(ports.s3Port),
      // the CLI asks the running stack to do the work, signed in as an archivist
      ARCHIVIST_TOKEN: stack.archivist.token,
    });

    expect(cli.code, cli.out).toBe(0);
    expect(cli.out).toMatch(/published\s+1/);
    const ingest = await stack.deps.ingests.get(parked.ingestId);
    expect(ingest).toMatchObject({ status: 'published', reason: null });
    const response = await fetch(`${stack.apiUrl}/v1/cases/${ingest?.caseId}`);
    const record = CaseRecordSchema.parse(await response.json());
    const document = record.documents.find((d) => d.sha256 === parked.sha256);
    expect(document?.textSource).toBe('mixed');
    expect(document?.ocrPages.map((p) => p.page)).toEqual([2]);
    expect(ingest?.ocrConfidence).toBe(document?.ocrConfidence);
  }, 240_000);
});
