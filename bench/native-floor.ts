// Against the native floor: pages per second of our full extract (pdf.js in Node) vs poppler's
// `pdftotext` on generated 20–100 page utlåtanden. Anchors how much of ingest time is the choice of
// a pure-JS PDF library (goal: at most 3× slower than native). Skipped when pdftotext is missing.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { extractCase } from '../shared/extraction/extract-case.ts';
import { extractText } from '../shared/pdf/extract-text.ts';
import { makeTempDir, writeGeneratedPdf } from './bench-inputs.ts';
import { type BenchOptions, type BenchRow, median, perSecond, skippedRow, times } from './report.ts';

const MEASURE = 'native floor: pages/s, our extract vs pdftotext (generated 20–100 pp)';
const GOAL = '≤ 3× slower';

function hasPdftotext(): boolean {
  const probe = spawnSync('pdftotext', ['-v'], { stdio: 'ignore' });
  return !probe.error;
}

function runPdftotext(file: string): void {
  const out = spawnSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { maxBuffer: 64 * 1024 * 1024 });
  if (out.status !== 0) throw new Error(`pdftotext failed on ${file}: ${out.stderr?.toString()}`);
}

export async function benchNativeFloor(options: BenchOptions): Promise<BenchRow[]> {
  if (!hasPdftotext()) {
    return [skippedRow(MEASURE, GOAL, 'pdftotext is not installed (apt-get install -y poppler-utils)')];
  }
  const sizes = options.quick ? [20, 50] : [20, 50, 100];
  const rounds = options.quick ? 1 : 5;
  const temp = makeTempDir('native');
  try {
    const files = sizes.map((pages, i) => writeGeneratedPdf(temp.dir, pages, 100 + i));
    const bytes = files.map((f) => fs.readFileSync(f));
    const totalPages = sizes.reduce((a, b) => a + b, 0);
    // warm-up of both
    for (const b of bytes) extractCase((await extractText(b)).pages);
    for (const f of files) runPdftotext(f);
    const ours: number[] = [];
    const native: number[] = [];
    for (let round = 0; round < rounds; round++) {
      let started = performance.now();
      for (const b of bytes) extractCase((await extractText(b)).pages);
      ours.push(totalPages / ((performance.now() - started) / 1000));
      started = performance.now();
      for (const f of files) runPdftotext(f);
      native.push(totalPages / ((performance.now() - started) / 1000));
    }
    const oursRate = median(ours);
    const nativeRate = median(native);
    const slowdown = nativeRate / oursRate;
    options.log(`native floor: ours ${perSecond(oursRate)} pages, pdftotext ${perSecond(nativeRate)} pages`);
    return [
      {
        measure: MEASURE,
        value: `${perSecond(oursRate)} pages`,
        reference: `${perSecond(nativeRate)} pages`,
        ratio: `${times(slowdown)} slower`,
        goal: GOAL,
        met: slowdown <= 3,
        note: 'pdftotext is timed as a process per file (spawn included), as a native pipeline would run it',
      },
    ];
  } finally {
    temp.remove();
  }
}
