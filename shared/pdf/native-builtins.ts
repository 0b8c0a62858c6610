// pdf.js's legacy build carries core-js polyfills that replace two built-ins for the whole process
// when it loads on Node 20: `Array.prototype.push` (core-js forces its own because V8's push does
// not throw when zero items are pushed onto an array with a read-only length) and `JSON.parse` (for
// the reviver's source-text argument, which nothing here uses). Both replacements are plain JS:
// measured, push became ~5× slower, and every push in pdf.js and in the extraction core paid for it
// (~13 % of the CPU of reading a document). This module, imported before pdf.js is evaluated, keeps
// the engine's own functions; `restoreNativeBuiltins()` puts them back once pdf.js has loaded. No
// imports: it must run before pdf.js does. Where a bundler hoists pdf.js above this module (the
// parser thread's dev build leaves packages as imports), the thread's boot source keeps them first,
// under NATIVE_BUILTINS_KEY.

/** Where a worker's boot source leaves the engine's built-ins before it imports pdf.js. */
const NATIVE_BUILTINS_KEY = 'remissvar.nativeBuiltins';

/** The statement a worker's evaluated boot source runs first, before it imports anything. */
export const KEEP_NATIVE_BUILTINS_SOURCE = `globalThis[Symbol.for('${NATIVE_BUILTINS_KEY}')] = { push: Array.prototype.push, parse: JSON.parse };`;

interface Natives {
  push: typeof Array.prototype.push;
  parse: typeof JSON.parse;
}

/** A built-in function has no `prototype` of its own; a polyfill written as `function push() {}` has. */
function isEngineBuiltin(fn: unknown): boolean {
  return typeof fn === 'function' && !Object.hasOwn(fn, 'prototype');
}

const kept = (globalThis as Record<symbol, Partial<Natives> | undefined>)[Symbol.for(NATIVE_BUILTINS_KEY)];
const natives: Partial<Natives> = {};
for (const push of [kept?.push, Array.prototype.push])
  if (!natives.push && isEngineBuiltin(push)) natives.push = push;
for (const parse of [kept?.parse, JSON.parse])
  if (!natives.parse && isEngineBuiltin(parse)) natives.parse = parse;

/**
 * Puts back the engine's `push` and `JSON.parse` if something replaced them after this module ran;
 * a no-op when pdf.js was loaded before it (then the replacements stay: correct, only slower).
 */
export function restoreNativeBuiltins(): void {
  if (natives.push && Array.prototype.push !== natives.push) {
    Object.defineProperty(Array.prototype, 'push', {
      value: natives.push,
      writable: true,
      enumerable: false,
      configurable: true,
    });
  }
  if (natives.parse && JSON.parse !== natives.parse) {
    Object.defineProperty(JSON, 'parse', {
      value: natives.parse,
      writable: true,
      enumerable: false,
      configurable: true,
    });
  }
}
