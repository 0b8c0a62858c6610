import { defineConfig } from 'vitest/config';

// Two projects: fast pure tests, and integration tests that share one real DynamoDB Local + s3rver
// started by test/integration/global-setup.ts.
export default defineConfig({
  test: {
    env: {
      AWS_SDK_JS_SUPPRESS_NODE_VERSION_WARNING: '1',
      AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
    },
    projects: [
      {
        test: {
          name: 'unit',
          include: ['test/unit/**/*.test.ts', 'test/corpus/**/*.test.ts', 'test/cdk/**/*.test.ts'],
          testTimeout: 60_000,
        },
      },
      {
        test: {
          name: 'integration',
          include: ['test/integration/**/*.test.ts'],
          globalSetup: ['test/integration/global-setup.ts'],
          testTimeout: 120_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
