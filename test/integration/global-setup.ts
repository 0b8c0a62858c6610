// Starts one real local stack for the integration tests — DynamoDB Local, s3rver, the ingest queue
// and the feed API — on free ports with a throw-away data dir, and stops it afterwards.
import '../../local/quiet-sdk-warning.ts';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { startLocalStack } from '../../local/local-stack.ts';
import { findFreePort } from '../support/free-port.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    apiUrl: string;
    s3Endpoint: string;
    bucket: string;
    dynamoPort: number;
    s3Port: number;
    dataDir: string;
    /** The stack's archivist token (ARCHIVIST_TOKEN): tests send it where archivists would. */
    archivistToken: string;
  }
}

export default async function setup(project: TestProject) {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'remissvar-it-'));
  const dynamoPort = await findFreePort();
  const s3Port = await findFreePort();
  const archivistToken = randomBytes(18).toString('base64url');
  const stack = await startLocalStack({
    dataDir,
    port: 0,
    dynamoPort,
    s3Port,
    retryDelayMs: 200,
    archivistToken,
  });
  project.provide('apiUrl', stack.apiUrl);
  project.provide('s3Endpoint', stack.s3Endpoint);
  project.provide('bucket', stack.bucket);
  project.provide('dynamoPort', dynamoPort);
  project.provide('s3Port', s3Port);
  project.provide('dataDir', dataDir);
  project.provide('archivistToken', archivistToken);
  return async () => {
    await stack.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  };
}
