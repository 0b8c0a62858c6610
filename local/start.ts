// `npm start`: the whole pipeline locally, no AWS account. Prints one readable line per ingest;
// Ctrl-C stops every child process. State lives under $DATA_DIR and survives a restart.
import './quiet-sdk-warning.ts';
import { loadLocalConfig } from '../shared/config.ts';
import { startLocalStack } from './local-stack.ts';

const started = performance.now();
const local = loadLocalConfig(process.env);
const time = () => new Date().toISOString().slice(11, 19);

const stack = await startLocalStack({
  ...local,
  onIngested: (record, ms) => {
    const detail = record.caseId ?? [record.reason, record.message].filter(Boolean).join(': ');
    console.log(`${time()} ingest ${record.status.padEnd(12)} ${record.fileName}  ${detail}  ${ms} ms`);
  },
  onError: (error) => console.error(`${time()} error`, error),
}).catch((error: Error) => {
  console.error(`could not start: ${error.message}`);
  process.exit(1);
});

console.log(
  [
    `remissvar is running (ready in ${Math.round(performance.now() - started)} ms)`,
    `  feed API and portal  ${stack.apiUrl}`,
    `  S3 emulator          ${stack.s3Endpoint}  bucket ${stack.bucket}`,
    `  data                 ${local.dataDir}`,
    stack.requeued > 0 ? `  re-queued ${stack.requeued} unfinished upload(s) from the last run` : '',
    '  upload PDFs with `npm run upload -- --wait FILE_OR_FOLDER…`; Ctrl-C to stop',
  ]
    .filter(Boolean)
    .join('\n'),
);

let stopping = false;
const shutdown = async (signal: string) => {
  if (stopping) return;
  stopping = true;
  console.log(`\n${signal}: stopping…`);
  await stack.stop();
  process.exit(0);
};
process.on('SIGINT', () => void shutdown('SIGINT'));
process.on('SIGTERM', () => void shutdown('SIGTERM'));
