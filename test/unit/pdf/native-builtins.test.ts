import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractText } from '../../../shared/pdf/extract-text.ts';

// pdf.js's legacy build replaces Array.prototype.push and JSON.parse with core-js versions written
// in JS; pdfjs-runtime.ts puts the engine's own back. An engine built-in has no own `prototype`.
describe('the engine built-ins after pdf.js has loaded', () => {
  it('keeps the native Array.prototype.push and JSON.parse', () => {
    expect(Object.hasOwn(Array.prototype.push, 'prototype')).toBe(false);
    expect(Object.hasOwn(JSON.parse, 'prototype')).toBe(false);
  });

  it('still reads a PDF with them, and push and JSON.parse behave as the language says', async () => {
    const text = await extractText(
      fs.readFileSync(new URL('../../fixtures/corpus/01-kamerabevakning-parker.pdf', import.meta.url)),
    );
    expect(text.pages.length).toBeGreaterThan(0);
    expect(text.textChars).toBeGreaterThan(100);
    const items: number[] = [];
    expect(items.push(1, 2, 3)).toBe(3);
    expect(items).toEqual([1, 2, 3]);
    expect(JSON.parse('{"a":[1,{"b":null}]}', (k, v) => (k === 'b' ? 'x' : v))).toEqual({
      a: [1, { b: 'x' }],
    });
  });
});
