import { describe, expect, it } from 'vitest';
import {
  count,
  formatDate,
  formatDateTime,
  formatNumber,
  formatPercent,
} from '../../../shared/portal/swedish-format.ts';

describe('formatDate', () => {
  it('returns the day, the month name and the year', () => {
    expect(formatDate('2026-12-01')).toBe('1 december 2026');
    expect(formatDate('2019-03-20')).toBe('20 mars 2019');
  });

  it('returns a dash for no date', () => {
    expect(formatDate(null)).toBe('–');
  });
});

describe('formatDateTime', () => {
  it('returns Stockholm time with kl. and a full stop between hours and minutes', () => {
    expect(formatDateTime('2026-12-01T07:44:00Z')).toBe('1 december 2026 kl. 08.44');
    // summer time: UTC+2
    expect(formatDateTime('2026-06-30T22:05:00Z')).toBe('1 juli 2026 kl. 00.05');
  });
});

describe('count', () => {
  it('returns the singular for one and the plural otherwise', () => {
    expect([
      count(0, 'ärende', 'ärenden'),
      count(1, 'ärende', 'ärenden'),
      count(2, 'ärende', 'ärenden'),
    ]).toEqual(['0 ärenden', '1 ärende', '2 ärenden']);
  });

  it('groups thousands with a space', () => {
    expect(formatNumber(12345).replace(/\s/g, ' ')).toBe('12 345');
    expect(formatPercent(0.125)).toBe('13 %');
  });
});
