// An archivist corrects what the extractor got wrong, on the real local stack: a doubtful stance
// appears in /review; a correction without the token is 401; with it the case shows the corrected
// value and its provenance in JSON, CSV and the portal, its revision moves and /v1/changes carries
// it; `npm run reextract -- --all` and a newer extractor keep it; withdrawing it brings the
// extracted value back. And an upload without a Dnr is completed by entering one.
import { spawn } from 'node:child_process';
import { parse } from 'csv-parse/sync';
import { parseHTML } from 'linkedom';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { createDependencies } from '../../lambdas/dependencies.ts';
import { createPdfReader } from '../../lambdas/ingest-handler.ts';
import { localFunctionEnv } from '../../shared/config.ts';
import { extractCase } from '../../shared/extraction/extract-case.ts';
import { reextract } from '../../shared/ingest/reextract.ts';
import { type CaseRecord, CaseRecordSchema } from '../../shared/model/case-record.ts';
import { CaseReviewSchema } from '../../shared/model/review-item.ts';
import { api, archivistApi, archivistHeaders, uploadBytes, waitForIngest } from '../support/local-client.ts';
import { uniqueWord } from './feed-support.ts';
import { DOUBTFUL_BODY, doubtfulPdf, freshDiarienummer, publishDoubtfulCase } from './review-support.ts';

const word = uniqueWord('rev');
const stancePath = `consultations[${DOUBTFUL_BODY}].stance`;
const deps = createDependencies(
  localFunctionEnv({ dynamoPort: inject('dynamoPort'), s3Port: inject('s3Port') }),
);
afterAll(() => {
  deps.dynamo.destroy();
  deps.s3.destroy();
});

const caseOf = async (id: string): Promise<CaseRecord> => {
  const response = await api(`/v1/cases/${id}`);
  expect(response.status).toBe(200);
  return CaseRecordSchema.parse(await response.json());
};
const consultationOf = (record: CaseRecord, body: string) =>
  record.consultations.find((c) => c.body === body);

/** The review queue's entry for one case, following pages until it turns up (or the queue ends). */
async function reviewOf(caseId: string) {
  let url: string | null = '/v1/review';
  while (url) {
    const response = await archivistApi(url);
    expect(response.status).toBe(200);
    const page = (await response.json()) as {
      cases: unknown[];
      uploads: { ingestId: string }[];
      next: string | null;
    };
    const found = page.cases.map((c) => CaseReviewSchema.parse(c)).find((c) => c.caseId === caseId);
    if (found) return found;
    url = page.next;
  }
  return null;
}

const correct = (body: unknown, headers: Record<string, string> = archivistHeaders()) =>
  api('/v1/corrections', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });

/** `npm run reextract -- ARGS` against the test stack, as an archivist runs it after `npm start`. */
function reextractCli(args: string[]): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'local/cli/reextract.ts', ...args], {
      cwd: new URL('../../', import.meta.url),
      env: {
        ...process.env,
        PORT: new URL(inject('apiUrl')).port,
        ARCHIVIST_TOKEN: inject('archivistToken'),
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    child.on('close', (code) => resolve({ code, output }));
  });
}

