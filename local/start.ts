// `npm start`: the whole pipeline locally, no AWS account. Prints one readable line per ingest;
// Ctrl-C stops every child process. State lives under $DATA_DIR and survives a restart. A bad
// setting or a taken port stops it before anything starts, with one line saying what to change.
import './quiet-sdk-warning.ts';
import path from 'node:path';
import { ConfigError, ENV, LOCAL_ENV, type LocalConfig, loadLocalConfig } from '../shared/config.ts';
import { type LocalStack, startLocalStack } from './local-stack.ts';
import { PortInUseError, StartupError } from './start-checks.ts';

const started = performance.now();
const time = () => new Date().toISOString().slice(11, 19);

/** A problem the person starting the stack can fix: one line, no stack trace, exit code 2. */
const isSetupProblem = (error: unknown) =>
  error instanceof ConfigError || error instanceof PortInUseError || error instanceof StartupError;

function fail(error: unknown): never {
  const message = error instanceof Error ? error.message : String(error);
  console.error(`npm start: ${message.split('\n')[0]}`);
  if (!isSetupProblem(error) && error instanceof Error && error.stack) console.error(error.stack);
  process.exit(isSetupProblem(error) ? 2 : 1);
}

let local: LocalConfig;
let stackReady: Promise<LocalStack> | undefined;
let stack: LocalStack;
try {
  local = loadLocalConfig(process.env);
  const dataDir = path.resolve(local.dataDir);
  stackReady = startLocalStack({
    ...local,
    archivistToken: local.archivistToken,
    onIngested: (record, ms) => {
      const detail = record.caseId ?? [record.reason, record.message].filter(Boolean).join(': ');
      console.log(`${time()} ingest ${record.status.padEnd(12)} ${record.fileName}  ${detail}  ${ms} ms`);
    },
    onError: (error) => console.error(`${time()} error`, error),
    onPartChange: (part) => {
      if (part.status === 'failed') {
        console.error(
          `${time()} ${part.label} keeps dying (${part.lastExit}); stopping the whole stack. Its data is kept in ${dataDir}; see the messages above, then start again.`,
        );
        void shutdown('failed', 1);
        return;
      }
      if ((part.status === 'up' && part.restarts === 0) || part.status === 'stopped') return;
      const why = part.status === 'down' && part.lastExit ? ` (${part.lastExit})` : '';
      console.error(`${time()} ${part.label} is ${part.status}${why}`);
    },
    onSweep: (sweep) =>
      console.log(
        `${time()} sweep: re-queued ${sweep.resent} stuck and ${sweep.orphans} unrecorded upload(s)${sweep.gaveUp ? `, gave up on ${sweep.gaveUp}` : ''}`,
      ),
  });
  stack = await stackReady;
} catch (error) {
  fail(error);
}

let stopping = false;
async function shutdown(signal: string, exitCode = 0) {
  if (stopping) return;
  stopping = true;
  console.log(`\n${signal}: stopping…`);
  // a part can give up before start-up has returned the stack
  await (await stackReady)?.stop();
  process.exit(exitCode);
}
process.on('SIGINT', () => void shutdown('SIGINT'));
process.on('SIGTERM', () => void shutdown('SIGTERM'));

/** Where the archivist token came from; a generated one is printed this once. */
function archivistLine({ archivist }: LocalStack): string {
  const signIn = `sign in at ${stack.apiUrl}/sign-in, or send Authorization: Bearer <token>`;
  if (archivist.source === 'env')
    return `  archivist token      from ${LOCAL_ENV.archivistToken} (${signIn})`;
  if (archivist.source === 'file')
    return `  archivist token      in ${archivist.file} (${LOCAL_ENV.archivistToken} overrides it; ${signIn})`;
  return [
    `  archivist token      ${archivist.token}`,
    `                       generated and stored in ${archivist.file} (shown only now; ${signIn})`,
  ].join('\n');
}

// the banner last: a reader who sees it may press Ctrl-C at once, and the handlers are in place
const row = (what: string, where: string, variable: string) =>
  `  ${what.padEnd(20)} ${where.padEnd(34)} ${variable}`;
console.log(
  [
    `remissvar is running (ready in ${Math.round(performance.now() - started)} ms)`,
    row('feed API and portal', stack.apiUrl, LOCAL_ENV.port),
    row('DynamoDB Local', stack.services.env[ENV.dynamoEndpoint] ?? '', LOCAL_ENV.dynamoPort),
    row('S3 emulator', stack.s3Endpoint, LOCAL_ENV.s3Port),
    row('  originals bucket', stack.bucket, ''),
    row('data', path.resolve(local.dataDir), LOCAL_ENV.dataDir),
    stack.requeued > 0 ? `  re-queued ${stack.requeued} unfinished upload(s) from the last run` : '',
    archivistLine(stack),
    '  upload PDFs with `npm run upload -- --wait FILE_OR_FOLDER…` (with the same PORT and S3_PORT); Ctrl-C to stop',
  ]
    .filter(Boolean)
    .join('\n'),
);
