// `npm run bench [-- --quick] [-- --only NAME,…]`: runs every benchmark, prints one table (each
// measure beside its same-run reference and its goal), and after a full run writes BENCHMARKS.md.
// Benchmarks measure and report; nothing here asserts on a timing.
import '../local/quiet-sdk-warning.ts';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { stopSharedServices } from './bench-services.ts';
import { removeLambdaBundles } from './lambda-bundles.ts';
import {
  type BenchOptions,
  type BenchRow,
  formatMarkdownTable,
  formatNotes,
  formatTable,
  skippedRow,
} from './report.ts';

interface Benchmark {
  name: string;
  /** What the table shows if the benchmark cannot run at all. */
  measure: string;
  goal: string;
  // imported lazily: a module the others are editing that fails to load breaks one row, not the run
  run: (options: BenchOptions) => Promise<BenchRow[]>;
}

const BENCHMARKS: Benchmark[] = [
  {
    name: 'extraction',
    measure: 'extract overhead: full extract vs bare pdf-parse',
    goal: '≤ 1.10×',
    run: async (o) => (await import('./extraction-overhead.ts')).benchExtractionOverhead(o),
  },
  {
    name: 'native',
    measure: 'native floor: pages/s vs pdftotext',
    goal: '≤ 3× slower',
    run: async (o) => (await import('./native-floor.ts')).benchNativeFloor(o),
  },
  {
    name: 'cold',
    measure: 'GOALS 1–2 cold paths of the bundled functions vs their floors',
    goal: 'ingest ≤ 1.3×, API ≤ 1.5×, API ≤ 1 MB',
    run: async (o) => (await import('./cold-start.ts')).benchColdStart(o),
  },
  {
    name: 'memory',
    measure: 'GOAL 4 memory: peak RSS ingesting 1/20/100 pages vs bare pdf-parse',
    goal: '≤ 1.3× at 100 pages',
    run: async (o) => (await import('./memory.ts')).benchMemory(o),
  },
  {
    name: 'ocr',
    measure: 'OCR: seconds a page and peak RSS vs the tesseract CLI',
    goal: '≤ 2.5× the CLI; ≤ 1536 MB',
    run: async (o) => (await import('./ocr.ts')).benchOcr(o),
  },
  {
    name: 'feed',
    measure: 'GOAL 3 feed under load vs serving from memory; scale',
    goal: 'c=64 ≥ 0.8×, uncached CPU ≤ 2× JSON; 50k/1k ≤ 1.3',
    run: async (o) => (await import('./feed.ts')).benchFeed(o),
  },
  {
    name: 'search',
    measure: 'full-text search: index size/load and q latency at 1k and 50k cases',
    goal: 'search p99 ≤ 2× unfiltered listing p99',
    run: async (o) => (await import('./search.ts')).benchSearch(o),
  },
  {
    name: 'corrections',
    measure: 'corrections and the review queue',
    goal: 'correction ≤ 2× a publish; /review ≤ 2× the listing',
    run: async (o) => (await import('./corrections.ts')).benchCorrections(o),
  },
  {
    name: 'reliability',
    measure: 'reliability: uploads while the store is killed and restored',
    goal: 'lost 0, duplicates 0',
    run: async (o) => (await import('./chaos.ts')).benchReliability(o),
  },
  {
    name: 'e2e',
    measure: 'GOAL 5 end to end uploads vs in-process extraction',
    goal: '≤ 1.5×',
    run: async (o) => (await import('./end-to-end.ts')).benchEndToEnd(o),
  },
];

const loadAverage = () =>
  os
    .loadavg()
    .map((l) => l.toFixed(2))
    .join(' / ');

function describeMachine(): string {
  const cpus = os.cpus();
  return `${cpus.length} cores (${cpus[0]?.model.trim() ?? 'unknown CPU'}), ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB RAM, ${os.type()} ${os.release()}, Node ${process.version}; load average at start ${loadAverage()}`;
}

/** The rows of issue 16's five goals (their measure starts with GOAL), in goal order. */
const goalRows = (rows: readonly BenchRow[]) =>
  rows.filter((r) => /^GOALS? \d/.test(r.measure)).sort((a, b) => a.measure.localeCompare(b.measure));

function toBenchmarksMd(
  rows: readonly BenchRow[],
  info: { date: string; command: string; machine: string; minutes: number; loadAtEnd: string },
) {
  const notes = formatNotes(rows).map((n) => `- ${n}`);
  const template = fs.readFileSync(path.join(import.meta.dirname, 'benchmarks-md.template.md'), 'utf8');
  return template
    .replace('{{date}}', info.date)
    .replace('{{command}}', info.command)
    .replace('{{machine}}', info.machine)
    .replace('{{minutes}}', info.minutes.toFixed(1))
    .replace('{{loadAtEnd}}', info.loadAtEnd)
    .replace('{{goals}}', () => formatMarkdownTable(goalRows(rows)))
    .replace('{{table}}', () => formatMarkdownTable(rows))
    .replace('{{notes}}', () => notes.join('\n') || '- none');
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      quick: { type: 'boolean', default: false },
      only: { type: 'string' },
      write: { type: 'boolean', default: false },
    },
  });
  const quick = values.quick ?? false;
  const only = values.only ? new Set(values.only.split(',')) : null;
  const selected = BENCHMARKS.filter((b) => !only || only.has(b.name));
  if (selected.length === 0)
    throw new Error(`--only names none of: ${BENCHMARKS.map((b) => b.name).join(', ')}`);
  const machine = describeMachine();
  const startedAt = new Date();
  const started = performance.now();
  const elapsed = () => `${((performance.now() - started) / 1000).toFixed(0).padStart(4)} s`;
  const options: BenchOptions = { quick, log: (m) => console.error(`[${elapsed()}] ${m}`) };
  console.error(`bench${quick ? ' --quick' : ''}: ${machine}`);

  const rows: BenchRow[] = [];
  try {
    for (const bench of selected) {
      options.log(`${bench.name}: starting`);
      try {
        rows.push(...(await bench.run(options)));
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        options.log(`${bench.name}: FAILED: ${message}`);
        rows.push(skippedRow(bench.measure, bench.goal, `failed: ${message.split('\n')[0]}`));
      }
    }
  } finally {
    removeLambdaBundles();
    await stopSharedServices();
  }

  const minutes = (performance.now() - started) / 60_000;
  const loadAtEnd = loadAverage();
  console.log(`\n${formatTable(rows)}\n`);
  for (const note of formatNotes(rows)) console.log(`- ${note}`);
  const goals = goalRows(rows);
  if (goals.length) console.log(`\nThe goals of issue 16, each beside its floor:\n\n${formatTable(goals)}`);
  const missed = rows.filter((r) => r.met === false).length;
  console.log(
    `\n${missed} goal(s) missed; ${minutes.toFixed(1)} min${quick ? ' (quick mode)' : ''}; load average at start ${machine.split('load average at start ')[1] ?? '?'}, at end ${loadAtEnd}`,
  );

  if ((!quick && !only) || values.write) {
    const command = `npm run bench${quick || only ? ` -- ${process.argv.slice(2).join(' ')}` : ''}`;
    const file = path.resolve(import.meta.dirname, '..', 'BENCHMARKS.md');
    fs.writeFileSync(
      file,
      toBenchmarksMd(rows, { date: startedAt.toISOString(), command, machine, minutes, loadAtEnd }),
    );
    console.log(`wrote ${path.relative(process.cwd(), file)}`);
  }
}

try {
  await main();
} catch (error) {
  console.error(`bench: ${(error as Error).message}`);
  process.exitCode = 1;
}
