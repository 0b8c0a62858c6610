// A notification that kept failing (here for real: its object was not readable) goes to the DLQ; the
// DLQ consumer lambda records `failed: internal`, nothing stays `processing`, and `npm run redrive`
// gets the upload published once its object can be read. Real handlers, DynamoDB Local and s3rver.
import { spawnSync } from 'node:child_process';
import { createHash, randomInt } from 'node:crypto';
import { PutObjectCommand } from '@aws-sdk/client-s3';
import type { SQSEvent } from 'aws-lambda';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { createDependencies } from '../../lambdas/dependencies.ts';
import { createIngestHandler } from '../../lambdas/ingest-handler.ts';
import { createDeadLetterHandler } from '../../lambdas/record-dead-letters.ts';
import { localFunctionEnv } from '../../shared/config.ts';
import { toIngestId } from '../../shared/ingest/ingest-object.ts';
import { utlatandePdf } from '../fixtures/hostile/text-pdf.ts';
import { localS3, waitForIngest } from '../support/local-client.ts';

const deps = createDependencies(
  localFunctionEnv({ dynamoPort: inject('dynamoPort'), s3Port: inject('s3Port') }),
);
const ingestHandler = createIngestHandler(deps);
const deadLetterHandler = createDeadLetterHandler(deps);
afterAll(async () => {
  await ingestHandler.close();
  deps.dynamo.destroy();
  deps.s3.destroy();
});

function toSqsEvent(body: string, receiveCount: number): SQSEvent {
  return {
    Records: [
      {
        messageId: `m-${receiveCount}`,
        receiptHandle: 'r',
        body,
        attributes: {
          ApproximateReceiveCount: String(receiveCount),
          SentTimestamp: String(Date.now()),
          SenderId: 'test',
          ApproximateFirstReceiveTimestamp: String(Date.now()),
        },
        messageAttributes: {},
        md5OfBody: '',
        eventSource: 'aws:sqs',
        eventSourceARN: 'arn:aws:sqs:local:000000000000:ingest-dlq',
        awsRegion: 'local',
      },
    ],
  };
}

describe('recordDeadLetter and redrive', () => {
  it('records a dead letter as failed: internal, and redrive publishes the upload', async () => {
    const prefix = `uploads/dead-letters-${randomInt(1e6, 9e6)}/`;
    const key = `${prefix}late object.pdf`;
    const dnr = `2094/${randomInt(100000, 999999)}`;
    const bytes = utlatandePdf({ diarienummer: dnr, title: 'Motion om sena filer' });
    const eTag = createHash('md5').update(bytes).digest('hex');
    const body = JSON.stringify({
      Records: [
        {
          eventName: 'ObjectCreated:Put',
          s3: {
            bucket: { name: inject('bucket') },
            object: { key: key.replace(/ /g, '+'), eTag, size: bytes.byteLength },
          },
        },
      ],
    });
    const ingestId = toIngestId({ bucket: inject('bucket'), key, versionId: null, eTag });

    // five receives that fail for real (GetObject: NoSuchKey), then the DLQ consumer
    const receives = [];
    for (let n = 1; n <= 5; n++) receives.push(await ingestHandler(toSqsEvent(body, n)));
    const stuck = await deps.ingests.get(ingestId);
    const dlq = await deadLetterHandler(toSqsEvent(body, 5));
    const dead = await deps.ingests.get(ingestId);
    // the object arrives; its notification finds the ingest already terminal and leaves it so
    await localS3().send(new PutObjectCommand({ Bucket: inject('bucket'), Key: key, Body: bytes }));
    const stillDead = await waitForIngest(key);

    const redrive = spawnSync(
      process.execPath,
      ['--import', 'tsx', 'local/cli/redrive.ts', '--prefix', prefix],
      {
        cwd: new URL('../../', import.meta.url),
        env: {
          ...process.env,
          DYNAMODB_PORT: String(inject('dynamoPort')),
          S3_PORT: String(inject('s3Port')),
        },
        encoding: 'utf8',
        timeout: 60_000,
      },
    );
    const redriven = await waitForIngest(key);

    expect(receives.map((r) => r.batchItemFailures.length)).toEqual([1, 1, 1, 1, 1]);
    expect(stuck).toMatchObject({ status: 'processing', attempts: 5 });
    expect(dlq.batchItemFailures).toEqual([]);
    expect(dead).toMatchObject({ status: 'failed', reason: 'internal' });
    expect(stillDead).toMatchObject({ status: 'failed', reason: 'internal' });
    expect(redrive.status, redrive.stderr).toBe(0);
    expect(redrive.stdout).toContain('1 upload(s) sent to the local stack again');
    expect(redriven).toMatchObject({
      ingestId,
      status: 'published',
      caseId: `stockholm-${dnr.replace('/', '-')}`,
    });
  });
});
