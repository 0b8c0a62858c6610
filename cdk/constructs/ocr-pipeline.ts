// Scans → OCR queue → OCR function: the ingest function hands every upload with pages that lack a text
// layer to this queue (OCR_QUEUE_URL), and lambdas/ocr-document.ts reads them with Tesseract and
// publishes or sends them to review. OCR is slow (seconds a page) and memory-hungry, so it has its
// own function, timeout, memory, concurrency cap, dead-letter queue and alarms, apart from ingest.
import { Duration } from 'aws-cdk-lib';
import { Alarm, ComparisonOperator, type IMetric, Stats, TreatMissingData } from 'aws-cdk-lib/aws-cloudwatch';
import { SnsAction } from 'aws-cdk-lib/aws-cloudwatch-actions';
import { SqsEventSource } from 'aws-cdk-lib/aws-lambda-event-sources';
import type { BundlingOptions } from 'aws-cdk-lib/aws-lambda-nodejs';
import type { ITopic } from 'aws-cdk-lib/aws-sns';
import { Queue, QueueEncryption } from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import { ENV, OCR_BUNDLE_FILES } from '../../shared/config.ts';
import type { CaseTable } from './case-table.ts';
import type { IngestPipeline } from './ingest-pipeline.ts';
import { buildBundlingOptions, NodeFunction } from './node-function.ts';
import type { OriginalsBucket } from './originals-bucket.ts';

export interface OcrPipelineProps {
  readonly originals: OriginalsBucket;
  readonly table: CaseTable;
  /** The ingest function hands scans over; its dead-letter consumer also records OCR dead letters. */
  readonly ingest: IngestPipeline;
  readonly alarmTopic: ITopic;
  readonly metricsNamespace: string;
  /**
   * Most OCR invocations at once (SQS event sources allow 2 and up). Each reads one document on one
   * core for minutes; a bulk upload of scans waits in the queue instead of multiplying the bill.
   * @default 2
   */
  readonly maxConcurrency?: number;
}

// The Lambda maximum: 200 pages at ~3 s a page fit in OCR_TIMEOUT_MS (12 min), which ends a slower
// scan as `failed: timeout` with a status before the invocation itself is killed.
const FUNCTION_TIMEOUT = Duration.minutes(15);
const OCR_TIMEOUT = Duration.minutes(12);
// Tesseract's wasm heap plus one 300 dpi page rendered (≈ 0.1 GB) beside Node and pdf.js; 2 GB also
// buys a bit more than one vCPU. The RSS watchdog ends a document that would grow past OCR_MEMORY_MB.
const FUNCTION_MEMORY_MB = 2048;
const OCR_MEMORY_MB = 1024;
/** OCR retries are expensive: a scan that failed three times goes to the dead-letter queue. */
const MAX_RECEIVES = 3;
const PERIOD = Duration.minutes(5);

/**
 * Commands that put the OCR engine's files beside the bundle, from the project's own node_modules
 * (the versions package-lock pins and the tests use): offline, no Docker, no npm install at synth.
 */
export function shipOcrRuntime(inputDir: string, outputDir: string): string[] {
  const modules = `${inputDir}/node_modules`;
  const runtime = `${outputDir}/${OCR_BUNDLE_FILES.dir}`;
  return [
    `mkdir -p "${runtime}" "${outputDir}/node_modules/@napi-rs"`,
    // Tesseract's worker thread script as one CommonJS file; its wasm is looked up beside it
    `"${modules}/.bin/esbuild" "${modules}/tesseract.js/src/worker-script/node/index.js" --bundle --platform=node --format=cjs --target=node22 --minify --log-level=warning --outfile="${runtime}/${OCR_BUNDLE_FILES.tesseractWorker}"`,
    // every core build: the worker picks one by the CPU's SIMD support (and, in tesseract.js 7 on
    // Node, the legacy-capable build even for the LSTM engine)
    `cp "${modules}/tesseract.js-core/"tesseract-core*.wasm "${runtime}/"`,
    `cp "${modules}/@tesseract.js-data/${OCR_BUNDLE_FILES.language}/${OCR_BUNDLE_FILES.languageDataVariant}/${OCR_BUNDLE_FILES.language}.traineddata.gz" "${runtime}/"`,
    // pdf.js's JPEG 2000 and ICC decoders (scanners write JPX images)
    `cp "${modules}/pdfjs-dist/wasm/"*.wasm "${runtime}/"`,
    // the canvas pdf.js renders on: a native module for linux-x64 glibc, like the function
    `cp -R "${modules}/@napi-rs/canvas" "${modules}/@napi-rs/canvas-linux-x64-gnu" "${outputDir}/node_modules/@napi-rs/"`,
  ];
}

