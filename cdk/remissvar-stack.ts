// One deployment of the whole product for one stage: originals bucket → ingest queue → ingest function
// → case table → feed API, plus alarms. Wiring only; each concern's defaults live in constructs/.
import { CfnOutput, Stack, type StackProps } from 'aws-cdk-lib';
import type { Construct } from 'constructs';
import { CaseTable } from './constructs/case-table.ts';
import { FeedApi } from './constructs/feed-api.ts';
import { IngestPipeline } from './constructs/ingest-pipeline.ts';
import { OperationsAlarms } from './constructs/operations-alarms.ts';
import { OriginalsBucket } from './constructs/originals-bucket.ts';

export interface RemissvarStackProps extends StackProps {
  /** `dev`, `prod`, …: names resources and metrics; anything but `dev` protects stored data. */
  readonly stage: string;
  readonly alarmEmail?: string | undefined;
}

export class RemissvarStack extends Stack {
  constructor(scope: Construct, id: string, props: RemissvarStackProps) {
    super(scope, id, props);
    const isDev = props.stage === 'dev';
    const metricsNamespace = `Remissvar/${props.stage}`;

    const originals = new OriginalsBucket(this, 'Originals');
    const table = new CaseTable(this, 'Cases', { deletionProtection: !isDev });
    const ingest = new IngestPipeline(this, 'Ingest', { originals, table, metricsNamespace });
    const api = new FeedApi(this, 'Api', {
      originals,
      table,
      metricsNamespace,
      apiName: `remissvar-${props.stage}`,
    });
    const alarms = new OperationsAlarms(this, 'Alarms', { ingest, api, alarmEmail: props.alarmEmail });

    // Later issue: bulk files (JSON Lines, CSV, datapackage.json, DCAT) written by a publish function
    // fed from the table's stream into a bulk bucket, and CloudFront in front of bucket and API.
    // Add them here as constructs/publish-pipeline.ts and constructs/feed-distribution.ts.

    new CfnOutput(this, 'ApiUrl', { value: api.url, description: 'Base URL of the feed API' });
    new CfnOutput(this, 'OriginalsBucketName', {
      value: originals.bucket.bucketName,
      description: 'Upload PDFs here (npm run upload -- --endpoint …)',
    });
    new CfnOutput(this, 'TableName', { value: table.table.tableName });
    new CfnOutput(this, 'IngestQueueUrl', { value: ingest.queue.queueUrl });
    new CfnOutput(this, 'IngestDeadLetterQueueUrl', { value: ingest.deadLetterQueue.queueUrl });
    new CfnOutput(this, 'AlarmTopicArn', { value: alarms.topic.topicArn });
  }
}
