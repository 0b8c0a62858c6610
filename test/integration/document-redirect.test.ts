// On AWS the API answers a source-PDF request with a redirect to a presigned S3 URL (a Lambda
// response is capped at 6 MB). The same app, over the real emulators, with redirects on.
import fs from 'node:fs';
import { describe, expect, inject, it } from 'vitest';
import { createDependencies } from '../../lambdas/dependencies.ts';
import { createApp } from '../../shared/api/create-app.ts';
import { localFunctionEnv, requireCursorSecret } from '../../shared/config.ts';
import { CaseRecordSchema } from '../../shared/model/case-record.ts';
import { uploadBytes, waitForIngest } from '../support/local-client.ts';

const pm = fs.readFileSync(
  new URL('../fixtures/corpus/12-huddinge-medborgarforslag-utegym.pdf', import.meta.url),
);

describe('GET /v1/cases/{id}/documents/{sha256} with redirectDocuments', () => {
  it('redirects to a presigned URL that serves the original bytes', async () => {
    const ingest = await waitForIngest(await uploadBytes('medborgarförslag.pdf', pm));
    const deps = createDependencies(
      localFunctionEnv({ dynamoPort: inject('dynamoPort'), s3Port: inject('s3Port') }),
    );
    const app = createApp({
      ...deps,
      cursorSecret: requireCursorSecret(deps.config),
      redirectDocuments: true,
    });
    const record = CaseRecordSchema.parse(await (await app.request(`/v1/cases/${ingest.caseId}`)).json());

    const response = await app.request(record.documents[0]?.url ?? '');
    const location = response.headers.get('location') ?? '';
    const pdf = await fetch(location);

    expect(response.status).toBe(302);
    expect(location).toMatch(/X-Amz-Signature=/);
    expect(Buffer.from(await pdf.arrayBuffer()).equals(pm)).toBe(true);
    deps.dynamo.destroy();
    deps.s3.destroy();
  });
});
