// Pins the production-relevant shape of the stack: what a refactor of cdk/ must not silently change
// (encryption, redrive, concurrency caps, keys, read-only API, alarms) and that cdk-nag stays clean.
import { Match, Template } from 'aws-cdk-lib/assertions';
import { AwsSolutionsChecks } from 'cdk-nag';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildStack } from './cdk-app.ts';

type Resource = { Properties: Record<string, unknown>; DeletionPolicy?: string };

function onlyEntry(found: Record<string, unknown>, what: string): [string, Resource] {
  const entries = Object.entries(found) as [string, Resource][];
  if (entries.length !== 1) throw new Error(`expected exactly one ${what}, found ${entries.length}`);
  return entries[0]!;
}

function functionOf(template: Template, service: string): [string, Resource] {
  return onlyEntry(
    template.findResources('AWS::Lambda::Function', {
      Properties: { Environment: { Variables: { POWERTOOLS_SERVICE_NAME: service } } },
    }),
    `function ${service}`,
  );
}

function roleIdOf(fn: Resource): string {
  const role = fn.Properties.Role as { 'Fn::GetAtt': [string, string] };
  return role['Fn::GetAtt'][0];
}

function actionsOfRole(template: Template, roleId: string): string[] {
  const policies = template.findResources('AWS::IAM::Policy', { Properties: { Roles: [{ Ref: roleId }] } });
  return Object.values(policies).flatMap((policy) => {
    const doc = (policy as Resource).Properties.PolicyDocument as {
      Statement: { Action: string | string[] }[];
    };
    return doc.Statement.flatMap((s) => (Array.isArray(s.Action) ? s.Action : [s.Action]));
  });
}

