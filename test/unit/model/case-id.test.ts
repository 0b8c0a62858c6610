import { describe, expect, it } from 'vitest';
import { CASE_ID_PATTERN, normalizeDiarienummer, toCaseId } from '../../../shared/model/case-id.ts';

describe('toCaseId', () => {
  it.each([
    ['Stockholms stad', '2017/000991', 'stockholm-2017-000991'],
    ['Stockholms stad', '326-1452/2004', 'stockholm-326_1452-2004'],
    ['Stockholms stad', '1.5.1-143/2017', 'stockholm-1.5.1_143-2017'],
    ['Uppsala kommun', 'KSN-2013-0456', 'uppsala-ksn_2013_0456'],
    ['Huddinge kommun', 'KS-2014/1872', 'huddinge-ks_2014-1872'],
    ['Borås stad', '2020/12', 'boras-2020-12'],
    [null, '2017/000991', 'okand-2017-000991'],
  ])('maps %s + %s to %s', (municipality, dnr, id) => {
    expect(toCaseId(municipality, dnr)).toBe(id);
  });

  it('never gives two different printed diarienummer one id', () => {
    const printed = [
      '2017/000991',
      '2017-000991',
      '2017:000991',
      '2017.000991',
      '2017 000991',
      '2017/991',
      'KS-2014/123',
      'KS 2014/123',
      'KS-2014-123',
      'ks-2014/123',
      'KSÄ-2014/123',
      'KSA-2014/123',
      '326-4495/2005',
      '326/4495-2005',
      '326-4495-2005',
    ];

    const ids = printed.map((dnr) => toCaseId('Stockholms stad', dnr));

    expect(new Set(ids).size).toBe(printed.length);
    for (const id of ids) expect(id).toMatch(CASE_ID_PATTERN);
  });

  it('gives the same printed diarienummer the same id, whatever the white space around it', () => {
    expect(toCaseId('Stockholms stad', ' KF  2017:45 ')).toBe(toCaseId('Stockholms stad', 'KF 2017:45'));
    expect(toCaseId('Stockholms stad', 'KF 2017:45')).toMatch(/^stockholm-kf-2017-45~[0-9a-f]{10}$/);
  });
});

describe('normalizeDiarienummer', () => {
  it('folds compatibility forms and white space only', () => {
    expect(normalizeDiarienummer('\u00a0ＫＳ-2014/1872 ')).toBe('KS-2014/1872');
    expect(normalizeDiarienummer('KS \t 2014')).toBe('KS 2014');
  });
});