describe('a correction of a doubtful stance', () => {
  let caseId = '';
  let key = '';
  let before: CaseRecord;
  let corrected: CaseRecord;
  let correctionId = '';

  it('appears in the review queue, with its value, evidence and source page', async () => {
    ({ id: caseId, key } = await publishDoubtfulCase(`Motion om bänkar ${word}`));
    before = await caseOf(caseId);

    const review = await reviewOf(caseId);
    const page = await archivistApi('/review');
    const { document } = parseHTML(await page.text());
    const item = document.querySelector(`li[data-case="${caseId}"] li[data-path="${stancePath}"]`);

    expect(consultationOf(before, DOUBTFUL_BODY)).toMatchObject({ stance: 'unclear', corrected: [] });
    expect(review?.items.find((i) => i.path === stancePath)).toMatchObject({
      kind: 'low_confidence',
      value: 'unclear',
      evidence: `${DOUBTFUL_BODY} har lämnat synpunkter på motionen.`,
      page: 1,
      document: { sha256: before.documents[0]?.sha256 },
    });
    expect(page.status).toBe(200);
    expect(item?.querySelector('form[action="/review/corrections"] select[name="value"]')).not.toBeNull();
    expect(item?.querySelector('a[type="application/pdf"]')?.getAttribute('href')).toMatch(/#page=1$/);
  });

  it('shows the source page’s text with the evidence passage marked, on the case’s review page', async () => {
    const response = await archivistApi(`/review/cases/${caseId}`);
    const { document } = parseHTML(await response.text());
    const item = document.querySelector(`li[data-path="${stancePath}"]`);

    expect(response.status).toBe(200);
    expect(item?.querySelector('pre mark')?.textContent?.replace(/\s+/g, ' ')).toBe(
      `${DOUBTFUL_BODY} har lämnat synpunkter på motionen.`,
    );
    expect(item?.querySelector('pre')?.textContent).toContain('Motionen har remitterats till');
  });

  it('answers 401 without the token and changes nothing', async () => {
    const anonymous = await correct({ caseId, path: stancePath, value: 'opposes' }, {});
    const wrongToken = await correct(
      { caseId, path: stancePath, value: 'opposes' },
      { Authorization: 'Bearer nope' },
    );

    expect(anonymous.status).toBe(401);
    expect(await anonymous.json()).toEqual({ error: { code: 'unauthorized', message: expect.any(String) } });
    expect(wrongToken.status).toBe(401);
    expect((await caseOf(caseId)).revision).toBe(before.revision);
  });

  it('refuses a value outside the field’s vocabulary, naming the field', async () => {
    const response = await correct({ caseId, path: stancePath, value: 'maybe' });
    const body = (await response.json()) as { error: { code: string; message: string } };

    expect(response.status).toBe(400);
    expect(body.error.message).toContain(stancePath);
  });

  it('with the token, publishes the corrected value with its provenance in JSON, a new revision and updatedAt', async () => {
    const response = await correct({ caseId, path: stancePath, value: 'opposes', note: 'läst på s. 1' });
    const answer = (await response.json()) as { correction: { correctionId: string } };
    correctionId = answer.correction.correctionId;
    corrected = await caseOf(caseId);

    expect(response.status).toBe(201);
    expect(consultationOf(corrected, DOUBTFUL_BODY)).toMatchObject({
      stance: 'opposes',
      confidence: 1,
      corrected: ['stance'],
      evidence: `${DOUBTFUL_BODY} har lämnat synpunkter på motionen.`,
    });
    expect(corrected.corrections).toEqual([
      {
        id: correctionId,
        path: stancePath,
        value: 'opposes',
        extracted: 'unclear',
        note: 'läst på s. 1',
        by: 'local archivist',
        at: expect.any(String),
      },
    ]);
    expect(corrected.revision).toBe(before.revision + 1);
    expect(corrected.updatedAt > before.updatedAt).toBe(true);
  });

  it('shows the corrected value in the CSVs, marked', async () => {
    const consultations = parse(
      (await (await api(`/v1/cases/${caseId}/consultations.csv`)).text()).replace(/^\uFEFF/, ''),
      {
        columns: true,
      },
    ) as Record<string, string>[];
    const cases = parse((await (await api(`/v1/cases.csv?q=${word}`)).text()).replace(/^\uFEFF/, ''), {
      columns: true,
    }) as Record<string, string>[];

    expect(consultations.find((r) => r.body === DOUBTFUL_BODY)).toMatchObject({
      stance: 'opposes',
      corrected: 'stance',
    });
    expect(consultations.find((r) => r.body === 'Idrottsnämnden')).toMatchObject({ corrected: '' });
    expect(cases).toHaveLength(1);
    expect(cases[0]?.consultations).toContain(`${DOUBTFUL_BODY}: opposes (corrected)`);
    expect(cases[0]?.corrections).toContain(`${stancePath} = "opposes" (local archivist,`);
  });

  it('shows the corrected value on the portal’s case page, marked, with the correction listed', async () => {
    const { document } = parseHTML(await (await api(`/cases/${caseId}`)).text());
    const row = [...document.querySelectorAll('#consultations li')].find((li) =>
      li.querySelector('h3')?.textContent?.includes(DOUBTFUL_BODY),
    );

    expect(row?.querySelector('.stance-opposes')).not.toBeNull();
    expect(row?.querySelector('.corrected')?.textContent).toContain('rättad av arkivarie');
    expect(document.querySelector(`#corrections tr[data-path="${stancePath}"]`)?.textContent).toContain(
      'local archivist',
    );
  });

  it('is carried by the change feed', async () => {
    const since = encodeURIComponent(before.updatedAt);
    let found: CaseRecord | undefined;
    for (let attempt = 0; attempt < 40 && !found; attempt++) {
      const page = (await (await api(`/v1/changes?since=${since}`)).json()) as { items: CaseRecord[] };
      found = page.items.find((r) => r.id === caseId && r.revision === corrected.revision);
      if (!found) await new Promise((r) => setTimeout(r, 500));
    }

    expect(found?.corrections.map((c) => c.path)).toEqual([stancePath]);
  });

  it('leaves the review queue for the corrected field only', async () => {
    const paths = (await reviewOf(caseId))?.items.map((i) => i.path) ?? [];

    expect(paths).not.toContain(stancePath);
    expect(paths).toContain('consultations[Idrottsnämnden].stance');
  });

  it('stays applied through `npm run reextract -- --all`', async () => {
    const run = await reextractCli(['--all']);
    const after = await caseOf(caseId);

    expect(run.code, run.output).toBe(0);
    expect(run.output).toMatch(/unchanged\s+\d+/);
    expect(consultationOf(after, DOUBTFUL_BODY)?.stance).toBe('opposes');
    expect(after.revision).toBe(corrected.revision);
  });

  it('stays applied when a newer extractor reads the case differently', async () => {
    const reader = createPdfReader(deps.config);
    try {
      const newer: typeof extractCase = (pages) => {
        const result = extractCase(pages);
        if (result.record.title) result.record.title = `${result.record.title} (ny läsning)`;
        return result;
      };
      const prefix = key.slice(0, key.lastIndexOf('/') + 1);
      await reextract(
        {
          ...deps,
          readPdfText: reader.read,
          maxPdfBytes: deps.config.maxPdfBytes,
          extract: newer,
          extractorVersion: '9.9.9',
        },
        { keyPrefix: prefix },
      );
    } finally {
      await reader.close();
    }
    const after = await caseOf(caseId);

    expect(after.title).toContain('(ny läsning)');
    expect(consultationOf(after, DOUBTFUL_BODY)).toMatchObject({ stance: 'opposes', corrected: ['stance'] });
    expect(after.revision).toBe(corrected.revision + 1);
  });

  it('brings the extracted value back when withdrawn, and the field back into review', async () => {
    const current = await caseOf(caseId);
    const anonymous = await api(`/v1/corrections/${caseId}/${correctionId}/withdraw`, { method: 'POST' });
    const response = await archivistApi(`/v1/corrections/${caseId}/${correctionId}/withdraw`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ note: 'fel läst' }),
    });
    const again = await archivistApi(`/v1/corrections/${caseId}/${correctionId}/withdraw`, {
      method: 'POST',
    });
    const after = await caseOf(caseId);
    const history = (await (await archivistApi(`/v1/corrections?caseId=${caseId}`)).json()) as {
      items: { correctionId: string; status: string; endedBy: string; endNote: string }[];
    };

    expect(anonymous.status).toBe(401);
    expect(response.status).toBe(200);
    expect(again.status).toBe(409);
    expect(consultationOf(after, DOUBTFUL_BODY)).toMatchObject({
      stance: 'unclear',
      corrected: [],
      confidence: 0.45,
    });
    expect(after.corrections).toEqual([]);
    expect(after.revision).toBe(current.revision + 1);
    expect(history.items).toEqual([
      expect.objectContaining({
        correctionId,
        status: 'withdrawn',
        endedBy: 'local archivist',
        endNote: 'fel läst',
      }),
    ]);
    expect((await reviewOf(caseId))?.items.map((i) => i.path)).toContain(stancePath);
  });
});

