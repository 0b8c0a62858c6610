// OCR cost per page and peak memory: the OCR function's bundle (built and fitted out exactly as the
// CDK app does) reads the committed scans in a fresh Node process, beside the floor of Debian's
// native `tesseract` CLI on the same pages (rendered by poppler's pdftoppm at the same 300 dpi, one
// thread: tesseract.js is single-threaded wasm). Decides the OCR function's memory and timeout.
import { execSync, spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';
import { buildBundlingOptions } from '../cdk/constructs/node-function.ts';
import { ocrBundling, shipOcrRuntime } from '../cdk/constructs/ocr-pipeline.ts';
import { makeTempDir } from './bench-inputs.ts';
import { lastJsonLine } from './child-output.ts';
import { toEsbuildOptions } from './lambda-bundles.ts';
import { type BenchOptions, type BenchRow, median, skippedRow, times } from './report.ts';

const ROOT = path.resolve(import.meta.dirname, '..');
const SCANS = [
  'test/fixtures/ocr/38-lund-vegetarisk-norm.scan-300dpi.pdf',
  'test/fixtures/ocr/38-lund-vegetarisk-norm.scan-100dpi-skewed.pdf',
];
const SPEED = 'OCR: seconds a page, OCR bundle (pdf.js render + tesseract.js) vs tesseract CLI';
const MEMORY = 'OCR: peak RSS reading the scans (fresh process, bundled OCR reader)';
const SPEED_GOAL = '≤ 2.5× the CLI';
const MEMORY_GOAL = '≤ 1536 MB (¾ of the 2048 MB function)';

/** Imports the bundle, warms the reader on a first scan, then times the reads; prints one JSON line. */
const DRIVER = `
const [bundle, ...files] = process.argv.slice(2);
const { readFileSync } = await import('node:fs');
const mod = await import(bundle);
const reader = mod.createOcrReader({ parseMaxInflatedMb: 256, ocr: { timeoutMs: 600000, memoryMb: 4096, maxPages: 200, dpi: 300, maxPagePixels: 40e6, maxImagePixels: 150e6, threads: 1 } });
const inputs = files.map((f) => new Uint8Array(readFileSync(f)));
await reader.read(inputs[0]);
const runs = [];
for (const bytes of inputs) {
  const started = performance.now();
  const text = await reader.read(bytes);
  runs.push({ ms: performance.now() - started, pages: text.readings.filter((r) => r.source === 'ocr').length });
}
await reader.close();
console.log(JSON.stringify({ runs, maxRssKb: process.resourceUsage().maxRSS }));
process.exit(0);
`;

async function buildOcrBundle(dir: string): Promise<string> {
  const bundling = buildBundlingOptions(ocrBundling());
  const outdir = path.join(dir, 'ocr');
  const outfile = path.join(outdir, 'index.mjs');
  await build(toEsbuildOptions(bundling, path.join(ROOT, 'lambdas', 'ocr-document.ts'), outfile));
  for (const command of shipOcrRuntime(ROOT, outdir))
    execSync(command, { stdio: 'ignore', shell: '/bin/sh' });
  return outfile;
}

function runDriver(
  driver: string,
  bundle: string,
  files: string[],
): Promise<{ runs: { ms: number; pages: number }[]; maxRssKb: number }> {
  const child = spawn(process.execPath, [driver, bundle, ...files], {
    env: {
      PATH: process.env.PATH ?? '',
      AWS_REGION: 'eu-north-1',
      AWS_SDK_JS_SUPPRESS_NODE_VERSION_WARNING: '1',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return lastJsonLine(child, 'OCR driver');
}

function hasTesseractSwedish(): boolean {
  const probe = spawnSync('tesseract', ['--list-langs'], { encoding: 'utf8' });
  return !probe.error && probe.status === 0 && /^swe$/m.test(`${probe.stdout}${probe.stderr}`);
}

/** Peak RSS of a child from /proc (VmHWM, the high-water mark), sampled until it exits. */
function runMeasured(
  command: string,
  args: string[],
  env: Record<string, string>,
): Promise<{ ms: number; peakKb: number }> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(command, args, { env: { ...process.env, ...env }, stdio: 'ignore' });
    let peakKb = 0;
    const sample = () => {
      try {
        const status = fs.readFileSync(`/proc/${child.pid}/status`, 'utf8');
        peakKb = Math.max(peakKb, Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? 0));
      } catch {
        // exited between two samples
      }
    };
    const timer = setInterval(sample, 10);
    child.once('error', reject);
    child.once('exit', (code) => {
      clearInterval(timer);
      if (code !== 0) reject(new Error(`${command} exited ${code}`));
      else resolve({ ms: performance.now() - started, peakKb });
    });
  });
}

