// Upload → queue → ingest function: every PDF created in the originals bucket becomes an SQS message
// that lambdas/ingest-document.ts turns into case records. The queue is the durable, inspectable
// backlog; poison messages land in a dead-letter queue after five tries instead of looping, where
// lambdas/record-dead-letters.ts marks each named upload `failed` so nothing stays `processing`.
import { Duration, Stack, Validations } from 'aws-cdk-lib';
import { SqsEventSource } from 'aws-cdk-lib/aws-lambda-event-sources';
import type { BundlingOptions } from 'aws-cdk-lib/aws-lambda-nodejs';
import { EventType } from 'aws-cdk-lib/aws-s3';
import { SqsDestination } from 'aws-cdk-lib/aws-s3-notifications';
import { Queue, QueueEncryption } from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import { ENV, PDF_PARSER_BUNDLE_FILE, UPLOAD_PREFIX } from '../../shared/config.ts';
import type { CaseTable } from './case-table.ts';
import { buildBundlingOptions, NodeFunction, sidecarBundleCommand } from './node-function.ts';
import type { OriginalsBucket } from './originals-bucket.ts';

/**
 * The command that puts the PDF parser thread's own bundle beside the ingest function's index.mjs
 * (shared/pdf/isolated-pdf-reader.ts starts its threads from it): the thread then compiles pdf.js
 * and the parse loop only, and the function's own bundle leaves pdf.js out.
 */
export function shipPdfParser(inputDir: string, outputDir: string): string[] {
  return [
    sidecarBundleCommand(
      buildBundlingOptions(),
      inputDir,
      `${inputDir}/shared/pdf/pdf-parser-thread.ts`,
      `${outputDir}/${PDF_PARSER_BUNDLE_FILE}`,
    ),
  ];
}

/** How the ingest function is bundled, over the project defaults (the bench builds it the same way). */
export function ingestBundling(): Partial<BundlingOptions> {
  return {
    commandHooks: { beforeBundling: () => [], beforeInstall: () => [], afterBundling: shipPdfParser },
  };
}

export interface IngestPipelineProps {
  readonly originals: OriginalsBucket;
  readonly table: CaseTable;
  readonly metricsNamespace: string;
  /**
   * Most concurrent ingest invocations the queue may drive. Caps load on DynamoDB and cost during a
   * bulk upload; the backlog waits in the queue instead.
   * @default 10
   */
  readonly maxConcurrency?: number;
}

// Sized from the corpus: 25–85 ms parse + extraction per PDF warm on a dev core, ~0.4 s billed
// planned on Lambda (docs/deployment.md). A batch of 5 large PDFs still ends far inside 120 s, and
// the parser's own caps (half of each) end a hostile one cleanly first.
const FUNCTION_TIMEOUT = Duration.seconds(120);
const FUNCTION_MEMORY_MB = 1024;
const DEAD_LETTER_TIMEOUT = Duration.seconds(30);

export class IngestPipeline extends Construct {
  readonly queue: Queue;
  /** How long a received message stays invisible: the sweeper's deadline must be longer. */
  readonly queueVisibilityTimeout = Duration.seconds(FUNCTION_TIMEOUT.toSeconds() * 6);
  readonly deadLetterQueue: Queue;
  readonly function: NodeFunction;
  /** Consumes the dead-letter queue: records `failed: internal` for every upload named in it. */
  readonly deadLetterFunction: NodeFunction;

