// One stage of the product as CDK stacks: the main stack in the stage's region and the edge stack
// (the CloudFront WAF) in us-east-1. cdk/app.ts and the assertion tests build stages the same way.
import type { App } from 'aws-cdk-lib';
import { EDGE_REGION, RemissvarEdgeStack } from './edge-stack.ts';
import { RemissvarStack } from './remissvar-stack.ts';

export interface StageOptions {
  stage: string;
  region: string;
  /** Unresolved until deploy when unset: synth needs no credentials. */
  account?: string | undefined;
  alarmEmail?: string | undefined;
}

export function addStage(
  app: App,
  options: StageOptions,
): { main: RemissvarStack; edge: RemissvarEdgeStack } {
  const { stage, account } = options;
  const edge = new RemissvarEdgeStack(app, `Remissvar-${stage}-edge`, {
    stage,
    env: { account, region: EDGE_REGION },
    description: `Remissvar (${stage}): the CloudFront web ACL, which AWS accepts only in ${EDGE_REGION}`,
  });
  const main = new RemissvarStack(app, `Remissvar-${stage}`, {
    stage,
    alarmEmail: options.alarmEmail,
    webAclArn: edge.webAcl.webAcl.attrArn,
    env: { account, region: options.region },
    description: `Remissvar (${stage}): council-case PDFs in, open JSON/CSV case feed out`,
  });
  return { main, edge };
}
