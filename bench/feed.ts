// Feed latency and throughput: /v1/cases?limit=100, /v1/cases.csv and /v1/changes under autocannon at
// concurrency 1, 16 and 64 against the local stack, and the same listing's latency with 1,000 vs
// 50,000 cases stored, to show the key design keeps a page's cost independent of the table's size.
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import { serve } from '@hono/node-server';
import { Hono } from 'hono';
import { API_FEED_VERSION_REUSE_MS } from '../cdk/constructs/feed-api.ts';
import type { LocalStack } from '../local/local-stack.ts';
import { createApp } from '../shared/api/create-app.ts';
import { requireCursorSecret } from '../shared/config.ts';
import { EXTRACTOR_VERSION } from '../shared/extraction/extract-case.ts';
import { publishCase } from '../shared/publishing/publish-case.ts';
import { KEYS } from '../shared/storage/table-design.ts';
import { findFreePort } from '../test/support/free-port.ts';
import { startBenchStack } from './bench-services.ts';
import {
  generateCase,
  generatedUpdatedAt,
  loadGeneratedCases,
  readLatestItemShape,
  toDocumentClient,
  toLatestItem,
} from './case-generator.ts';
import { lastJsonLine } from './child-output.ts';
import {
  type BenchOptions,
  type BenchRow,
  formatRatioSpread,
  median,
  ms,
  perSecond,
  spreadOf,
  times,
} from './report.ts';

const ENDPOINTS = ['/v1/cases?limit=100', '/v1/cases.csv', '/v1/changes'];
const CONCURRENCY = [1, 16, 64];
/** With --quick (under two minutes in all): c=16 is left out. */
const QUICK_CONCURRENCY = [1, 64];

interface Load {
  /** Responses completed within the run: p50/p99 mean nothing when this is 0. */
  requests: number;
  p50: number;
  p99: number;
  rps: number;
  errors: number;
  non2xx: number;
  /** CPU time the API process spent per answered request (DynamoDB Local's own CPU not included). */
  cpuMsPerRequest?: number;
}

/**
 * autocannon runs in a child process: the local stack serves from this process's event loop, and a
 * load generator sharing that loop would measure itself. (Not a worker thread: autocannon then
 * thinks it is one of its own workers and returns raw histograms.)
 */
const AUTOCANNON_CHILD = `
const autocannon = require(process.env.AUTOCANNON_PATH);
// autocannon's own duration ticks by whole seconds: time the responses here instead
const started = performance.now();
let last = started;
const instance = autocannon(JSON.parse(process.env.AUTOCANNON_OPTIONS), (error, r) => {
  if (error) { console.error(String(error)); process.exit(1); }
  const seconds = Math.max(0.001, (last - started) / 1000);
  console.log(JSON.stringify({
    requests: r.requests.total, p50: r.latency.p50, p99: r.latency.p99, rps: r.requests.total / seconds,
    errors: r.errors + r.timeouts, non2xx: r.non2xx,
  }));
});
instance.on('response', () => { last = performance.now(); });
`;