/** The CLI floor on one scan: pdftoppm at 300 dpi, then tesseract on each page, single-threaded. */
async function runNativeFloor(
  file: string,
  dir: string,
): Promise<{ ms: number; pages: number; peakKb: number }> {
  const prefix = path.join(dir, path.basename(file, '.pdf'));
  const render = await runMeasured('pdftoppm', ['-r', '300', '-gray', file, prefix], {});
  const images = fs
    .readdirSync(dir)
    .filter((f) => f.startsWith(path.basename(prefix)) && f.endsWith('.pgm'))
    .map((f) => path.join(dir, f));
  let ms = render.ms;
  let peakKb = render.peakKb;
  for (const image of images) {
    const read = await runMeasured('tesseract', [image, `${image}.out`, '-l', 'swe', '--dpi', '300'], {
      OMP_THREAD_LIMIT: '1',
    });
    ms += read.ms;
    peakKb = Math.max(peakKb, read.peakKb);
  }
  return { ms, pages: images.length, peakKb };
}

export async function benchOcr(options: BenchOptions): Promise<BenchRow[]> {
  const temp = makeTempDir('ocr');
  try {
    const files = (options.quick ? SCANS.slice(0, 1) : SCANS).map((f) => path.join(ROOT, f));
    const bundle = await buildOcrBundle(temp.dir);
    const driver = path.join(temp.dir, 'driver.mjs');
    fs.writeFileSync(driver, DRIVER);
    const rounds = options.quick ? 1 : 3;
    const perPage: number[] = [];
    const peaks: number[] = [];
    for (let round = 0; round < rounds; round++) {
      const run = await runDriver(driver, bundle, files);
      const ms = run.runs.reduce((sum, r) => sum + r.ms, 0);
      const pages = run.runs.reduce((sum, r) => sum + r.pages, 0);
      perPage.push(ms / 1000 / pages);
      peaks.push(run.maxRssKb / 1024);
    }
    const ours = median(perPage);
    const peakMb = median(peaks);
    options.log(`ocr: ${ours.toFixed(2)} s/page, peak RSS ${peakMb.toFixed(0)} MB`);

    let floor: { perPage: number; peakMb: number } | null = null;
    if (hasTesseractSwedish()) {
      const floors: { perPage: number; peakMb: number }[] = [];
      for (let round = 0; round < rounds; round++) {
        const dir = fs.mkdtempSync(path.join(temp.dir, 'cli-'));
        let ms = 0;
        let pages = 0;
        let peakKb = 0;
        for (const file of files) {
          const run = await runNativeFloor(file, dir);
          ms += run.ms;
          pages += run.pages;
          peakKb = Math.max(peakKb, run.peakKb);
        }
        floors.push({ perPage: ms / 1000 / pages, peakMb: peakKb / 1024 });
      }
      floor = { perPage: median(floors.map((f) => f.perPage)), peakMb: median(floors.map((f) => f.peakMb)) };
      options.log(
        `ocr: tesseract CLI ${floor.perPage.toFixed(2)} s/page, peak RSS ${floor.peakMb.toFixed(0)} MB`,
      );
    }
    const missing = 'tesseract CLI not installed (apt-get install -y tesseract-ocr tesseract-ocr-swe)';
    return [
      {
        measure: SPEED,
        value: `${ours.toFixed(2)} s/page`,
        reference: floor ? `${floor.perPage.toFixed(2)} s/page` : 'skipped',
        ratio: floor ? times(ours / floor.perPage) : '—',
        goal: SPEED_GOAL,
        met: floor ? ours / floor.perPage <= 2.5 : null,
        note: floor
          ? 'ours: render + OCR per page, thread and Tesseract already started; CLI: pdftoppm + one tesseract process per page, OMP_THREAD_LIMIT=1'
          : missing,
      },
      {
        measure: MEMORY,
        value: `${peakMb.toFixed(0)} MB`,
        reference: floor ? `tesseract CLI ${floor.peakMb.toFixed(0)} MB` : 'skipped',
        ratio: floor ? times(peakMb / floor.peakMb) : '—',
        goal: MEMORY_GOAL,
        met: peakMb <= 1536,
        note: "ours: the whole process (Node, pdf.js, canvas, Tesseract's wasm thread); CLI: VmHWM of each tesseract process",
      },
    ];
  } catch (error) {
    return [skippedRow(SPEED, SPEED_GOAL, `failed: ${(error as Error).message.split('\n')[0]}`)];
  } finally {
    temp.remove();
  }
}
