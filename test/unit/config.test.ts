import { describe, expect, it } from 'vitest';
import {
  ConfigError,
  LOCAL_CURSOR_SECRET,
  loadConfig,
  localFunctionEnv,
  requireCursorSecret,
} from '../../shared/config.ts';

/** What a deployed function's environment looks like: no emulator endpoints. */
const deployed = { TABLE_NAME: 'remissvar-prod', ORIGINALS_BUCKET: 'originals-bucket' };

describe('requireCursorSecret', () => {
  it('refuses to go on without CURSOR_SECRET on a deployed stack, naming the variable', () => {
    const config = loadConfig(deployed);

    expect(() => requireCursorSecret(config)).toThrow(ConfigError);
    expect(() => requireCursorSecret(config)).toThrow(/CURSOR_SECRET: required/);
  });

  it('returns the secret the stack sets', () => {
    const config = loadConfig({ ...deployed, CURSOR_SECRET: 'a-generated-secret-of-48-chars' });

    expect(requireCursorSecret(config)).toBe('a-generated-secret-of-48-chars');
  });

  it('uses the public development value only in the local stack, which sets it explicitly', () => {
    const config = loadConfig(localFunctionEnv({ dynamoPort: 8000, s3Port: 4569 }));

    expect(requireCursorSecret(config)).toBe(LOCAL_CURSOR_SECRET);
  });
});

describe('loadConfig', () => {
  it('rejects a cursor secret too short to sign with', () => {
    expect(() => loadConfig({ ...deployed, CURSOR_SECRET: 'short' })).toThrow(/CURSOR_SECRET/);
  });
});