  constructor(scope: Construct, id: string, props: IngestPipelineProps) {
    super(scope, id);

    this.deadLetterQueue = new Queue(this, 'DeadLetterQueue', {
      // SSE-SQS, not alias/aws/sqs: S3 cannot publish to a queue under the AWS-managed KMS key.
      encryption: QueueEncryption.SQS_MANAGED,
      enforceSSL: true,
      // The SQS maximum: time to notice the alarm, fix the cause and redrive.
      retentionPeriod: Duration.days(14),
      visibilityTimeout: Duration.seconds(DEAD_LETTER_TIMEOUT.toSeconds() * 6),
    });

    this.queue = new Queue(this, 'Queue', {
      encryption: QueueEncryption.SQS_MANAGED,
      enforceSSL: true,
      // AWS guidance for SQS → Lambda: at least six times the function timeout, so a message is
      // not handed to a second worker while the first is still retrying within its batch.
      visibilityTimeout: this.queueVisibilityTimeout,
      retentionPeriod: Duration.days(14),
      deadLetterQueue: { queue: this.deadLetterQueue, maxReceiveCount: 5 },
    });

    // Every object under uploads/, not only *.pdf: a non-PDF upload must still end in a visible
    // `failed: not_pdf`. Nothing else in the bucket is an upload (the ingest function agrees).
    props.originals.bucket.addEventNotification(EventType.OBJECT_CREATED, new SqsDestination(this.queue), {
      prefix: UPLOAD_PREFIX,
    });
    suppressBucketNotificationsHandler(this);

    this.function = new NodeFunction(this, 'Function', {
      handlerFile: 'ingest-document.ts',
      bundling: ingestBundling(),
      serviceName: 'remissvar-ingest',
      metricsNamespace: props.metricsNamespace,
      description: 'Extracts case records from uploaded council-case PDFs',
      memorySize: FUNCTION_MEMORY_MB,
      timeout: FUNCTION_TIMEOUT,
      environment: {
        // The parser's own caps sit well inside the function's, so a hard PDF ends as
        // `failed: timeout` / `too_large` with a status instead of a killed invocation.
        [ENV.parseTimeoutMs]: String(FUNCTION_TIMEOUT.toMilliseconds() / 2),
        [ENV.parseMemoryMb]: String(FUNCTION_MEMORY_MB / 2),
      },
    });
    props.originals.grantReadTo(this.function);
    props.originals.grantWritePageTextsTo(this.function);
    props.table.grantReadWriteTo(this.function);

    this.function.addEventSource(
      new SqsEventSource(this.queue, {
        batchSize: 5,
        // One bad PDF fails only its own message, not the four good ones in the batch.
        reportBatchItemFailures: true,
        // Throttle here, not with reserved concurrency: throttled batches would count as receives
        // and drift into the dead-letter queue.
        maxConcurrency: props.maxConcurrency ?? 10,
      }),
    );

    this.deadLetterFunction = new NodeFunction(this, 'DeadLetterFunction', {
      handlerFile: 'record-dead-letters.ts',
      serviceName: 'remissvar-dead-letters',
      metricsNamespace: props.metricsNamespace,
      description: 'Marks uploads whose ingest gave up after 5 tries as failed',
      memorySize: 256,
      timeout: DEAD_LETTER_TIMEOUT,
    });
    props.table.grantReadWriteTo(this.deadLetterFunction);
    // Consuming deletes the message, so the alarm watches messages received from this queue, and
    // the upload itself stays in the originals bucket: re-upload it to retry (docs/deployment.md).
    // A message this function cannot record stays in the queue (partial batch failure) and raises
    // the "dead letters not recorded" alarm.
    this.deadLetterFunction.addEventSource(
      new SqsEventSource(this.deadLetterQueue, {
        batchSize: 10,
        reportBatchItemFailures: true,
        maxConcurrency: 2,
      }),
    );
  }
}

/**
 * CDK implements bucket notifications with a stack-wide singleton Lambda (a custom resource) whose
 * role attaches a managed policy. It is CDK's code, not ours: acknowledge exactly that finding there.
 */
function suppressBucketNotificationsHandler(scope: Construct): void {
  const stack = Stack.of(scope);
  const handler = stack.node.tryFindChild('BucketNotificationsHandler050a0587b7544547bf325f094a3db834');
  if (!handler) return;
  Validations.of(handler).acknowledge({
    id: 'AwsSolutions-IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole]',
    reason:
      "CDK's bucket-notification custom resource writes its logs through AWSLambdaBasicExecutionRole; CDK offers no way to change that.",
  });
}
