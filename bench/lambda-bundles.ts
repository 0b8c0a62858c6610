// Builds the ingest and API Lambda bundles exactly as the CDK app does (esbuild with the options of
// cdk/constructs/node-function.ts), into a temp dir, once per bench run; plus the child-process
// driver that imports a bundle and invokes its handler, for the cold-start and memory benchmarks.
import { execSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { BundlingOptions } from 'aws-cdk-lib/aws-lambda-nodejs';
import { type BuildOptions, build, type Metafile } from 'esbuild';
import { shipPdfParser } from '../cdk/constructs/ingest-pipeline.ts';
import { buildBundlingOptions, DEPLOYED_NODE_OPTIONS } from '../cdk/constructs/node-function.ts';
import { ENV } from '../shared/config.ts';
import { makeTempDir } from './bench-inputs.ts';
import { lastJsonLine } from './child-output.ts';

const ROOT = path.resolve(import.meta.dirname, '..');

export interface LambdaBundle {
  name: 'ingest' | 'api' | 'floor-api';
  file: string;
  bytes: number;
  gzipBytes: number;
  /** Output bytes per npm package (or `(project)`), largest first. */
  contributors: { name: string; bytes: number }[];
  /** Modules left out of the bundle (`nodeModules` / `externalModules`) that Lambda would get beside it. */
  externals: string[];
  /** Further bundle files beside index.mjs (the ingest's PDF parser thread entry), .map not counted. */
  beside: { file: string; bytes: number }[];
}

export interface LambdaBundles {
  dir: string;
  ingest: LambdaBundle;
  api: LambdaBundle;
  /** The API cold path's floor: a minimal Hono app with the same adapter, bundled the same way. */
  floorApi: LambdaBundle;
  driver: string;
  /** The NODE_OPTIONS the deployed functions run with (from node-function.ts's environment). */
  nodeOptions: string;
}

/**
 * The environment a bundle runs with in the benchmarks: the local services' function environment,
 * plus what the deployed functions get that the local stack sets differently (one parser thread,
 * as on Lambda; NODE_OPTIONS as NodeFunction sets it).
 */
export function lambdaEnv(
  servicesEnv: Record<string, string>,
  bundles: LambdaBundles,
): Record<string, string> {
  return { ...servicesEnv, [ENV.parseThreads]: '1', NODE_OPTIONS: bundles.nodeOptions };
}

/** CDK's `NodejsFunction` esbuild flags (aws-lambda-nodejs bundling.ts), as build() options. */
export function toEsbuildOptions(bundling: BundlingOptions, entry: string, outfile: string): BuildOptions {
  const externals = [...(bundling.externalModules ?? ['@aws-sdk/*']), ...(bundling.nodeModules ?? [])];
  const sourceMapMode = bundling.sourceMapMode ?? (bundling.sourceMap ? 'default' : undefined);
  return {
    entryPoints: [entry],
    outfile,
    bundle: true,
    platform: 'node',
    target: bundling.target ?? 'node22',
    format: bundling.format === 'esm' ? 'esm' : 'cjs',
    minify: bundling.minify ?? false,
    sourcemap: sourceMapMode === undefined ? false : sourceMapMode === 'default' ? true : sourceMapMode,
    sourcesContent: bundling.sourcesContent ?? true,
    external: externals,
    ...(bundling.loader ? { loader: bundling.loader as BuildOptions['loader'] } : {}),
    ...(bundling.define ? { define: bundling.define } : {}),
    ...(bundling.keepNames ? { keepNames: true } : {}),
    ...(bundling.tsconfig ? { tsconfig: bundling.tsconfig } : {}),
    ...(bundling.banner ? { banner: { js: bundling.banner } } : {}),
    ...(bundling.footer ? { footer: { js: bundling.footer } } : {}),
    ...(bundling.mainFields ? { mainFields: bundling.mainFields } : {}),
    ...(bundling.inject ? { inject: bundling.inject } : {}),
    ...(bundling.charset ? { charset: bundling.charset } : {}),
    ...toEsbuildArgOptions(bundling.esbuildArgs ?? {}),
    metafile: true,
    logLevel: 'silent',
  };
}

/** The `esbuildArgs` the project sets (`--alias`), as build() options; any other is an error. */
function toEsbuildArgOptions(args: NonNullable<BundlingOptions['esbuildArgs']>): BuildOptions {
  const options: BuildOptions = {};
  for (const [key, value] of Object.entries(args)) {
    if (key !== '--alias' || typeof value === 'boolean')
      throw new Error(`bench: map the esbuild argument ${key} in toEsbuildOptions`);
    for (const item of Array.isArray(value) ? value : [value]) {
      const [from, to] = item.split(/=(.*)/s);
      options.alias = { ...options.alias, [from ?? '']: to ?? '' };
    }
  }
  return options;
}

function packageOf(input: string): string {
  const at = input.lastIndexOf('node_modules/');
  if (at < 0) return '(project)';
  const [scope, name] = input.slice(at + 'node_modules/'.length).split('/');
  return (scope?.startsWith('@') ? `${scope}/${name}` : scope) ?? '(project)';
}

function contributors(metafile: Metafile): { name: string; bytes: number }[] {
  const sums = new Map<string, number>();
  for (const output of Object.values(metafile.outputs)) {
    for (const [input, { bytesInOutput }] of Object.entries(output.inputs)) {
      const name = packageOf(input);
      sums.set(name, (sums.get(name) ?? 0) + bytesInOutput);
    }
  }
  return [...sums].map(([name, bytes]) => ({ name, bytes })).sort((a, b) => b.bytes - a.bytes);
}

/**
 * The API floor: one route answering a small JSON body through hono/aws-lambda, as serve-api.ts
 * does; no store, no zod, no SDK. What any Hono Lambda pays before our own code runs.
 */
const FLOOR_API_SOURCE = `
import { Hono } from 'hono';
import { handle } from 'hono/aws-lambda';
const app = new Hono();
app.get('/v1/cases', (c) => c.json({ items: [], next: null }));
export const handler = handle(app);
`;

async function bundleOne(
  name: LambdaBundle['name'],
  entry: string | { source: string },
  dir: string,
): Promise<LambdaBundle> {
  const bundling = buildBundlingOptions();
  const outfile = path.join(dir, name, 'index.mjs');
  const options =
    typeof entry === 'string'
      ? toEsbuildOptions(bundling, path.join(ROOT, 'lambdas', entry), outfile)
      : {
          ...toEsbuildOptions(bundling, 'floor.ts', outfile),
          entryPoints: [],
          stdin: { contents: entry.source, resolveDir: ROOT, loader: 'ts' as const, sourcefile: 'floor.ts' },
        };
  const result = await build(options);
  // what the function's afterBundling hook adds beside index.mjs, by the very same commands
  if (name === 'ingest')
    for (const command of shipPdfParser(ROOT, path.dirname(outfile)))
      execSync(command, { stdio: 'ignore', shell: '/bin/bash' });
  const beside = fs
    .readdirSync(path.dirname(outfile))
    .filter((f) => f.endsWith('.mjs') && f !== 'index.mjs')
    .map((f) => ({ file: f, bytes: fs.statSync(path.join(path.dirname(outfile), f)).size }));
  const code = fs.readFileSync(outfile);
  return {
    name,
    file: outfile,
    bytes: code.byteLength,
    gzipBytes: gzipSync(code).byteLength,
    contributors: result.metafile ? contributors(result.metafile) : [],
    externals: [...(bundling.externalModules ?? []), ...(bundling.nodeModules ?? [])],
    beside,
  };
}

/**
 * The child's script: import the bundle, optionally invoke `handler` with the event in BENCH_EVENT,
 * and print timings since process start (performance.now()) and the peak RSS as one JSON line.
 */
const DRIVER = `
import dc from 'node:diagnostics_channel';
const started = performance.now();
// every HTTP request the process makes (the store round trips), as [sent, answered]
const spans = [];
const sent = new Map();
dc.subscribe('http.client.request.start', ({ request }) => sent.set(request, performance.now()));
dc.subscribe('http.client.response.finish', ({ request }) => {
  const at = sent.get(request);
  if (at !== undefined) spans.push([at, performance.now()]);
});
/** The requests within [from, to]: how many, and how long at least one of them was open. */
const requestsWithin = (from, to) => {
  const inside = spans.filter(([a, b]) => a >= from && b <= to).sort((x, y) => x[0] - y[0]);
  let openMs = 0;
  let end = -Infinity;
  for (const [a, b] of inside) {
    if (b <= end) continue;
    openMs += b - Math.max(a, end);
    end = b;
  }
  return { count: inside.length, openMs };
};
const mod = await import(process.argv[2]);
const imported = performance.now();
let result = null;
if (process.env.BENCH_EVENT) {
  const response = await mod.handler(JSON.parse(process.env.BENCH_EVENT));
  result = response && 'statusCode' in response
    ? 'HTTP ' + response.statusCode
    : response.batchItemFailures.length + ' batch item failure(s)';
}
const done = performance.now();
const requests = requestsWithin(imported, done);
const usage = process.cpuUsage();
const cpuMs = (usage.user + usage.system) / 1000;
let warmMs = null;
if (process.env.BENCH_EVENT_WARM) {
  await mod.handler(JSON.parse(process.env.BENCH_EVENT_WARM));
  warmMs = performance.now() - done;
}
let parse = null;
if (process.env.BENCH_PARSE_FILE && typeof mod.createPdfReader === 'function') {
  const { readFileSync } = await import('node:fs');
  const bytes = new Uint8Array(readFileSync(process.env.BENCH_PARSE_FILE));
  const reader = mod.createPdfReader(JSON.parse(process.env.BENCH_PARSE_CONFIG));
  const first = performance.now();
  await reader.read(bytes);
  const second = performance.now();
  await reader.read(bytes);
  parse = { firstMs: second - first, secondMs: performance.now() - second };
  await reader.close?.();
}
console.log(JSON.stringify({ started, imported, done, cpuMs, warmMs, parse, requests, maxRssKb: process.resourceUsage().maxRSS, result }));
process.exit(0);
`;

/** NODE_OPTIONS of every deployed function (node-function.ts's environment), read from the construct. */
const NODE_OPTIONS = DEPLOYED_NODE_OPTIONS;

let bundles: Promise<LambdaBundles> | undefined;
let removeDir: (() => void) | undefined;

export function getLambdaBundles(): Promise<LambdaBundles> {
  bundles ??= (async () => {
    const temp = makeTempDir('bundles');
    removeDir = temp.remove;
    const [ingest, api, floorApi] = await Promise.all([
      bundleOne('ingest', 'ingest-document.ts', temp.dir),
      bundleOne('api', 'serve-api.ts', temp.dir),
      bundleOne('floor-api', { source: FLOOR_API_SOURCE }, temp.dir),
    ]);
    const driver = path.join(temp.dir, 'driver.mjs');
    fs.writeFileSync(driver, DRIVER);
    return { dir: temp.dir, ingest, api, floorApi, driver, nodeOptions: NODE_OPTIONS };
  })();
  return bundles;
}

export function removeLambdaBundles(): void {
  removeDir?.();
  bundles = undefined;
  removeDir = undefined;
}

export interface DriverResult {
  started: number;
  imported: number;
  done: number;
  /** CPU time of the process (every thread) from its start to `done`. */
  cpuMs: number;
  /** Time of a second invocation (BENCH_EVENT_WARM) in the same, now warm, process. */
  warmMs: number | null;
  /** First and second read of BENCH_PARSE_FILE through the bundle's own PDF reader, if it exports one. */
  parse: { firstMs: number; secondMs: number } | null;
  maxRssKb: number;
  result: string | null;
  /**
   * The HTTP requests (store round trips) of the first invocation, import to `done`: how many, and
   * for how long at least one was waiting on its answer.
   */
  requests: { count: number; openMs: number };
  /** Wall time of the whole child process, spawn to exit, seen from the parent. */
  wallMs: number;
}

/** Runs the driver in a fresh `node` with the function's environment; rejects if it fails. */
export async function runDriver(
  driver: string,
  bundleFile: string,
  env: Record<string, string>,
  event?: unknown,
  warmEvent?: unknown,
): Promise<DriverResult> {
  const started = performance.now();
  const child = spawn(process.execPath, [driver, bundleFile], {
    env: {
      PATH: process.env.PATH ?? '',
      AWS_SDK_JS_SUPPRESS_NODE_VERSION_WARNING: '1',
      ...env,
      ...(event !== undefined ? { BENCH_EVENT: JSON.stringify(event) } : {}),
      ...(warmEvent !== undefined ? { BENCH_EVENT_WARM: JSON.stringify(warmEvent) } : {}),
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const result = await lastJsonLine<Omit<DriverResult, 'wallMs'>>(
    child,
    `driver for ${path.basename(path.dirname(bundleFile))}`,
  );
  return { ...result, wallMs: performance.now() - started };
}

/**
 * The floor of the ingest cold path and of its memory: a fresh Node process that imports pdf-parse
 * and extracts the text of one PDF file, nothing else. `done` is performance.now() at the end, i.e.
 * from process start, as the driver reports it for our bundle.
 */
const PDF_PARSE_FLOOR = `
const { readFileSync } = await import('node:fs');
const data = new Uint8Array(readFileSync(process.argv[1]));
const { PDFParse } = await import('pdf-parse');
const imported = performance.now();
const parser = new PDFParse({ data, verbosity: 0 });
const result = await parser.getText();
await parser.destroy();
const done = performance.now();
const usage = process.cpuUsage();
console.log(JSON.stringify({ imported, done, cpuMs: (usage.user + usage.system) / 1000, pages: result.pages.length, maxRssKb: process.resourceUsage().maxRSS }));
process.exit(0);
`;

export interface FloorResult {
  imported: number;
  done: number;
  cpuMs: number;
  pages: number;
  maxRssKb: number;
  wallMs: number;
}

/** Runs the pdf-parse floor on `file` in a fresh `node` (from the repository, so pdf-parse resolves). */
export async function runPdfParseFloor(file: string): Promise<FloorResult> {
  const started = performance.now();
  const child = spawn(process.execPath, ['--input-type=module', '-e', PDF_PARSE_FLOOR, file], {
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? '' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const result = await lastJsonLine<Omit<FloorResult, 'wallMs'>>(child, 'pdf-parse floor');
  return { ...result, wallMs: performance.now() - started };
}

/** Wall time of a bare `node -e 0`, the floor every cold start stands on. */
export function timeBareNode(): Promise<number> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, ['-e', '0'], {
      stdio: 'ignore',
      env: { PATH: process.env.PATH ?? '' },
    });
    child.once('error', reject);
    child.once('exit', () => resolve(performance.now() - started));
  });
}

/**
 * The extractor's first run in a fresh process against its next, on the page texts of one PDF
 * (parsed first, not timed): what compiling its code and its rules' regexes costs the first
 * document a Lambda reads. From the sources under tsx (its transform is done before the timing).
 */
const EXTRACTOR_FIRST_RUN = `
const { readFileSync } = await import('node:fs');
const { extractText } = await import(${JSON.stringify(path.join(ROOT, 'shared/pdf/extract-text.ts'))});
const { extractCase } = await import(${JSON.stringify(path.join(ROOT, 'shared/extraction/extract-case.ts'))});
const { pages } = await extractText(new Uint8Array(readFileSync(process.argv[1])));
const a = performance.now();
extractCase(pages);
const b = performance.now();
extractCase(pages);
console.log(JSON.stringify({ firstMs: b - a, nextMs: performance.now() - b }));
process.exit(0);
`;

/** extractCase's first and next run on `file` in a fresh `node --import tsx`. */
export async function timeExtractorFirstRun(file: string): Promise<{ firstMs: number; nextMs: number }> {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', '--input-type=module', '-e', EXTRACTOR_FIRST_RUN, file],
    {
      cwd: ROOT,
      env: { PATH: process.env.PATH ?? '' },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  return lastJsonLine<{ firstMs: number; nextMs: number }>(child, 'extractor first run');
}
