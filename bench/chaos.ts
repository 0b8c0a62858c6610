// `npm run chaos [-- --uploads N --kills K --parts store,objects --deadline SECONDS]`, and the
// reliability row of `npm run bench`: N uploads into a real local stack while DynamoDB Local (and
// optionally the S3 emulator) is killed with SIGKILL and restored K times, then a bounded wait.
// Counts uploads that reached a terminal status, duplicates (an upload with two ingest rows, a case
// published twice, a false `duplicate`) and lost ones (no terminal status by the deadline; must be
// 0). An upload counts once the S3 emulator acknowledged it; a refused PUT is retried, as a client would.
import '../local/quiet-sdk-warning.ts';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { isTerminalStatus } from '../shared/model/ingest-record.ts';
import { utlatandePdf } from '../test/fixtures/hostile/text-pdf.ts';
import { startBenchStack } from './bench-services.ts';
import { type BenchOptions, type BenchRow, median, ms } from './report.ts';

export type ChaosPart = 'store' | 'objects';

export interface ChaosOptions {
  uploads: number;
  kills: number;
  parts: readonly ChaosPart[];
  /** Most time to wait, after the last upload and kill, for every upload to end. */
  deadlineMs: number;
  log: (message: string) => void;
}

export interface ChaosResult {
  uploads: number;
  kills: { part: ChaosPart; outageMs: number }[];
  terminal: number;
  published: number;
  /** Terminal but not published: each with its status and reason. */
  otherwise: Record<string, number>;
  duplicates: number;
  lost: number;
  /** From the last kill's recovery until every upload had ended. */
  settleMs: number;
  wallMs: number;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function retrying(action: () => Promise<unknown>, giveUpAt: number): Promise<boolean> {
  while (Date.now() < giveUpAt) {
    try {
      await action();
      return true;
    } catch {
      await sleep(100);
    }
  }
  return false;
}

export async function runChaos(options: ChaosOptions): Promise<ChaosResult> {
  const started = performance.now();
  const bench = await startBenchStack('chaos', { sweepIntervalMs: 1_000, staleAfterMs: 5_000 });
  const { stack } = bench;
  const s3 = new S3Client({
    region: 'eu-north-1',
    endpoint: stack.s3Endpoint,
    forcePathStyle: true,
    credentials: { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' },
    requestChecksumCalculation: 'WHEN_REQUIRED',
    maxAttempts: 1,
  });
  try {
    const run = String(Date.now()).slice(-5);
    const uploads = Array.from({ length: options.uploads }, (_, i) => ({
      key: `uploads/chaos-${run}/case-${String(i).padStart(4, '0')}.pdf`,
      dnr: `2087/${run}${String(i).padStart(4, '0')}`,
      acknowledged: false,
    }));
    // uploads spread over the kills (about 2.5 s each): eight at a time, paced to span them
    const paceMs = Math.max(40, Math.round(((options.kills + 1) * 2_500 * 8) / options.uploads));
    let next = 0;
    const putAll = Promise.all(
      Array.from({ length: 8 }, async () => {
        while (next < uploads.length) {
          const upload = uploads[next++];
          if (!upload) break;
          const body = utlatandePdf({ diarienummer: upload.dnr, title: `Motion om kaos nummer ${next}` });
          upload.acknowledged = await retrying(
            () => s3.send(new PutObjectCommand({ Bucket: stack.bucket, Key: upload.key, Body: body })),
            Date.now() + 60_000,
          );
          await sleep(paceMs);
        }
      }),
    );
    const kills: ChaosResult['kills'] = [];
    for (let k = 0; k < options.kills; k++) {
      await sleep(700);
      const part = options.parts[k % options.parts.length] ?? 'store';
      const pid = stack.services.pids()[part];
      if (!pid) throw new Error(`no process for ${part}`);
      const killedAt = performance.now();
      process.kill(pid, 'SIGKILL');
      // the supervisor notices the exit and restarts the child on the same data dir
      const giveUpAt = Date.now() + 60_000;
      while (stack.services.pids()[part] === pid || !stack.services.isUp()) {
        if (Date.now() > giveUpAt) throw new Error(`${part} did not come back within 60 s`);
        await sleep(20);
      }
      kills.push({ part, outageMs: performance.now() - killedAt });
      options.log(
        `chaos: killed ${part} (${k + 1}/${options.kills}), back in ${ms(kills.at(-1)?.outageMs ?? 0)}`,
      );
    }
    await putAll;
    const recovered = performance.now();

    // bounded wait: every acknowledged upload with a terminal status, or the deadline
    const deadline = Date.now() + options.deadlineMs;
    let rows: Awaited<ReturnType<typeof stack.deps.ingests.list>>['items'][] = [];
    for (;;) {
      rows = await Promise.all(
        uploads.map(async (u) => (await stack.deps.ingests.list({ key: u.key, limit: 10 })).items),
      );
      const open = rows.filter(
        (r, i) => uploads[i]?.acknowledged && !r.some((x) => isTerminalStatus(x.status)),
      );
      if (open.length === 0 || Date.now() > deadline) break;
      await sleep(250);
    }
    const settleMs = performance.now() - recovered;

    let terminal = 0;
    let published = 0;
    let duplicates = 0;
    let lost = 0;
    const otherwise: Record<string, number> = {};
    for (const [i, upload] of uploads.entries()) {
      if (!upload.acknowledged) continue;
      const mine = rows[i] ?? [];
      const ended = mine.filter((r) => isTerminalStatus(r.status));
      if (ended.length === 0) {
        lost++;
        continue;
      }
      terminal++;
      if (mine.length > 1) duplicates++;
      const status = ended[0]?.status;
      if (status === 'duplicate') duplicates++;
      if (status === 'published') {
        published++;
        const caseId = ended[0]?.caseId ?? '';
        // each upload is a fresh case: a second revision means it was published twice
        if (await stack.deps.cases.getRevision(caseId, 2)) duplicates++;
      } else {
        const label = `${status}${ended[0]?.reason ? `: ${ended[0].reason}` : ''}`;
        otherwise[label] = (otherwise[label] ?? 0) + 1;
      }
    }
    return {
      uploads: uploads.filter((u) => u.acknowledged).length,
      kills,
      terminal,
      published,
      otherwise,
      duplicates,
      lost,
      settleMs,
      wallMs: performance.now() - started,
    };
  } finally {
    s3.destroy();
    await bench.stop();
  }
}

export function toBenchRow(result: ChaosResult, options: Pick<ChaosOptions, 'kills' | 'parts'>): BenchRow {
  const names = { store: 'DynamoDB Local', objects: 'the S3 emulator' } as const;
  const parts = options.parts.map((p) => names[p]).join(' and ');
  const are = options.parts.length > 1 ? 'are' : 'is';
  const others = Object.entries(result.otherwise).map(([label, n]) => `${n} ${label}`);
  return {
    measure: `reliability: ${result.uploads} uploads while ${parts} ${are} killed (SIGKILL) and restored ${options.kills}×`,
    value: `${result.terminal}/${result.uploads} terminal, ${result.duplicates} duplicates, ${result.lost} lost`,
    reference: `outage median ${ms(median(result.kills.map((k) => k.outageMs)))}, settled ${ms(result.settleMs)} after`,
    ratio: '—',
    goal: 'lost 0, duplicates 0',
    met: result.lost === 0 && result.duplicates === 0 && result.terminal === result.uploads,
    note: `${result.published} published${others.length ? `, ${others.join(', ')}` : ''}; ${(result.wallMs / 1000).toFixed(0)} s in all`,
  };
}

/** The row in `npm run bench`: DynamoDB Local killed 3× (quick) or both emulators 6× over 200 uploads. */
export async function benchReliability(options: BenchOptions): Promise<BenchRow[]> {
  const chaos: ChaosOptions = options.quick
    ? { uploads: 40, kills: 3, parts: ['store'], deadlineMs: 120_000, log: options.log }
    : { uploads: 200, kills: 6, parts: ['store', 'objects'], deadlineMs: 300_000, log: options.log };
  return [toBenchRow(await runChaos(chaos), chaos)];
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      uploads: { type: 'string', default: '100' },
      kills: { type: 'string', default: '4' },
      parts: { type: 'string', default: 'store' },
      deadline: { type: 'string', default: '180' },
    },
  });
  const parts = (values.parts ?? 'store').split(',') as ChaosPart[];
  if (parts.some((p) => p !== 'store' && p !== 'objects')) {
    console.error('chaos: --parts is a comma-separated list of store, objects');
    return 2;
  }
  const options: ChaosOptions = {
    uploads: Number(values.uploads),
    kills: Number(values.kills),
    parts,
    deadlineMs: Number(values.deadline) * 1000,
    log: (m) => console.error(m),
  };
  const result = await runChaos(options);
  const row = toBenchRow(result, options);
  console.log(`${row.measure}\n  ${row.value}\n  ${row.reference}\n  ${row.note}`);
  return row.met ? 0 : 1;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  try {
    process.exitCode = await main();
  } catch (error) {
    console.error(`chaos: ${(error as Error).message}`);
    process.exitCode = 2;
  }
}
