// Case table → bulk files: lambdas/publish-bulk.ts rewrites cases.jsonl, CSVs, datapackage.json and
// the DCAT catalog into a private bucket that only CloudFront reads. A Lambda response is capped at
// 6 MB, so whole-dataset downloads are files, not API calls.
import { Duration, RemovalPolicy, Stack, Validations } from 'aws-cdk-lib';
import { Rule, RuleTargetInput, Schedule } from 'aws-cdk-lib/aws-events';
import { LambdaFunction as LambdaTarget } from 'aws-cdk-lib/aws-events-targets';
import { PolicyStatement } from 'aws-cdk-lib/aws-iam';
import { FilterCriteria, FilterRule, StartingPosition } from 'aws-cdk-lib/aws-lambda';
import { DynamoEventSource } from 'aws-cdk-lib/aws-lambda-event-sources';
import {
  BlockPublicAccess,
  Bucket,
  BucketEncryption,
  type CfnBucket,
  type IBucket,
  ObjectOwnership,
} from 'aws-cdk-lib/aws-s3';
import { Construct } from 'constructs';
import { ENV } from '../../shared/config.ts';
import type { CaseTable } from './case-table.ts';
import { NodeFunction } from './node-function.ts';
import type { OriginalsBucket } from './originals-bucket.ts';

export interface PublishPipelineProps {
  readonly table: CaseTable;
  /** Its page texts (`texts/sha256/*`) are what the search index is built from. */
  readonly originals: OriginalsBucket;
  readonly metricsNamespace: string;
  /** Where S3 writes server access logs of the bulk bucket (the originals' log bucket). */
  readonly accessLogsBucket?: IBucket | undefined;
  /** Dev stacks delete the (regenerable) bulk files with the stack; other stages keep them. */
  readonly retainFiles: boolean;
  /**
   * How long the stream collects case changes before one rebuild: a batch upload of 500 PDFs becomes
   * a few rebuilds, not 500. Also the delay until a new case appears in the bulk files.
   * @default 5 minutes (the Lambda maximum)
   */
  readonly batchingWindow?: Duration;
}

export class PublishPipeline extends Construct {
  readonly bucket: Bucket;
  readonly function: NodeFunction;

  constructor(scope: Construct, id: string, props: PublishPipelineProps) {
    super(scope, id);

    this.bucket = new Bucket(this, 'Bucket', {
      // Regenerated in full by every run: no versions to keep.
      encryption: BucketEncryption.S3_MANAGED,
      blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
      objectOwnership: ObjectOwnership.BUCKET_OWNER_ENFORCED,
      enforceSSL: true,
      minimumTLSVersion: 1.2,
      serverAccessLogsBucket: props.accessLogsBucket,
      serverAccessLogsPrefix: props.accessLogsBucket ? 'bulk/' : undefined,
      lifecycleRules: [{ abortIncompleteMultipartUploadAfter: Duration.days(1) }],
      removalPolicy: props.retainFiles ? RemovalPolicy.RETAIN : RemovalPolicy.DESTROY,
    });
    if (!props.accessLogsBucket) {
      Validations.of(this.bucket).acknowledge({
        id: 'AwsSolutions-S1',
        reason: 'Server access logs were switched off for this stage (no access-log bucket given).',
      });
    }

    this.function = new NodeFunction(this, 'Function', {
      handlerFile: 'publish-bulk.ts',
      serviceName: 'remissvar-publish',
      metricsNamespace: props.metricsNamespace,
      description:
        'Rewrites the bulk files (JSON Lines, CSV, datapackage.json, DCAT) and the search index from the case table',
      // Builds whole files in memory from every case; 1 GB also buys the CPU to do it quickly.
      memorySize: 1024,
      timeout: Duration.minutes(5),
    });
    props.table.grantReadTo(this.function);
    props.originals.grantReadPageTextsTo(this.function);
    this.grantWriteTo();

    // Trigger 1: the table's stream, only for published-case items (SK = LATEST), collected for a
    // batching window. Runs only when something changed, so an idle month costs nothing.
    this.function.addEventSource(
      new DynamoEventSource(props.table.table, {
        startingPosition: StartingPosition.LATEST,
        batchSize: 1000,
        maxBatchingWindow: props.batchingWindow ?? Duration.minutes(5),
        // A failing rebuild is retried a few times, then skipped: the next change or the nightly
        // run rewrites everything anyway, and a poisoned stream must not block newer changes.
        retryAttempts: 2,
        filters: [FilterCriteria.filter({ dynamodb: { Keys: { SK: { S: FilterRule.isEqual('LATEST') } } } })],
      }),
    );
    if (this.function.role) {
      Validations.of(this.function.role).acknowledge({
        id: 'AwsSolutions-IAM5[Resource::*]',
        reason:
          "The DynamoDB event source grants dynamodb:ListStreams on *, the only resource IAM accepts for it; it lists stream ARNs, no data. Stream reads are limited to this table's stream.",
      });
    }
    // Trigger 2: a nightly rebuild as a safety net (skipped stream batches, a new publish version).
    new Rule(this, 'Nightly', {
      description: 'Rebuilds the Remissvar bulk files once a night',
      schedule: Schedule.cron({ minute: '17', hour: '2' }),
      targets: [
        new LambdaTarget(this.function, { event: RuleTargetInput.fromObject({ source: 'nightly' }) }),
      ],
    });
  }

  /**
   * Lets a function list and read the bulk files (the API's `/v1/bulk` listing) and tells it the
   * bucket's name. Readers fetch the files themselves through CloudFront, not through a function.
   */
  grantReadTo(fn: NodeFunction): void {
    fn.addToRolePolicy(
      new PolicyStatement({ actions: ['s3:GetObject'], resources: [this.bucket.arnForObjects('*')] }),
    );
    fn.addToRolePolicy(
      new PolicyStatement({ actions: ['s3:ListBucket'], resources: [this.bucket.bucketArn] }),
    );
    fn.addEnvironment(ENV.bulkBucket, this.bucket.bucketName);
    this.acknowledgeWholeBucket(
      fn,
      'The bulk files are public data; listing them needs every object of this one bucket.',
    );
  }

  /**
   * Exact actions rather than `grantReadWrite` (which adds `s3:Abort*`, `s3:DeleteObject*`, …): the
   * function overwrites whole files and may read them back to skip an unchanged upload.
   */
  private grantWriteTo(): void {
    const fn = this.function;
    fn.addToRolePolicy(
      new PolicyStatement({
        actions: ['s3:PutObject', 's3:GetObject', 's3:AbortMultipartUpload'],
        resources: [this.bucket.arnForObjects('*')],
      }),
    );
    fn.addToRolePolicy(
      new PolicyStatement({ actions: ['s3:ListBucket'], resources: [this.bucket.bucketArn] }),
    );
    fn.addEnvironment(ENV.bulkBucket, this.bucket.bucketName);
    this.acknowledgeWholeBucket(
      fn,
      'The publish function owns every object of the bulk bucket (it writes the whole set of files).',
    );
  }

  private acknowledgeWholeBucket(fn: NodeFunction, reason: string): void {
    if (!fn.role) return;
    const bucketId = Stack.of(this).getLogicalId(this.bucket.node.defaultChild as CfnBucket);
    Validations.of(fn.role).acknowledge({ id: `AwsSolutions-IAM5[Resource::<${bucketId}.Arn>/*]`, reason });
  }
}
