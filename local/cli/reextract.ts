// `npm run reextract -- [--all | --status S | --before-version V] [--prefix KEY]`: re-runs the current
// parser and extractor over the stored originals, with a progress bar. Against the local stack by
// default, through its archivist route POST /v1/reextract (signed in with ARCHIVIST_TOKEN); with
// --table and --bucket directly against a deployed stack's store (your AWS credentials), since the
// deployed API function carries no PDF reader.
import '../quiet-sdk-warning.ts';
import { parseArgs } from 'node:util';
import cliProgress from 'cli-progress';
import { z } from 'zod';
import { createDependencies } from '../../lambdas/dependencies.ts';
import { createPdfReader } from '../../lambdas/ingest-handler.ts';
import { createOcrReader } from '../../lambdas/ocr-document.ts';
import { ENV, loadLocalConfig } from '../../shared/config.ts';
import { EXTRACTOR_VERSION } from '../../shared/extraction/extract-case.ts';
import type { ReextractSelection, ReextractSummary } from '../../shared/ingest/reextract.ts';
import { reextract } from '../../shared/ingest/reextract.ts';
import { IngestStatusSchema } from '../../shared/model/ingest-record.ts';
import { readArchivistToken } from '../archivist-token.ts';
import { archivistFetch } from './deployed-stack.ts';

const USAGE = `usage: npm run reextract -- (--all | --status STATUS | --before-version V) [--prefix KEY] [--table NAME --bucket NAME]

  --all              every upload that owns its bytes: published, needs_review, needs_ocr
  --status S         only uploads with this status (e.g. needs_review; needs_ocr reads the scans
                     parked or waiting for OCR, with the same OCR and limits as the OCR stage)
  --before-version V only uploads whose stored extraction is older than extractor version V
                     (the current one is ${EXTRACTOR_VERSION})
  --prefix KEY       only uploads whose key starts with KEY
  --table, --bucket  a deployed stack's table and originals bucket, read and written directly with
                     your AWS credentials (default: the local stack, through its API at ${'$'}PORT
                     with ${'$'}ARCHIVIST_TOKEN or the token \`npm start\` stored in ${'$'}DATA_DIR)

A case gets a new revision only when its published content changes; archivists' corrections
stay applied.`;

const ProgressLineSchema = z.union([
  z.object({ done: z.number(), total: z.number(), file: z.string(), result: z.string() }),
  z.object({ summary: z.record(z.string(), z.number()) }),
  z.object({ error: z.object({ code: z.string(), message: z.string() }) }),
]);

type Progress = (done: number, total: number, file: string) => void;

/** The local stack does the work (it has the PDF reader); progress arrives as JSON lines. */
async function reextractThroughApi(
  apiUrl: string,
  token: string | null,
  selection: ReextractSelection & { all?: boolean },
  onProgress: Progress,
): Promise<ReextractSummary> {
  const response = await archivistFetch(token)(new URL('/v1/reextract', apiUrl), {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({
      all: selection.all || undefined,
      status: selection.status,
      beforeVersion: selection.beforeVersion,
      prefix: selection.keyPrefix,
    }),
  }).catch((error: Error) => {
    throw new Error(
      `the local stack's API does not answer at ${apiUrl} (${error.message}): is \`npm start\` running, with the same PORT?`,
    );
  });
  if (response.status === 401 || response.status === 403)
    throw new Error(`the API refused the archivist token (${response.status}): set ARCHIVIST_TOKEN`);
  if (!response.ok || !response.body)
    throw new Error(`the API answered ${response.status}: ${await response.text()}`);
  let buffered = '';
  let summary: ReextractSummary | null = null;
  const decoder = new TextDecoder();
  for await (const chunk of response.body) {
    buffered += decoder.decode(chunk as Uint8Array, { stream: true });
    let newline = buffered.indexOf('\n');
    while (newline >= 0) {
      const line = ProgressLineSchema.parse(JSON.parse(buffered.slice(0, newline)));
      buffered = buffered.slice(newline + 1);
      newline = buffered.indexOf('\n');
      if ('error' in line) throw new Error(`re-extraction failed: ${line.error.message}`);
      if ('summary' in line) summary = line.summary as ReextractSummary;
      else onProgress(line.done, line.total, line.file);
    }
  }
  if (!summary) throw new Error('the API ended the re-extraction without a summary');
  return summary;
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      all: { type: 'boolean', default: false },
      status: { type: 'string' },
      'before-version': { type: 'string' },
      prefix: { type: 'string' },
      table: { type: 'string' },
      bucket: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  const chosen = [values.all, values.status !== undefined, values['before-version'] !== undefined].filter(
    Boolean,
  );
  if (values.help || chosen.length !== 1) {
    console.error(USAGE);
    return values.help ? 0 : 2;
  }
  const status = values.status === undefined ? undefined : IngestStatusSchema.safeParse(values.status);
  if (status && !status.success) {
    console.error(`reextract: --status must be one of ${IngestStatusSchema.options.join(', ')}`);
    return 2;
  }
  const selection: ReextractSelection = {
    status: status?.data,
    beforeVersion: values['before-version'],
    keyPrefix: values.prefix,
  };
  const bar = new cliProgress.SingleBar(
    { format: 're-extracting [{bar}] {value}/{total} {file}', hideCursor: true },
    cliProgress.Presets.shades_classic,
  );
  let started = false;
  const onProgress: Progress = (done, total, file) => {
    if (!started) bar.start(total, 0, { file: '' });
    started = true;
    bar.update(done, { file });
  };
  const local = loadLocalConfig(process.env);
  const direct = Boolean(values.table && values.bucket);
  const summary = direct
    ? await reextractDirectly(
        { ...process.env, [ENV.tableName]: values.table, [ENV.originalsBucket]: values.bucket },
        selection,
        onProgress,
      )
    : await reextractThroughApi(
        local.apiUrl,
        readArchivistToken({ dataDir: local.dataDir, fromEnv: local.archivistToken }),
        { ...selection, all: values.all },
        onProgress,
      );
  if (started) bar.stop();
  const rows = Object.entries(summary);
  const width = Math.max(...rows.map(([k]) => k.length));
  console.log(`\n${'result'.padEnd(width)}  count`);
  for (const [result, n] of rows) console.log(`${result.padEnd(width)}  ${String(n).padStart(5)}`);
  console.log(`${'total'.padEnd(width)}  ${String(rows.reduce((n, [, c]) => n + c, 0)).padStart(5)}`);
  return 0;
}

/** Against a deployed stack's table and bucket, in this process, with the caller's AWS credentials. */
async function reextractDirectly(
  env: Record<string, string | undefined>,
  selection: ReextractSelection,
  onProgress: Progress,
): Promise<ReextractSummary> {
  const deps = createDependencies(env);
  const reader = createPdfReader(deps.config);
  // its threads start on the first scan: re-extracting text documents never loads Tesseract
  const ocrReader = createOcrReader(deps.config);
  try {
    return await reextract(
      {
        ...deps,
        readPdfText: reader.read,
        maxPdfBytes: deps.config.maxPdfBytes,
        ocr: { readOcrText: ocrReader.read, ocrMinConfidence: deps.config.ocr.minConfidence },
      },
      selection,
      (done, total, ingest) => onProgress(done, total, ingest.fileName),
    );
  } finally {
    await reader.close();
    await ocrReader.close();
    deps.dynamo.destroy();
    deps.s3.destroy();
  }
}

try {
  process.exitCode = await main();
} catch (error) {
  console.error(`reextract: ${(error as Error).message}`);
  process.exitCode = 1;
}
