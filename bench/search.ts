// Full-text search at 1,000 and 50,000 cases: the index's size, build and load time and heap, and
// /v1/cases?q=… latency (a mix of common, rare, prefix and phrase queries) beside the unfiltered
// listing's latency measured the same way in the same run. Cases are generated into DynamoDB Local;
// their page texts (~1,100 words, the corpus's average) are drawn from the corpus's own word
// frequencies, and the index is built in-process exactly as the publish function builds it.
import { serve } from '@hono/node-server';
import { createApp } from '../shared/api/create-app.ts';
import { LOCAL_BULK_BUCKET, requireCursorSecret } from '../shared/config.ts';
import type { SearchableCase } from '../shared/search/search-index.ts';
import { buildSearchIndex, loadSearchIndex, SEARCH_INDEX_FILE } from '../shared/search/search-index.ts';
import { BulkStore } from '../shared/storage/bulk-store.ts';
import { findFreePort } from '../test/support/free-port.ts';
import { startBenchStack } from './bench-services.ts';
import { generateCase, loadGeneratedCases, toDocumentClient } from './case-generator.ts';
import { createWordSampler } from './page-text-generator.ts';
import { type BenchOptions, type BenchRow, mb, ms, times } from './report.ts';

/**
 * `count` different queries, so none is answered from the index's cache of recent queries: content
 * words from frequent to rare, every fifth a prefix, every seventh a two-word phrase.
 */
function queriesOf(vocabulary: readonly string[], count: number): string[] {
  const words = vocabulary.filter((w) => w.length >= 6 && /^\p{Ll}+$/u.test(w));
  return Array.from({ length: count }, (_, i) => {
    const word = words[(i * 7) % words.length] ?? 'motionen';
    if (i % 7 === 6) return `"${word} ${words[(i * 7 + 1) % words.length] ?? ''}"`;
    if (i % 5 === 4) return `${word.slice(0, 5)}*`;
    return word;
  });
}

interface Latency {
  p50: number;
  p99: number;
  requests: number;
}

/** Serial requests from this process, each timed to its last byte (the same client for both). */
async function timeRequests(urls: readonly string[], count: number): Promise<Latency> {
  for (const url of urls) await (await fetch(url)).arrayBuffer();
  const samples: number[] = [];
  for (let i = 0; i < count; i++) {
    const url = urls[i % urls.length] as string;
    const started = performance.now();
    const response = await fetch(url);
    await response.arrayBuffer();
    if (!response.ok) throw new Error(`${url}: ${response.status}`);
    samples.push(performance.now() - started);
  }
  samples.sort((a, b) => a - b);
  const at = (p: number) =>
    samples[Math.min(samples.length - 1, Math.floor(samples.length * p))] ?? Number.NaN;
  return { p50: at(0.5), p99: at(0.99), requests: samples.length };
}

/** JS heap plus memory outside it (the unzipped texts are a Buffer). */
const memoryUsed = () => {
  (globalThis as { gc?: () => void }).gc?.();
  const usage = process.memoryUsage();
  return usage.heapUsed + usage.external;
};

