import { describe, expect, it } from 'vitest';
import { assertSafeObjectKey, findObjectKeyProblem, isUploadKey } from '../../../shared/model/object-key.ts';

describe('findObjectKeyProblem', () => {
  it.each([
    ['uploads/2026-12-01/ab12cd34/Utlåtande 2017 (RVI).pdf'],
    ['uploads/a..b/c.d.pdf'],
    ['originals/sha256/0f1e'],
  ])('accepts %j', (key) => {
    expect(findObjectKeyProblem(key)).toBeNull();
  });

  it.each([
    ['', /empty/],
    ['/uploads/a.pdf', /absolute/],
    ['uploads//a.pdf', /empty segment/],
    ['uploads/a/', /empty segment/],
    ['uploads/./a.pdf', /"\." segment/],
    ['uploads/../a.pdf', /"\.\." segment/],
    ['..', /"\.\." segment/],
    ['uploads/a\nb.pdf', /control character/],
    ['uploads/a\u0000.pdf', /control character/],
    [`uploads/${'å'.repeat(600)}`, /longer than 1024 bytes/],
  ])('refuses %j', (key, problem) => {
    expect(findObjectKeyProblem(key)).toMatch(problem);
  });
});

describe('assertSafeObjectKey', () => {
  it('names the problem and the key in its error', () => {
    expect(() => assertSafeObjectKey('uploads/../x.pdf')).toThrow(/"\.\." segment: "uploads\/\.\.\/x\.pdf"/);
  });
});

describe('isUploadKey', () => {
  it('is true for safe keys under uploads/ only', () => {
    expect([
      isUploadKey('uploads/a.pdf'),
      isUploadKey('uploads/../a.pdf'),
      isUploadKey('other/a.pdf'),
    ]).toEqual([true, false, false]);
  });
});
