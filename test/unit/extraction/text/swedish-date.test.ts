import { describe, expect, it } from 'vitest';
import { findDates, parseSwedishDate } from '../../../../shared/extraction/text/swedish-date.ts';

describe('parseSwedishDate', () => {
  it('reads a long-form date', () => {
    expect(parseSwedishDate('Stockholm den 25 april 2018')).toBe('2018-04-25');
  });

  it('reads a date broken across lines and in capitals', () => {
    expect(parseSwedishDate('sammanträde den 19\ndecember 2017')).toBe('2017-12-19');
    expect(parseSwedishDate('KF 27 MAJ 2013 Nr 91.')).toBe('2013-05-27');
  });

  it('keeps an ISO date', () => {
    expect(parseSwedishDate('tjänsteutlåtande 2020-08-26')).toBe('2020-08-26');
  });

  it('returns null for an impossible date', () => {
    expect(parseSwedishDate('den 31 februari 2019')).toBeNull();
  });

  it('returns null when there is no date', () => {
    expect(parseSwedishDate('Motionen avslås.')).toBeNull();
  });
});

describe('findDates', () => {
  it('finds every date in order', () => {
    const dates = findDates('den 1 mars 2005 och 2005-04-02').map((d) => d.iso);
    expect(dates).toEqual(['2005-03-01', '2005-04-02']);
  });
});
