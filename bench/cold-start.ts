// Cold start of the deployed functions: bundle size, import time of each bundle in a fresh Node
// process, and time from process start to the first result (first PDF ingested through the bundled
// ingest handler, first request answered by the bundled API handler), against a bare `node -e 0`.
import fs from 'node:fs';
import path from 'node:path';
import { PutObjectCommand } from '@aws-sdk/client-s3';
import { createDependencies } from '../lambdas/dependencies.ts';
import { toIngestId } from '../shared/ingest/ingest-object.ts';
import { makeTempDir, readCorpusPdfs, withMarker } from './bench-inputs.ts';
import { getSharedServices } from './bench-services.ts';
import {
  type DriverResult,
  type FloorResult,
  getLambdaBundles,
  lambdaEnv,
  runDriver,
  runPdfParseFloor,
  timeBareNode,
  timeExtractorFirstRun,
} from './lambda-bundles.ts';
import {
  type BenchOptions,
  type BenchRow,
  formatRatioSpread,
  mb,
  median,
  ms,
  spreadOf,
  times,
} from './report.ts';

/** An SQS event carrying one S3 ObjectCreated notification, as the ingest function receives it. */
export function toSqsEvent(bucket: string, key: string, size: number) {
  const body = JSON.stringify({
    Records: [{ eventName: 'ObjectCreated:Put', s3: { bucket: { name: bucket }, object: { key, size } } }],
  });
  return {
    Records: [
      {
        messageId: `bench-${key}`,
        receiptHandle: 'bench',
        body,
        attributes: {
          ApproximateReceiveCount: '1',
          SentTimestamp: String(Date.now()),
          SenderId: 'bench',
          ApproximateFirstReceiveTimestamp: String(Date.now()),
        },
        messageAttributes: {},
        md5OfBody: '',
        eventSource: 'aws:sqs',
        eventSourceARN: 'arn:aws:sqs:eu-north-1:000000000000:bench',
        awsRegion: 'eu-north-1',
      },
    ],
  };
}

/** An API Gateway HTTP API (payload v2) GET event. */
export function toHttpApiEvent(rawPath: string, rawQueryString = '') {
  return {
    version: '2.0',
    routeKey: '$default',
    rawPath,
    rawQueryString,
    cookies: [],
    headers: { host: 'api.example.org', 'user-agent': 'bench', accept: 'application/json' },
    queryStringParameters: Object.fromEntries(new URLSearchParams(rawQueryString)),
    requestContext: {
      accountId: '000000000000',
      apiId: 'bench',
      domainName: 'api.example.org',
      domainPrefix: 'api',
      http: { method: 'GET', path: rawPath, protocol: 'HTTP/1.1', sourceIp: '127.0.0.1', userAgent: 'bench' },
      requestId: 'bench',
      routeKey: '$default',
      stage: '$default',
      time: new Date().toUTCString(),
      timeEpoch: Date.now(),
    },
    isBase64Encoded: false,
  };
}

/** Runs `a` and `b` in an order that alternates with `round`, so drift on the machine hits both alike. */
async function paired<A, B>(round: number, a: () => Promise<A>, b: () => Promise<B>): Promise<[A, B]> {
  if (round % 2 === 0) {
    const x = await a();
    return [x, await b()];
  }
  const y = await b();
  return [await a(), y];
}

