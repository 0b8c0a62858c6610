// zod's `core` namespace (zod/v4/core/index.js) less its message locales, for
// cdk/bundling/zod-without-locales.ts.
export * from '../../node_modules/zod/v4/core/index.js';
/** Left out of the bundles (see zod-without-locales.ts). */
export const locales = undefined;
