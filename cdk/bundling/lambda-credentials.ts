// What @aws-sdk/credential-provider-node resolves to in the Lambda bundles (buildBundlingOptions'
// esbuild alias): the environment's credentials only. Lambda hands every function its role's
// credentials in AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY / AWS_SESSION_TOKEN, so the default
// chain's other links (SSO, INI files, credential_process, web identity, container, IMDS) are
// never reached there, yet they and their nested SSO/STS clients are ~0.1 MB of every bundle that
// Node compiles on a cold start. The SDK clients import these three names; the two helpers are
// copied as they are from credential-provider-node (test/cdk/lambda-credentials.test.ts).
import { fromEnv } from '@aws-sdk/credential-provider-env';

/** What the two helpers look at of the SDK's AwsCredentialIdentity. */
type Credentials = { expiration?: Date | undefined } | undefined;

export const defaultProvider = (init: Parameters<typeof fromEnv>[0] = {}) => fromEnv(init);

export const credentialsWillNeedRefresh = (credentials: Credentials): boolean =>
  credentials?.expiration !== undefined;

export const credentialsTreatedAsExpired = (credentials: Credentials): boolean =>
  credentials?.expiration !== undefined && credentials.expiration.getTime() - Date.now() < 300_000;