export async function benchColdStart(options: BenchOptions): Promise<BenchRow[]> {
  const rounds = options.quick ? 3 : 9;
  const bundles = await getLambdaBundles();
  const rows: BenchRow[] = [];
  const top = (b: typeof bundles.api) =>
    b.contributors
      .slice(0, 4)
      .map((c) => `${c.name} ${mb(c.bytes)}`)
      .join(', ');
  rows.push({
    measure: 'GOAL 2 API bundle size (minified ESM, .map not counted)',
    value: mb(bundles.api.bytes),
    reference: `minimal Hono app: ${mb(bundles.floorApi.bytes)}`,
    ratio: `gzip ${mb(bundles.api.gzipBytes)}`,
    goal: '≤ 1 MB',
    met: bundles.api.bytes <= 1024 * 1024,
    note: `largest parts: ${top(bundles.api)}`,
  });
  rows.push({
    measure: 'ingest bundle size (minified ESM, .map not counted)',
    value: mb(bundles.ingest.bytes),
    reference: `gzip ${mb(bundles.ingest.gzipBytes)}`,
    ratio: '—',
    goal: '—',
    met: null,
    note: `largest parts: ${top(bundles.ingest)}${bundles.ingest.beside.map((b) => `; beside it ${b.file} ${mb(b.bytes)} (the parser thread's own entry)`).join('')}${bundles.ingest.externals.length ? `; shipped beside it: ${bundles.ingest.externals.join(', ')}` : ''}`,
  });

  const bench = await getSharedServices();
  const env = lambdaEnv(bench.services.env, bundles);
  // the same functions with Node mapping stack traces through the bundle's source map: what
  // `--enable-source-maps` would cost (node-function.ts's DEPLOYED_NODE_OPTIONS leaves it out)
  const envMaps = { ...env, NODE_OPTIONS: '--enable-source-maps' };
  const deps = createDependencies(bench.services.env);
  const corpus = readCorpusPdfs();
  const temp = makeTempDir('cold');
  const bare: number[] = [];
  const results: Record<
    'apiImport' | 'ingestImport' | 'ingest' | 'ingestMaps' | 'api' | 'apiMaps' | 'floorApi',
    DriverResult[]
  > = {
    apiImport: [],
    ingestImport: [],
    ingest: [],
    ingestMaps: [],
    api: [],
    apiMaps: [],
    floorApi: [],
  };
  const floorIngest: FloorResult[] = [];
  const statuses: string[] = [];
  const apiEvent = toHttpApiEvent('/v1/cases', 'limit=100');
  /** Fresh objects with bytes no earlier round stored (a duplicate is a shorter path). */
  const putFresh = async (label: string, index: number) => {
    const pdf = corpus[index % corpus.length];
    if (!pdf) throw new Error('the corpus is empty');
    const bytes = withMarker(pdf.bytes, `bench-cold-${Date.now()}-${label}`);
    const key = `uploads/bench/cold-${label}/${pdf.name}`;
    await deps.s3.send(
      new PutObjectCommand({
        Bucket: deps.objects.bucket,
        Key: key,
        Body: bytes,
        ContentType: 'application/pdf',
      }),
    );
    const file = path.join(temp.dir, `${label}.pdf`);
    fs.writeFileSync(file, bytes);
    return { key, size: bytes.byteLength, file };
  };
  try {
    for (let round = 0; round < rounds; round++) {
      bare.push(await timeBareNode());
      // the rows that only inform are sampled once with --quick, to keep it under two minutes
      const informative = !options.quick || round === 0;
      if (informative) {
        results.apiImport.push(await runDriver(bundles.driver, bundles.api.file, env));
        results.ingestImport.push(await runDriver(bundles.driver, bundles.ingest.file, env));
      }
      // the first object is ingested cold, the second warm by the same process (splits the cold
      // cost from the work); the floor parses the first one's very bytes
      const first = await putFresh(`${round}-a`, round);
      const second = await putFresh(`${round}-b`, round + 1);
      const [floor, ingest] = await paired(
        round,
        () => runPdfParseFloor(first.file),
        () =>
          runDriver(
            bundles.driver,
            bundles.ingest.file,
            env,
            toSqsEvent(deps.objects.bucket, first.key, first.size),
            toSqsEvent(deps.objects.bucket, second.key, second.size),
          ),
      );
      floorIngest.push(floor);
      results.ingest.push(ingest);
      const record = await deps.ingests.get(
        toIngestId({ bucket: deps.objects.bucket, key: first.key, versionId: null, eTag: null }),
      );
      statuses.push(record?.status ?? `missing (${ingest.result})`);
      if (informative) {
        const third = await putFresh(`${round}-c`, round + 2);
        results.ingestMaps.push(
          await runDriver(
            bundles.driver,
            bundles.ingest.file,
            envMaps,
            toSqsEvent(deps.objects.bucket, third.key, third.size),
          ),
        );
      }
      const [floorApi, api] = await paired(
        round + 1,
        () => runDriver(bundles.driver, bundles.floorApi.file, env, apiEvent),
        () => runDriver(bundles.driver, bundles.api.file, env, apiEvent),
      );
      results.floorApi.push(floorApi);
      results.api.push(api);
      if (informative) {
        results.apiMaps.push(await runDriver(bundles.driver, bundles.api.file, envMaps, apiEvent));
      }
    }
    // the parser alone: the bundle's own reader (isolated thread) on a corpus PDF, first read vs next
    const parses: { firstMs: number; secondMs: number }[] = [];
    const sample = corpus[0];
    if (sample) {
      const file = path.join(temp.dir, sample.name);
      fs.writeFileSync(file, sample.bytes);
      for (let round = 0; round < Math.min(rounds, 3); round++) {
        const run = await runDriver(bundles.driver, bundles.ingest.file, {
          ...env,
          BENCH_PARSE_FILE: file,
          // the function's configuration, one parser thread as on Lambda
          BENCH_PARSE_CONFIG: JSON.stringify({ ...deps.config, parseThreads: 1 }),
        });
        if (run.parse) parses.push(run.parse);
      }
    }
    // the extractor's first run in a fresh process, against its next, on the same PDF's pages
    const extractorRuns: { firstMs: number; nextMs: number }[] = [];
    if (sample) {
      const file = path.join(temp.dir, sample.name);
      for (let round = 0; round < Math.min(rounds, 3); round++)
        extractorRuns.push(await timeExtractorFirstRun(file));
    }
    const extractorFirst = median(extractorRuns.map((r) => r.firstMs));
    const extractorNext = median(extractorRuns.map((r) => r.nextMs));

    const bareMs = median(bare);
    const importMs = (r: DriverResult[]) => median(r.map((x) => x.imported - x.started));
    const wallMs = (r: DriverResult[]) => median(r.map((x) => x.wallMs));
    const doneMs = (r: { done: number }[]) => median(r.map((x) => x.done));
    const apiImport = importMs(results.apiImport);
    const ingestImport = importMs(results.ingestImport);
    const ingestCold = doneMs(results.ingest);
    const ingestWarm = median(results.ingest.map((r) => r.warmMs ?? Number.NaN));
    const apiCold = doneMs(results.api);
    const apiStatus = results.api.map((r) => r.result ?? '?');
    const floorStatus = results.floorApi.map((r) => r.result ?? '?');
    const ingestRatio = spreadOf(results.ingest.map((r, i) => r.done / (floorIngest[i]?.done ?? Number.NaN)));
    const apiRatio = spreadOf(results.api.map((r, i) => r.done / (results.floorApi[i]?.done ?? Number.NaN)));
    const floorIngestMs = doneMs(floorIngest);
    // CPU time (every thread, from process start): the companion of the wall-clock ratio that
    // other work on the machine moves less
    const cpuRatio = (ours: { cpuMs: number }[], floors: { cpuMs: number }[]) =>
      spreadOf(ours.map((r, i) => r.cpuMs / (floors[i]?.cpuMs ?? Number.NaN)));
    const ingestCpu = cpuRatio(results.ingest, floorIngest);
    const apiCpu = cpuRatio(results.api, results.floorApi);
    const cpuOf = (r: { cpuMs: number }[]) => ms(median(r.map((x) => x.cpuMs)));
    const floorApiMs = doneMs(results.floorApi);
    options.log(
      `cold start: bare ${ms(bareMs)}, import api ${ms(apiImport)} ingest ${ms(ingestImport)}, first ingest ${ms(ingestCold)} vs pdf-parse ${ms(floorIngestMs)} (${statuses.join(',')}), first API ${ms(apiCold)} vs minimal Hono ${ms(floorApiMs)} (${apiStatus.join(',')})`,
    );
    const parseFirst = median(parses.map((p) => p.firstMs));
    // the first invocation, split: its store round trips (how long one was open) and the rest
    const requestsOf = (r: DriverResult[]) => ({
      count: median(r.map((x) => x.requests.count)),
      openMs: median(r.map((x) => x.requests.openMs)),
    });
    const ingestRequests = requestsOf(results.ingest);
    const apiRequests = requestsOf(results.api);
    const invocationMs = ingestCold - median(results.ingest.map((r) => r.imported));
    // what stands before the goal, each measured in this run: Node and the bundle's import, then
    // the store round trips, each alone already a share of the floor's whole run
    const ingestBlocker = `blocker: the import alone (Node's start included) is ${times(median(results.ingest.map((r) => r.imported)) / floorIngestMs)} the floor's whole run, the first invocation's ${ingestRequests.count} store requests kept it waiting ${ms(ingestRequests.openMs)} (${times(ingestRequests.openMs / floorIngestMs)} the floor; DynamoDB Local and s3rver on the same cores), the rest of it ${ms(invocationMs - ingestRequests.openMs)} (the parse in the parser thread, the extraction's first run, the SDK and our code; the parser thread's first read of a PDF alone, thread start included, takes ${ms(parseFirst)}, ${times(parseFirst / floorIngestMs)} the floor, and the extractor's first run in a process ${ms(extractorFirst)} against ${ms(extractorNext)} next); the goal leaves ${ms(1.3 * floorIngestMs)} for all of it`;
    const apiBlocker = `blocker: the import alone (Node's start included) is ${times(median(results.api.map((r) => r.imported)) / floorApiMs)} the floor's whole run; the first request's ${apiRequests.count} store request(s) kept it waiting ${ms(apiRequests.openMs)}; the goal leaves ${ms(1.5 * floorApiMs)} for all of it`;
    const parseNext = median(parses.map((p) => p.secondMs));
    rows.push(
      {
        measure:
          'GOAL 1 ingest cold path: process start → first corpus PDF ingested (bundled handler, NODE_OPTIONS as deployed), paired with a fresh node importing pdf-parse and extracting the same PDF',
        value: ms(ingestCold),
        reference: `pdf-parse: ${ms(floorIngestMs)}`,
        ratio: formatRatioSpread(ingestRatio),
        goal: '≤ 1.3×',
        met: ingestRatio.median <= 1.3,
        note: `CPU time ${cpuOf(results.ingest)} vs ${cpuOf(floorIngest)}: ${formatRatioSpread(ingestCpu)}; statuses: ${statuses.join(', ')}; of it: import ${ms(ingestImport)}, then the first invocation ${ms(ingestCold - median(results.ingest.map((r) => r.imported)))} (parser thread start, SDK clients, the store round trips, the parse); pdf-parse's import is ${ms(median(floorIngest.map((f) => f.imported)))} of its ${ms(floorIngestMs)}; with --enable-source-maps it would be ${ms(doneMs(results.ingestMaps))}; ${ingestBlocker}`,
      },
      {
        measure:
          'GOAL 2 API cold path: process start → first /v1/cases?limit=100 answered (bundled handler, NODE_OPTIONS as deployed), paired with a minimal Hono app bundled the same way answering one API Gateway v2 event',
        value: ms(apiCold),
        reference: `minimal Hono: ${ms(floorApiMs)}`,
        ratio: formatRatioSpread(apiRatio),
        goal: '≤ 1.5×',
        met: apiRatio.median <= 1.5 && apiStatus.every((s) => s === 'HTTP 200'),
        note: `CPU time ${cpuOf(results.api)} vs ${cpuOf(results.floorApi)}: ${formatRatioSpread(apiCpu)}; ${[...new Set(apiStatus)].join(', ')} (floor: ${[...new Set(floorStatus)].join(', ')}); of it: import ${ms(apiImport)}; with --enable-source-maps ${ms(doneMs(results.apiMaps))}; node -e 0 takes ${ms(bareMs)}; ${apiBlocker}`,
      },
      {
        measure: 'API bundle import, fresh node (NODE_OPTIONS as deployed)',
        value: ms(apiImport),
        reference: `node -e 0: ${ms(bareMs)}`,
        ratio: `${times(wallMs(results.apiImport) / bareMs)} (process wall)`,
        goal: '—',
        met: null,
      },
      {
        measure: 'ingest bundle import, fresh node',
        value: ms(ingestImport),
        reference: `node -e 0: ${ms(bareMs)}`,
        ratio: `${times(wallMs(results.ingestImport) / bareMs)} (process wall)`,
        goal: '—',
        met: null,
      },
      ...(parses.length
        ? [
            {
              measure: `ingest parser: first read of ${sample?.name ?? 'a corpus PDF'} in a fresh process (bundle's isolated reader)`,
              value: ms(parseFirst),
              reference: `next read: ${ms(parseNext)}`,
              ratio: times(parseFirst / parseNext),
              goal: '—',
              met: null,
              note: 'the first read includes starting the parser thread and loading pdf.js in it',
            },
          ]
        : []),
      ...(extractorRuns.length
        ? [
            {
              measure: `extractor: first run of extractCase in a fresh process on ${sample?.name ?? 'a corpus PDF'}'s pages`,
              value: ms(extractorFirst),
              reference: `next run: ${ms(extractorNext)}`,
              ratio: times(extractorFirst / extractorNext),
              goal: '—',
              met: null,
              note: 'the first run compiles the extractor and its rules’ regexes; the cold path pays it after its first parse',
            },
          ]
        : []),
      {
        measure: 'ingest warm: the next corpus PDF in the same process (bundled handler)',
        value: ms(ingestWarm),
        reference: `cold path: ${ms(ingestCold)}`,
        ratio: times(ingestWarm / ingestCold),
        goal: '—',
        met: null,
      },
    );
    return rows;
  } finally {
    temp.remove();
    deps.dynamo.destroy();
    deps.s3.destroy();
  }
}
