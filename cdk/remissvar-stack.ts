// One deployment of the whole product for one stage: originals bucket → ingest queue → ingest function
// (and the sweeper that re-queues what never finished; scans go on to the OCR queue and function) →
// case table → feed API and publish function →
// bulk bucket, both behind CloudFront (with the WAF from the edge stack), plus alarms.
// Wiring only; each concern's defaults live in constructs/.
import { CfnOutput, Stack, type StackProps } from 'aws-cdk-lib';
import type { Construct } from 'constructs';
import { ENV } from '../shared/config.ts';
import { ArchivistSignIn } from './constructs/archivist-sign-in.ts';
import { CaseTable } from './constructs/case-table.ts';
import { FeedApi } from './constructs/feed-api.ts';
import { BULK_PATH, FeedDistribution } from './constructs/feed-distribution.ts';
import { IngestPipeline } from './constructs/ingest-pipeline.ts';
import { IngestSweeper } from './constructs/ingest-sweeper.ts';
import { OcrPipeline } from './constructs/ocr-pipeline.ts';
import { OperationsAlarms } from './constructs/operations-alarms.ts';
import { OriginalsBucket } from './constructs/originals-bucket.ts';
import { PublishPipeline } from './constructs/publish-pipeline.ts';

export interface RemissvarStackProps extends StackProps {
  /** `dev`, `prod`, …: names resources and metrics; anything but `dev` protects stored data. */
  readonly stage: string;
  readonly alarmEmail?: string | undefined;
  /** The CloudFront web ACL, from the stage's us-east-1 edge stack (cdk/stages.ts). */
  readonly webAclArn: string;
}

export class RemissvarStack extends Stack {
  constructor(scope: Construct, id: string, props: RemissvarStackProps) {
    super(scope, id, props);
    const isDev = props.stage === 'dev';
    const metricsNamespace = `Remissvar/${props.stage}`;

    const originals = new OriginalsBucket(this, 'Originals');
    const table = new CaseTable(this, 'Cases', { deletionProtection: !isDev });
    const ingest = new IngestPipeline(this, 'Ingest', { originals, table, metricsNamespace });
    const sweeper = new IngestSweeper(this, 'Sweeper', {
      originals,
      table,
      queue: ingest.queue,
      queueVisibilityTimeout: ingest.queueVisibilityTimeout,
      metricsNamespace,
    });
    const archivists = new ArchivistSignIn(this, 'Archivists', { stage: props.stage, retain: !isDev });
    const api = new FeedApi(this, 'Api', {
      originals,
      table,
      metricsNamespace,
      apiName: `remissvar-${props.stage}`,
    });
    const publish = new PublishPipeline(this, 'Publish', {
      table,
      originals,
      metricsNamespace,
      accessLogsBucket: originals.accessLogsBucket,
      retainFiles: !isDev,
    });
    publish.grantReadTo(api.function);
    const cdn = new FeedDistribution(this, 'Cdn', {
      api,
      bulkBucket: publish.bucket,
      webAclArn: props.webAclArn,
    });
    // Archivists sign in through CloudFront (the portal) or the API's own URL (the CLIs' base).
    archivists.addPortalClient([cdn.url, api.url]);
    api.protectArchivistRoutes(archivists.jwtAuthorizer());
    archivists.configure(api.function);
    // Links in responses and in the bulk files' metadata point at CloudFront, not at the origins.
    api.function.addEnvironment(ENV.publicBaseUrl, cdn.url);
    publish.function.addEnvironment(ENV.publicBaseUrl, cdn.url);

    const alarms = new OperationsAlarms(this, 'Alarms', {
      ingest,
      sweeper,
      api,
      publish,
      alarmEmail: props.alarmEmail,
    });
    // scans: their own queue, function, cap, dead letters and alarms (on the same topic)
    const ocr = new OcrPipeline(this, 'Ocr', {
      originals,
      table,
      ingest,
      alarmTopic: alarms.topic,
      metricsNamespace,
    });

    // Names a deployer (and `npm run upload -- --stack`, `npm run smoke`) reads back from the stack.
    const output = (id: string, value: string, description: string) =>
      new CfnOutput(this, id, { value, description });
    output('Stage', props.stage, 'Stage name (context "stage")');
    output('CloudFrontUrl', cdn.url, 'Public base URL: the feed API and the portal, cached at the edge');
    output(
      'BulkFilesUrl',
      `${cdn.url}${BULK_PATH}/`,
      'Bulk files (cases.jsonl, cases.csv, …) via CloudFront',
    );
    output(
      'ApiUrl',
      api.url,
      'Feed API origin; archivist routes (/v1/ingests, corrections…) take a Cognito access token here',
    );
    output('ArchivistUserPoolId', archivists.userPool.userPoolId, 'Archivists: add users to its group');
    output('ArchivistSignInUrl', `${cdn.url}/sign-in`, 'Archivists sign in here (Cognito managed login)');
    output(
      'OriginalsBucketName',
      originals.bucket.bucketName,
      'Upload PDFs here (npm run upload -- --stack …)',
    );
    output(
      'BulkBucketName',
      publish.bucket.bucketName,
      'Written by the publish function; read only by CloudFront',
    );
    output('TableName', table.table.tableName, 'The case table');
    output('IngestQueueUrl', ingest.queue.queueUrl, 'Backlog of uploads waiting for the ingest function');
    output(
      'IngestDeadLetterQueueUrl',
      ingest.deadLetterQueue.queueUrl,
      'Uploads whose ingest failed 5 times',
    );
    output('OcrQueueUrl', ocr.queue.queueUrl, 'Backlog of scans waiting for the OCR function');
    output('OcrDeadLetterQueueUrl', ocr.deadLetterQueue.queueUrl, 'Scans whose OCR failed 3 times');
    output('AlarmTopicArn', alarms.topic.topicArn, 'Subscribe to get alarms');
  }
}
