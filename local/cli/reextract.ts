// `npm run reextract -- [--all | --status S | --before-version V] [--prefix KEY]`: re-runs the current
// parser and extractor over the stored originals, with a progress bar. Against the local stack by
// default; with --table and --bucket against a deployed stack (your AWS credentials).
import '../quiet-sdk-warning.ts';
import { parseArgs } from 'node:util';
import cliProgress from 'cli-progress';
import { createDependencies } from '../../lambdas/dependencies.ts';
import { createPdfReader } from '../../lambdas/ingest-document.ts';
import { ENV, loadLocalConfig, localFunctionEnv } from '../../shared/config.ts';
import { EXTRACTOR_VERSION } from '../../shared/extraction/extract-case.ts';
import { type ReextractSelection, reextract } from '../../shared/ingest/reextract.ts';
import { IngestStatusSchema } from '../../shared/model/ingest-record.ts';

const USAGE = `usage: npm run reextract -- (--all | --status STATUS | --before-version V) [--prefix KEY] [--table NAME --bucket NAME]

  --all              every upload that owns its bytes: published, needs_review, needs_ocr
  --status S         only uploads with this status (e.g. needs_review)
  --before-version V only uploads whose stored extraction is older than extractor version V
                     (the current one is ${EXTRACTOR_VERSION})
  --prefix KEY       only uploads whose key starts with KEY
  --table, --bucket  a deployed stack's table and originals bucket (default: the local stack)

A case gets a new revision only when its published content changes.`;

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
  const env =
    values.table && values.bucket
      ? { ...process.env, [ENV.tableName]: values.table, [ENV.originalsBucket]: values.bucket }
      : { ...process.env, ...localFunctionEnv(loadLocalConfig(process.env)) };
  const deps = createDependencies(env);
  const reader = createPdfReader(deps.config);
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
  try {
    const summary = await reextract(
      { ...deps, readPdfText: reader.read, maxPdfBytes: deps.config.maxPdfBytes },
      selection,
      (done, total, ingest) => {
        if (!started) bar.start(total, 0, { file: '' });
        started = true;
        bar.update(done, { file: ingest.fileName });
      },
    );
    if (started) bar.stop();
    const rows = Object.entries(summary);
    const width = Math.max(...rows.map(([k]) => k.length));
    console.log(`\n${'result'.padEnd(width)}  count`);
    for (const [result, n] of rows) console.log(`${result.padEnd(width)}  ${String(n).padStart(5)}`);
    console.log(`${'total'.padEnd(width)}  ${String(rows.reduce((n, [, c]) => n + c, 0)).padStart(5)}`);
    return 0;
  } finally {
    await reader.close();
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
