// Composition root: configuration, SDK clients, repositories and logger, built once per container
// (or once per local process) and handed to the handlers. The only place clients are created.

import { Logger } from '@aws-lambda-powertools/logger';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { S3Client } from '@aws-sdk/client-s3';
import { SQSClient } from '@aws-sdk/client-sqs';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { type Config, ENV, loadConfig } from '../shared/config.ts';
import { CaseRepository } from '../shared/storage/case-repository.ts';
import { IngestQueue } from '../shared/storage/ingest-queue.ts';
import { IngestRepository } from '../shared/storage/ingest-repository.ts';
import { ObjectStore } from '../shared/storage/object-store.ts';

/** Everything both handlers share; the ingest handler adds the PDF reader (kept out of the API bundle). */
export interface Dependencies {
  config: Config;
  objects: ObjectStore;
  ingests: IngestRepository;
  cases: CaseRepository;
  now: () => string;
  logger: Logger;
  dynamo: DynamoDBClient;
  s3: S3Client;
}

/** Local emulators accept any credentials; real AWS uses the default provider chain. */
const LOCAL_CREDENTIALS = { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' };

export function createClients(config: Config): { dynamo: DynamoDBClient; s3: S3Client } {
  const dynamo = new DynamoDBClient({
    region: config.region,
    ...(config.dynamoEndpoint ? { endpoint: config.dynamoEndpoint, credentials: LOCAL_CREDENTIALS } : {}),
  });
  const s3 = new S3Client({
    region: config.region,
    // s3rver rejects aws-chunked uploads and flexible checksums (ENGINEERING.md trap 2)
    requestChecksumCalculation: 'WHEN_REQUIRED',
    responseChecksumValidation: 'WHEN_REQUIRED',
    ...(config.s3Endpoint
      ? { endpoint: config.s3Endpoint, forcePathStyle: true, credentials: LOCAL_CREDENTIALS }
      : {}),
  });
  return { dynamo, s3 };
}

export function createDependencies(env: Record<string, string | undefined> = process.env): Dependencies {
  const config = loadConfig(env);
  const { dynamo, s3 } = createClients(config);
  const db = DynamoDBDocumentClient.from(dynamo, {
    marshallOptions: { removeUndefinedValues: true, convertClassInstanceToMap: false },
  });
  return {
    config,
    logger: new Logger({ serviceName: config.serviceName, logLevel: config.logLevel }),
    dynamo,
    s3,
    // the stack's originals bucket keeps versions; the local emulator (an endpoint is set) cannot
    objects: new ObjectStore(s3, config.originalsBucket, config.s3Endpoint === undefined),
    ingests: new IngestRepository(db, config.tableName),
    cases: new CaseRepository(db, config.tableName),
    now: () => new Date().toISOString(),
  };
}

/** The ingest queue, for the sweeper: a ConfigError-like failure when the stack did not set it. */
export function createIngestQueue(config: Config): IngestQueue {
  if (!config.ingestQueueUrl) throw new Error(`${ENV.ingestQueueUrl} is not set`);
  return new IngestQueue(new SQSClient({ region: config.region }), config.ingestQueueUrl);
}

/** The OCR queue the ingest hands scans to; null when the stack has none (scans stay `needs_ocr`). */
export function createOcrQueue(config: Config): IngestQueue | null {
  return config.ocrQueueUrl
    ? new IngestQueue(new SQSClient({ region: config.region }), config.ocrQueueUrl)
    : null;
}

let cached: Dependencies | undefined;

/** The container-wide dependencies, created on first use (Lambda cold start). */
export function getDependencies(): Dependencies {
  cached ??= createDependencies();
  return cached;
}
