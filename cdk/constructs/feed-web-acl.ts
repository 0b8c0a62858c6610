// AWS WAF in front of CloudFront: AWS's common rule set (bad bots, path traversal, oversized query
// strings…), a per-IP rate limit on every request, and a stricter one on searches (`q=`), which a
// random word always sends past the cache to the API. A CloudFront web ACL must live in us-east-1.
import { Stack } from 'aws-cdk-lib';
import { CfnWebACL } from 'aws-cdk-lib/aws-wafv2';
import { Construct } from 'constructs';

export interface FeedWebAclProps {
  /** Names the ACL and its metrics. */
  readonly name: string;
  /**
   * Requests one IP may make in 5 minutes before it is blocked for a while.
   * @default 1500 (5 a second on average: a polling client or a person browsing never gets close)
   */
  readonly requestsPerIp?: number;
  /**
   * Searches (`q=` in the query string) one IP may make in 5 minutes.
   * @default 300 (one a second)
   */
  readonly searchesPerIp?: number;
}

const WINDOW_SECONDS = 300;

const visibility = (metricName: string) => ({
  cloudWatchMetricsEnabled: true,
  sampledRequestsEnabled: true,
  metricName,
});

export class FeedWebAcl extends Construct {
  readonly webAcl: CfnWebACL;

  constructor(scope: Construct, id: string, props: FeedWebAclProps) {
    super(scope, id);
    if (Stack.of(this).region !== 'us-east-1') {
      throw new Error('a CloudFront web ACL must be in us-east-1 (see cdk/edge-stack.ts)');
    }
    const metric = (suffix: string) => `${props.name}-${suffix}`.replace(/[^A-Za-z0-9-]/g, '');

    this.webAcl = new CfnWebACL(this, 'WebAcl', {
      name: props.name,
      description: 'Remissvar feed: AWS common rules and per-IP rate limits',
      scope: 'CLOUDFRONT',
      defaultAction: { allow: {} },
      visibilityConfig: visibility(metric('acl')),
      rules: [
        {
          name: 'aws-common-rule-set',
          priority: 10,
          overrideAction: { none: {} },
          statement: {
            managedRuleGroupStatement: { vendorName: 'AWS', name: 'AWSManagedRulesCommonRuleSet' },
          },
          visibilityConfig: visibility(metric('common')),
        },
        {
          name: 'requests-per-ip',
          priority: 20,
          action: { block: {} },
          statement: {
            rateBasedStatement: {
              aggregateKeyType: 'IP',
              evaluationWindowSec: WINDOW_SECONDS,
              limit: props.requestsPerIp ?? 1500,
            },
          },
          visibilityConfig: visibility(metric('per-ip')),
        },
        {
          name: 'searches-per-ip',
          priority: 30,
          action: { block: {} },
          statement: {
            rateBasedStatement: {
              aggregateKeyType: 'IP',
              evaluationWindowSec: WINDOW_SECONDS,
              limit: props.searchesPerIp ?? 300,
              scopeDownStatement: {
                // `q=` at the start of the query string or after `&`
                regexMatchStatement: {
                  regexString: '(^|&)q=',
                  fieldToMatch: { queryString: {} },
                  textTransformations: [{ priority: 0, type: 'NONE' }],
                },
              },
            },
          },
          visibilityConfig: visibility(metric('searches')),
        },
      ],
    });
  }
}
