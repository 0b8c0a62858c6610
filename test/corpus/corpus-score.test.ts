import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { extractCase } from '../../shared/extraction/extract-case.ts';
import { STANCE_CERTAIN_THRESHOLD } from '../../shared/model/case-record.ts';
import { extractText } from '../../shared/pdf/extract-text.ts';
import { type CorpusScore, scoreCorpus } from './score.ts';

// The dev corpus is the extractor's regression gate: quality may only go up. Raise the floors in
// score-floor.json when the extractor improves; never lower them to make a change pass. The dev
// corpus is what the rules were written from, so these figures are an upper bound: the README
// gives the figures measured on documents the rules never saw.
const CORPUS_DIR = path.join(import.meta.dirname, '../fixtures/corpus');
const Floor = z.object({
  overall: z.number(),
  fields: z.record(z.string(), z.number()),
  /** Highest share of asserted supports/opposes/partly stances that may be wrong. */
  decisiveWrongMax: z.number(),
  /** Lowest precision per stance class (on bodies found in both gold and prediction). */
  classPrecision: z.record(z.string(), z.number()),
  /** Lowest precision of the stances published as certain (confidence ≥ the threshold). */
  certainPrecision: z.number(),
});
const floor = Floor.parse(
  JSON.parse(fs.readFileSync(path.join(import.meta.dirname, 'score-floor.json'), 'utf8')),
);

const Reference = z.object({
  overall: z.number(),
  classes: z.array(
    z.object({
      stance: z.string(),
      precision: z.number(),
      recall: z.number(),
      predicted: z.number(),
      gold: z.number(),
    }),
  ),
  decisiveWrong: z.object({ wrong: z.number(), asserted: z.number(), rate: z.number() }),
});

const Consultation = z.looseObject({
  body: z.string(),
  stance: z.string().nullable(),
  confidence: z.number().nullish(),
});
const Consultations = z.looseObject({ consultations: z.array(Consultation) });

const gold = new Map<string, Record<string, unknown>>();
const predicted = new Map<string, Record<string, unknown>>();
let score: CorpusScore;
let reference: z.infer<typeof Reference>;
let out: string;

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
  out = fs.mkdtempSync(path.join(os.tmpdir(), 'corpus-score-'));
  for (const [name, record] of predicted)
    fs.writeFileSync(path.join(out, `${name}.json`), JSON.stringify(record));
  const stdout = execFileSync(process.execPath, [
    path.join(CORPUS_DIR, 'score.mjs'),
    CORPUS_DIR,
    out,
    '--json',
  ]);
  reference = Reference.parse(JSON.parse(stdout.toString()));
  console.info(
    [
      `dev corpus: ${predicted.size} documents, overall ${reference.overall.toFixed(4)}`,
      'stance     precision recall (predicted, gold)',
      ...reference.classes.map(
        (c) =>
          `${c.stance.padEnd(13)} ${c.precision.toFixed(3)}  ${c.recall.toFixed(3)}  (${c.predicted}, ${c.gold})`,
      ),
      `decisive stances wrong: ${reference.decisiveWrong.wrong}/${reference.decisiveWrong.asserted}`,
    ].join('\n'),
  );
});

afterAll(() => {
  if (out) fs.rmSync(out, { recursive: true, force: true });
});

describe('extractCase on the dev corpus', () => {
  it('keeps the overall score at or above the committed floor', () => {
    expect(score.overall, score.misses.join('\n')).toBeGreaterThanOrEqual(floor.overall);
  });

  it('keeps every field at or above its committed floor', () => {
    const below = score.fields
      .filter((f) => f.score < (floor.fields[f.field] ?? 1))
      .map((f) => `${f.field} ${f.score.toFixed(3)} ${f.detail}`);
    expect(below, score.misses.join('\n')).toEqual([]);
  });

  it('scores the same as the reference scorer score.mjs', () => {
    expect(score.overall).toBeCloseTo(reference.overall, 10);
  });

  it('publishes few wrong decisive stances, and keeps each stance class precise', () => {
    expect(reference.decisiveWrong.rate).toBeLessThanOrEqual(floor.decisiveWrongMax);
    const imprecise = reference.classes
      .filter((c) => c.precision < (floor.classPrecision[c.stance] ?? 1))
      .map((c) => `${c.stance} ${c.precision.toFixed(3)}`);
    expect(imprecise).toEqual([]);
  });

  it('is right about the stances it publishes as certain', () => {
    let certain = 0;
    let right = 0;
    for (const [name, record] of predicted) {
      const goldBodies = new Map(
        Consultations.parse(gold.get(name)).consultations.map((c) => [c.body.toLowerCase(), c.stance]),
      );
      for (const c of Consultations.parse(record).consultations) {
        if ((c.confidence ?? 0) < STANCE_CERTAIN_THRESHOLD || !goldBodies.has(c.body.toLowerCase())) continue;
        certain++;
        if (goldBodies.get(c.body.toLowerCase()) === c.stance) right++;
      }
    }
    expect(certain).toBeGreaterThan(0);
    expect(right / certain).toBeGreaterThanOrEqual(floor.certainPrecision);
  });
});
