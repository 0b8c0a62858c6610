import { describe, expect, it } from 'vitest';
import {
  CaseCsvQuerySchema,
  CaseQuerySchema,
  filterKey,
  matchesCase,
  matchesConsultation,
} from '../../../shared/feeds/case-query.ts';
import { makeRecord } from './record-fixture.ts';

const query = (params: Record<string, string>) => CaseQuerySchema.parse(params);
const firstIssuePath = (params: Record<string, string>) =>
  CaseQuerySchema.safeParse(params).error?.issues[0]?.path.join('.');

describe('CaseQuerySchema', () => {
  it('returns defaults for an empty query', () => {
    expect(query({})).toEqual({ limit: 100 });
  });

  it('returns an issue at the parameter for each bad value', () => {
    expect(firstIssuePath({ limit: '0' })).toBe('limit');
    expect(firstIssuePath({ limit: '1001' })).toBe('limit');
    expect(firstIssuePath({ from: '2020-02-30' })).toBe('from');
    expect(firstIssuePath({ to: 'yesterday' })).toBe('to');
    expect(firstIssuePath({ stance: 'maybe' })).toBe('stance');
    expect(firstIssuePath({ outcome: 'won' })).toBe('outcome');
    expect(firstIssuePath({ documentType: 'book' })).toBe('documentType');
    expect(firstIssuePath({ rotel: '42' })).toBe('rotel');
    expect(firstIssuePath({ updatedSince: 'soon' })).toBe('updatedSince');
    expect(firstIssuePath({ from: '2020-02-01', to: '2020-01-01' })).toBe('to');
  });

  it('returns an unrecognized_keys issue for an unknown parameter', () => {
    const issue = CaseQuerySchema.safeParse({ colour: 'red' }).error?.issues[0];

    expect(issue?.code).toBe('unrecognized_keys');
  });
});

describe('filterKey', () => {
  it('returns the same key whatever the order, limit, cursor or separator', () => {
    expect(filterKey(query({ q: 'x', stance: 'opposes', limit: '5' }))).toBe(
      filterKey(CaseCsvQuerySchema.parse({ stance: 'opposes', q: 'x', sep: 'semicolon' })),
    );
    expect(filterKey(query({ q: 'x' }))).not.toBe(filterKey(query({ q: 'y' })));
  });
});

describe('matchesCase', () => {
  const record = makeRecord();

  it('returns true for every filter the record satisfies', () => {
    const q = query({
      from: '2018-01-01',
      to: '2018-12-31',
      rotel: 'vi',
      party: 'sd',
      body: 'stadslednings',
      stance: 'opposes',
      outcome: 'besvarad',
      documentType: 'utlatande',
      q: 'INFORMERA kommunen',
      updatedSince: '2025-12-31',
    });

    expect(matchesCase(record, q)).toBe(true);
  });

  it('returns false when any one filter fails', () => {
    const failing: Record<string, string>[] = [
      { from: '2018-04-26' },
      { to: '2018-04-24' },
      { rotel: 'V' },
      { party: 'MP' },
      { body: 'Socialnämnden' },
      { stance: 'supports' },
      { body: 'Farsta', stance: 'opposes' },
      { outcome: 'bifall' },
      { documentType: 'pm' },
      { q: 'simhall' },
      { updatedSince: '2026-01-02' },
    ];
    for (const params of failing) {
      expect(matchesCase(record, query(params)), JSON.stringify(params)).toBe(false);
    }
  });

  it('returns false for a tombstone', () => {
    expect(matchesCase(makeRecord({ deleted: true }), query({}))).toBe(false);
  });
});

describe('matchesConsultation', () => {
  it('returns true only for the rows matching body and stance', () => {
    const [slk, farsta] = makeRecord().consultations;

    expect(matchesConsultation(slk!, query({ stance: 'opposes' }))).toBe(true);
    expect(matchesConsultation(farsta!, query({ stance: 'opposes' }))).toBe(false);
    expect(matchesConsultation(farsta!, query({ body: 'farsta' }))).toBe(true);
  });
});
