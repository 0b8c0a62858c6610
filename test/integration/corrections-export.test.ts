// `npm run corrections -- --export DIR` against the real local stack: a corrected case becomes a
// corpus gold file beside its PDF, in the corpus schema, and scoring the current extractor against
// it finds exactly the fields an archivist corrected — so real use grows the test corpus.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { createDependencies } from '../../lambdas/dependencies.ts';
import { createPdfReader } from '../../lambdas/ingest-handler.ts';
import { localFunctionEnv } from '../../shared/config.ts';
import { extractCase } from '../../shared/extraction/extract-case.ts';
import { scoreCorpus } from '../corpus/score.ts';
import { api, archivistHeaders } from '../support/local-client.ts';
import { uniqueWord } from './feed-support.ts';
import { DOUBTFUL_BODY, publishDoubtfulCase } from './review-support.ts';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'remissvar-gold-'));
const deps = createDependencies(
  localFunctionEnv({ dynamoPort: inject('dynamoPort'), s3Port: inject('s3Port') }),
);
afterAll(() => {
  fs.rmSync(dir, { recursive: true, force: true });
  deps.dynamo.destroy();
  deps.s3.destroy();
});

const correct = async (caseId: string, path: string, value: unknown) => {
  const response = await api('/v1/corrections', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...archivistHeaders() },
    body: JSON.stringify({ caseId, path, value }),
  });
  expect(response.status).toBe(201);
};

describe('npm run corrections -- --export', () => {
  it('writes each corrected case as corpus gold beside its PDF, differing from the extractor only where corrected', async () => {
    const { id } = await publishDoubtfulCase(`Motion om bänkar vid vattnet ${uniqueWord('gld')}`);
    await correct(id, `consultations[${DOUBTFUL_BODY}].stance`, 'opposes');
    await correct(id, 'title', 'Motion om parkbänkar vid vattnet');

    const run = spawnSync(
      process.execPath,
      ['--import', 'tsx', 'local/cli/corrections.ts', '--export', dir],
      {
        cwd: new URL('../../', import.meta.url),
        encoding: 'utf8',
        env: {
          ...process.env,
          DYNAMODB_PORT: String(inject('dynamoPort')),
          S3_PORT: String(inject('s3Port')),
        },
      },
    );

    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toMatch(new RegExp(`^${id}\\.json  corrected: .*stance`, 'm'));
    const pdf = fs.readFileSync(path.join(dir, `${id}.pdf`));
    const gold = JSON.parse(fs.readFileSync(path.join(dir, `${id}.json`), 'utf8')) as Record<string, unknown>;
    const record = (await (await api(`/v1/cases/${id}`)).json()) as { documents: { sha256: string }[] };
    const corpusGold = JSON.parse(
      fs.readFileSync(new URL('../fixtures/corpus/01-kamerabevakning-parker.json', import.meta.url), 'utf8'),
    ) as Record<string, unknown>;

    // the exact bytes the case was read from, and the corpus schema's fields in its order
    expect(createHash('sha256').update(pdf).digest('hex')).toBe(record.documents[0]?.sha256);
    expect(Object.keys(gold)).toEqual(Object.keys(corpusGold));
    expect(Object.keys((gold.consultations as object[])[0] ?? {})).toEqual(
      Object.keys((corpusGold.consultations as object[])[0] ?? {}),
    );
    expect(gold).toMatchObject({ file: `${id}.pdf`, title: 'Motion om parkbänkar vid vattnet' });

    const reader = createPdfReader(deps.config);
    try {
      const { record: extracted } = extractCase((await reader.read(new Uint8Array(pdf))).pages);
      const score = scoreCorpus(
        new Map([[id, gold]]),
        new Map([[id, extracted as unknown as Record<string, unknown>]]),
      );

      expect(score.misses.sort()).toEqual(
        [
          `consultations.stance ${id} ${DOUBTFUL_BODY}: gold=opposes pred=unclear`,
          `title ${id} gold=motion om parkbänkar vid vattnet pred=${extracted.title?.toLowerCase()}`,
        ].sort(),
      );
    } finally {
      await reader.close();
    }
  });
});
