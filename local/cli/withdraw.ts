// `npm run withdraw -- [--endpoint URL | --stack NAME] ID…`: archivists withdraw published cases
// through the API's archivist route (POST /v1/cases/{id}/withdraw), signed in with ARCHIVIST_TOKEN.
// Each gets a tombstone revision (`deleted: true`) that stays in /v1/changes and leaves the listings.
import '../quiet-sdk-warning.ts';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { loadLocalConfig } from '../../shared/config.ts';
import { readArchivistToken } from '../archivist-token.ts';
import { archivistFetch, describeDeployedStack } from './deployed-stack.ts';

const USAGE = `usage: npm run withdraw -- [--endpoint API_URL | --stack NAME] CASE_ID…   (e.g. stockholm-2021-004512)

  --endpoint  the API (default: the local stack at ${'$'}PORT, or ${'$'}REMISSVAR_API_URL)
  --stack     a deployed stack (e.g. Remissvar-prod): its API URL from the stack's outputs

Sends ${'$'}ARCHIVIST_TOKEN (locally, failing that, the token \`npm start\` stored in ${'$'}DATA_DIR).
Exit code 0 when every case is withdrawn (or was already), 1 when one is unknown or failed,
2 when the API cannot be reached or refuses the token.`;

const WithdrawAnswerSchema = z.object({
  record: z.object({ revision: z.number(), updatedAt: z.string() }),
  changed: z.boolean(),
});

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      endpoint: { type: 'string' },
      stack: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help || positionals.length === 0) {
    console.error(USAGE);
    return values.help ? 0 : 2;
  }
  const local = loadLocalConfig(process.env);
  const deployed = values.stack ? await describeDeployedStack(values.stack) : undefined;
  const apiUrl = values.endpoint ?? deployed?.apiUrl ?? local.apiUrl;
  const token = deployed
    ? (local.archivistToken ?? null)
    : readArchivistToken({ dataDir: local.dataDir, fromEnv: local.archivistToken });
  const post = archivistFetch(token);
  let failed = 0;
  for (const id of positionals) {
    const url = new URL(`/v1/cases/${encodeURIComponent(id)}/withdraw`, apiUrl);
    let response: Response;
    try {
      response = await post(url, { method: 'POST' });
    } catch (error) {
      console.error(`withdraw: the API does not answer at ${apiUrl} (${(error as Error).message})`);
      return 2;
    }
    if (response.status === 401 || response.status === 403) {
      console.error(
        `withdraw: the API refused the archivist token (${response.status}): set ARCHIVIST_TOKEN (see \`npm run withdraw -- --help\`)`,
      );
      return 2;
    }
    if (response.status === 404) {
      console.error(`${id}: no such case`);
      failed++;
      continue;
    }
    if (!response.ok) {
      console.error(`${id}: the API answered ${response.status}: ${await response.text()}`);
      failed++;
      continue;
    }
    const { record, changed } = WithdrawAnswerSchema.parse(await response.json());
    console.log(
      changed
        ? `${id}: withdrawn, tombstone revision ${record.revision} at ${record.updatedAt}`
        : `${id}: already withdrawn (revision ${record.revision})`,
    );
  }
  return failed > 0 ? 1 : 0;
}

try {
  process.exitCode = await main();
} catch (error) {
  // a bad PORT and the like: one line naming the variable, no stack trace
  console.error(`withdraw: ${(error as Error).message}`);
  process.exitCode = 2;
}
