// A withdrawn case keeps nothing public but its tombstone: its earlier revisions and documents
// answer 410 and were never cached as immutable, and a new PDF for it ends `needs_review` with
// reason `case_withdrawn` instead of claiming `published` for a case nobody can see.
import { afterAll, describe, expect, inject, it } from 'vitest';
import { createDependencies } from '../../lambdas/dependencies.ts';
import { localFunctionEnv } from '../../shared/config.ts';
import { CaseRecordSchema } from '../../shared/model/case-record.ts';
import { withdrawCase } from '../../shared/publishing/publish-case.ts';
import { utlatandePdf } from '../fixtures/hostile/text-pdf.ts';
import { api, uploadBytes, waitForIngest } from '../support/local-client.ts';

const deps = createDependencies(
  localFunctionEnv({ dynamoPort: inject('dynamoPort'), s3Port: inject('s3Port') }),
);
afterAll(() => {
  deps.dynamo.destroy();
  deps.s3.destroy();
});

describe('a withdrawn case', () => {
  const dnr = `2089/${String(Date.now()).slice(-6)}`;
  const caseId = `stockholm-${dnr.replace('/', '-')}`;
  let documentUrl = '';

  it('serves its revisions without `immutable` while it is live', async () => {
    const ingest = await waitForIngest(
      await uploadBytes('live.pdf', utlatandePdf({ diarienummer: dnr, title: 'Motion om återkallelse' })),
    );
    const revision = await api(`/v1/cases/${caseId}/revisions/1`);
    documentUrl = CaseRecordSchema.parse(await revision.clone().json()).documents[0]?.url ?? '';

    expect(ingest).toMatchObject({ status: 'published', caseId });
    expect(revision.status).toBe(200);
    expect(revision.headers.get('cache-control')).toBe('public, max-age=60');
    expect((await api(documentUrl)).headers.get('cache-control')).not.toMatch(/immutable/);
  });

  it('answers 410 for its earlier revisions and documents, and 200 for the tombstone', async () => {
    const result = await withdrawCase(deps.cases, caseId, deps.now);

    const earlier = await api(`/v1/cases/${caseId}/revisions/1`);
    const tombstone = await api(`/v1/cases/${caseId}/revisions/2`);
    const document = await api(documentUrl);

    expect(result?.record).toMatchObject({ revision: 2, deleted: true });
    expect(earlier.status).toBe(410);
    expect(earlier.headers.get('cache-control')).toBe('no-store');
    expect(((await earlier.json()) as { error: { code: string } }).error.code).toBe('withdrawn');
    expect(tombstone.status).toBe(200);
    expect(CaseRecordSchema.parse(await tombstone.json())).toMatchObject({ deleted: true, revision: 2 });
    expect(document.status).toBe(410);
  });

  it('ends a new PDF for it needs_review: case_withdrawn, and publishes nothing', async () => {
    const pdf = utlatandePdf({ diarienummer: dnr, title: 'Motion om återkallelse', date: '2 april 2019' });

    const ingest = await waitForIngest(await uploadBytes('late.pdf', pdf));
    const record = await deps.cases.get(caseId);

    expect(ingest).toMatchObject({ status: 'needs_review', reason: 'case_withdrawn', caseId });
    expect(ingest.message).toMatch(/withdrawn/);
    expect(record).toMatchObject({ revision: 2, deleted: true, documents: [] });
    expect(await deps.cases.getDocuments(caseId)).toHaveLength(1);
  });
});
