// A deployed stage read back from its CloudFormation outputs (names set in cdk/remissvar-stack.ts),
// plus requests to the archivist routes with the archivist's token (`Authorization: Bearer`).
// Used by `npm run upload`, `withdraw`, `reextract` and `smoke`; AWS credentials come from the
// default chain.
import { CloudFormationClient, DescribeStacksCommand } from '@aws-sdk/client-cloudformation';

export interface DeployedStack {
  stackName: string;
  region: string;
  /** The HTTP API's own URL: the archivist routes must be called here, with a token. */
  apiUrl: string;
  /** The public URL readers use (feed and bulk files, cached). */
  cloudFrontUrl: string;
  originalsBucket: string;
}

/** The stack outputs read here; test/cdk checks the stack still has them. */
export const STACK_OUTPUTS = {
  apiUrl: 'ApiUrl',
  cloudFrontUrl: 'CloudFrontUrl',
  originalsBucket: 'OriginalsBucketName',
} as const;

/** `Remissvar-<stage>`, as cdk/app.ts names the stack of a stage. */
export const stackNameOf = (stage: string) => `Remissvar-${stage}`;

export const regionFromEnv = () => process.env.AWS_REGION ?? process.env.AWS_DEFAULT_REGION ?? 'eu-north-1';

export async function describeDeployedStack(
  stackName: string,
  region: string = regionFromEnv(),
): Promise<DeployedStack> {
  const cloudFormation = new CloudFormationClient({ region });
  const out = await cloudFormation.send(new DescribeStacksCommand({ StackName: stackName }));
  const outputs = new Map(
    (out.Stacks?.[0]?.Outputs ?? []).map((o) => [o.OutputKey ?? '', o.OutputValue ?? ''] as const),
  );
  const need = (key: string) => {
    const value = outputs.get(key);
    if (!value)
      throw new Error(`stack ${stackName} in ${region} has no output ${key}: deployed from this version?`);
    return value;
  };
  return {
    stackName,
    region,
    apiUrl: need(STACK_OUTPUTS.apiUrl),
    cloudFrontUrl: need(STACK_OUTPUTS.cloudFrontUrl),
    originalsBucket: need(STACK_OUTPUTS.originalsBucket),
  };
}

/** A `fetch` for the archivist routes that sends the token (none: the API answers 401). */
export function archivistFetch(token: string | null) {
  return (url: URL, init: RequestInit = {}): Promise<Response> => {
    const headers = new Headers(init.headers);
    if (token) headers.set('Authorization', `Bearer ${token}`);
    return fetch(url, { ...init, headers });
  };
}
