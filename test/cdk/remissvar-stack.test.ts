// Pins the production-relevant shape of the stack: what a refactor of cdk/ must not silently change
// (encryption, redrive, concurrency caps, keys, read-only API, CloudFront, WAF, throttles, the
// sweeper, alarms, originals kept for good) and that cdk-nag stays clean on both stacks of a stage.
import vm from 'node:vm';
import { Match, Template } from 'aws-cdk-lib/assertions';
import { AwsSolutionsChecks } from 'cdk-nag';
import { beforeAll, describe, expect, it } from 'vitest';
import { ARCHIVIST_API_ROUTES, ARCHIVIST_FORM_ROUTES } from '../../cdk/constructs/feed-api.ts';
import {
  ARCHIVIST_PAGE_PATTERNS,
  CASE_INSENSITIVE_PARAMETERS,
  NORMALIZE_QUERY_FUNCTION,
} from '../../cdk/constructs/feed-distribution.ts';
import { STACK_OUTPUTS } from '../../local/cli/deployed-stack.ts';
import { ARCHIVIST_GROUP, ENV, PAGE_TEXT_PREFIX } from '../../shared/config.ts';
import { CaseQuerySchema } from '../../shared/feeds/case-query.ts';
import { KEYS } from '../../shared/storage/table-design.ts';
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

/** The queue a function consumes (its event source mapping) and that queue's dead-letter queue. */
function queuesOf(
  template: Template,
  service: string,
): { queue: [string, Resource]; dlq: [string, Resource] } {
  const [fnId] = functionOf(template, service);
  const mappings = Object.values(
    template.findResources('AWS::Lambda::EventSourceMapping', {
      Properties: { FunctionName: { Ref: fnId } },
    }),
  ) as Resource[];
  const resources = template.toJSON().Resources as Record<string, Resource>;
  const consumed = mappings
    .map((m) => (m.Properties.EventSourceArn as { 'Fn::GetAtt': [string, string] })['Fn::GetAtt'][0])
    .filter((id) => resources[id]?.Properties.RedrivePolicy);
  if (consumed.length !== 1) throw new Error(`expected ${service} to consume one queue with a DLQ`);
  const queueId = consumed[0]!;
  const queue = resources[queueId]!;
  const dlqId = (
    queue.Properties.RedrivePolicy as { deadLetterTargetArn: { 'Fn::GetAtt': [string, string] } }
  ).deadLetterTargetArn['Fn::GetAtt'][0];
  return { queue: [queueId, queue], dlq: [dlqId, resources[dlqId]!] };
}

