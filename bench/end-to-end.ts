// End to end: N uploads through the archivists' CLI (`npm run upload -- --wait --json`) into a local
// stack started here, until every upload has a terminal status: wall time and documents per minute,
// against the in-process extraction floor for the same PDFs (what the pipeline adds around parsing).
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Dependencies } from '../lambdas/dependencies.ts';
import { createPdfReader } from '../lambdas/pdf-reader.ts';
import { type Config, LOCAL_ENV } from '../shared/config.ts';
import { extractCase } from '../shared/extraction/extract-case.ts';
import { extractText } from '../shared/pdf/extract-text.ts';
import { makeTempDir, readCorpusPdfs, withMarker } from './bench-inputs.ts';
import { startBenchStack } from './bench-services.ts';
import { childOutput } from './child-output.ts';
import { type BenchOptions, type BenchRow, median, ms, times } from './report.ts';
import { countStoreRequests, formatCounts, mainThreadCpuMs, totalRequests } from './store-requests.ts';

const ROOT = path.resolve(import.meta.dirname, '..');

interface UploadLine {
  status: string;
  reason?: string | null;
}

/** CPU ms a process has used (Linux /proc; null elsewhere or when it is gone). */
function cpuMsOf(pid: number | null): number | null {
  if (pid === null) return null;
  try {
    const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
    // utime and stime (fields 14 and 15 of stat, counted from after the command name), in ticks
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100;
  } catch {
    return null;
  }
}

/** CPU ms of this process's waited-for children (the CLI's whole process tree once it exited). */
function childrenCpuMs(): number | null {
  try {
    const fields = fs.readFileSync('/proc/self/stat', 'utf8').split(') ')[1]?.split(' ') ?? [];
    return ((Number(fields[13]) + Number(fields[14])) * 1000) / 100;
  } catch {
    return null;
  }
}

