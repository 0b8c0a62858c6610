// The inflate guard: counts what Flate streams inflate to without keeping it, and refuses a bomb.
import fs from 'node:fs';
import { deflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { assertInflatedSizeWithin } from '../../../shared/pdf/inflate-guard.ts';
import { PdfReadError } from '../../../shared/pdf/pdf-errors.ts';
import { buildPdf } from '../../fixtures/hostile/text-pdf.ts';

const fixture = (p: string) => fs.readFileSync(new URL(`../../fixtures/${p}`, import.meta.url));

describe('assertInflatedSizeWithin', () => {
  it('counts the inflated bytes of a normal PDF', async () => {
    const content = Buffer.from('BT /F1 11 Tf 60 780 Td (Hej) Tj ET '.repeat(100), 'latin1');
    const pdf = buildPdf([{ content: deflateSync(content), filter: 'FlateDecode' }]);

    const size = await assertInflatedSizeWithin(pdf, 2 ** 20);

    expect(size).toEqual({ inflatedBytes: content.byteLength, streams: 1 });
  });

  it('follows a chain of two Flate filters', async () => {
    const content = Buffer.alloc(300_000, 0x20);
    const twice = deflateSync(deflateSync(content));
    const pdf = Buffer.from(
      buildPdf([{ content: twice, filter: 'FlateDecode' }])
        .toString('latin1')
        .replace('/Filter /FlateDecode', '/Filter [/FlateDecode /FlateDecode]'),
      'latin1',
    );

    const attempt = assertInflatedSizeWithin(pdf, 100_000);

    await expect(attempt).rejects.toBeInstanceOf(PdfReadError);
    await expect(attempt).rejects.toMatchObject({ reason: 'too_large' });
  });

  it('refuses the decompression bomb fixture', async () => {
    const attempt = assertInflatedSizeWithin(fixture('hostile/decompression-bomb.pdf'), 64 * 2 ** 20);

    await expect(attempt).rejects.toMatchObject({ reason: 'too_large' });
  });

  it('leaves broken Flate data to the parser instead of failing', async () => {
    const pdf = buildPdf([{ content: Buffer.from('not zlib at all'), filter: 'FlateDecode' }]);

    const size = await assertInflatedSizeWithin(pdf, 2 ** 20);

    expect(size.streams).toBe(1);
  });

  it('accepts every corpus PDF under the default cap', async () => {
    const dir = new URL('../../fixtures/corpus/', import.meta.url);
    const pdfs = fs.readdirSync(dir).filter((f) => f.endsWith('.pdf'));

    const sizes = await Promise.all(
      pdfs.map((f) => assertInflatedSizeWithin(fixture(`corpus/${f}`), 256 * 2 ** 20)),
    );

    expect(sizes.every((s) => s.inflatedBytes > 0)).toBe(true);
  });
});
