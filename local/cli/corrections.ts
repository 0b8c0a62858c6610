// `npm run corrections -- --export DIR [--table NAME --bucket NAME]`: every case archivists
// corrected, as corpus gold beside its PDF — DIR/NAME.pdf (the exact bytes read) and DIR/NAME.json
// (the corpus schema: what was extracted from that PDF with the corrections of it applied), so real
// use grows the test corpus. Reads the local stack's store by default; with --table and --bucket a
// deployed stack's (your AWS credentials).
import '../quiet-sdk-warning.ts';
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { createDependencies } from '../../lambdas/dependencies.ts';
import { ENV, loadLocalConfig, localFunctionEnv } from '../../shared/config.ts';
import { walkFeed } from '../../shared/feeds/walk-feed.ts';
import { goldDocumentsOf, goldRecordOf } from '../../shared/publishing/corpus-gold.ts';

const USAGE = `usage: npm run corrections -- --export DIR [--table NAME --bucket NAME]

  --export DIR       write NAME.pdf and NAME.json (corpus gold) for every corrected document
                     (NAME is the case id, plus -<sha256 prefix> when a case has several documents)
  --table, --bucket  a deployed stack's table and originals bucket (default: the local stack, at
                     ${'$'}DYNAMODB_PORT and ${'$'}S3_PORT)

The gold is the extraction with the archivists' corrections of that document applied: check the
fields nobody corrected before adding a file to test/fixtures/corpus.`;

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      export: { type: 'string' },
      table: { type: 'string' },
      bucket: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help || !values.export || Boolean(values.table) !== Boolean(values.bucket)) {
    console.error(USAGE);
    return values.help ? 0 : 2;
  }
  const env =
    values.table && values.bucket
      ? { ...process.env, [ENV.tableName]: values.table, [ENV.originalsBucket]: values.bucket }
      : { ...process.env, ...localFunctionEnv(loadLocalConfig(process.env)) };
  const deps = createDependencies(env);
  const dir = path.resolve(values.export);
  fs.mkdirSync(dir, { recursive: true });
  let cases = 0;
  let files = 0;
  try {
    for await (const record of walkFeed(deps.cases, { order: 'asc', until: deps.now() })) {
      if (record.deleted || record.corrections.length === 0) continue;
      const { documents, corrections } = await deps.cases.readCase(record.id);
      const gold = goldDocumentsOf(documents, corrections);
      if (gold.length > 0) cases++;
      for (const { document, gold: extracted, corrected } of gold) {
        const { sha256 } = document.document;
        const name = documents.length === 1 ? record.id : `${record.id}-${sha256.slice(0, 12)}`;
        const bytes = await deps.objects.readVerified(
          document.original ?? { key: document.objectKey, versionId: null },
          sha256,
          deps.config.maxPdfBytes,
        );
        fs.writeFileSync(path.join(dir, `${name}.pdf`), bytes);
        const json = JSON.stringify(goldRecordOf(extracted, `${name}.pdf`), null, 2);
        fs.writeFileSync(path.join(dir, `${name}.json`), `${json}\n`);
        files++;
        console.log(`${name}.json  corrected: ${corrected.join(', ')}`);
      }
    }
  } finally {
    deps.dynamo.destroy();
    deps.s3.destroy();
  }
  console.log(`\nexported ${files} document(s) of ${cases} corrected case(s) to ${dir}`);
  return 0;
}

try {
  process.exitCode = await main();
} catch (error) {
  console.error(`corrections: ${(error as Error).message}`);
  process.exitCode = 1;
}
