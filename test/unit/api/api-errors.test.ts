import { describe, expect, it } from 'vitest';
import { ApiError, parseQuery } from '../../../shared/api/api-errors.ts';
import { CaseQuerySchema } from '../../../shared/feeds/case-query.ts';

const errorOf = (params: Record<string, string>): ApiError => {
  try {
    parseQuery(CaseQuerySchema, params);
  } catch (error) {
    if (error instanceof ApiError) return error;
    throw error;
  }
  throw new Error('expected an ApiError');
};

describe('parseQuery', () => {
  it('returns the parsed query with defaults', () => {
    expect(parseQuery(CaseQuerySchema, { stance: 'opposes' })).toEqual({ stance: 'opposes', limit: 100 });
  });

  it('throws a 400 bad_parameter naming the parameter', () => {
    const error = errorOf({ limit: 'many' });

    expect(error.status).toBe(400);
    expect(error.code).toBe('bad_parameter');
    expect(error.message).toMatch(/^parameter limit: /);
  });

  it('throws a 400 naming an unknown parameter', () => {
    expect(errorOf({ colour: 'red' }).message).toBe('unknown parameter: colour');
  });
});
