// The one DynamoDB table behind the feed: case items, source documents, ingest rows, and two sparse
// GSIs (change feed, ingests listing). Key names here must match shared/storage/, which reads them.
import { RemovalPolicy, Stack, Validations } from 'aws-cdk-lib';
import {
  AttributeType,
  BillingMode,
  type CfnTable,
  ProjectionType,
  StreamViewType,
  Table,
} from 'aws-cdk-lib/aws-dynamodb';
import type { Function as LambdaFunction } from 'aws-cdk-lib/aws-lambda';
import { Construct } from 'constructs';
import { ENV } from '../../shared/config.ts';

/** GSI names as the repositories in shared/storage/ query them. */
export const CASE_TABLE_INDEXES = {
  /** Change feed and newest-first listing: `FEED#<yyyy-mm>` / `<updatedAt>#<id>`, only on LATEST items. */
  feed: 'GSI1',
  /** Ingests listing for archivists (`/v1/ingests`). */
  ingests: 'GSI2',
} as const;

export interface CaseTableProps {
  /**
   * Refuse deletes of the table (console, CLI or a stack change that would replace it).
   * Off for dev so a scratch stack can be torn down.
   */
  readonly deletionProtection: boolean;
}

export class CaseTable extends Construct {
  readonly table: Table;

  constructor(scope: Construct, id: string, props: CaseTableProps) {
    super(scope, id);

    this.table = new Table(this, 'Table', {
      partitionKey: { name: 'PK', type: AttributeType.STRING },
      sortKey: { name: 'SK', type: AttributeType.STRING },
      // Traffic is bursty (a batch upload, then quiet for weeks): on-demand costs nothing idle.
      billingMode: BillingMode.PAY_PER_REQUEST,
      pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: true },
      // Both images, so a later stream consumer (publish function) can tell what changed.
      stream: StreamViewType.NEW_AND_OLD_IMAGES,
      deletionProtection: props.deletionProtection,
      removalPolicy: props.deletionProtection ? RemovalPolicy.RETAIN : RemovalPolicy.DESTROY,
    });
    this.table.addGlobalSecondaryIndex({
      indexName: CASE_TABLE_INDEXES.feed,
      partitionKey: { name: 'GSI1PK', type: AttributeType.STRING },
      sortKey: { name: 'GSI1SK', type: AttributeType.STRING },
      projectionType: ProjectionType.ALL,
    });
    this.table.addGlobalSecondaryIndex({
      indexName: CASE_TABLE_INDEXES.ingests,
      partitionKey: { name: 'GSI2PK', type: AttributeType.STRING },
      sortKey: { name: 'GSI2SK', type: AttributeType.STRING },
      projectionType: ProjectionType.ALL,
    });
  }

  /** The ingest function writes cases, documents and ingest rows. */
  grantReadWriteTo(fn: LambdaFunction): void {
    this.table.grantReadWriteData(fn);
    this.finishGrant(fn);
  }

  /** The API only reads. */
  grantReadTo(fn: LambdaFunction): void {
    this.table.grantReadData(fn);
    this.finishGrant(fn);
  }

  private finishGrant(fn: LambdaFunction): void {
    fn.addEnvironment(ENV.tableName, this.table.tableName);
    if (!fn.role) return;
    const tableId = Stack.of(this).getLogicalId(this.table.node.defaultChild as CfnTable);
    Validations.of(fn.role).acknowledge({
      id: `AwsSolutions-IAM5[Resource::<${tableId}.Arn>/index/*]`,
      reason:
        "Queries go through this table's own GSIs (change feed, ingests); CDK grants them as table/index/*, which covers no other table.",
    });
  }
}
