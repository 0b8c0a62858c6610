// End to end: N uploads through the archivists' CLI (`npm run upload -- --wait --json`) into a local
// stack started here, until every upload has a terminal status: wall time and documents per minute,
// against the in-process extraction floor for the same PDFs (what the pipeline adds around parsing).
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { LOCAL_ENV } from '../shared/config.ts';
import { extractCase } from '../shared/extraction/extract-case.ts';
import { extractText } from '../shared/pdf/extract-text.ts';
import { makeTempDir, readCorpusPdfs, withMarker } from './bench-inputs.ts';
import { startBenchStack } from './bench-services.ts';
import { childOutput } from './child-output.ts';
import { type BenchOptions, type BenchRow, median, ms, times } from './report.ts';

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

    // the floor: the same files extracted in this process, one after another, after a warm-up
    const files = fs.readdirSync(temp.dir).map((name) => fs.readFileSync(path.join(temp.dir, name)));
    for (const pdf of corpus) extractCase((await extractText(pdf.bytes)).pages);
    const floorStarted = performance.now();
    const floorCpu = process.cpuUsage();
    for (const bytes of files) extractCase((await extractText(bytes)).pages);
    const floorMs = performance.now() - floorStarted;
    const floorCpuUsage = process.cpuUsage(floorCpu);
    const floorCpuMs = (floorCpuUsage.user + floorCpuUsage.system) / 1000;
    const floorPerMinute = count / (floorMs / 60_000);

    const bench = await startBenchStack('e2e');
    try {
      const env = {
        [LOCAL_ENV.apiUrl]: bench.stack.apiUrl,
        [LOCAL_ENV.s3Port]: String(bench.s3Port),
        [LOCAL_ENV.archivistToken]: bench.stack.archivist.token,
      };
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
      const before = {
        stack: process.cpuUsage(),
        store: cpuMsOf(pids.store),
        objects: cpuMsOf(pids.objects),
        cli: childrenCpuMs(),
      };
      const started = performance.now();
      const run = await runUploadCli(temp.dir, env, options.quick ? 300 : 1800);
      const wallMs = performance.now() - started;
      const stackCpu = process.cpuUsage(before.stack);
      const delta = (now: number | null, then: number | null) =>
        now === null || then === null ? null : now - then;
      const cpu = {
        stack: (stackCpu.user + stackCpu.system) / 1000,
        store: delta(cpuMsOf(pids.store), before.store),
        objects: delta(cpuMsOf(pids.objects), before.objects),
        cli: delta(childrenCpuMs(), before.cli),
      };
      const perDoc = (v: number | null) => (v === null ? '?' : ms(v / count));
      const cpuNote = `CPU per document: stack process ${perDoc(cpu.stack)}, DynamoDB Local ${perDoc(cpu.store)}, S3 emulator ${perDoc(cpu.objects)}, upload CLI ${perDoc(cpu.cli)}; in-process extraction ${perDoc(floorCpuMs)}`;
      options.log(`end to end: ${cpuNote}`);
      const pipelineMs = wallMs - startupMs;
      const ratio = pipelineMs / floorMs;
      const counts = new Map<string, number>();
      for (const line of run.lines) counts.set(line.status, (counts.get(line.status) ?? 0) + 1);
      const summary = [...counts].map(([s, n]) => `${n} ${s}`).join(', ') || 'no result lines';
      const perMinute = count / (wallMs / 60_000);
      options.log(`end to end: ${count} uploads in ${ms(wallMs)} (${perMinute.toFixed(0)}/min): ${summary}`);
      const complete = run.lines.length === count && run.code !== 2;
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
          note: `statuses: ${summary}; exit code ${run.code}; the CLI's start-up (\`npm run upload -- --help\`, median of 2) ${ms(startupMs)}, with it the whole run ${(wallMs / 1000).toFixed(1)} s (${perMinute.toFixed(0)} docs/min); ${cpuNote}${run.code === 2 ? `; stderr: ${run.stderr.trim().slice(-300)}` : ''}`,
        },
      ];
    } finally {
      await bench.stop();
    }
  } finally {
    temp.remove();
  }
}