describe('an upload without a diarienummer', () => {
  it('waits in the review queue and is published when an archivist enters its Dnr', async () => {
    const title = `Motion om parkbänkar ${uniqueWord('dnr')}`;
    const key = await uploadBytes('utan-dnr.pdf', doubtfulPdf({ diarienummer: null, title }));
    const ingest = await waitForIngest(key);
    const queue = (await (await archivistApi('/v1/review')).json()) as { uploads: { ingestId: string }[] };
    const diarienummer = freshDiarienummer();

    const anonymous = await api(`/v1/ingests/${ingest.ingestId}/diarienummer`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ diarienummer }),
    });
    const response = await archivistApi(`/v1/ingests/${ingest.ingestId}/diarienummer`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ diarienummer, note: 'Dnr från diariet' }),
    });
    const answer = (await response.json()) as {
      ingest: { status: string; caseId: string; identity: unknown };
    };

    expect(ingest).toMatchObject({ status: 'needs_review', reason: 'no_diarienummer' });
    expect(queue.uploads.map((u) => u.ingestId)).toContain(ingest.ingestId);
    expect(anonymous.status).toBe(401);
    expect(response.status).toBe(200);
    expect(answer.ingest).toMatchObject({
      status: 'published',
      identity: { diarienummer, by: 'local archivist', note: 'Dnr från diariet' },
    });
    const record = await caseOf(answer.ingest.caseId);
    expect(record).toMatchObject({ diarienummer, title, municipality: 'Stockholms stad' });
    expect(record.corrections).toEqual([
      expect.objectContaining({ path: 'diarienummer', value: diarienummer, by: 'local archivist' }),
    ]);

    // re-extraction reads no Dnr again, and keeps the one the archivist entered
    const prefix = key.slice(0, key.lastIndexOf('/') + 1);
    const rerun = await archivistApi('/v1/reextract', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ status: 'published', prefix }),
    });
    const lines = (await rerun.text())
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines.at(-1)).toMatchObject({ summary: { unchanged: 1, conflict: 0 } });
    expect((await caseOf(answer.ingest.caseId)).revision).toBe(record.revision);
  });
});
