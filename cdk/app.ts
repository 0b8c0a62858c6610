// CDK entry (cdk.json runs it with tsx): one stage (its main stack and its us-east-1 edge stack), checked by cdk-nag's AwsSolutions pack
// so `npm run synth` fails on any finding that is neither fixed nor suppressed with a reason.
// Usage: npm run synth -- -c stage=prod [-c region=eu-north-1] [-c alarmEmail=ops@example.org]
import { App, Tags, Validations } from 'aws-cdk-lib';
import { AwsSolutionsChecks } from 'cdk-nag';
import { addStage } from './stages.ts';

const app = new App();

const stage = String(app.node.tryGetContext('stage') ?? 'dev');
// The stage lands in resource and metric names; keep it to what all of them accept.
if (!/^[a-z][a-z0-9-]{0,19}$/.test(stage)) {
  throw new Error(`context "stage" must be lowercase letters, digits and dashes, got "${stage}"`);
}
const alarmEmail = app.node.tryGetContext('alarmEmail') as string | undefined;
const region = app.node.tryGetContext('region') as string | undefined;

addStage(app, {
  stage,
  alarmEmail,
  // A concrete region with no lookups: synth needs no credentials. Not CDK_DEFAULT_REGION: the CLI
  // always sets it, to us-east-1 when nothing is configured. The account stays unresolved until
  // deploy, which takes it from the credentials in the environment.
  account: process.env.CDK_DEFAULT_ACCOUNT,
  region: region ?? process.env.AWS_REGION ?? process.env.AWS_DEFAULT_REGION ?? 'eu-north-1',
});

Tags.of(app).add('project', 'remissvar');
Tags.of(app).add('stage', stage);
Validations.of(app).addPlugins(new AwsSolutionsChecks(app, { verbose: true }));
