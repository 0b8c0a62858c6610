// What CloudFront needs from us-east-1, whatever region the stage lives in: the WAF web ACL (AWS
// accepts a CloudFront-scoped ACL only there). The stage's main stack reads its ARN with a weak
// cross-stack reference (cdk.json: `@aws-cdk/core:defaultCrossStackReferences: weak`), which CDK
// writes as `Fn::GetStackOutput` naming this stack and region: no export, no custom resource. CDK
// orders the two, so one `npm run deploy` deploys this stack first.
import { Stack, type StackProps } from 'aws-cdk-lib';
import type { Construct } from 'constructs';
import { FeedWebAcl } from './constructs/feed-web-acl.ts';

/** The one region where AWS accepts a web ACL for CloudFront. */
export const EDGE_REGION = 'us-east-1';

export interface RemissvarEdgeStackProps extends StackProps {
  readonly stage: string;
}

export class RemissvarEdgeStack extends Stack {
  readonly webAcl: FeedWebAcl;

  constructor(scope: Construct, id: string, props: RemissvarEdgeStackProps) {
    if (props.env?.region !== EDGE_REGION) throw new Error(`the edge stack must be in ${EDGE_REGION}`);
    super(scope, id, props);
    this.webAcl = new FeedWebAcl(this, 'WebAcl', { name: `remissvar-${props.stage}` });
  }
}
