// PDF bytes → the total size its Flate streams inflate to, counted without keeping the output;
// throws PdfReadError('too_large') past a cap. pdf.js decodes a stream into one growing
// ArrayBuffer outside the V8 heap, where a worker's heap limit cannot see it: this guard is the cap.
import { createInflate, inflateSync, constants as zlibConstants } from 'node:zlib';
import { PdfReadError } from './pdf-errors.ts';

const STREAM_KEYWORD = Buffer.from('stream');
const END_STREAM = Buffer.from('endstream');
/** How far back from `stream` the stream's dictionary is looked for. */
const DICTIONARY_WINDOW = 2048;
/**
 * A stream is first inflated in one synchronous call into at most this many bytes; past it (or on
 * broken data) it is counted again as a stream that keeps nothing. Nearly every content and font
 * stream fits, and one call costs far less than a zlib stream's setup, thread-pool hops and events
 * (measured: the guard took ~3 ms of a parser thread's ~13 ms per corpus PDF).
 */
const SYNC_INFLATE_LIMIT = 2 ** 20;

export interface InflatedSize {
  /** Bytes the counted streams inflate to (stops counting just past the cap). */
  inflatedBytes: number;
  streams: number;
}

/**
 * Inflates every FlateDecode stream that text extraction would decode (images are skipped: pdf.js
 * never decodes them to read text) and throws once their total passes `maxInflatedBytes`.
 * Broken Flate data is not an error here: it counts what inflated and leaves the verdict to pdf.js.
 */
export async function assertInflatedSizeWithin(
  bytes: Uint8Array,
  maxInflatedBytes: number,
): Promise<InflatedSize> {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let total = 0;
  let streams = 0;
  for (let at = buffer.indexOf(STREAM_KEYWORD); at >= 0; at = buffer.indexOf(STREAM_KEYWORD, at + 1)) {
    // `endstream` contains `stream`: skip it
    if (at >= 3 && buffer.toString('latin1', at - 3, at) === 'end') continue;
    const dictionary = buffer.toString('latin1', Math.max(0, at - DICTIONARY_WINDOW), at);
    const dictStart = dictionary.lastIndexOf('obj');
    const dict = dictStart >= 0 ? dictionary.slice(dictStart) : dictionary;
    if (!/>>\s*$/.test(dict)) continue;
    let dataStart = at + STREAM_KEYWORD.length;
    if (buffer[dataStart] === 0x0d) dataStart++;
    if (buffer[dataStart] === 0x0a) dataStart++;
    const dataEnd = buffer.indexOf(END_STREAM, dataStart);
    if (dataEnd < 0) break;
    at = dataEnd + END_STREAM.length - 1;
    const layers = countFlateLayers(dict);
    if (layers === 0 || /\/Subtype\s*\/Image\b/.test(dict)) continue;
    streams++;
    total += await inflatedLength(buffer.subarray(dataStart, dataEnd), layers, maxInflatedBytes - total + 1);
    if (total > maxInflatedBytes) {
      throw new PdfReadError(
        'too_large',
        `the PDF's compressed streams inflate to over ${Math.round(maxInflatedBytes / 2 ** 20)} MiB (a decompression bomb?)`,
      );
    }
  }
  return { inflatedBytes: total, streams };
}

/** How many FlateDecode filters lead the stream's filter chain (`/FlateDecode` or `[/FlateDecode /FlateDecode]`). */
function countFlateLayers(dict: string): number {
  const filter = /\/Filter\s*(\[[^\]]*\]|\/[A-Za-z0-9]+)/.exec(dict)?.[1];
  if (!filter) return 0;
  const names = filter.match(/\/[A-Za-z0-9]+/g) ?? [];
  let layers = 0;
  for (const name of names) {
    if (name !== '/FlateDecode' && name !== '/Fl') break;
    layers++;
  }
  return layers;
}

/** Bytes `data` inflates to through `layers` Flate passes, counting at most `budget` of them. */
function inflatedLength(data: Buffer, layers: number, budget: number): Promise<number> | number {
  const small = inflatedWhole(data, layers, Math.min(budget, SYNC_INFLATE_LIMIT));
  return small ?? countInflated(data, layers, budget);
}

/**
 * The inflated size when every layer inflates cleanly into at most `limit` bytes, else null (too
 * large or broken: then countInflated gives the size it reaches, as pdf.js would read it).
 */
function inflatedWhole(data: Buffer, layers: number, limit: number): number | null {
  try {
    let out = data;
    for (let i = 0; i < layers; i++)
      out = inflateSync(out, { finishFlush: zlibConstants.Z_SYNC_FLUSH, maxOutputLength: limit });
    return out.byteLength;
  } catch {
    return null;
  }
}

/** Streams `data` through `layers` inflaters, counting the output without keeping it. */
function countInflated(data: Buffer, layers: number, budget: number): Promise<number> {
  return new Promise((resolve) => {
    // Z_SYNC_FLUSH: a stream cut short still yields what it holds, as pdf.js reads it
    const chain = Array.from({ length: layers }, () =>
      createInflate({ finishFlush: zlibConstants.Z_SYNC_FLUSH }),
    );
    let count = 0;
    let settled = false;
    const finish = () => {
      if (settled) return;
      settled = true;
      for (const z of chain) z.destroy();
      resolve(count);
    };
    for (const [i, z] of chain.entries()) {
      z.on('error', finish);
      const next = chain[i + 1];
      if (next) z.pipe(next);
    }
    const last = chain[chain.length - 1];
    last?.on('data', (chunk: Buffer) => {
      count += chunk.byteLength;
      if (count >= budget) finish();
    });
    last?.on('end', finish);
    chain[0]?.end(data);
  });
}
