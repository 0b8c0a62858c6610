// zod's classic namespace (zod/v4/classic/external.js) less its message locales, for
// cdk/bundling/zod-without-locales.ts.
export * from '../../node_modules/zod/v4/classic/external.js';

import * as core from './zod-core-without-locales.ts';

export { core };
/** Left out of the bundles: nothing sets a locale (`z.config(z.locales.xx())`). */
export const locales = undefined;