function runAutocannon(options: { url: string; connections: number; amount: number; timeout: number }) {
  const require = createRequire(import.meta.url);
  const modulePath = require.resolve('autocannon');
  const child = spawn(process.execPath, ['-e', AUTOCANNON_CHILD], {
    env: { ...process.env, AUTOCANNON_PATH: modulePath, AUTOCANNON_OPTIONS: JSON.stringify(options) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return lastJsonLine<Load>(child, 'autocannon', 500);
}

/**
 * `amount` requests over `connections` connections: a fixed count rather than a duration, so
 * every request sent is answered and counted, and p99 includes the queueing at high concurrency.
 */
async function hammer(url: string, connections: number, amount: number): Promise<Load> {
  // a few requests first, so the route's first-use costs are not in the sample
  for (let i = 0; i < 2; i++) await (await fetch(url)).arrayBuffer();
  // the API is served from this process (autocannon is a child): its CPU time is the server's
  const cpu = process.cpuUsage();
  const load = await runAutocannon({ url, connections, amount: Math.max(amount, connections), timeout: 60 });
  const spent = process.cpuUsage(cpu);
  return { ...load, cpuMsPerRequest: (spent.user + spent.system) / 1000 / Math.max(1, load.requests) };
}

/** Serves `app` on a free local port, as the stack's API is served. */
async function listen(app: { fetch: (request: Request) => Response | Promise<Response> }): Promise<{
  url: string;
  close: () => Promise<void>;
}> {
  const port = await findFreePort();
  const server = await new Promise<ReturnType<typeof serve>>((resolve) => {
    const s = serve({ fetch: app.fetch, port, hostname: '127.0.0.1' }, () => resolve(s));
  });
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/**
 * The same API over the same store with the in-process response cache off: autocannon repeats one
 * URL, so the stack's own API mostly measures cache hits; this one measures the read path itself.
 */
async function serveUncached(stack: LocalStack): Promise<{ url: string; close: () => Promise<void> }> {
  const app = createApp({
    cases: stack.deps.cases,
    ingests: stack.deps.ingests,
    objects: stack.deps.objects,
    cursorSecret: requireCursorSecret(stack.deps.config),
    now: stack.deps.now,
    responseCache: false,
  });
  return listen(app);
}

/**
 * The feed's floor: this same process serving fixed response bytes from memory through the same
 * server (@hono/node-server and Hono), with no middleware and no store access.
 */
async function serveFromMemory(
  responses: Map<string, { body: ArrayBuffer; contentType: string }>,
): Promise<{ url: string; close: () => Promise<void> }> {
  const app = new Hono();
  app.get('*', (c) => {
    const url = new URL(c.req.url);
    const response = responses.get(url.pathname + url.search);
    if (!response) return c.notFound();
    return c.body(response.body.slice(0), 200, { 'Content-Type': response.contentType });
  });
  return listen(app);
}

/** CPU ms of this process per call of `work`, median of `rounds` rounds of `perRound` calls. */
function cpuMsPerCall(work: () => void, rounds: number, perRound: number): number {
  for (let i = 0; i < perRound; i++) work();
  const samples: number[] = [];
  for (let r = 0; r < rounds; r++) {
    const cpu = process.cpuUsage();
    for (let i = 0; i < perRound; i++) work();
    const spent = process.cpuUsage(cpu);
    samples.push((spent.user + spent.system) / 1000 / perRound);
  }
  return median(samples);
}

/** The endpoints of goal 3: cached throughput against the memory floor, uncached CPU against JSON. */
const GOAL_ENDPOINTS = ['/v1/cases?limit=100', '/v1/changes'];

export async function benchFeed(options: BenchOptions): Promise<BenchRow[]> {
  const small = 1_000;
  const large = options.quick ? 5_000 : 50_000;
  // requests per connection at c=16/64, and requests at c=1
  const perConnection = options.quick ? 1 : 4;
  const serial = options.quick ? 20 : 100;
  // the API as deployed: its response cache trusts one read of the feed version for 1 s
  const bench = await startBenchStack('feed', { feedVersionReuseMs: API_FEED_VERSION_REUSE_MS });
  const rows: BenchRow[] = [];
  try {
    const { stack } = bench;
    const tableName = stack.deps.config.tableName;
    const db = toDocumentClient(stack.deps.dynamo);
    const newest = Date.now() - 3600_000;

    // one case published through the repository, to check the generated items have its shape; the
    // oldest of the first load, so the batch load rewrites it and the feed's first month stays put
    const probeIndex = small - 1;
    const probe = generateCase(probeIndex, newest);
    const probeDoc = probe.record.documents[0];
    if (!probeDoc) throw new Error('a generated case has no document');
    const {
      id,
      documents: _documents,
      revision: _r,
      createdAt: _c,
      updatedAt: _u,
      extractor: _e,
      deleted: _d,
      ...extracted
    } = probe.record;
    await stack.deps.cases.saveDocument(id, {
      document: probeDoc,
      objectKey: 'bench/probe.pdf',
      extracted,
      extractorVersion: EXTRACTOR_VERSION,
      warnings: [],
    });
    await publishCase(stack.deps.cases, id, () => generatedUpdatedAt(probeIndex, newest));
    const published = await readLatestItemShape(db, tableName, id);
    const generated = Object.keys(toLatestItem(probe.record, probe.contentHash)).sort();
    const shapeNote =
      published.join(',') === generated.join(',')
        ? ''
        : `generated LATEST items have attributes [${generated}] but publish writes [${published}]: update bench/case-generator.ts`;

    const loadSmallMs = await loadGeneratedCases(db, tableName, { from: 0, to: small, newest });
    options.log(`feed: loaded ${small} cases in ${ms(loadSmallMs)}`);

    // DynamoDB Local's JIT and caches are cold after the bulk load: warm every route alike first
    for (let i = 0; i < 5; i++) {
      for (const endpoint of ENDPOINTS) await (await fetch(`${stack.apiUrl}${endpoint}`)).arrayBuffer();
    }
    const matrix = new Map<string, Load>();
    const levels = options.quick ? QUICK_CONCURRENCY : CONCURRENCY;
    for (const endpoint of ENDPOINTS) {
      for (const c of levels) {
        const load = await hammer(`${stack.apiUrl}${endpoint}`, c, c === 1 ? serial : c * perConnection);
        matrix.set(`${endpoint} c=${c}`, load);
        options.log(
          `feed: ${endpoint} c=${c}: ${load.requests} requests, p50 ${ms(load.p50)} p99 ${ms(load.p99)} ${perSecond(load.rps)} errors ${load.errors} non2xx ${load.non2xx}`,
        );
      }
    }
    for (const endpoint of ENDPOINTS) {
      const base = matrix.get(`${endpoint} c=1`);
      for (const c of levels) {
        const load = matrix.get(`${endpoint} c=${c}`);
        if (!load || !base) continue;
        const failures = load.errors + load.non2xx;
        const answered = load.requests > 0;
        const problems = [
          ...(c === 1 && load.cpuMsPerRequest !== undefined
            ? [`API process CPU ${ms(load.cpuMsPerRequest)} per request (DynamoDB Local's not included)`]
            : []),
          ...(failures ? [`${load.errors} errors/timeouts, ${load.non2xx} non-2xx responses`] : []),
          ...(answered ? [] : [`no response completed at c=${c}`]),
        ];
        rows.push({
          measure: `feed ${endpoint} at c=${c}, response cache on (${small} cases, ${load.requests} requests): p50 / p99, req/s`,
          value: answered
            ? `${ms(load.p50)} / ${ms(load.p99)}, ${perSecond(load.rps)}`
            : 'no response in time',
          reference: c === 1 ? '—' : `c=1 p99 ${ms(base.p99)}`,
          ratio: c === 1 || !answered ? '—' : times(load.p99 / Math.max(1, base.p99)),
          goal: c === 64 ? 'p99 ≤ 250 ms' : '—',
          met: c === 64 ? answered && load.p99 <= 250 && failures === 0 : null,
          ...(problems.length ? { note: problems.join('; ') } : {}),
        });
      }
    }

    rows.push(...(await measureAgainstMemory()));

    const uncached = await serveUncached(stack);
    try {
      rows.push(...(await measureUncachedCpu(uncached.url)));
      // informative only, left out of --quick (which should stay near two minutes in all)
      for (const endpoint of options.quick ? [] : ENDPOINTS) {
        const url = `${uncached.url}${endpoint}`;
        for (let i = 0; i < 3; i++) await (await fetch(url)).arrayBuffer();
        const base = await hammer(url, 1, serial);
        const load = await hammer(url, 64, 64 * perConnection);
        const failures = load.errors + load.non2xx;
        options.log(
          `feed (cache off): ${endpoint} c=1 p50 ${ms(base.p50)} p99 ${ms(base.p99)}, c=64 p50 ${ms(load.p50)} p99 ${ms(load.p99)} ${perSecond(load.rps)}`,
        );
        rows.push({
          measure: `feed ${endpoint} at c=64, response cache off (${load.requests} requests): p50 / p99, req/s`,
          value: `${ms(load.p50)} / ${ms(load.p99)}, ${perSecond(load.rps)}`,
          reference: `cache off c=1 p99 ${ms(base.p99)}`,
          ratio: times(load.p99 / Math.max(1, base.p99)),
          goal: '—',
          met: null,
          note: [
            `cache off c=1: p50 ${ms(base.p50)}, ${perSecond(base.rps)}, API process CPU ${ms(base.cpuMsPerRequest ?? Number.NaN)} per request`,
            ...(failures ? [`${load.errors} errors/timeouts, ${load.non2xx} non-2xx responses`] : []),
          ].join('; '),
        });
      }
      rows.push(await measureScale());
    } finally {
      await uncached.close();
    }
    return rows;

    /**
     * Goal 3, cached: throughput at c=64 of the stack's API (response cache on, as deployed) over
     * the same process serving the same bytes from memory; pairs alternate which goes first.
     */
    async function measureAgainstMemory(): Promise<BenchRow[]> {
      const responses = new Map<string, { body: ArrayBuffer; contentType: string }>();
      for (const endpoint of GOAL_ENDPOINTS) {
        const response = await fetch(`${stack.apiUrl}${endpoint}`);
        responses.set(endpoint, {
          body: await response.arrayBuffer(),
          contentType: response.headers.get('Content-Type') ?? 'application/json',
        });
      }
      const floor = await serveFromMemory(responses);
      const out: BenchRow[] = [];
      try {
        const pairs = options.quick ? 2 : 4;
        const amount = 64 * (options.quick ? 12 : 30);
        for (const endpoint of GOAL_ENDPOINTS) {
          const ours: Load[] = [];
          const bare: Load[] = [];
          for (let pair = 0; pair < pairs; pair++) {
            const runOurs = async () => ours.push(await hammer(`${stack.apiUrl}${endpoint}`, 64, amount));
            const runBare = async () => bare.push(await hammer(`${floor.url}${endpoint}`, 64, amount));
            if (pair % 2 === 0) {
              await runBare();
              await runOurs();
            } else {
              await runOurs();
              await runBare();
            }
          }
          const ratio = spreadOf(ours.map((o, i) => o.rps / (bare[i]?.rps ?? Number.NaN)));
          const failures = ours.reduce((n, o) => n + o.errors + o.non2xx, 0);
          const rps = median(ours.map((o) => o.rps));
          const floorRps = median(bare.map((o) => o.rps));
          options.log(
            `feed vs memory: ${endpoint} c=64 ${perSecond(rps)} vs ${perSecond(floorRps)} (${times(ratio.median)})`,
          );
          const cpu = median(ours.map((o) => o.cpuMsPerRequest ?? Number.NaN));
          const floorCpu = median(bare.map((o) => o.cpuMsPerRequest ?? Number.NaN));
          out.push({
            measure: `GOAL 3 feed ${endpoint} at c=64, response cache on: throughput over the same process serving the same ${(responses.get(endpoint)?.body.byteLength ?? 0).toLocaleString('en')} bytes from memory (${amount} requests a run)`,
            value: `${perSecond(rps)}, p99 ${ms(median(ours.map((o) => o.p99)))}`,
            reference: `memory: ${perSecond(floorRps)}, p99 ${ms(median(bare.map((o) => o.p99)))}`,
            ratio: formatRatioSpread(ratio),
            goal: '≥ 0.8×',
            met: ratio.median >= 0.8 && failures === 0,
            note: `process CPU per request ${ms(cpu)} vs ${ms(floorCpu)} from memory; the API as deployed (FEED_VERSION_REUSE_MS=${API_FEED_VERSION_REUSE_MS}: one read of the feed version stands for that long)${failures ? `; ${failures} errors or non-2xx` : ''}`,
          });
        }
      } finally {
        await floor.close();
      }
      return out;
    }

    /**
     * Goal 3, uncached: the API process's CPU per request at c=1 with the response cache off, over
     * a bare JSON.parse of the same items (as stored: one JSON string each) plus a JSON.stringify
     * of the page, timed in this process.
     */
    async function measureUncachedCpu(url: string): Promise<BenchRow[]> {
      const out: BenchRow[] = [];
      const sdkMs = await sdkQueryCpuMs();
      for (const endpoint of GOAL_ENDPOINTS) {
        const page = (await (await fetch(`${url}${endpoint}`)).json()) as { items: unknown[] } & Record<
          string,
          unknown
        >;
        const stored = page.items.map((item) => JSON.stringify(item));
        const bare = () => {
          const items = stored.map((json) => JSON.parse(json) as unknown);
          JSON.stringify({ ...page, items });
        };
        const floorBefore = cpuMsPerCall(bare, 5, 50);
        const load = await hammer(`${url}${endpoint}`, 1, serial);
        const floorAfter = cpuMsPerCall(bare, 5, 50);
        const floorMs = (floorBefore + floorAfter) / 2;
        const cpu = load.cpuMsPerRequest ?? Number.NaN;
        const ratio = cpu / floorMs;
        options.log(`feed uncached CPU: ${endpoint} ${ms(cpu)} per request vs JSON ${ms(floorMs)}`);
        out.push({
          measure: `GOAL 3 feed ${endpoint} response cache off: API process CPU per request (c=1, ${load.requests} requests) over bare JSON.parse + JSON.stringify of the same ${stored.length} items`,
          value: ms(cpu),
          reference: `JSON: ${ms(floorMs)}`,
          ratio: times(ratio),
          goal: '≤ 2×',
          met: ratio <= 2,
          note: `JSON floor before/after the run: ${ms(floorBefore)} / ${ms(floorAfter)}; one bare SDK Query of 101 of the same stored items (DocumentClient, records not parsed) costs this process ${ms(sdkMs)} of CPU by itself (blocker: ${times(sdkMs / floorMs)} the JSON floor, the goal 2×); the API's CPU includes that, the server and the socket writes (DynamoDB Local's own CPU is not counted)`,
        });
      }
      return out;
    }

    /**
     * CPU of this process per SDK Query of 101 feed items from one month (a month of the
     * generated load holds 400): what the store's client costs before any of our code runs.
     */
    async function sdkQueryCpuMs(): Promise<number> {
      const month = generatedUpdatedAt(500, newest).slice(0, 7);
      const query = () =>
        db.send(
          new QueryCommand({
            TableName: tableName,
            IndexName: KEYS.gsi1.name,
            KeyConditionExpression: '#pk = :pk',
            ExpressionAttributeNames: { '#pk': KEYS.gsi1.pk },
            ExpressionAttributeValues: { ':pk': `FEED#${month}` },
            ScanIndexForward: false,
            Limit: 101,
          }),
        );
      for (let i = 0; i < 10; i++) await query();
      const samples: number[] = [];
      for (let round = 0; round < 5; round++) {
        const cpu = process.cpuUsage();
        for (let i = 0; i < 10; i++) await query();
        const spent = process.cpuUsage(cpu);
        samples.push((spent.user + spent.system) / 1000 / 10);
      }
      return median(samples);
    }

    /** The listing's cost with 1,000 vs `large` cases stored, uncached (a cached page hides the store). */
    async function measureScale(): Promise<BenchRow> {
      const listing = `${uncached.url}/v1/cases?limit=100`;
      const atSmall = await hammer(listing, 1, serial);
      const loadLargeMs = await loadGeneratedCases(db, tableName, { from: small, to: large, newest });
      const loadRate = (large - small) / (loadLargeMs / 1000);
      options.log(`feed: loaded ${large - small} more cases in ${ms(loadLargeMs)} (${perSecond(loadRate)})`);
      const atLarge = await hammer(listing, 1, serial);
      const ratio = atLarge.p50 / Math.max(0.1, atSmall.p50);
      options.log(
        `feed: /v1/cases?limit=100 c=1 p50 ${ms(atSmall.p50)} at ${small}, ${ms(atLarge.p50)} at ${large}`,
      );
      return {
        measure: `feed /v1/cases?limit=100 latency, cache off, ${large.toLocaleString('en')} vs ${small.toLocaleString('en')} cases (c=1, p50 / p99)`,
        value: `${ms(atLarge.p50)} / ${ms(atLarge.p99)}`,
        reference: `${ms(atSmall.p50)} / ${ms(atSmall.p99)}`,
        ratio: times(ratio),
        goal: '≤ 1.3×',
        met: ratio <= 1.3,
        note: `generated LATEST items written with BatchWriteItem (${perSecond(loadRate)} into DynamoDB Local); ${shapeNote || 'item shape checked against one case published through CaseRepository'}`,
      };
    }
  } finally {
    await bench.stop();
  }
}
