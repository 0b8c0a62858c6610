import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { extractCase } from '../../shared/extraction/extract-case.ts';
import { extractText } from '../../shared/pdf/extract-text.ts';
import { type CorpusScore, scoreCorpus } from './score.ts';

// The dev corpus is the extractor's regression gate: quality may only go up. Raise the floors in
// score-floor.json when the extractor improves; never lower them to make a change pass.
const CORPUS_DIR = path.join(import.meta.dirname, '../fixtures/corpus');
const floor = JSON.parse(fs.readFileSync(path.join(import.meta.dirname, 'score-floor.json'), 'utf8')) as {
  overall: number;
  fields: Record<string, number>;
};

const gold = new Map<string, Record<string, unknown>>();
const predicted = new Map<string, Record<string, unknown>>();
let score: CorpusScore;

beforeAll(async () => {
  const names = fs
    .readdirSync(CORPUS_DIR)
    .filter((f) => f.endsWith('.pdf'))
    .map((f) => f.replace(/\.pdf$/, ''))
    .sort();
  await Promise.all(
    names.map(async (name) => {
      const { pages } = await extractText(fs.readFileSync(path.join(CORPUS_DIR, `${name}.pdf`)));
      predicted.set(name, extractCase(pages).record as unknown as Record<string, unknown>);
      gold.set(name, JSON.parse(fs.readFileSync(path.join(CORPUS_DIR, `${name}.json`), 'utf8')));
    }),
  );
  score = scoreCorpus(gold, predicted);
});

describe('extractCase on the dev corpus', () => {
  it('keeps the overall score at or above the committed floor', () => {
    expect(score.overall, score.misses.join('\n')).toBeGreaterThanOrEqual(floor.overall);
  });

  it('keeps every field at or above its committed floor', () => {
    const below = score.fields
      .filter((f) => f.score < (floor.fields[f.field] ?? 0))
      .map((f) => `${f.field} ${f.detail}`);
    expect(below, score.misses.join('\n')).toEqual([]);
  });

  it('scores the same as the reference scorer score.mjs', () => {
    const out = fs.mkdtempSync(path.join(os.tmpdir(), 'corpus-score-'));
    try {
      for (const [name, record] of predicted)
        fs.writeFileSync(path.join(out, `${name}.json`), JSON.stringify(record));
      const stdout = execFileSync(process.execPath, [
        path.join(CORPUS_DIR, 'score.mjs'),
        CORPUS_DIR,
        out,
        '--json',
      ]);
      const reference = JSON.parse(stdout.toString()) as { overall: number };
      expect(score.overall).toBeCloseTo(reference.overall, 10);
    } finally {
      fs.rmSync(out, { recursive: true, force: true });
    }
  });
});
