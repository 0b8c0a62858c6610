// A deployed stage read back from its CloudFormation outputs (names set in cdk/remissvar-stack.ts),
// plus SigV4-signed GETs for the archivist routes that need IAM credentials on AWS (/v1/ingests).
// Used by `npm run upload -- --stack` and `npm run smoke`; credentials come from the default chain.
import { CloudFormationClient, DescribeStacksCommand } from '@aws-sdk/client-cloudformation';
import { Hash } from '@smithy/hash-node';
import { SignatureV4 } from '@smithy/signature-v4';

export interface DeployedStack {
  stackName: string;
  region: string;
  /** The HTTP API's own URL: the archivist routes must be called here, signed. */
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

type Credentials = ConstructorParameters<typeof SignatureV4>[0]['credentials'];

export async function describeDeployedStack(
  stackName: string,
  region: string = regionFromEnv(),
): Promise<DeployedStack & { credentials: Credentials }> {
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
    // The client's resolved default credential chain, reused to sign API requests.
    credentials: cloudFormation.config.credentials,
  };
}

/** A `fetch` for GETs that signs each request for API Gateway (`execute-api`) with SigV4. */
export function createSignedGet(region: string, credentials: Credentials) {
  const signer = new SignatureV4({
    service: 'execute-api',
    region,
    credentials,
    sha256: Hash.bind(null, 'sha256'),
  });
  return async (url: URL): Promise<Response> => {
    const query: Record<string, string> = {};
    for (const [name, value] of url.searchParams) query[name] = value;
    const signed = await signer.sign({
      method: 'GET',
      protocol: url.protocol,
      hostname: url.hostname,
      path: url.pathname,
      query,
      headers: { host: url.host },
    });
    // fetch sets Host itself, to the same value that was signed.
    const { host: _host, ...headers } = signed.headers;
    return fetch(url, { headers });
  };
}
