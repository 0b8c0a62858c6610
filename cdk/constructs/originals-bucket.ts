// The bucket archivists upload council-case PDFs into. The originals are the evidence behind every
// published record, so it is versioned, private and retained, and no lifecycle rule ever expires
// one (current or noncurrent): a case names the exact version it was read from. Handlers only read.
import { Duration, RemovalPolicy, Stack, Validations } from 'aws-cdk-lib';
import { PolicyStatement } from 'aws-cdk-lib/aws-iam';
import type { Function as LambdaFunction } from 'aws-cdk-lib/aws-lambda';
import {
  BlockPublicAccess,
  Bucket,
  BucketEncryption,
  type CfnBucket,
  ObjectOwnership,
} from 'aws-cdk-lib/aws-s3';
import { Construct } from 'constructs';
import { ENV, PAGE_TEXT_PREFIX } from '../../shared/config.ts';

export interface OriginalsBucketProps {
  /**
   * Write S3 server access logs (who fetched or uploaded which PDF) to a sibling bucket.
   * @default true
   */
  readonly serverAccessLogs?: boolean;
}

export class OriginalsBucket extends Construct {
  readonly bucket: Bucket;
  readonly accessLogsBucket: Bucket | undefined;

  constructor(scope: Construct, id: string, props: OriginalsBucketProps = {}) {
    super(scope, id);

    this.accessLogsBucket =
      (props.serverAccessLogs ?? true)
        ? new Bucket(this, 'AccessLogs', {
            encryption: BucketEncryption.S3_MANAGED, // S3 log delivery cannot write SSE-KMS
            blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
            objectOwnership: ObjectOwnership.BUCKET_OWNER_ENFORCED,
            enforceSSL: true,
            lifecycleRules: [{ expiration: Duration.days(365) }],
            removalPolicy: RemovalPolicy.RETAIN,
          })
        : undefined;

    this.bucket = new Bucket(this, 'Bucket', {
      versioned: true,
      encryption: BucketEncryption.S3_MANAGED,
      blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
      objectOwnership: ObjectOwnership.BUCKET_OWNER_ENFORCED,
      enforceSSL: true,
      minimumTLSVersion: 1.2,
      serverAccessLogsBucket: this.accessLogsBucket,
      serverAccessLogsPrefix: this.accessLogsBucket ? 'originals/' : undefined,
      // Only unfinished multipart uploads are cleaned up (they are not objects yet). An overwrite
      // keeps the old bytes as a noncurrent version, and a published case may name that version:
      // nothing here expires or transitions an original. Cost control is on derived files only.
      lifecycleRules: [{ abortIncompleteMultipartUploadAfter: Duration.days(7) }],
      // Never deleted with the stack: the originals outlive any deployment of it.
      removalPolicy: RemovalPolicy.RETAIN,
    });
    if (!this.accessLogsBucket) {
      Validations.of(this.bucket).acknowledge({
        id: 'AwsSolutions-S1',
        reason: 'Server access logs were switched off for this stage (serverAccessLogs: false).',
      });
    }
  }

  /**
   * Lets a function list every upload and every version of it (the sweeper), and tells it the
   * bucket's name. Reads no object.
   */
  grantListVersionsTo(fn: LambdaFunction): void {
    fn.addToRolePolicy(
      new PolicyStatement({
        actions: ['s3:ListBucket', 's3:ListBucketVersions'],
        resources: [this.bucket.bucketArn],
      }),
    );
    fn.addEnvironment(ENV.originalsBucket, this.bucket.bucketName);
  }

  /**
   * Lets a function write each read document's page texts (`texts/sha256/*`) and nothing else: the
   * ingest function never writes an original (uploads are never altered).
   */
  grantWritePageTextsTo(fn: LambdaFunction): void {
    fn.addToRolePolicy(
      new PolicyStatement({
        actions: ['s3:PutObject'],
        resources: [this.bucket.arnForObjects(`${PAGE_TEXT_PREFIX}*`)],
      }),
    );
    this.acknowledgePageTexts(fn);
  }

  private acknowledgePageTexts(fn: LambdaFunction): void {
    if (!fn.role) return;
    const bucketId = Stack.of(this).getLogicalId(this.bucket.node.defaultChild as CfnBucket);
    Validations.of(fn.role).acknowledge({
      id: `AwsSolutions-IAM5[Resource::<${bucketId}.Arn>/${PAGE_TEXT_PREFIX}*]`,
      reason: 'One page-text object per document, named by its sha256: the prefix is the narrowest grant.',
    });
  }

  /**
   * Lets a function read the stored page texts (`texts/sha256/*`, the search index's input) and
   * nothing else of the bucket, and tells it the bucket's name. ListBucket makes a missing text a
   * 404 (a document read before texts were kept) rather than a 403.
   */
  grantReadPageTextsTo(fn: LambdaFunction): void {
    fn.addToRolePolicy(
      new PolicyStatement({
        actions: ['s3:GetObject'],
        resources: [this.bucket.arnForObjects(`${PAGE_TEXT_PREFIX}*`)],
      }),
    );
    fn.addToRolePolicy(
      new PolicyStatement({
        actions: ['s3:ListBucket'],
        resources: [this.bucket.bucketArn],
        conditions: { StringLike: { 's3:prefix': [`${PAGE_TEXT_PREFIX}*`] } },
      }),
    );
    fn.addEnvironment(ENV.originalsBucket, this.bucket.bucketName);
    this.acknowledgePageTexts(fn);
  }

  /**
   * Lets a function read original PDFs (any version) and check the bucket answers, and tells it
   * the bucket's name. Exact actions rather than `grantRead` (GetObject*, List*): handlers never
   * need ACLs, tags or attributes; add an action here when one does.
   */
  grantReadTo(fn: LambdaFunction): void {
    fn.addToRolePolicy(
      new PolicyStatement({
        actions: ['s3:GetObject', 's3:GetObjectVersion'],
        resources: [this.bucket.arnForObjects('*')],
      }),
    );
    // ListBucket makes a missing key a 404 instead of a 403 and lets /health call HeadBucket.
    fn.addToRolePolicy(
      new PolicyStatement({ actions: ['s3:ListBucket'], resources: [this.bucket.bucketArn] }),
    );
    fn.addEnvironment(ENV.originalsBucket, this.bucket.bucketName);
    if (fn.role) {
      const bucketId = Stack.of(this).getLogicalId(this.bucket.node.defaultChild as CfnBucket);
      Validations.of(fn.role).acknowledge({
        id: `AwsSolutions-IAM5[Resource::<${bucketId}.Arn>/*]`,
        reason:
          'Uploads may have any key (archivists choose folder and file names), so reading originals needs every object of this one bucket.',
      });
    }
  }
}
