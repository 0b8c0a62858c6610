// The capped parser thread: contract reasons for hostile bytes, its caps (heap, time, inflated
// bytes) and that it keeps reading after a thread was killed. Real worker threads, real pdf.js.
import fs from 'node:fs';
import { deflateSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { IsolatedPdfReader } from '../../../shared/pdf/isolated-pdf-reader.ts';
import { PdfReadError } from '../../../shared/pdf/pdf-errors.ts';
import { buildPdf } from '../../fixtures/hostile/text-pdf.ts';

const fixture = (p: string) => fs.readFileSync(new URL(`../../fixtures/${p}`, import.meta.url));
const seed = fixture('corpus/seed-2017-000991.pdf');

/** A page whose one TJ array holds a million strings: pdf.js builds it on the heap. */
function heapHungryPdf(): Buffer {
  const content = Buffer.from(`BT /F1 11 Tf 60 780 Td [${'(ab) -1 '.repeat(1_000_000)}] TJ ET`, 'latin1');
  return buildPdf([{ content: deflateSync(content), filter: 'FlateDecode' }]);
}

async function reasonOf(promise: Promise<unknown>): Promise<string> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(PdfReadError);
  return (error as PdfReadError).reason;
}

describe('IsolatedPdfReader', () => {
  const readers: IsolatedPdfReader[] = [];
  const newReader = (options: Partial<ConstructorParameters<typeof IsolatedPdfReader>[0]> = {}) => {
    const reader = new IsolatedPdfReader({
      memoryMb: 256,
      timeoutMs: 30_000,
      maxInflatedBytes: 64 * 2 ** 20,
      threads: 1,
      ...options,
    });
    readers.push(reader);
    return reader;
  };
  afterAll(async () => {
    await Promise.all(readers.map((r) => r.close()));
  });

  it('reads the pages of a text PDF', async () => {
    const reader = newReader();

    const text = await reader.read(seed);

    expect(text.pages).toHaveLength(8);
    expect(text.pages.flatMap((p) => p.items.map((i) => i.str)).join('')).toContain('2017/000991');
  });

  it('maps hostile bytes to the contract reasons', async () => {
    const reader = newReader();

    const reasons = {
      empty: await reasonOf(reader.read(new Uint8Array())),
      html: await reasonOf(reader.read(fixture('hostile/html-page.pdf'))),
      truncated: await reasonOf(reader.read(fixture('hostile/truncated.pdf'))),
      encrypted: await reasonOf(reader.read(fixture('hostile/encrypted-user-password.pdf'))),
      bomb: await reasonOf(reader.read(fixture('hostile/decompression-bomb.pdf'))),
    };

    expect(reasons).toEqual({
      empty: 'not_pdf',
      html: 'not_pdf',
      truncated: 'corrupt',
      encrypted: 'encrypted',
      bomb: 'too_large',
    });
  });

  it('ends a parse past the heap cap as too_large and reads on with a fresh thread', async () => {
    const reader = newReader({ memoryMb: 32, maxInflatedBytes: 2 ** 30 });

    const reason = await reasonOf(reader.read(heapHungryPdf()));
    const after = await reader.read(seed);

    expect(reason).toBe('too_large');
    expect(after.pages).toHaveLength(8);
  });

  it('stops a parse whose off-heap memory passes the cap (an encrypted bomb) as too_large', async () => {
    const reader = newReader({ memoryMb: 128 });

    const reason = await reasonOf(reader.read(fixture('hostile/encrypted-bomb.pdf')));
    const after = await reader.read(seed);

    expect(reason).toBe('too_large');
    expect(after.pages).toHaveLength(8);
  });

  it('ends a parse past the wall-time cap as timeout', async () => {
    // 1 ms: no real PDF parses that fast, so the thread is terminated mid-parse
    const slow = newReader({ timeoutMs: 1 });
    const reason = await reasonOf(slow.read(seed));

    expect(reason).toBe('timeout');
  });

  it('lets one reader serve concurrent reads with a bounded number of threads', async () => {
    const reader = newReader({ threads: 2 });

    const texts = await Promise.all(Array.from({ length: 5 }, () => reader.read(seed)));

    expect(texts.map((t) => t.pages.length)).toEqual([8, 8, 8, 8, 8]);
  });
});