describe('RemissvarStack', () => {
  let template: Template;
  let edgeTemplate: Template;
  let stack: ReturnType<typeof buildStack>['stack'];
  let edge: ReturnType<typeof buildStack>['edge'];

  // Building the stack takes a few seconds, far more on a busy machine: past vitest's 10 s hook default.
  beforeAll(() => {
    ({ stack, edge } = buildStack({ stage: 'dev' }));
    template = Template.fromStack(stack);
    edgeTemplate = Template.fromStack(edge);
  }, 120_000);

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

    it('never expires or moves an original, current or noncurrent, and logs access', () => {
      const [, bucket] = onlyEntry(
        template.findResources('AWS::S3::Bucket', {
          Properties: { VersioningConfiguration: { Status: 'Enabled' } },
        }),
        'versioned bucket',
      );
      const rules = (bucket.Properties.LifecycleConfiguration as { Rules: Record<string, unknown>[] }).Rules;

      // only unfinished multipart uploads (not objects yet) are cleaned up
      expect(rules).toEqual([
        { AbortIncompleteMultipartUpload: { DaysAfterInitiation: 7 }, Status: 'Enabled' },
      ]);
      for (const rule of rules) {
        for (const key of Object.keys(rule)) expect(key).not.toMatch(/Expiration|Transition/);
      }
      expect(bucket.Properties.LoggingConfiguration).toMatchObject({
        DestinationBucketName: expect.anything(),
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

    it('sends every object created under uploads/ to the ingest queue', () => {
      template.hasResourceProperties('Custom::S3BucketNotifications', {
        NotificationConfiguration: {
          QueueConfigurations: [
            Match.objectLike({
              Events: ['s3:ObjectCreated:*'],
              Filter: { Key: { FilterRules: [{ Name: 'prefix', Value: 'uploads/' }] } },
            }),
          ],
        },
      });
    });
  });

  describe('ingest queue', () => {
    it('is SSE-SQS encrypted (not alias/aws/sqs, which S3 cannot publish to)', () => {
      // the ingest queue, the OCR queue and a dead-letter queue for each
      const queues = template.findResources('AWS::SQS::Queue');
      expect(Object.keys(queues)).toHaveLength(4);
      for (const queue of Object.values(queues) as Resource[]) {
        expect(queue.Properties.SqsManagedSseEnabled).toBe(true);
        expect(queue.Properties.KmsMasterKeyId).toBeUndefined();
      }
    });

    it('moves a message to a 14-day dead-letter queue after 5 receives', () => {
      const {
        queue: [, queue],
        dlq: [, dlq],
      } = queuesOf(template, 'remissvar-ingest');
      expect((queue.Properties.RedrivePolicy as { maxReceiveCount: number }).maxReceiveCount).toBe(5);
      expect(dlq.Properties.MessageRetentionPeriod).toBe(14 * 24 * 3600);
    });

    it('keeps messages invisible for at least six ingest timeouts', () => {
      const [, ingest] = functionOf(template, 'remissvar-ingest');
      const [, queue] = queuesOf(template, 'remissvar-ingest').queue;
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
        4,
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

  describe('OCR pipeline', () => {
    it('runs its own function: Node 22 on x86_64, 2048 MB, the 15-minute maximum', () => {
      const [, ocr] = functionOf(template, 'remissvar-ocr');
      expect(ocr.Properties).toMatchObject({
        Runtime: 'nodejs22.x',
        Architectures: ['x86_64'],
        MemorySize: 2048,
        Timeout: 900,
      });
    });

    it('reads its own queue one scan at a time, at most 2 at once, reporting single failures', () => {
      const [ocrId] = functionOf(template, 'remissvar-ocr');
      const [queueId] = queuesOf(template, 'remissvar-ocr').queue;
      template.hasResourceProperties('AWS::Lambda::EventSourceMapping', {
        FunctionName: { Ref: ocrId },
        EventSourceArn: { 'Fn::GetAtt': [queueId, 'Arn'] },
        BatchSize: 1,
        FunctionResponseTypes: ['ReportBatchItemFailures'],
        ScalingConfig: { MaximumConcurrency: 2 },
      });
    });

    it('has a 14-day dead-letter queue after 3 receives and keeps messages invisible for six timeouts', () => {
      const [, ocr] = functionOf(template, 'remissvar-ocr');
      const {
        queue: [, queue],
        dlq: [, dlq],
      } = queuesOf(template, 'remissvar-ocr');
      expect((queue.Properties.RedrivePolicy as { maxReceiveCount: number }).maxReceiveCount).toBe(3);
      expect(queue.Properties.VisibilityTimeout).toBeGreaterThanOrEqual(
        6 * (ocr.Properties.Timeout as number),
      );
      expect(queue.Properties.SqsManagedSseEnabled).toBe(true);
      expect(dlq.Properties.MessageRetentionPeriod).toBe(14 * 24 * 3600);
    });

    it('ends OCR by its own wall-time and memory caps well inside the function limits', () => {
      const [, ocr] = functionOf(template, 'remissvar-ocr');
      const variables = (ocr.Properties.Environment as { Variables: Record<string, string> }).Variables;
      expect(Number(variables.OCR_TIMEOUT_MS)).toBeLessThan((ocr.Properties.Timeout as number) * 1000);
      expect(Number(variables.OCR_MEMORY_MB)).toBeLessThan(ocr.Properties.MemorySize as number);
      expect(variables.OCR_THREADS).toBe('1');
    });

    it('is fed by the ingest function, which may send to the OCR queue and is told its URL', () => {
      const [, ingest] = functionOf(template, 'remissvar-ingest');
      const [queueId] = queuesOf(template, 'remissvar-ocr').queue;
      const variables = (ingest.Properties.Environment as { Variables: Record<string, unknown> }).Variables;
      expect(variables.OCR_QUEUE_URL).toEqual({ Ref: queueId });
      expect(actionsOfRole(template, roleIdOf(ingest))).toContain('sqs:SendMessage');
    });

    it('may read originals and write ingest rows and cases, and write no object', () => {
      const [, ocr] = functionOf(template, 'remissvar-ocr');
      const actions = actionsOfRole(template, roleIdOf(ocr));
      expect(actions).toEqual(
        expect.arrayContaining(['s3:GetObject', 'dynamodb:UpdateItem', 'dynamodb:PutItem', 'dynamodb:Query']),
      );
      expect(actions.filter((a) => /^s3:(Put|Delete)/.test(a))).toEqual([]);
    });

    it('alarms on its dead letters, a backlog older than six hours and its errors', () => {
      const [topicId] = onlyEntry(template.findResources('AWS::SNS::Topic'), 'SNS topic');
      const [ocrId] = functionOf(template, 'remissvar-ocr');
      const {
        queue: [queueId],
        dlq: [dlqId],
      } = queuesOf(template, 'remissvar-ocr');
      const alarms = Object.values(template.findResources('AWS::CloudWatch::Alarm')) as Resource[];
      const on = (id: string, metric: string) =>
        alarms.find(
          (a) => a.Properties.MetricName === metric && JSON.stringify(a.Properties.Dimensions).includes(id),
        );
      expect(on(dlqId, 'NumberOfMessagesReceived')?.Properties).toMatchObject({
        Threshold: 0,
        AlarmActions: [{ Ref: topicId }],
      });
      expect(on(queueId, 'ApproximateAgeOfOldestMessage')?.Properties).toMatchObject({ Threshold: 6 * 3600 });
      expect(on(ocrId, 'Errors')?.Properties).toMatchObject({
        Threshold: 0,
        AlarmActions: [{ Ref: topicId }],
      });
    });
  });

  describe('functions', () => {
    it('all run nodejs22.x on x86_64 and log to a log group kept one month', () => {
      const ours = template.findResources('AWS::Lambda::Function', {
        Properties: { Environment: { Variables: { POWERTOOLS_SERVICE_NAME: Match.anyValue() } } },
      });
      expect(Object.keys(ours)).toHaveLength(6);
      for (const fn of Object.values(ours) as Resource[]) {
        expect(fn.Properties).toMatchObject({ Runtime: 'nodejs22.x', Architectures: ['x86_64'] });
        const logGroupId = (fn.Properties.LoggingConfig as { LogGroup: { Ref: string } }).LogGroup.Ref;
        const logGroup = template.toJSON().Resources[logGroupId] as Resource;
        expect(logGroup.Properties.RetentionInDays).toBe(30);
      }
    });

    it('are the ingest, OCR, API, publish, dead-letter and sweeper functions, each with Powertools Logger and Metrics env', () => {
      // Every function but CDK's own bucket-notification handler is ours.
      const ours = Object.entries(template.findResources('AWS::Lambda::Function'))
        .filter(([id]) => !id.startsWith('BucketNotificationsHandler'))
        .map(([, fn]) => fn as Resource);
      const variables = ours.map(
        (fn) => (fn.Properties.Environment as { Variables: Record<string, unknown> }).Variables,
      );
      expect(variables.map((v) => v.POWERTOOLS_SERVICE_NAME).sort()).toEqual(
        [
          'remissvar-api',
          'remissvar-dead-letters',
          'remissvar-ingest',
          'remissvar-ocr',
          'remissvar-publish',
          'remissvar-sweeper',
        ].sort(),
      );
      for (const v of variables) {
        expect(v).toMatchObject({
          POWERTOOLS_METRICS_NAMESPACE: 'Remissvar/dev',
          POWERTOOLS_LOG_LEVEL: 'INFO',
        });
      }
    });

    it('grant no wildcard actions on S3, DynamoDB or SQS', () => {
      const actions = Object.values(template.findResources('AWS::IAM::Policy')).flatMap((policy) => {
        const doc = (policy as Resource).Properties.PolicyDocument as {
          Statement: { Action: string | string[] }[];
        };
        return doc.Statement.flatMap((s) => (Array.isArray(s.Action) ? s.Action : [s.Action]));
      });
      expect(actions.length).toBeGreaterThan(0);
      expect(actions.filter((a) => /^(s3|dynamodb|sqs):.*\*/.test(a))).toEqual([]);
    });
  });

  describe('dead-letter consumer', () => {
    it('consumes the ingest and the OCR dead-letter queues, reporting single failures', () => {
      const [fnId] = functionOf(template, 'remissvar-dead-letters');
      for (const service of ['remissvar-ingest', 'remissvar-ocr']) {
        const [dlqId] = queuesOf(template, service).dlq;
        template.hasResourceProperties('AWS::Lambda::EventSourceMapping', {
          FunctionName: { Ref: fnId },
          EventSourceArn: { 'Fn::GetAtt': [dlqId, 'Arn'] },
          FunctionResponseTypes: ['ReportBatchItemFailures'],
        });
      }
    });

    it('may write ingest rows and is told the table', () => {
      const [, fn] = functionOf(template, 'remissvar-dead-letters');
      expect(actionsOfRole(template, roleIdOf(fn))).toEqual(
        expect.arrayContaining(['dynamodb:PutItem', 'dynamodb:UpdateItem', 'dynamodb:GetItem']),
      );
      const variables = (fn.Properties.Environment as { Variables: Record<string, unknown> }).Variables;
      expect(variables).toHaveProperty('TABLE_NAME');
    });

    it('runs within the visibility timeout of each dead-letter queue it consumes', () => {
      const [, fn] = functionOf(template, 'remissvar-dead-letters');
      for (const service of ['remissvar-ingest', 'remissvar-ocr']) {
        const [, dlq] = queuesOf(template, service).dlq;
        // SQS's default visibility timeout is 30 s
        expect(
          (dlq.Properties.VisibilityTimeout as number | undefined) ?? 30,
          service,
        ).toBeGreaterThanOrEqual(fn.Properties.Timeout as number);
      }
    });
  });

  describe('sweeper', () => {
    it('runs every 5 minutes over two days and nightly over everything', () => {
      const [fnId] = functionOf(template, 'remissvar-sweeper');
      const rules = Object.values(template.findResources('AWS::Events::Rule')) as Resource[];
      const ours = rules.filter((r) =>
        (r.Properties.Targets as { Arn: unknown }[]).some((t) => JSON.stringify(t.Arn).includes(fnId)),
      );

      expect(
        ours
          .map((r) => [
            r.Properties.ScheduleExpression,
            (r.Properties.Targets as { Input: string }[])[0]?.Input,
          ])
          .sort(),
      ).toEqual([
        ['cron(41 3 * * ? *)', '{"full":true}'],
        ['rate(5 minutes)', '{"full":false}'],
      ]);
    });

    it('waits longer than the queue keeps a message invisible, and sends into the ingest queue', () => {
      const [, fn] = functionOf(template, 'remissvar-sweeper');
      const [queueId, queue] = queuesOf(template, 'remissvar-ingest').queue;
      const variables = (fn.Properties.Environment as { Variables: Record<string, unknown> }).Variables;

      expect(Number(variables.SWEEP_STALE_AFTER_SECONDS)).toBeGreaterThan(
        queue.Properties.VisibilityTimeout as number,
      );
      expect(variables.INGEST_QUEUE_URL).toEqual({ Ref: queueId });
      expect(variables.SWEEP_LOOKBACK_HOURS).toBe('48');
    });

    it('may list versions, read and write ingest rows and send messages, but read no PDF', () => {
      const [, fn] = functionOf(template, 'remissvar-sweeper');
      const actions = actionsOfRole(template, roleIdOf(fn));

      expect(actions).toEqual(
        expect.arrayContaining([
          's3:ListBucket',
          's3:ListBucketVersions',
          'sqs:SendMessage',
          'dynamodb:Query',
          'dynamodb:UpdateItem',
        ]),
      );
      expect(actions).not.toContain('s3:GetObject');
    });
  });

  describe('bulk files', () => {
    function bulkBucketId(): string {
      const [, publish] = functionOf(template, 'remissvar-publish');
      const variables = (publish.Properties.Environment as { Variables: Record<string, { Ref: string }> })
        .Variables;
      return variables.BULK_BUCKET!.Ref;
    }

    it('live in a private, encrypted bucket with Block Public Access', () => {
      const bucket = template.toJSON().Resources[bulkBucketId()] as Resource;
      expect(bucket.Properties).toMatchObject({
        PublicAccessBlockConfiguration: {
          BlockPublicAcls: true,
          BlockPublicPolicy: true,
          IgnorePublicAcls: true,
          RestrictPublicBuckets: true,
        },
        BucketEncryption: {
          ServerSideEncryptionConfiguration: [{ ServerSideEncryptionByDefault: { SSEAlgorithm: 'AES256' } }],
        },
      });
    });

    it('are readable by this CloudFront distribution only (origin access control), never publicly', () => {
      const [distributionId] = onlyEntry(
        template.findResources('AWS::CloudFront::Distribution'),
        'distribution',
      );
      const [, policy] = onlyEntry(
        template.findResources('AWS::S3::BucketPolicy', { Properties: { Bucket: { Ref: bulkBucketId() } } }),
        'bulk bucket policy',
      );
      const statements = (policy.Properties.PolicyDocument as { Statement: Record<string, unknown>[] })
        .Statement;
      const allows = statements.filter((s) => s.Effect === 'Allow');
      // Read objects and nothing else (no listing), and only for this distribution.
      expect(allows.flatMap((s) => [s.Action].flat())).toEqual(['s3:GetObject']);
      for (const allow of allows) {
        expect(allow.Principal).toEqual({ Service: 'cloudfront.amazonaws.com' });
        expect(JSON.stringify(allow.Condition)).toContain('AWS:SourceArn');
        expect(JSON.stringify(allow.Condition)).toContain(distributionId);
      }
    });

    it('are written by the publish function, which may not delete', () => {
      const [, publish] = functionOf(template, 'remissvar-publish');
      expect(publish.Properties).toMatchObject({ MemorySize: 1024, Timeout: 300 });
      const variables = (publish.Properties.Environment as { Variables: Record<string, unknown> }).Variables;
      expect(Object.keys(variables)).toEqual(
        expect.arrayContaining(['BULK_BUCKET', 'TABLE_NAME', 'PUBLIC_BASE_URL']),
      );
      const actions = actionsOfRole(template, roleIdOf(publish));
      expect(actions).toEqual(expect.arrayContaining(['s3:PutObject', 'dynamodb:Query']));
      expect(actions.filter((a) => /Delete|dynamodb:(Put|Update|BatchWrite)/.test(a))).toEqual([]);
    });

    it('are rebuilt from the table stream (published cases only, batched 5 minutes) and nightly', () => {
      const [publishId] = functionOf(template, 'remissvar-publish');
      template.hasResourceProperties('AWS::Lambda::EventSourceMapping', {
        FunctionName: { Ref: publishId },
        EventSourceArn: { 'Fn::GetAtt': [Match.anyValue(), 'StreamArn'] },
        MaximumBatchingWindowInSeconds: 300,
        MaximumRetryAttempts: 2,
        FilterCriteria: {
          Filters: [{ Pattern: JSON.stringify({ dynamodb: { Keys: { SK: { S: ['LATEST'] } } } }) }],
        },
      });
      template.hasResourceProperties('AWS::Events::Rule', {
        ScheduleExpression: 'cron(17 2 * * ? *)',
        Targets: [Match.objectLike({ Arn: { 'Fn::GetAtt': [publishId, 'Arn'] } })],
      });
    });
  });

  describe('CloudFront', () => {
    function distributionConfig(): Record<string, unknown> {
      const [, distribution] = onlyEntry(
        template.findResources('AWS::CloudFront::Distribution'),
        'distribution',
      );
      return distribution.Properties.DistributionConfig as Record<string, unknown>;
    }

    it('serves the bulk files under /v1/bulk/* from the bucket through origin access control', () => {
      template.hasResourceProperties('AWS::CloudFront::OriginAccessControl', {
        OriginAccessControlConfig: {
          OriginAccessControlOriginType: 's3',
          SigningBehavior: 'always',
          SigningProtocol: 'sigv4',
        },
      });
      const config = distributionConfig();
      const origins = config.Origins as {
        Id: string;
        OriginAccessControlId?: unknown;
        S3OriginConfig?: unknown;
      }[];
      const behaviors = config.CacheBehaviors as Record<string, unknown>[];
      // the bulk files, and the archivists' pages (tested with the sign-in)
      expect(behaviors).toHaveLength(1 + ARCHIVIST_PAGE_PATTERNS.length);
      const bulk = behaviors.find((b) => b.PathPattern === '/v1/bulk/*')!;
      expect(bulk).toMatchObject({
        PathPattern: '/v1/bulk/*',
        ViewerProtocolPolicy: 'redirect-to-https',
        Compress: true,
      });
      const origin = origins.find((o) => o.Id === bulk.TargetOriginId);
      expect(origin?.OriginAccessControlId).toBeDefined();
      // OAC, not the legacy origin access identity (CloudFormation wants the empty string here).
      expect(origin?.S3OriginConfig).toEqual({ OriginAccessIdentity: '' });
    });

    it('sends everything else to the HTTP API over TLS 1.2, compressed, GET/HEAD cached', () => {
      const config = distributionConfig();
      const behavior = config.DefaultCacheBehavior as Record<string, unknown>;
      expect(behavior).toMatchObject({
        ViewerProtocolPolicy: 'redirect-to-https',
        Compress: true,
        AllowedMethods: ['GET', 'HEAD', 'OPTIONS'],
        CachedMethods: ['GET', 'HEAD'],
      });
      // No origin request policy: forwarding cookies or the viewer's Host would break the API (trap 11).
      expect(behavior.OriginRequestPolicyId).toBeUndefined();
      const origin = (
        config.Origins as { Id: string; DomainName: unknown; CustomOriginConfig?: unknown }[]
      ).find((o) => o.Id === behavior.TargetOriginId);
      expect(JSON.stringify(origin?.DomainName)).toContain('ApiEndpoint');
      expect(origin?.CustomOriginConfig).toEqual({
        OriginProtocolPolicy: 'https-only',
        OriginSSLProtocols: ['TLSv1.2'],
      });
    });

    it('normalises the query string before the cache lookup, with a viewer-request function', () => {
      const behavior = distributionConfig().DefaultCacheBehavior as {
        FunctionAssociations: { EventType: string; FunctionARN: { 'Fn::GetAtt': [string, string] } }[];
      };
      const [association] = behavior.FunctionAssociations;
      const fn = template.toJSON().Resources[association?.FunctionARN['Fn::GetAtt'][0] ?? ''] as Resource;

      expect(behavior.FunctionAssociations).toHaveLength(1);
      expect(association?.EventType).toBe('viewer-request');
      expect(fn.Properties).toMatchObject({
        FunctionCode: NORMALIZE_QUERY_FUNCTION,
        FunctionConfig: expect.objectContaining({ Runtime: 'cloudfront-js-2.0' }),
      });
    });

    it('attaches the web ACL of the edge stack, read across regions', () => {
      const webAcl = distributionConfig().WebACLId as { 'Fn::GetStackOutput': Record<string, string> };
      const [aclId] = onlyEntry(edgeTemplate.findResources('AWS::WAFv2::WebACL'), 'web ACL');
      const output = edgeTemplate.toJSON().Outputs[webAcl['Fn::GetStackOutput'].OutputName ?? ''];

      expect(webAcl['Fn::GetStackOutput']).toMatchObject({ StackName: edge.stackName, Region: 'us-east-1' });
      expect(output.Value).toEqual({ 'Fn::GetAtt': [aclId, 'Arn'] });
    });

    it('keys the feed cache on every query string, no cookies, no headers, with gzip and brotli', () => {
      const behavior = distributionConfig().DefaultCacheBehavior as { CachePolicyId: { Ref: string } };
      const policy = template.toJSON().Resources[behavior.CachePolicyId.Ref] as Resource;
      expect(policy.Properties.CachePolicyConfig).toMatchObject({
        DefaultTTL: 60,
        MinTTL: 0,
        ParametersInCacheKeyAndForwardedToOrigin: {
          QueryStringsConfig: { QueryStringBehavior: 'all' },
          CookiesConfig: { CookieBehavior: 'none' },
          HeadersConfig: { HeaderBehavior: 'none' },
          EnableAcceptEncodingGzip: true,
          EnableAcceptEncodingBrotli: true,
        },
      });
    });

    it('tells the API and the publish function its public URL', () => {
      for (const service of ['remissvar-api', 'remissvar-publish']) {
        const [, fn] = functionOf(template, service);
        const variables = (fn.Properties.Environment as { Variables: Record<string, unknown> }).Variables;
        expect(JSON.stringify(variables.PUBLIC_BASE_URL)).toContain('DomainName');
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

    it('has exactly the key schema and GSIs that shared/storage/table-design.ts queries', () => {
      const [, table] = onlyEntry(template.findResources('AWS::DynamoDB::Table'), 'table');
      expect(table.Properties.KeySchema).toEqual([
        { AttributeName: KEYS.pk, KeyType: 'HASH' },
        { AttributeName: KEYS.sk, KeyType: 'RANGE' },
      ]);
      const designed = Object.values(KEYS)
        .filter(
          (k): k is Extract<(typeof KEYS)[keyof typeof KEYS], { name: string }> => typeof k === 'object',
        )
        .map((gsi) => ({
          IndexName: gsi.name,
          KeySchema: [
            { AttributeName: gsi.pk, KeyType: 'HASH' },
            { AttributeName: gsi.sk, KeyType: 'RANGE' },
          ],
        }));
      const deployed = (
        table.Properties.GlobalSecondaryIndexes as { IndexName: string; KeySchema: unknown }[]
      ).map((gsi) => ({ IndexName: gsi.IndexName, KeySchema: gsi.KeySchema }));
      const byName = (a: { IndexName: string }, b: { IndexName: string }) =>
        a.IndexName.localeCompare(b.IndexName);
      expect(deployed.sort(byName)).toEqual(designed.sort(byName));
      // Every key attribute is declared as a string, as the key builders write them.
      const attributes = table.Properties.AttributeDefinitions as {
        AttributeName: string;
        AttributeType: string;
      }[];
      expect(attributes.every((a) => a.AttributeType === 'S')).toBe(true);
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
    const routeKeysOf = (routes: typeof ARCHIVIST_API_ROUTES) =>
      routes.flatMap(({ path, methods }) => methods.map((method) => `${method} ${path}`));

    it('routes only GET, HEAD and OPTIONS publicly, plus the archivist routes', () => {
      const keys = Object.values(template.findResources('AWS::ApiGatewayV2::Route')).map(
        (route) => (route as Resource).Properties.RouteKey as string,
      );
      expect(keys.sort()).toEqual(
        [
          'GET /',
          'GET /{proxy+}',
          'HEAD /',
          'HEAD /{proxy+}',
          'OPTIONS /',
          'OPTIONS /{proxy+}',
          ...routeKeysOf(ARCHIVIST_API_ROUTES),
          ...routeKeysOf(ARCHIVIST_FORM_ROUTES),
        ].sort(),
      );
      expect(keys.filter((k) => k.startsWith('POST')).sort()).toEqual(
        [...routeKeysOf(ARCHIVIST_API_ROUTES), ...routeKeysOf(ARCHIVIST_FORM_ROUTES)]
          .filter((k) => k.startsWith('POST'))
          .sort(),
      );
    });

    it('puts the Cognito JWT authorizer on every archivist API route, and on nothing else', () => {
      const [authorizerId, authorizer] = onlyEntry(
        template.findResources('AWS::ApiGatewayV2::Authorizer'),
        'authorizer',
      );
      const [poolId] = onlyEntry(template.findResources('AWS::Cognito::UserPool'), 'user pool');
      const [clientId] = onlyEntry(template.findResources('AWS::Cognito::UserPoolClient'), 'app client');
      const routes = Object.values(template.findResources('AWS::ApiGatewayV2::Route')) as Resource[];
      const withJwt = routes
        .filter((r) => r.Properties.AuthorizationType === 'JWT')
        .map((r) => r.Properties.RouteKey as string);

      expect(authorizer.Properties).toMatchObject({
        AuthorizerType: 'JWT',
        IdentitySource: ['$request.header.Authorization'],
        JwtConfiguration: { Audience: [{ Ref: clientId }] },
      });
      expect(JSON.stringify(authorizer.Properties.JwtConfiguration)).toContain(poolId);
      expect(withJwt.sort()).toEqual(routeKeysOf(ARCHIVIST_API_ROUTES).sort());
      for (const r of routes.filter((r) => r.Properties.AuthorizationType === 'JWT'))
        expect(r.Properties.AuthorizerId).toEqual({ Ref: authorizerId });
      // no IAM authorizer is left: archivists sign in with Cognito
      expect(routes.filter((r) => r.Properties.AuthorizationType === 'AWS_IAM')).toEqual([]);
    });

    it('has a throttled default stage with access logs', () => {
      template.hasResourceProperties('AWS::ApiGatewayV2::Stage', {
        StageName: '$default',
        AutoDeploy: true,
        AccessLogSettings: Match.objectLike({ DestinationArn: Match.anyValue() }),
        DefaultRouteSettings: Match.objectLike({ ThrottlingRateLimit: 50, ThrottlingBurstLimit: 100 }),
      });
    });

    it('throttles every archivist route apart from the public ones', () => {
      const [, stage] = onlyEntry(template.findResources('AWS::ApiGatewayV2::Stage'), 'stage');
      const archivistKeys = [...routeKeysOf(ARCHIVIST_API_ROUTES), ...routeKeysOf(ARCHIVIST_FORM_ROUTES)];

      expect(stage.Properties.RouteSettings).toEqual(
        Object.fromEntries(
          archivistKeys.map((key) => [key, { ThrottlingRateLimit: 20, ThrottlingBurstLimit: 40 }]),
        ),
      );
      const routeKeys = Object.values(template.findResources('AWS::ApiGatewayV2::Route')).map(
        (r) => (r as Resource).Properties.RouteKey,
      );
      expect(routeKeys).toEqual(expect.arrayContaining(archivistKeys));
    });

    it('runs a function that writes the table (archivists’ corrections) but of the bucket only page texts', () => {
      const [, api] = functionOf(template, 'remissvar-api');
      const actions = actionsOfRole(template, roleIdOf(api));
      const policies = template.findResources('AWS::IAM::Policy', {
        Properties: { Roles: [{ Ref: roleIdOf(api) }] },
      });
      const s3Writes = Object.values(policies).flatMap((policy) =>
        (
          (policy as Resource).Properties.PolicyDocument as {
            Statement: { Action: string | string[]; Resource: unknown }[];
          }
        ).Statement.filter((s) => [s.Action].flat().some((a) => /^s3:.*(Put|Update|Delete|Write)/.test(a))),
      );
      expect(actions).toEqual(
        expect.arrayContaining(['dynamodb:Query', 'dynamodb:GetItem', 'dynamodb:PutItem', 's3:GetObject']),
      );
      expect(s3Writes.map((s) => s.Action)).toEqual(['s3:PutObject']);
      expect(JSON.stringify(s3Writes[0]?.Resource)).toContain(`/${PAGE_TEXT_PREFIX}*`);
    });

    it('gets the cursor key from Secrets Manager at deploy time, never as a literal', () => {
      const [, api] = functionOf(template, 'remissvar-api');
      const variables = (api.Properties.Environment as { Variables: Record<string, unknown> }).Variables;
      expect(JSON.stringify(variables.CURSOR_SECRET)).toContain('{{resolve:secretsmanager:');
      template.resourceCountIs('AWS::SecretsManager::Secret', 1);
    });
  });

  describe('archivist sign-in', () => {
    it('has a Cognito user pool without self sign-up, with required MFA, and the archivists group', () => {
      const [poolId, pool] = onlyEntry(template.findResources('AWS::Cognito::UserPool'), 'user pool');
      const [, group] = onlyEntry(template.findResources('AWS::Cognito::UserPoolGroup'), 'group');

      expect(pool.Properties).toMatchObject({
        AdminCreateUserConfig: { AllowAdminCreateUserOnly: true },
        MfaConfiguration: 'ON',
        UserPoolTier: 'PLUS',
      });
      expect(group.Properties).toMatchObject({ GroupName: ARCHIVIST_GROUP, UserPoolId: { Ref: poolId } });
    });

    it('has the managed login pages on a Cognito domain, for a PKCE app client with no secret', () => {
      const [, domain] = onlyEntry(template.findResources('AWS::Cognito::UserPoolDomain'), 'domain');
      const [clientId, client] = onlyEntry(template.findResources('AWS::Cognito::UserPoolClient'), 'client');
      const [, style] = onlyEntry(template.findResources('AWS::Cognito::ManagedLoginBranding'), 'style');

      expect(domain.Properties.ManagedLoginVersion).toBe(2);
      expect(client.Properties).toMatchObject({
        GenerateSecret: false,
        AllowedOAuthFlows: ['code'],
        AllowedOAuthFlowsUserPoolClient: true,
      });
      expect(JSON.stringify(client.Properties.CallbackURLs)).toContain('/auth/callback');
      expect(style.Properties).toMatchObject({ ClientId: { Ref: clientId }, UseCognitoProvidedValues: true });
    });

    it('names the pool, client and login domain the API function verifies against', () => {
      const [poolId] = onlyEntry(template.findResources('AWS::Cognito::UserPool'), 'user pool');
      const [clientId] = onlyEntry(template.findResources('AWS::Cognito::UserPoolClient'), 'client');
      const [, api] = functionOf(template, 'remissvar-api');
      const variables = (api.Properties.Environment as { Variables: Record<string, unknown> }).Variables;

      expect(variables[ENV.cognitoUserPoolId]).toEqual({ Ref: poolId });
      expect(variables[ENV.cognitoClientId]).toEqual({ Ref: clientId });
      expect(JSON.stringify(variables[ENV.cognitoDomain])).toContain('amazoncognito.com');
    });

    it('passes the archivists’ pages through CloudFront uncached, with their cookies', () => {
      const [, distribution] = onlyEntry(template.findResources('AWS::CloudFront::Distribution'), 'CDN');
      const behaviors = distribution.Properties.DistributionConfig as {
        CacheBehaviors: {
          PathPattern: string;
          CachePolicyId: unknown;
          OriginRequestPolicyId?: unknown;
          AllowedMethods: string[];
        }[];
        DefaultCacheBehavior: { OriginRequestPolicyId?: unknown };
      };
      const archivist = behaviors.CacheBehaviors.filter((b) =>
        (ARCHIVIST_PAGE_PATTERNS as readonly string[]).includes(b.PathPattern),
      );

      expect(archivist.map((b) => b.PathPattern).sort()).toEqual([...ARCHIVIST_PAGE_PATTERNS].sort());
      for (const b of archivist) {
        // the managed CachingDisabled and AllViewerExceptHostHeader policies
        expect(b.CachePolicyId).toBe('4135ea2d-6df8-44a3-9df3-4b5a84be39ad');
        expect(b.OriginRequestPolicyId).toBe('b689b0a8-53d0-40ab-baf2-68738e2966ac');
        expect(b.AllowedMethods).toContain('POST');
      }
      expect(behaviors.DefaultCacheBehavior.OriginRequestPolicyId).toBeUndefined();
    });
  });

  describe('alarms', () => {
    it('alarm on dead letters, a stuck backlog, errors of every function and API 5xx', () => {
      const metrics = Object.values(template.findResources('AWS::CloudWatch::Alarm')).map(
        (alarm) => (alarm as Resource).Properties.MetricName,
      );
      expect(metrics.sort()).toEqual(
        [
          '5xx',
          'ApproximateAgeOfOldestMessage',
          'ApproximateNumberOfMessagesVisible',
          'NumberOfMessagesReceived',
          'Errors',
          'Errors',
          'Errors',
          'Errors',
          'Errors',
          // the OCR pipeline's own: its dead letters, its backlog, its function's errors
          'NumberOfMessagesReceived',
          'ApproximateAgeOfOldestMessage',
          'Errors',
        ].sort(),
      );
      const erroring = Object.values(
        template.findResources('AWS::CloudWatch::Alarm', { Properties: { MetricName: 'Errors' } }),
      ).map((alarm) => JSON.stringify((alarm as Resource).Properties.Dimensions));
      for (const service of [
        'remissvar-ingest',
        'remissvar-api',
        'remissvar-publish',
        'remissvar-dead-letters',
        'remissvar-sweeper',
        'remissvar-ocr',
      ]) {
        const [fnId] = functionOf(template, service);
        expect(
          erroring.some((d) => d.includes(fnId)),
          service,
        ).toBe(true);
      }
    });

    it('fire on the first dead letter and notify the alarm topic', () => {
      const [topicId] = onlyEntry(template.findResources('AWS::SNS::Topic'), 'SNS topic');
      for (const metric of ['NumberOfMessagesReceived', 'ApproximateNumberOfMessagesVisible']) {
        template.hasResourceProperties('AWS::CloudWatch::Alarm', {
          Namespace: 'AWS/SQS',
          MetricName: metric,
          ComparisonOperator: 'GreaterThanThreshold',
          Threshold: 0,
          AlarmActions: [{ Ref: topicId }],
        });
      }
      template.resourcePropertiesCountIs('AWS::CloudWatch::Alarm', { AlarmActions: [{ Ref: topicId }] }, 12);
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

  it('outputs the URLs, bucket names and queue URLs that the CLIs and a deployer read back', () => {
    const outputs = Object.keys(template.findOutputs('*'));

    expect(outputs).toEqual(
      expect.arrayContaining([
        'Stage',
        'ApiUrl',
        'CloudFrontUrl',
        'BulkFilesUrl',
        'OriginalsBucketName',
        'BulkBucketName',
        'TableName',
        'IngestQueueUrl',
        'IngestDeadLetterQueueUrl',
        'OcrQueueUrl',
        'OcrDeadLetterQueueUrl',
        'AlarmTopicArn',
      ]),
    );
  });

  it('has every output that npm run upload -- --stack and npm run smoke read back', () => {
    const outputs = Object.keys(template.findOutputs('*'));

    expect(outputs).toEqual(expect.arrayContaining(Object.values(STACK_OUTPUTS)));
  });

  it('names a stage stack apart from every other stage', () => {
    const { stack: other } = buildStack({ stage: 'test-a' });
    const otherTemplate = Template.fromStack(other);

    expect(other.stackName).toBe('Remissvar-test-a');
    otherTemplate.hasResourceProperties('AWS::ApiGatewayV2::Api', { Name: 'remissvar-test-a' });
    otherTemplate.hasResourceProperties('AWS::Lambda::Function', {
      Environment: { Variables: Match.objectLike({ POWERTOOLS_METRICS_NAMESPACE: 'Remissvar/test-a' }) },
    });
  });

  it('leaves no cdk-nag AwsSolutions finding unacknowledged, in either stack of the stage', () => {
    const findings = [stack, edge].flatMap((scope) =>
      new AwsSolutionsChecks(scope)
        .validateScope(scope)
        // Listed, not counted, so a failure names the rule and the resource to fix or acknowledge.
        .violations.flatMap((v) =>
          v.violatingResources.map((r) => `${v.severity} ${v.ruleName} at ${r.constructPath}`),
        ),
    );

    expect(findings).toEqual([]);
  });

  describe('edge stack (us-east-1)', () => {
    it('holds a CloudFront web ACL with the common rule set and per-IP rate limits', () => {
      const [, acl] = onlyEntry(edgeTemplate.findResources('AWS::WAFv2::WebACL'), 'web ACL');
      const rules = acl.Properties.Rules as {
        Name: string;
        Statement: Record<string, Record<string, unknown>>;
        Action?: unknown;
        OverrideAction?: unknown;
      }[];

      expect(edge.region).toBe('us-east-1');
      expect(acl.Properties).toMatchObject({ Scope: 'CLOUDFRONT', DefaultAction: { Allow: {} } });
      expect(rules.map((r) => r.Name)).toEqual(['aws-common-rule-set', 'requests-per-ip', 'searches-per-ip']);
      expect(rules[0]).toMatchObject({
        OverrideAction: { None: {} },
        Statement: { ManagedRuleGroupStatement: { VendorName: 'AWS', Name: 'AWSManagedRulesCommonRuleSet' } },
      });
      expect(rules[1]).toMatchObject({
        Action: { Block: {} },
        Statement: { RateBasedStatement: { AggregateKeyType: 'IP', Limit: 1500, EvaluationWindowSec: 300 } },
      });
      expect(rules[2]).toMatchObject({
        Action: { Block: {} },
        Statement: {
          RateBasedStatement: {
            AggregateKeyType: 'IP',
            Limit: 300,
            ScopeDownStatement: { RegexMatchStatement: { RegexString: '(^|&)q=' } },
          },
        },
      });
    });
  });
});

describe('NORMALIZE_QUERY_FUNCTION', () => {
  /** Runs the CloudFront function on a request, as the viewer-request event gives it. */
  function normalize(uri: string, query: Record<string, string | string[]>): string {
    const sandbox: { handler?: (event: unknown) => { querystring: string } } = {};
    vm.runInNewContext(`${NORMALIZE_QUERY_FUNCTION}\nthis.handler = handler;`, sandbox);
    const querystring = Object.fromEntries(
      Object.entries(query).map(([key, value]) => [
        key,
        Array.isArray(value) ? { value: value[0], multiValue: value.map((v) => ({ value: v })) } : { value },
      ]),
    );
    return sandbox.handler?.({ request: { uri, querystring } }).querystring ?? '';
  }

  it('gives spellings of one query one cache key', () => {
    const a = normalize('/v1/cases', { q: '%20Skola%20%20Bygge', limit: '10', rotel: 'VI' });
    const b = normalize('/v1/cases', { rotel: 'vi', limit: '10', q: 'skola+bygge' });

    expect(a).toBe(b);
    expect(a).toBe('limit=10&q=skola%20bygge&rotel=vi');
  });

  it('keeps case where the API compares exactly, and blank values outside the portal form', () => {
    expect(normalize('/v1/cases', { cursor: 'AbC.dEf', q: '' })).toBe('cursor=AbC.dEf&q=');
    expect(normalize('/', { q: '', body: 'Idrottsnämnden' })).toBe('body=idrottsn%C3%A4mnden');
  });

  it('passes a value that is not valid percent-encoding on untouched, for the API to refuse', () => {
    expect(normalize('/v1/cases', { q: '%E0%A4%A' })).toBe('q=%E0%A4%A');
  });

  it('folds only parameters of the case query, which the API compares case-insensitively', () => {
    const known = Object.keys(CaseQuerySchema.shape);

    for (const name of CASE_INSENSITIVE_PARAMETERS) expect(known).toContain(name);
  });
});