export async function benchSearch(options: BenchOptions): Promise<BenchRow[]> {
  // --quick: 1,000 only (the scale step took ~20 s of a run that should stay under two minutes;
  // the full run measures 50,000)
  const sizes = options.quick ? [1_000] : [1_000, 50_000];
  const requests = options.quick ? 60 : 300;
  const bench = await startBenchStack('search');
  const rows: BenchRow[] = [];
  const sampler = createWordSampler();
  try {
    const { stack } = bench;
    const db = toDocumentClient(stack.deps.dynamo);
    const bulk = new BulkStore(stack.deps.s3, LOCAL_BULK_BUCKET);
    const newest = Date.now() - 3600_000;
    let loaded = 0;
    for (const size of sizes) {
      await loadGeneratedCases(db, stack.deps.config.tableName, { from: loaded, to: size, newest });
      loaded = size;
      options.log(`search: ${size} cases in the store`);

      const cases: SearchableCase[] = [];
      for (let i = 0; i < size; i++) {
        const { record } = generateCase(i, newest);
        cases.push({
          id: record.id,
          title: record.title,
          date: record.date,
          updatedAt: record.updatedAt,
          documents: record.documents.map((d) => ({ sha256: d.sha256, pages: sampler.pagesOf(i) })),
        });
      }
      const textBytes = cases.reduce(
        (n, c) =>
          n + c.documents.reduce((m, d) => m + d.pages.reduce((k, p) => k + Buffer.byteLength(p), 0), 0),
        0,
      );
      const buildStarted = performance.now();
      const built = buildSearchIndex(cases, {
        feedVersion: await stack.deps.cases.feedVersion(),
        builtAt: new Date().toISOString(),
        textsFile: 'search/texts-a.bin',
      });
      const buildMs = performance.now() - buildStarted;
      cases.length = 0;
      await bulk.write(built.textsFile, built.texts, 'application/octet-stream');
      await bulk.write(SEARCH_INDEX_FILE, built.index, 'application/json; charset=utf-8');
      const indexBytes = Buffer.byteLength(built.index);

      const before = memoryUsed();
      const loadStarted = performance.now();
      const probe = loadSearchIndex(built.index, built.texts);
      const loadMs = performance.now() - loadStarted;
      const heapBytes = memoryUsed() - before;
      options.log(
        `search: ${size} cases: index ${mb(indexBytes)} + texts ${mb(built.texts.byteLength)}, built in ${ms(buildMs)}, loaded in ${ms(loadMs)}, memory ${mb(heapBytes)} (${probe.cases} cases)`,
      );
      rows.push({
        measure: `search index at ${size.toLocaleString('en')} cases (~1,100 words each, ${mb(textBytes)} of text): size index + texts, load time`,
        value: `${mb(indexBytes)} + ${mb(built.texts.byteLength)}, load ${ms(loadMs)}`,
        reference: `build ${ms(buildMs)}`,
        ratio: '—',
        goal: '—',
        met: null,
        note: `memory of the loaded index ${mb(heapBytes)} (heap + buffers${(globalThis as { gc?: unknown }).gc ? '' : ', without --expose-gc so approximate'}); the texts file is gzip, ${times(textBytes / Math.max(1, built.texts.byteLength))} smaller than the text`,
      });

      // a fresh API, response cache off, over the same store and bulk bucket: it loads the index itself
      const app = createApp({
        cases: stack.deps.cases,
        ingests: stack.deps.ingests,
        objects: stack.deps.objects,
        bulk,
        cursorSecret: requireCursorSecret(stack.deps.config),
        now: stack.deps.now,
        responseCache: false,
      });
      const port = await findFreePort();
      const server = await new Promise<ReturnType<typeof serve>>((resolve) => {
        const s = serve({ fetch: app.fetch, port, hostname: '127.0.0.1' }, () => resolve(s));
      });
      try {
        const base = `http://127.0.0.1:${port}`;
        const firstStarted = performance.now();
        await (await fetch(`${base}/v1/cases?limit=100&q=motionen`)).arrayBuffer();
        const firstMs = performance.now() - firstStarted;
        const listing = await timeRequests([`${base}/v1/cases?limit=100`], requests);
        const queries = queriesOf(sampler.vocabulary, requests + 1);
        const search = await timeRequests(
          queries.map((q) => `${base}/v1/cases?limit=100&q=${encodeURIComponent(q)}`),
          requests,
        );
        const ratio = search.p99 / Math.max(0.1, listing.p99);
        options.log(
          `search: ${size} cases: q p50 ${ms(search.p50)} p99 ${ms(search.p99)}; unfiltered p50 ${ms(listing.p50)} p99 ${ms(listing.p99)}`,
        );
        rows.push({
          measure: `search /v1/cases?limit=100&q=… at ${size.toLocaleString('en')} cases, caches off (c=1, ${search.requests} different queries): p50 / p99`,
          value: `${ms(search.p50)} / ${ms(search.p99)}`,
          reference: `unfiltered /v1/cases?limit=100 ${ms(listing.p50)} / ${ms(listing.p99)}`,
          ratio: times(ratio),
          goal: 'p99 ≤ 2× unfiltered',
          met: ratio <= 2,
          note: `first search of a fresh API (loads the index from the bulk bucket): ${ms(firstMs)}; queries like ${queries.slice(0, 7).join(', ')}`,
        });
      } finally {
        await new Promise<void>((resolve) => server.close(() => resolve()));
      }
    }
    return rows;
  } finally {
    await bench.stop();
  }
}