async function runUploadCli(
  dir: string,
  env: Record<string, string>,
  timeoutS: number,
  extra: string[] = [],
): Promise<{ code: number | null; lines: UploadLine[]; stderr: string }> {
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const child = spawn(
    npm,
    [
      'run',
      '--silent',
      'upload',
      '--',
      ...(extra.length ? extra : ['--wait', '--json', '--timeout', String(timeoutS), dir]),
    ],
    { cwd: ROOT, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  const { code, stdout, stderr } = await childOutput(child);
  const lines = stdout
    .split('\n')
    .filter((l) => l.startsWith('{'))
    .map((l) => JSON.parse(l) as UploadLine);
  return { code, lines, stderr };
}

const cpuMsSince = (start: NodeJS.CpuUsage) => {
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
};

/** The floor: parse and extract every file in this process, one after another (wall and CPU). */
async function extractInProcess(files: readonly Uint8Array[]) {
  let parseCpuMs = 0;
  let extractCpuMs = 0;
  const started = performance.now();
  const cpu = process.cpuUsage();
  for (const bytes of files) {
    const parse = process.cpuUsage();
    const text = await extractText(bytes);
    parseCpuMs += cpuMsSince(parse);
    const extract = process.cpuUsage();
    extractCase(text.pages);
    extractCpuMs += cpuMsSince(extract);
  }
  return { wallMs: performance.now() - started, cpuMs: cpuMsSince(cpu), parseCpuMs, extractCpuMs };
}

/** Main-thread CPU ms of one small GetItem (the SDK's own cost per request), median of 5 runs of 100. */
async function sdkCpuPerRequest(deps: Pick<Dependencies, 'cases'>): Promise<number | null> {
  const runs: number[] = [];
  for (let run = 0; run < 5; run++) {
    const before = mainThreadCpuMs();
    for (let i = 0; i < 100; i++) await deps.cases.feedVersion();
    const after = mainThreadCpuMs();
    if (before === null || after === null) return null;
    runs.push((after - before) / 100);
  }
  return median(runs);
}

/** Every file through the stack's PDF reader (its capped threads), four at a time: process CPU. */
async function parseIsolated(files: readonly Uint8Array[], config: Config) {
  const reader = createPdfReader(config);
  try {
    // a first read starts the threads and loads pdf.js in them, as the stack's did long before
    await Promise.all(files.slice(0, config.parseThreads).map((bytes) => reader.read(bytes)));
    const cpu = process.cpuUsage();
    let next = 0;
    const worker = async () => {
      for (let i = next++; i < files.length; i = next++) await reader.read(files[i] as Uint8Array);
    };
    await Promise.all([worker(), worker(), worker(), worker()]);
    return { cpuMs: cpuMsSince(cpu) };
  } finally {
    await reader.close();
  }
}

export async function benchEndToEnd(options: BenchOptions): Promise<BenchRow[]> {
  const count = options.quick ? 20 : 200;
  const corpus = readCorpusPdfs();
  const temp = makeTempDir('e2e');
  try {
    // copies of the corpus with a marker after %%EOF: each a new upload with new bytes (not a
    // duplicate), though the 13 documents mean 13 cases, each updated by its later copies
    for (let i = 0; i < count; i++) {
      const pdf = corpus[i % corpus.length];
      if (!pdf) throw new Error('the corpus is empty');
      const name = `${String(i).padStart(4, '0')}-${pdf.name}`;
      fs.writeFileSync(path.join(temp.dir, name), withMarker(pdf.bytes, `bench-${i}`));
    }

    // the floor: the same files extracted in this process, one after another, after a warm-up;
    // taken before and after the pipeline's run (the machine is shared), their mean the floor
    const files = fs.readdirSync(temp.dir).map((name) => fs.readFileSync(path.join(temp.dir, name)));
    for (const pdf of corpus) extractCase((await extractText(pdf.bytes)).pages);
    const floors = [await extractInProcess(files)];

    const bench = await startBenchStack('e2e');
    try {
      const env = {
        [LOCAL_ENV.apiUrl]: bench.stack.apiUrl,
        [LOCAL_ENV.s3Port]: String(bench.s3Port),
        [LOCAL_ENV.archivistToken]: bench.stack.archivist.token,
      };
      // the parse as the stack runs it, measured before the run while the stack idles (isolated threads, PARSE_THREADS of them, several PDFs in
      // flight), against the in-process parse of the floor: what the isolation costs
      const isolated = await parseIsolated(files, bench.stack.deps.config);
      // what one store request costs this process by itself (the SDK: middleware, signing, HTTP,
      // (de)serialising), from a run of small reads: the SDK's share of the main thread's CPU
      const sdkPerRequest = await sdkCpuPerRequest(bench.stack.deps);
      // the CLI's own start-up (npm, tsx, its imports), counted apart: `--help` loads everything
      const startups: number[] = [];
      for (let i = 0; i < 2; i++) {
        const started = performance.now();
        await runUploadCli(temp.dir, env, 1, ['--help']);
        startups.push(performance.now() - started);
      }
      const startupMs = median(startups);
      // where the CPU goes: this process (the stack: queue, handler, parser threads, API), the
      // emulators, and the CLI's process tree (counted once it has exited)
      const pids = bench.stack.services.pids();
      // every request the stack's clients send (the ingests' and the API's, which the CLI polls)
      const requests = countStoreRequests(bench.stack.deps);
      const before = {
        main: mainThreadCpuMs(),
        stack: process.cpuUsage(),
        store: cpuMsOf(pids.store),
        objects: cpuMsOf(pids.objects),
        cli: childrenCpuMs(),
      };
      const started = performance.now();
      const run = await runUploadCli(temp.dir, env, options.quick ? 300 : 1800);
      const wallMs = performance.now() - started;
      const stackCpu = process.cpuUsage(before.stack);
      const mainCpu = mainThreadCpuMs();
      requests.stop();
      const delta = (now: number | null, then: number | null) =>
        now === null || then === null ? null : now - then;
      const cpu = {
        stack: (stackCpu.user + stackCpu.system) / 1000,
        store: delta(cpuMsOf(pids.store), before.store),
        objects: delta(cpuMsOf(pids.objects), before.objects),
        cli: delta(childrenCpuMs(), before.cli),
      };
      const perDoc = (v: number | null) => (v === null ? '?' : ms(v / count));
      const main = delta(mainCpu, before.main);
      const cpuNote = `CPU per document: stack process ${perDoc(cpu.stack)} (main thread ${perDoc(main)}: queue, handler, SDK clients, API; other threads ${perDoc(main === null ? null : cpu.stack - main)}: the parser threads, GC), DynamoDB Local ${perDoc(cpu.store)}, S3 emulator ${perDoc(cpu.objects)}, upload CLI ${perDoc(cpu.cli)}; in-process extraction ${perDoc(floors[0]?.cpuMs ?? null)}`;
      options.log(`end to end: ${cpuNote}`);
      const dynamoRequests = totalRequests(requests.counts, 'dynamodb');
      const listings = [...requests.counts.byCommand]
        .filter(([name]) => name.startsWith('dynamodb Query GSI2'))
        .reduce((n, [, c]) => n + c, 0);
      const listingItems = [...requests.counts.itemsRead]
        .filter(([name]) => name.startsWith('dynamodb Query GSI2'))
        .reduce((n, [, c]) => n + c, 0);
      const requestNote = `store requests per document: ${formatCounts(requests.counts.byCommand, count)} (${(totalRequests(requests.counts) / count).toFixed(1)} in all; the ingest listing the CLI polls: ${listings} queries reading ${listingItems} items in the run); DynamoDB Local CPU per request ${cpu.store === null ? '?' : ms(cpu.store / Math.max(1, dynamoRequests))}`;
      options.log(`end to end: ${requestNote}`);
      const sdkNote =
        sdkPerRequest === null
          ? 'SDK CPU per request: ? (no /proc)'
          : `one small store request costs this process ${ms(sdkPerRequest)} of main-thread CPU by itself (the SDK; a GetItem to DynamoDB Local, median of 5 runs of 100), so the ${(totalRequests(requests.counts) / count).toFixed(1)} requests a document about ${ms((sdkPerRequest * totalRequests(requests.counts)) / count)} of its main thread's ${perDoc(main)}`;
      options.log(`end to end: ${sdkNote}`);
      floors.push(await extractInProcess(files));
      const floorMs = floors.reduce((sum, f) => sum + f.wallMs, 0) / floors.length;
      const floorCpuMs = median(floors.map((f) => f.cpuMs));
      const floorPerMinute = count / (floorMs / 60_000);
      const floorParseCpu = median(floors.map((f) => f.parseCpuMs));
      const parseNote = `the PDF reader as the stack runs it (${bench.stack.deps.config.parseThreads} capped parser threads) ${ms(isolated.cpuMs / count)} of CPU a document against ${ms(floorParseCpu / count)} for the in-process parse (extractText) and ${ms(median(floors.map((f) => f.extractCpuMs)) / count)} for extractCase`;
      options.log(`end to end: ${parseNote}`);
      const pipelineMs = wallMs - startupMs;
      const ratio = pipelineMs / floorMs;
      const counts = new Map<string, number>();
      for (const line of run.lines) counts.set(line.status, (counts.get(line.status) ?? 0) + 1);
      const summary = [...counts].map(([s, n]) => `${n} ${s}`).join(', ') || 'no result lines';
      const perMinute = count / (wallMs / 60_000);
      options.log(`end to end: ${count} uploads in ${ms(wallMs)} (${perMinute.toFixed(0)}/min): ${summary}`);
      const complete = run.lines.length === count && run.code !== 2;
      // what the machine allows at best: every process's CPU spread evenly over every core
      const cores = os.cpus().length;
      const allCpu = cpu.stack + (cpu.store ?? 0) + (cpu.objects ?? 0) + (cpu.cli ?? 0);
      const emulatorCpu = (cpu.store ?? 0) + (cpu.objects ?? 0);
      const boundNote = `all processes' CPU ${ms(allCpu / count)} a document, ${times(allCpu / floorCpuMs)} the floor's; on ${cores} cores it (${(allCpu / 1000).toFixed(1)} s) takes at least ${(allCpu / cores / 1000).toFixed(1)} s, ${times(allCpu / cores / floorMs)} the floor; the emulators' share alone (DynamoDB Local + S3 emulator, ${(emulatorCpu / 1000).toFixed(1)} s) at least ${(emulatorCpu / cores / 1000).toFixed(1)} s, ${times(emulatorCpu / cores / floorMs)} the floor, and the stack process's alone ${times(cpu.stack / cores / floorMs)}`;
      options.log(`end to end: ${boundNote}`);
      return [
        {
          measure: `GOAL 5 end to end: ${count} uploads through the local stack (npm run upload --wait until terminal, the CLI's start-up taken out) over in-process extraction of the same files`,
          value: complete
            ? `${(pipelineMs / 1000).toFixed(1)} s, ${(count / (pipelineMs / 60_000)).toFixed(0)} docs/min`
            : `incomplete after ${(wallMs / 1000).toFixed(1)} s`,
          reference: `in-process: ${(floorMs / 1000).toFixed(1)} s, ${floorPerMinute.toFixed(0)} docs/min`,
          ratio: times(ratio),
          goal: '≤ 1.5×',
          met: complete && ratio <= 1.5,
          note: `statuses: ${summary}; exit code ${run.code}; floor before / after the run ${floors.map((f) => `${(f.wallMs / 1000).toFixed(1)} s`).join(' / ')} (CPU ${ms(floorCpuMs / count)} a document); the CLI's start-up (\`npm run upload -- --help\`, median of 2) ${ms(startupMs)}, with it the whole run ${(wallMs / 1000).toFixed(1)} s (${perMinute.toFixed(0)} docs/min); ${cpuNote}; ${requestNote}; ${sdkNote}; ${parseNote}; ${boundNote}${run.code === 2 ? `; stderr: ${run.stderr.trim().slice(-300)}` : ''}`,
        },
      ];
    } finally {
      await bench.stop();
    }
  } finally {
    temp.remove();
  }
}