/** How the OCR function is bundled, over the project defaults (the bench builds it the same way). */
export function ocrBundling(): Partial<BundlingOptions> {
  return {
    // tesseract.js's CommonJS locates its worker from __dirname; give the ESM bundle one
    banner: `${buildBundlingOptions().banner} import { fileURLToPath as __ocrFileUrlToPath } from 'url'; import { dirname as __ocrDirname } from 'path'; const __filename = __ocrFileUrlToPath(import.meta.url); const __dirname = __ocrDirname(__filename);`,
    externalModules: ['@napi-rs/canvas'],
    commandHooks: {
      beforeBundling: () => [],
      beforeInstall: () => [],
      afterBundling: shipOcrRuntime,
    },
  };
}

export class OcrPipeline extends Construct {
  readonly queue: Queue;
  readonly deadLetterQueue: Queue;
  readonly function: NodeFunction;
  readonly alarms: Alarm[] = [];

  constructor(scope: Construct, id: string, props: OcrPipelineProps) {
    super(scope, id);

    this.deadLetterQueue = new Queue(this, 'DeadLetterQueue', {
      encryption: QueueEncryption.SQS_MANAGED,
      enforceSSL: true,
      retentionPeriod: Duration.days(14),
      // consumed by the ingest pipeline's dead-letter function: six of its timeouts (trap 6)
      visibilityTimeout: Duration.seconds(
        (props.ingest.deadLetterFunction.timeout ?? Duration.seconds(30)).toSeconds() * 6,
      ),
    });
    this.queue = new Queue(this, 'Queue', {
      encryption: QueueEncryption.SQS_MANAGED,
      enforceSSL: true,
      // six times the function timeout (trap 6): a message is never handed to a second reader meanwhile
      visibilityTimeout: Duration.seconds(FUNCTION_TIMEOUT.toSeconds() * 6),
      retentionPeriod: Duration.days(14),
      deadLetterQueue: { queue: this.deadLetterQueue, maxReceiveCount: MAX_RECEIVES },
    });

    this.function = new NodeFunction(this, 'Function', {
      handlerFile: 'ocr-document.ts',
      serviceName: 'remissvar-ocr',
      metricsNamespace: props.metricsNamespace,
      description: 'Reads scanned council-case PDFs with OCR (Tesseract, Swedish) and publishes them',
      memorySize: FUNCTION_MEMORY_MB,
      timeout: FUNCTION_TIMEOUT,
      environment: {
        [ENV.ocrTimeoutMs]: String(OCR_TIMEOUT.toMilliseconds()),
        [ENV.ocrMemoryMb]: String(OCR_MEMORY_MB),
        [ENV.ocrThreads]: '1',
      },
      bundling: ocrBundling(),
    });
    props.originals.grantReadTo(this.function);
    props.table.grantReadWriteTo(this.function);
    this.function.addEventSource(
      new SqsEventSource(this.queue, {
        // one document per invocation: a batch of scans would share one timeout
        batchSize: 1,
        reportBatchItemFailures: true,
        maxConcurrency: props.maxConcurrency ?? 2,
      }),
    );

    // the ingest function hands scans over (a lost hand-over is sent again when SQS redelivers the
    // upload's ingest message, so the sweeper needs no access to this queue)
    const ingestFunction = props.ingest.function;
    ingestFunction.addEnvironment(ENV.ocrQueueUrl, this.queue.queueUrl);
    this.queue.grantSendMessages(ingestFunction);

    // dead letters of OCR are uploads like the ingest's: the same consumer ends them `failed: internal`
    props.ingest.deadLetterFunction.addEventSource(
      new SqsEventSource(this.deadLetterQueue, {
        batchSize: 10,
        reportBatchItemFailures: true,
        maxConcurrency: 2,
      }),
    );

    const alarm = (alarmId: string, description: string, metric: IMetric, threshold: number) => {
      const created = new Alarm(this, alarmId, {
        alarmDescription: description,
        metric,
        threshold,
        comparisonOperator: ComparisonOperator.GREATER_THAN_THRESHOLD,
        evaluationPeriods: 1,
        treatMissingData: TreatMissingData.NOT_BREACHING,
      });
      const action = new SnsAction(props.alarmTopic);
      created.addAlarmAction(action);
      created.addOkAction(action);
      this.alarms.push(created);
    };
    alarm(
      'DeadLetters',
      'A scan failed OCR 3 times and reached the OCR dead-letter queue.',
      this.deadLetterQueue.metricNumberOfMessagesReceived({ period: PERIOD, statistic: Stats.SUM }),
      0,
    );
    alarm(
      'Errors',
      'The OCR function failed whole invocations (not single scans).',
      this.function.metricErrors({ period: PERIOD, statistic: Stats.SUM }),
      0,
    );
    alarm(
      'BacklogStuck',
      'The oldest scan has waited over six hours for OCR: raise the concurrency cap or look for a stuck reader.',
      this.queue.metricApproximateAgeOfOldestMessage({ period: PERIOD, statistic: Stats.MAXIMUM }),
      Duration.hours(6).toSeconds(),
    );
  }
}
