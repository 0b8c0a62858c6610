// `npm run smoke -- --stage NAME`: after a deploy, proves the stage works end to end with the deployer's
// AWS credentials: uploads the seed PDF to the originals bucket, follows its ingest on the IAM-only
// route, then waits for the case on the public feed through CloudFront. Exit 0 only if all of it holds.
import '../quiet-sdk-warning.ts';
import { createHash, randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { z } from 'zod';
import { LOCAL_ENV } from '../../shared/config.ts';
import { IngestRecordSchema, isSettled } from '../../shared/model/ingest-record.ts';
import { archivistFetch, describeDeployedStack, regionFromEnv, stackNameOf } from './deployed-stack.ts';

const SEED_PDF = new URL('../../test/fixtures/corpus/seed-2017-000991.pdf', import.meta.url);
/** The case the seed PDF yields (municipality Stockholms stad, Dnr 2017/000991). */
const SEED_CASE_ID = 'stockholm-2017-000991';

const USAGE = `usage: npm run smoke -- --stage NAME [--region REGION] [--file PDF --case-id ID] [--timeout SECONDS]

Checks a deployed stage (stack Remissvar-NAME) end to end, with your AWS credentials:
  1. GET /health through CloudFront answers 200
  2. GET /v1/ingests on the API without a token is refused (401: archivists only), also spelt
     /v1/%69ngests so that it reaches the function through the catch-all route
  3. the seed PDF (test/fixtures/corpus/seed-2017-000991.pdf) is uploaded to the originals bucket
  4. its ingest, followed on /v1/ingests with ${'$'}ARCHIVIST_TOKEN (a Cognito access token of a
     member of the archivists group), ends published (or duplicate, when an earlier smoke run
     already published the same bytes)
  5. the case appears at CloudFront /v1/cases/{id}, listing the uploaded document

  --stage    the stage given to deploy (-c stage=NAME)
  --region   the stage's region (default: ${'$'}AWS_REGION, ${'$'}AWS_DEFAULT_REGION, eu-north-1)
  --file     another PDF to upload instead of the seed; give --case-id with it
  --case-id  the case id the PDF must yield (default for the seed: ${SEED_CASE_ID})
  --timeout  how long to wait in all (default 600 s; a cold stack takes a minute or two)

Needs: cloudformation:DescribeStacks, s3:PutObject on the originals bucket, and ARCHIVIST_TOKEN
(docs/deployment.md, "Archivists").`;

const IngestPageSchema = z.object({ items: z.array(IngestRecordSchema) });
const CaseSchema = z.looseObject({
  id: z.string(),
  documents: z.array(z.looseObject({ sha256: z.string() })),
});

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function step(message: string): void {
  console.error(`• ${message}`);
}

async function waitFor<T>(what: string, deadline: number, attempt: () => Promise<T | null>): Promise<T> {
  let lastError = '';
  while (Date.now() < deadline) {
    try {
      const result = await attempt();
      if (result !== null) return result;
    } catch (error) {
      lastError = (error as Error).message;
    }
    await sleep(3000);
  }
  throw new Error(`timed out waiting for ${what}${lastError ? ` (last error: ${lastError})` : ''}`);
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      stage: { type: 'string' },
      region: { type: 'string' },
      file: { type: 'string' },
      'case-id': { type: 'string' },
      timeout: { type: 'string', default: '600' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help || !values.stage || (values.file && !values['case-id'])) {
    console.error(USAGE);
    return values.help ? 0 : 2;
  }
  const deadline = Date.now() + Number(values.timeout) * 1000;
  const stack = await describeDeployedStack(stackNameOf(values.stage), values.region ?? regionFromEnv());
  const publicUrl = stack.cloudFrontUrl.replace(/\/?$/, '/');
  step(`stack ${stack.stackName} in ${stack.region}: ${publicUrl} (API ${stack.apiUrl})`);

  const health = await fetch(new URL('health', publicUrl));
  if (health.status !== 200) throw new Error(`GET /health through CloudFront answered ${health.status}`);
  step('health: 200 through CloudFront');

  for (const spelling of ['v1/ingests', 'v1/%69ngests']) {
    const anonymous = await fetch(new URL(spelling, stack.apiUrl));
    if (anonymous.status !== 401)
      throw new Error(`GET /${spelling} without a token answered ${anonymous.status}, expected 401`);
  }
  step('ingest listing refuses requests without a token (401), however the path is spelt');
  const token = process.env[LOCAL_ENV.archivistToken];
  if (!token) throw new Error('set ARCHIVIST_TOKEN to an archivist’s Cognito access token (see README)');

  const file = values.file ?? fileURLToPath(SEED_PDF);
  const caseId = values['case-id'] ?? SEED_CASE_ID;
  const bytes = fs.readFileSync(file);
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const key = `uploads/smoke/${new Date().toISOString().slice(0, 10)}/${randomUUID().slice(0, 8)}/${path.basename(file)}`;
  const s3 = new S3Client({ region: stack.region });
  await s3.send(
    new PutObjectCommand({
      Bucket: stack.originalsBucket,
      Key: key,
      Body: bytes,
      ContentType: 'application/pdf',
    }),
  );
  step(`uploaded ${path.basename(file)} as s3://${stack.originalsBucket}/${key}`);

  const signedGet = archivistFetch(token);
  const ingest = await waitFor('the ingest to end', deadline, async () => {
    const url = new URL('v1/ingests', stack.apiUrl);
    url.searchParams.set('key', key);
    url.searchParams.set('limit', '1');
    const response = await signedGet(url);
    if (!response.ok) throw new Error(`GET ${url} with the archivist token answered ${response.status}`);
    const found = IngestPageSchema.parse(await response.json()).items[0];
    return found && isSettled(found) ? found : null;
  });
  if (ingest.status !== 'published' && ingest.status !== 'duplicate') {
    throw new Error(`ingest ended ${ingest.status}: ${ingest.reason ?? ''} ${ingest.message ?? ''}`.trim());
  }
  step(`ingest ended ${ingest.status}${ingest.caseId ? ` → ${ingest.caseId}` : ''}`);

  // Through CloudFront, as a reader would; a cached 404 expires within seconds.
  const record = await waitFor(`case ${caseId} in the public feed`, deadline, async () => {
    const response = await fetch(new URL(`v1/cases/${encodeURIComponent(caseId)}`, publicUrl));
    if (response.status === 404) return null;
    if (!response.ok) throw new Error(`GET /v1/cases/${caseId} answered ${response.status}`);
    const parsed = CaseSchema.parse(await response.json());
    return parsed.documents.some((d) => d.sha256 === sha256) ? parsed : null;
  });
  step(`case ${record.id} is public with the uploaded document (${sha256.slice(0, 12)}…)`);
  console.log(
    JSON.stringify({ ok: true, stack: stack.stackName, key, caseId: record.id, status: ingest.status }),
  );
  return 0;
}

try {
  process.exitCode = await main();
} catch (error) {
  console.error(`smoke: FAILED: ${(error as Error).message}`);
  process.exitCode = 1;
}
