// Alarms that say a person must look: an upload in the dead-letter queue, a backlog that stopped
// moving, function errors, API 5xx. All go to one SNS topic; subscribe an address per stage.
import { Duration } from 'aws-cdk-lib';
import { Alarm, ComparisonOperator, type IMetric, Stats, TreatMissingData } from 'aws-cdk-lib/aws-cloudwatch';
import { SnsAction } from 'aws-cdk-lib/aws-cloudwatch-actions';
import { Topic } from 'aws-cdk-lib/aws-sns';
import { EmailSubscription } from 'aws-cdk-lib/aws-sns-subscriptions';
import { Construct } from 'constructs';
import type { FeedApi } from './feed-api.ts';
import type { IngestPipeline } from './ingest-pipeline.ts';
import type { IngestSweeper } from './ingest-sweeper.ts';
import type { PublishPipeline } from './publish-pipeline.ts';

export interface OperationsAlarmsProps {
  readonly ingest: IngestPipeline;
  readonly sweeper: IngestSweeper;
  readonly api: FeedApi;
  readonly publish: PublishPipeline;
  /** Optional e-mail address subscribed to the alarm topic (confirm the mail AWS sends). */
  readonly alarmEmail?: string | undefined;
}

const PERIOD = Duration.minutes(5);

export class OperationsAlarms extends Construct {
  readonly topic: Topic;
  readonly alarms: Alarm[] = [];

  constructor(scope: Construct, id: string, props: OperationsAlarmsProps) {
    super(scope, id);

    this.topic = new Topic(this, 'Topic', { displayName: 'Remissvar alarms', enforceSSL: true });
    // Not KMS-encrypted: CloudWatch cannot publish to a topic under the AWS-managed SNS key, and alarm
    // notices carry no confidential data that would justify a customer-managed key.
    if (props.alarmEmail) this.topic.addSubscription(new EmailSubscription(props.alarmEmail));

    const { ingest, sweeper, api, publish } = props;
    // The dead-letter consumer deletes what it records, so "visible" alone would miss most dead
    // letters: count receives (each one is an upload that failed 5 times), and alarm separately on
    // messages the consumer could not record.
    this.add('DeadLetters', 'An upload failed 5 times and reached the ingest dead-letter queue.', {
      metric: ingest.deadLetterQueue.metricNumberOfMessagesReceived({ period: PERIOD, statistic: Stats.SUM }),
      threshold: 0,
    });
    this.add('DeadLettersNotRecorded', 'Dead letters wait unrecorded: the dead-letter consumer is failing.', {
      metric: ingest.deadLetterQueue.metricApproximateNumberOfMessagesVisible({
        period: PERIOD,
        statistic: Stats.MAXIMUM,
      }),
      threshold: 0,
    });
    this.add('IngestBacklogStuck', 'The oldest upload has waited over an hour: ingest is stuck or failing.', {
      metric: ingest.queue.metricApproximateAgeOfOldestMessage({ period: PERIOD, statistic: Stats.MAXIMUM }),
      threshold: Duration.hours(1).toSeconds(),
    });
    this.add('IngestErrors', 'The ingest function failed whole invocations (not single PDFs).', {
      metric: ingest.function.metricErrors({ period: PERIOD, statistic: Stats.SUM }),
      threshold: 0,
    });
    this.add('DeadLetterErrors', 'The dead-letter consumer failed whole invocations.', {
      metric: ingest.deadLetterFunction.metricErrors({ period: PERIOD, statistic: Stats.SUM }),
      threshold: 0,
    });
    this.add('SweeperErrors', 'The sweeper failed: unfinished uploads are not being re-queued.', {
      metric: sweeper.function.metricErrors({ period: PERIOD, statistic: Stats.SUM }),
      threshold: 0,
    });
    this.add('PublishErrors', 'The publish function failed: the bulk files are getting stale.', {
      metric: publish.function.metricErrors({ period: PERIOD, statistic: Stats.SUM }),
      threshold: 0,
    });
    this.add('ApiErrors', 'The API function threw or timed out.', {
      metric: api.function.metricErrors({ period: PERIOD, statistic: Stats.SUM }),
      threshold: 0,
    });
    this.add('Api5xx', 'The HTTP API answered 5xx; the contract says bad input never yields one.', {
      metric: api.api.metricServerError({ period: PERIOD, statistic: Stats.SUM }),
      threshold: 0,
    });
  }

  private add(id: string, description: string, opts: { metric: IMetric; threshold: number }): void {
    const alarm = new Alarm(this, id, {
      alarmDescription: description,
      metric: opts.metric,
      threshold: opts.threshold,
      comparisonOperator: ComparisonOperator.GREATER_THAN_THRESHOLD,
      evaluationPeriods: 1,
      // No data means no traffic, which is healthy for a feed that is quiet for days.
      treatMissingData: TreatMissingData.NOT_BREACHING,
    });
    const action = new SnsAction(this.topic);
    alarm.addAlarmAction(action);
    alarm.addOkAction(action);
    this.alarms.push(alarm);
  }
}
