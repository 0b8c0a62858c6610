// Peak memory of ingesting one generated PDF of 1, 20 and 100 pages, each through the bundled
// ingest handler in a fresh Node process (process.resourceUsage().maxRSS), against a process that
// only imports the bundle, and paired with a fresh process running bare pdf-parse on the same file
// (goal: ≤ 1.3× its peak at 100 pages). Decides the ingest Lambda's memory size.
import fs from 'node:fs';
import { PutObjectCommand } from '@aws-sdk/client-s3';
import { createDependencies } from '../lambdas/dependencies.ts';
import { toIngestId } from '../shared/ingest/ingest-object.ts';
import { makeTempDir, writeGeneratedPdf } from './bench-inputs.ts';
import { getSharedServices } from './bench-services.ts';
import { toSqsEvent } from './cold-start.ts';
import { getLambdaBundles, lambdaEnv, runDriver, runPdfParseFloor } from './lambda-bundles.ts';
import { type BenchOptions, type BenchRow, formatRatioSpread, median, spreadOf, times } from './report.ts';

const MB = 1024;

export async function benchMemory(options: BenchOptions): Promise<BenchRow[]> {
  const sizes = [1, 20, 100];
  const rounds = options.quick ? 2 : 3;
  const bundles = await getLambdaBundles();
  const temp = makeTempDir('memory');
  const bench = await getSharedServices();
  try {
    const env = lambdaEnv(bench.services.env, bundles);
    const deps = createDependencies(bench.services.env);
    const baseline: number[] = [];
    for (let round = 0; round < rounds; round++) {
      baseline.push((await runDriver(bundles.driver, bundles.ingest.file, env)).maxRssKb / MB);
    }
    const baselineMb = median(baseline);
    const rows: BenchRow[] = [];
    for (const pages of sizes) {
      const peaks: number[] = [];
      const floorPeaks: number[] = [];
      const statuses: string[] = [];
      for (let round = 0; round < rounds; round++) {
        // a new case per run (seed), so no run is a duplicate or an update of another
        const file = writeGeneratedPdf(temp.dir, pages, 1000 * pages + round);
        const bytes = fs.readFileSync(file);
        const key = `uploads/bench/memory/${pages}p-${round}-${Date.now()}.pdf`;
        await deps.s3.send(new PutObjectCommand({ Bucket: deps.objects.bucket, Key: key, Body: bytes }));
        // paired with bare pdf-parse on the same file, in alternating order
        const ours = () =>
          runDriver(
            bundles.driver,
            bundles.ingest.file,
            env,
            toSqsEvent(deps.objects.bucket, key, bytes.byteLength),
          );
        const floor = () => runPdfParseFloor(file);
        const [run, bare] =
          round % 2 === 0
            ? [await ours(), await floor()]
            : await floor().then(async (f) => [await ours(), f] as const);
        peaks.push(run.maxRssKb / MB);
        floorPeaks.push(bare.maxRssKb / MB);
        const ingest = await deps.ingests.get(
          toIngestId({ bucket: deps.objects.bucket, key, versionId: null, eTag: null }),
        );
        statuses.push(ingest?.status ?? 'missing');
      }
      const peak = median(peaks);
      const floorPeak = median(floorPeaks);
      const ratio = spreadOf(peaks.map((p, i) => p / (floorPeaks[i] ?? Number.NaN)));
      options.log(
        `memory: ${pages} pages → ${peak.toFixed(0)} MB peak RSS, bare pdf-parse ${floorPeak.toFixed(0)} MB (${statuses.join(',')})`,
      );
      const goal = pages === 100;
      rows.push({
        measure: `${goal ? 'GOAL 4 ' : ''}memory: peak RSS ingesting a ${pages}-page PDF (fresh process, bundled handler), paired with bare pdf-parse on the same file`,
        value: `${peak.toFixed(0)} MB`,
        reference: `pdf-parse: ${floorPeak.toFixed(0)} MB`,
        ratio: formatRatioSpread(ratio),
        goal: goal ? '≤ 1.3×' : '—',
        met: goal ? ratio.median <= 1.3 : null,
        note: [
          `import and init only: ${baselineMb.toFixed(0)} MB`,
          // what stands before the goal: the process that has only imported and started its parser
          // thread (two V8 isolates, the SDK, zod) against the whole peak of bare pdf-parse
          ...(goal
            ? [
                `blocker: the import and init alone are ${times(baselineMb / floorPeak)} pdf-parse's whole peak; the goal leaves ${(1.3 * floorPeak).toFixed(0)} MB for all of it`,
              ]
            : []),
          ...(statuses.every((s) => s === 'published') ? [] : [`ingest statuses: ${statuses.join(', ')}`]),
        ].join('; '),
      });
    }
    const first = rows[0];
    const last = rows.at(-1);
    if (first && last && first !== last) {
      const growth = Number.parseFloat(last.value) - Number.parseFloat(first.value);
      const fixed = Number.parseFloat(first.value) - baselineMb;
      last.note = [
        last.note,
        `${sizes[0]} → ${sizes.at(-1)} pages adds ${growth.toFixed(0)} MB; ingesting at all adds ${fixed.toFixed(0)} MB over the process that only imports and inits (the parser thread's own V8 isolate with pdf.js, SDK connections)`,
      ]
        .filter(Boolean)
        .join('; ');
    }
    deps.dynamo.destroy();
    deps.s3.destroy();
    return rows;
  } finally {
    temp.remove();
  }
}
