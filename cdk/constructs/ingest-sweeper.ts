// The safety net under the ingest queue: lambdas/sweep-ingests.ts on a schedule sends every upload
// that is not terminal after a deadline (stuck queued/processing, or an object with no ingest row)
// into the queue again. Every 5 minutes over the last two days; once a night over everything.
import { Duration } from 'aws-cdk-lib';
import { Rule, RuleTargetInput, Schedule } from 'aws-cdk-lib/aws-events';
import { LambdaFunction as LambdaTarget } from 'aws-cdk-lib/aws-events-targets';
import type { Queue } from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import { ENV } from '../../shared/config.ts';
import type { CaseTable } from './case-table.ts';
import { NodeFunction } from './node-function.ts';
import type { OriginalsBucket } from './originals-bucket.ts';

export interface IngestSweeperProps {
  readonly originals: OriginalsBucket;
  readonly table: CaseTable;
  readonly queue: Queue;
  /** The queue's visibility timeout: the deadline must be longer. */
  readonly queueVisibilityTimeout: Duration;
  readonly metricsNamespace: string;
  /**
   * Not terminal this long after its last change: swept. Must exceed the queue's visibility
   * timeout, or a message still being retried by SQS would be sent a second time.
   * @default 15 minutes (the ingest queue's visibility timeout is 12)
   */
  readonly staleAfter?: Duration;
}

export class IngestSweeper extends Construct {
  readonly function: NodeFunction;

  constructor(scope: Construct, id: string, props: IngestSweeperProps) {
    super(scope, id);
    const staleAfter = props.staleAfter ?? Duration.minutes(15);
    if (staleAfter.toSeconds() <= props.queueVisibilityTimeout.toSeconds()) {
      throw new Error(
        `staleAfter (${staleAfter.toSeconds()} s) must exceed the queue's visibility timeout (${props.queueVisibilityTimeout.toSeconds()} s)`,
      );
    }

    this.function = new NodeFunction(this, 'Function', {
      handlerFile: 'sweep-ingests.ts',
      serviceName: 'remissvar-sweeper',
      metricsNamespace: props.metricsNamespace,
      description: 'Sends uploads that never reached a terminal status into the ingest queue again',
      memorySize: 256,
      // the nightly run lists the whole bucket and ingest log
      timeout: Duration.minutes(10),
      environment: {
        [ENV.ingestQueueUrl]: props.queue.queueUrl,
        [ENV.sweepStaleAfterSeconds]: String(staleAfter.toSeconds()),
        [ENV.sweepLookbackHours]: '48',
      },
    });
    props.table.grantReadWriteTo(this.function);
    props.originals.grantListVersionsTo(this.function);
    props.queue.grantSendMessages(this.function);

    new Rule(this, 'Regular', {
      description: 'Sweeps the last two days of Remissvar uploads for unfinished ingests',
      schedule: Schedule.rate(Duration.minutes(5)),
      targets: [new LambdaTarget(this.function, { event: RuleTargetInput.fromObject({ full: false }) })],
    });
    new Rule(this, 'Nightly', {
      description: 'Sweeps every Remissvar upload for unfinished ingests',
      schedule: Schedule.cron({ minute: '41', hour: '3' }),
      targets: [new LambdaTarget(this.function, { event: RuleTargetInput.fromObject({ full: true }) })],
    });
  }
}
