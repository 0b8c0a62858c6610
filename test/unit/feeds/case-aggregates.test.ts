import { describe, expect, it } from 'vitest';
import { countCasesPerYear, summarizeBodies } from '../../../shared/feeds/case-aggregates.ts';
import { makeRecord } from './record-fixture.ts';

describe('summarizeBodies', () => {
  it('returns each body with its case count and stance counts, most consulted first', () => {
    const a = makeRecord();
    const b = makeRecord({
      id: 'b',
      consultations: [{ ...makeRecord().consultations[0]!, stance: 'supports' }],
    });

    const bodies = summarizeBodies([a, b]);

    expect(bodies.map((x) => [x.body, x.cases])).toEqual([
      ['Stadsledningskontoret', 2],
      ['Farsta stadsdelsnämnd', 1],
    ]);
    expect(bodies[0]?.stances).toMatchObject({ opposes: 1, supports: 1, unknown: 0 });
  });
});

describe('countCasesPerYear', () => {
  it('returns years ascending, empty years filled in, undated cases last', () => {
    const records = [
      makeRecord({ date: '2019-01-01' }),
      makeRecord({ date: null }),
      makeRecord({ date: '2017-05-05' }),
      makeRecord({ date: '2019-12-31' }),
    ];

    expect(countCasesPerYear(records)).toEqual([
      { year: '2017', cases: 1 },
      { year: '2018', cases: 0 },
      { year: '2019', cases: 2 },
      { year: 'unknown', cases: 1 },
    ]);
  });

  it('returns an empty list for no cases', () => {
    expect(countCasesPerYear([])).toEqual([]);
  });
});