describe('RemissvarStack', () => {
  let template: Template;
  let stack: ReturnType<typeof buildStack>['stack'];

  beforeAll(() => {
    ({ stack } = buildStack({ stage: 'dev' }));
    template = Template.fromStack(stack);
  });

  describe('originals bucket', () => {
    it('is versioned, private, SSE-S3 encrypted and retained with the stack', () => {
      template.hasResource('AWS::S3::Bucket', {
        DeletionPolicy: 'Retain',
        Properties: Match.objectLike({
          VersioningConfiguration: { Status: 'Enabled' },
          PublicAccessBlockConfiguration: {
            BlockPublicAcls: true,
            BlockPublicPolicy: true,
            IgnorePublicAcls: true,
            RestrictPublicBuckets: true,
          },
          BucketEncryption: {
            ServerSideEncryptionConfiguration: [
              { ServerSideEncryptionByDefault: { SSEAlgorithm: 'AES256' } },
            ],
          },
        }),
      });
    });

    it('expires noncurrent versions after 90 days and logs access', () => {
      template.hasResourceProperties('AWS::S3::Bucket', {
        VersioningConfiguration: { Status: 'Enabled' },
        LifecycleConfiguration: {
          Rules: Match.arrayWith([Match.objectLike({ NoncurrentVersionExpiration: { NoncurrentDays: 90 } })]),
        },
        LoggingConfiguration: Match.objectLike({ DestinationBucketName: Match.anyValue() }),
      });
    });

    it('refuses requests that are not over TLS', () => {
      const [bucketId] = onlyEntry(
        template.findResources('AWS::S3::Bucket', {
          Properties: { VersioningConfiguration: { Status: 'Enabled' } },
        }),
        'versioned bucket',
      );
      template.hasResourceProperties('AWS::S3::BucketPolicy', {
        Bucket: { Ref: bucketId },
        PolicyDocument: {
          Statement: Match.arrayWith([
            Match.objectLike({ Effect: 'Deny', Condition: { Bool: { 'aws:SecureTransport': 'false' } } }),
          ]),
        },
      });
    });

    it('sends every created object to the ingest queue', () => {
      template.hasResourceProperties('Custom::S3BucketNotifications', {
        NotificationConfiguration: {
          QueueConfigurations: [Match.objectLike({ Events: ['s3:ObjectCreated:*'] })],
        },
      });
    });
  });

  describe('ingest queue', () => {
    it('is SSE-SQS encrypted (not alias/aws/sqs, which S3 cannot publish to)', () => {
      const queues = template.findResources('AWS::SQS::Queue');
      expect(Object.keys(queues)).toHaveLength(2);
      for (const queue of Object.values(queues) as Resource[]) {
        expect(queue.Properties.SqsManagedSseEnabled).toBe(true);
        expect(queue.Properties.KmsMasterKeyId).toBeUndefined();
      }
    });

    it('moves a message to a 14-day dead-letter queue after 5 receives', () => {
      const [, queue] = onlyEntry(
        template.findResources('AWS::SQS::Queue', { Properties: { RedrivePolicy: Match.anyValue() } }),
        'queue with a redrive policy',
      );
      const redrive = queue.Properties.RedrivePolicy as {
        maxReceiveCount: number;
        deadLetterTargetArn: unknown;
      };
      expect(redrive.maxReceiveCount).toBe(5);
      const dlqId = (redrive.deadLetterTargetArn as { 'Fn::GetAtt': [string, string] })['Fn::GetAtt'][0];
      const dlq = template.toJSON().Resources[dlqId] as Resource;
      expect(dlq.Properties.MessageRetentionPeriod).toBe(14 * 24 * 3600);
    });

    it('keeps messages invisible for at least six ingest timeouts', () => {
      const [, ingest] = functionOf(template, 'remissvar-ingest');
      const [, queue] = onlyEntry(
        template.findResources('AWS::SQS::Queue', { Properties: { RedrivePolicy: Match.anyValue() } }),
        'queue with a redrive policy',
      );
      expect(queue.Properties.VisibilityTimeout).toBeGreaterThanOrEqual(
        6 * (ingest.Properties.Timeout as number),
      );
    });

    it('refuses requests that are not over TLS', () => {
      template.resourcePropertiesCountIs(
        'AWS::SQS::QueuePolicy',
        {
          PolicyDocument: {
            Statement: Match.arrayWith([
              Match.objectLike({ Effect: 'Deny', Condition: { Bool: { 'aws:SecureTransport': 'false' } } }),
            ]),
          },
        },
        2,
      );
    });
  });

  describe('ingest function', () => {
    it('runs Node 22 on x86_64 with 1024 MB and 120 s', () => {
      const [, ingest] = functionOf(template, 'remissvar-ingest');
      expect(ingest.Properties).toMatchObject({
        Runtime: 'nodejs22.x',
        Architectures: ['x86_64'],
        MemorySize: 1024,
        Timeout: 120,
        Handler: 'index.handler',
      });
    });

    it('consumes the queue in batches of 5, reporting single failures, at most 10 at a time', () => {
      const [ingestId] = functionOf(template, 'remissvar-ingest');
      template.hasResourceProperties('AWS::Lambda::EventSourceMapping', {
        FunctionName: { Ref: ingestId },
        BatchSize: 5,
        FunctionResponseTypes: ['ReportBatchItemFailures'],
        ScalingConfig: { MaximumConcurrency: 10 },
      });
    });

    it('is told the table, the bucket and its parser limits', () => {
      const [, ingest] = functionOf(template, 'remissvar-ingest');
      const variables = (ingest.Properties.Environment as { Variables: Record<string, unknown> }).Variables;
      expect(Object.keys(variables)).toEqual(
        expect.arrayContaining([
          'TABLE_NAME',
          'ORIGINALS_BUCKET',
          'PARSE_TIMEOUT_MS',
          'PARSE_MEMORY_MB',
          'POWERTOOLS_METRICS_NAMESPACE',
        ]),
      );
      expect(Number(variables.PARSE_TIMEOUT_MS)).toBeLessThan((ingest.Properties.Timeout as number) * 1000);
    });
  });

  describe('functions', () => {
    it('all run nodejs22.x on x86_64 and log to a log group kept one month', () => {
      const ours = template.findResources('AWS::Lambda::Function', {
        Properties: { Environment: { Variables: { POWERTOOLS_SERVICE_NAME: Match.anyValue() } } },
      });
      expect(Object.keys(ours)).toHaveLength(2);
      for (const fn of Object.values(ours) as Resource[]) {
        expect(fn.Properties).toMatchObject({ Runtime: 'nodejs22.x', Architectures: ['x86_64'] });
        const logGroupId = (fn.Properties.LoggingConfig as { LogGroup: { Ref: string } }).LogGroup.Ref;
        const logGroup = template.toJSON().Resources[logGroupId] as Resource;
        expect(logGroup.Properties.RetentionInDays).toBe(30);
      }
    });
  });

  describe('case table', () => {
    it('is on-demand with point-in-time recovery and a stream of both images', () => {
      template.hasResourceProperties('AWS::DynamoDB::Table', {
        KeySchema: [
          { AttributeName: 'PK', KeyType: 'HASH' },
          { AttributeName: 'SK', KeyType: 'RANGE' },
        ],
        BillingMode: 'PAY_PER_REQUEST',
        PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true },
        StreamSpecification: { StreamViewType: 'NEW_AND_OLD_IMAGES' },
      });
    });

    it('has the change-feed and ingests GSIs, projecting all attributes', () => {
      const gsi = (n: 1 | 2) =>
        Match.objectLike({
          IndexName: `GSI${n}`,
          KeySchema: [
            { AttributeName: `GSI${n}PK`, KeyType: 'HASH' },
            { AttributeName: `GSI${n}SK`, KeyType: 'RANGE' },
          ],
          Projection: { ProjectionType: 'ALL' },
        });
      template.hasResourceProperties('AWS::DynamoDB::Table', { GlobalSecondaryIndexes: [gsi(1), gsi(2)] });
    });

    it('can be deleted on dev but is protected and retained on other stages', () => {
      template.hasResourceProperties('AWS::DynamoDB::Table', { DeletionProtectionEnabled: false });

      const { stack: prod } = buildStack({ stage: 'prod' });
      const prodTemplate = Template.fromStack(prod);

      prodTemplate.hasResource('AWS::DynamoDB::Table', {
        DeletionPolicy: 'Retain',
        Properties: Match.objectLike({ DeletionProtectionEnabled: true }),
      });
    });
  });

  describe('feed API', () => {
    it('routes only GET, HEAD and OPTIONS, on / and every path below it', () => {
      const keys = Object.values(template.findResources('AWS::ApiGatewayV2::Route')).map(
        (route) => (route as Resource).Properties.RouteKey,
      );
      expect(keys.sort()).toEqual(
        ['GET /', 'GET /{proxy+}', 'HEAD /', 'HEAD /{proxy+}', 'OPTIONS /', 'OPTIONS /{proxy+}'].sort(),
      );
    });

    it('has a throttled default stage with access logs', () => {
      template.hasResourceProperties('AWS::ApiGatewayV2::Stage', {
        StageName: '$default',
        AutoDeploy: true,
        AccessLogSettings: Match.objectLike({ DestinationArn: Match.anyValue() }),
        DefaultRouteSettings: Match.objectLike({ ThrottlingRateLimit: 50, ThrottlingBurstLimit: 100 }),
      });
    });

    it('runs a function that may read but never write the table or the bucket', () => {
      const [, api] = functionOf(template, 'remissvar-api');
      const actions = actionsOfRole(template, roleIdOf(api));
      expect(actions).toEqual(expect.arrayContaining(['dynamodb:Query', 'dynamodb:GetItem', 's3:GetObject']));
      expect(actions.filter((a) => /^(dynamodb|s3):.*(Put|Update|Delete|Write)/.test(a))).toEqual([]);
    });

    it('gets the cursor key from Secrets Manager at deploy time, never as a literal', () => {
      const [, api] = functionOf(template, 'remissvar-api');
      const variables = (api.Properties.Environment as { Variables: Record<string, unknown> }).Variables;
      expect(JSON.stringify(variables.CURSOR_SECRET)).toContain('{{resolve:secretsmanager:');
      template.resourceCountIs('AWS::SecretsManager::Secret', 1);
    });
  });

  describe('alarms', () => {
    it('alarm on dead letters, a stuck backlog, function errors and API 5xx', () => {
      const metrics = Object.values(template.findResources('AWS::CloudWatch::Alarm')).map(
        (alarm) => (alarm as Resource).Properties.MetricName,
      );
      expect(metrics.sort()).toEqual(
        [
          '5xx',
          'ApproximateAgeOfOldestMessage',
          'ApproximateNumberOfMessagesVisible',
          'Errors',
          'Errors',
        ].sort(),
      );
    });

    it('fire on the first dead letter and notify the alarm topic', () => {
      const [topicId] = onlyEntry(template.findResources('AWS::SNS::Topic'), 'SNS topic');
      template.hasResourceProperties('AWS::CloudWatch::Alarm', {
        MetricName: 'ApproximateNumberOfMessagesVisible',
        ComparisonOperator: 'GreaterThanThreshold',
        Threshold: 0,
        AlarmActions: [{ Ref: topicId }],
      });
      template.resourcePropertiesCountIs('AWS::CloudWatch::Alarm', { AlarmActions: [{ Ref: topicId }] }, 5);
    });

    it('go to a topic that refuses publishing without TLS', () => {
      template.hasResourceProperties('AWS::SNS::TopicPolicy', {
        PolicyDocument: {
          Statement: Match.arrayWith([
            Match.objectLike({ Effect: 'Deny', Condition: { Bool: { 'aws:SecureTransport': 'false' } } }),
          ]),
        },
      });
    });
  });

  it('outputs the API URL, bucket, table and queue', () => {
    const outputs = Object.keys(template.findOutputs('*'));

    expect(outputs).toEqual(
      expect.arrayContaining(['ApiUrl', 'OriginalsBucketName', 'TableName', 'IngestQueueUrl']),
    );
  });

  it('leaves no cdk-nag AwsSolutions finding unacknowledged', () => {
    const checks = new AwsSolutionsChecks(stack);

    const { violations } = checks.validateScope(stack);

    // Listed, not counted, so a failure names the rule and the resource to fix or acknowledge.
    const findings = violations.flatMap((v) =>
      v.violatingResources.map((r) => `${v.severity} ${v.ruleName} at ${r.constructPath}`),
    );
    expect(findings).toEqual([]);
  });
});
