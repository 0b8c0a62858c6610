// The module the Lambda bundles alias `zod` to must be zod less its message locales and nothing
// else: every other export the very same value, so a zod upgrade that adds an export cannot be
// silently missing from the bundles, and messages stay zod's English defaults.

import { describe, expect, it } from 'vitest';
import * as zod from 'zod';
import * as core from '../../cdk/bundling/zod-core-without-locales.ts';
import * as shim from '../../cdk/bundling/zod-without-locales.ts';

describe('zod without locales (the bundles’ zod)', () => {
  it('exports what zod exports, the same values, but the locales', () => {
    const names = Object.keys(zod).sort();

    expect(Object.keys(shim).sort()).toEqual(names);
    const differing = names.filter(
      (n) => (shim as Record<string, unknown>)[n] !== (zod as Record<string, unknown>)[n],
    );
    expect(differing.sort()).toEqual(['core', 'default', 'locales', 'z']);
    expect(shim.locales).toBeUndefined();
    expect(Object.keys(shim.z).sort()).toEqual(Object.keys(zod.z).sort());
    expect(shim.default).toBe(shim.z);
    expect(shim.z.locales).toBeUndefined();
  });

  it('has the core namespace less its locales', () => {
    const names = Object.keys(zod.core).sort();

    expect(Object.keys(core).sort()).toEqual(names);
    const differing = names.filter(
      (n) => (core as Record<string, unknown>)[n] !== (zod.core as Record<string, unknown>)[n],
    );
    expect(differing).toEqual(['locales']);
    expect(shim.core).toBe(core);
  });

  it('still reports zod’s English messages', () => {
    const result = shim.z.object({ a: shim.z.string() }).safeParse({ a: 1 });

    expect(result.error?.issues[0]?.message).toBe('Invalid input: expected string, received number');
  });
});
