// `npm run withdraw -- ID…`: archivists withdraw published cases. Each gets a tombstone revision
// (`deleted: true`) that stays in /v1/changes and leaves the listings. Against the local stack's
// store by default; with TABLE_NAME (and AWS credentials) in the environment, against that table.
import '../quiet-sdk-warning.ts';
import { parseArgs } from 'node:util';
import { createDependencies } from '../../lambdas/dependencies.ts';
import { ENV, loadLocalConfig, localFunctionEnv } from '../../shared/config.ts';
import { withdrawCase } from '../../shared/publishing/publish-case.ts';

const { positionals } = parseArgs({ allowPositionals: true, options: {} });
if (positionals.length === 0) {
  console.error('usage: npm run withdraw -- CASE_ID…   (e.g. stockholm-2021-004512)');
  process.exit(2);
}

let env: Record<string, string | undefined>;
try {
  env = process.env[ENV.tableName] ? process.env : { ...localFunctionEnv(loadLocalConfig(process.env)) };
} catch (error) {
  // a bad DYNAMODB_PORT and the like: one line naming the variable, no stack trace
  console.error(`withdraw: ${(error as Error).message}`);
  process.exit(2);
}
const deps = createDependencies(env);
let failed = 0;
for (const id of positionals) {
  try {
    const result = await withdrawCase(deps.cases, id, deps.now);
    if (!result) {
      console.error(`${id}: no such case`);
      failed++;
    } else if (!result.changed) {
      console.log(`${id}: already withdrawn (revision ${result.record.revision})`);
    } else {
      console.log(
        `${id}: withdrawn, tombstone revision ${result.record.revision} at ${result.record.updatedAt}`,
      );
    }
  } catch (error) {
    console.error(`${id}: ${(error as Error).message}`);
    failed++;
  }
}
deps.dynamo.destroy();
deps.s3.destroy();
process.exit(failed > 0 ? 1 : 0);
