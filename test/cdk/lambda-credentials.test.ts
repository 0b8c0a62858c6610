// The Lambda bundles' stand-in for the SDK's default credential chain: the environment's
// credentials (what Lambda gives every function), a clear error without them, and the chain's two
// helpers unchanged.
import * as chain from '@aws-sdk/credential-provider-node';
import { afterEach, describe, expect, it } from 'vitest';
import * as lambda from '../../cdk/bundling/lambda-credentials.ts';

const KEYS = ['AWS_ACCESS_KEY_ID', 'AWS_SECRET_ACCESS_KEY', 'AWS_SESSION_TOKEN', 'AWS_PROFILE'] as const;
const saved = Object.fromEntries(KEYS.map((k) => [k, process.env[k]]));

describe('Lambda credentials (the bundles’ default provider)', () => {
  afterEach(() => {
    for (const k of KEYS) {
      if (saved[k] === undefined) delete process.env[k];
      else process.env[k] = saved[k];
    }
  });

  it('exports what credential-provider-node exports', () => {
    // (`default` is the CommonJS interop of the SDK package, not one of its exports)
    expect(Object.keys(lambda).sort()).toEqual(
      Object.keys(chain)
        .filter((k) => k !== 'default')
        .sort(),
    );
  });

  it('resolves the credentials Lambda puts in the environment', async () => {
    process.env.AWS_ACCESS_KEY_ID = 'AKIDEXAMPLE';
    process.env.AWS_SECRET_ACCESS_KEY = 'secret';
    process.env.AWS_SESSION_TOKEN = 'token';

    const credentials = await lambda.defaultProvider()();

    expect(credentials).toMatchObject({
      accessKeyId: 'AKIDEXAMPLE',
      secretAccessKey: 'secret',
      sessionToken: 'token',
    });
  });

  it('fails clearly when the environment holds none', async () => {
    for (const k of KEYS) delete process.env[k];

    await expect(lambda.defaultProvider()()).rejects.toThrow(/environment variable credentials/);
  });

  it('judges expiry as the chain does', () => {
    const samples: Parameters<typeof chain.credentialsWillNeedRefresh>[0][] = [
      { accessKeyId: 'a', secretAccessKey: 'b' },
      { accessKeyId: 'a', secretAccessKey: 'b', expiration: new Date(Date.now() + 60_000) },
      { accessKeyId: 'a', secretAccessKey: 'b', expiration: new Date(Date.now() + 3_600_000) },
    ];

    expect(samples.map(lambda.credentialsWillNeedRefresh)).toEqual(
      samples.map(chain.credentialsWillNeedRefresh),
    );
    expect(samples.map(lambda.credentialsTreatedAsExpired)).toEqual(
      samples.map(chain.credentialsTreatedAsExpired),
    );
  });
});
