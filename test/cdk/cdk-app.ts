// Builds the CDK app the way `cdk synth` does (cdk.json's feature flags), for the assertion tests.
// Bundling is skipped unless asked for: it is slow and most tests only read the template (trap 8).
import { readFileSync } from 'node:fs';
import { App } from 'aws-cdk-lib';
import { addStage } from '../../cdk/stages.ts';

const cdkJson = JSON.parse(readFileSync(new URL('../../cdk.json', import.meta.url), 'utf8')) as {
  context: Record<string, unknown>;
};

export function buildStack(options: { stage?: string; bundle?: boolean; outdir?: string } = {}) {
  const stage = options.stage ?? 'dev';
  const app = new App({
    context: {
      ...cdkJson.context,
      ...(options.bundle ? {} : { 'aws:cdk:bundling-stacks': [] }),
    },
    ...(options.outdir ? { outdir: options.outdir } : {}),
  });
  const { main, edge } = addStage(app, { stage, region: 'eu-north-1' });
  return { app, stack: main, edge };
}
