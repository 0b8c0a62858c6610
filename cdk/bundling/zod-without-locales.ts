// What `zod` resolves to in the Lambda bundles (buildBundlingOptions' esbuild alias): zod itself
// without its 40-odd message locales (~0.26 MB minified). @hono/zod-openapi hands zod's namespace
// object to extendZodWithOpenApi, so esbuild must keep every export of it, and the namespace holds
// `locales` (and `core.locales`). This module is zod's index.js over zod-classic-without-locales.ts,
// zod's namespace less those two. The default English messages stay: zod's schemas import the `en`
// locale themselves. Never imported by the code; test/cdk/zod-without-locales.test.ts checks that
// it exports everything zod does, as the same values, but the locales.
import * as z from './zod-classic-without-locales.ts';

export * from './zod-classic-without-locales.ts';
export { z, z as default };
