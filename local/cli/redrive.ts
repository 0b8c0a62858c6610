// `npm run redrive`: retries uploads that ended `failed: internal` (the DLQ gave up) or `timeout`.
// Locally it reopens them and re-puts each original's bytes under its own key, which makes the S3
// emulator notify the running stack again. On AWS (--table, --dlq-arn) it reopens them and starts an
// SQS message move task from the DLQ back to the ingest queue; --queue-url also re-sends timeouts.
import '../quiet-sdk-warning.ts';
import { parseArgs } from 'node:util';
import { SendMessageCommand, SQSClient, StartMessageMoveTaskCommand } from '@aws-sdk/client-sqs';
import { createDependencies } from '../../lambdas/dependencies.ts';
import { ENV, loadLocalConfig, localFunctionEnv } from '../../shared/config.ts';
import {
  REDRIVABLE_REASONS,
  reopenFailedIngests,
  toRedriveNotification,
} from '../../shared/ingest/redrive.ts';

const USAGE = `usage: npm run redrive -- [--reason internal|timeout] [--prefix KEY]
       npm run redrive -- --table NAME --bucket NAME --dlq-arn ARN [--queue-url URL] [--reason …]

  local (default)  reopens failed uploads of the running local stack and notifies it again
  --table/--bucket a deployed stack's table and originals bucket (stack outputs)
  --dlq-arn        the ingest dead-letter queue: its messages are moved back to their source queue
  --queue-url      the ingest queue: uploads that timed out (never in the DLQ) are re-sent there
  --reason         only this failure reason (default: ${REDRIVABLE_REASONS.join(', ')})
  --prefix         only uploads whose key starts with this`;

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      reason: { type: 'string', multiple: true },
      prefix: { type: 'string' },
      table: { type: 'string' },
      bucket: { type: 'string' },
      'dlq-arn': { type: 'string' },
      'queue-url': { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    console.error(USAGE);
    return 0;
  }
  const reasons = values.reason ?? [...REDRIVABLE_REASONS];
  const unknown = reasons.filter((r) => !(REDRIVABLE_REASONS as readonly string[]).includes(r));
  if (unknown.length > 0) {
    console.error(
      `redrive: --reason must be one of ${REDRIVABLE_REASONS.join(', ')} (got ${unknown.join(', ')})`,
    );
    return 2;
  }
  const onAws = values.table !== undefined;
  if (onAws && (!values.bucket || !values['dlq-arn'])) {
    console.error(`redrive: on AWS, --table needs --bucket and --dlq-arn\n\n${USAGE}`);
    return 2;
  }
  const env = onAws
    ? { ...process.env, [ENV.tableName]: values.table, [ENV.originalsBucket]: values.bucket }
    : { ...process.env, ...localFunctionEnv(loadLocalConfig(process.env)) };
  const deps = createDependencies(env);
  try {
    const reopened = await reopenFailedIngests(deps, { reasons, keyPrefix: values.prefix });
    if (!onAws) {
      for (const ingest of reopened) {
        // same bytes, same key: the emulator's ObjectCreated event is the notification sent again
        await deps.objects.write(
          ingest.key,
          await deps.objects.read(ingest.key, { maxBytes: deps.config.maxPdfBytes }),
        );
        console.log(`redriven  ${ingest.reason?.padEnd(8)} ${ingest.key}`);
      }
      console.log(`${reopened.length} upload(s) sent to the local stack again`);
      return 0;
    }
    const sqs = new SQSClient({ region: deps.config.region });
    try {
      const move = await sqs.send(new StartMessageMoveTaskCommand({ SourceArn: values['dlq-arn'] }));
      console.log(`message move task ${move.TaskHandle} started: DLQ → ingest queue`);
      const timedOut = reopened.filter((i) => i.reason === 'timeout');
      if (timedOut.length > 0 && !values['queue-url']) {
        console.error(`${timedOut.length} timed-out upload(s) reopened but not re-sent: pass --queue-url`);
      }
      for (const ingest of values['queue-url'] ? timedOut : []) {
        await sqs.send(
          new SendMessageCommand({
            QueueUrl: values['queue-url'],
            MessageBody: toRedriveNotification(deps.config.originalsBucket, ingest),
          }),
        );
      }
      console.log(`${reopened.length} upload(s) reopened`);
      return 0;
    } finally {
      sqs.destroy();
    }
  } finally {
    deps.dynamo.destroy();
    deps.s3.destroy();
  }
}

try {
  process.exitCode = await main();
} catch (error) {
  console.error(`redrive: ${(error as Error).message}`);
  process.exitCode = 1;
}
