import { describe, expect, it } from 'vitest';
import { findRequestProblem, splitRequestPath } from '../../../local/s3-emulator.ts';

describe('splitRequestPath', () => {
  it('splits path-style requests into the bucket and the decoded key', () => {
    expect(splitRequestPath('/remissvar-originals/uploads/a%20b/%C3%A5.pdf')).toEqual({
      bucket: 'remissvar-originals',
      key: 'uploads/a b/å.pdf',
    });
    expect(splitRequestPath('/remissvar-originals')).toEqual({ bucket: 'remissvar-originals', key: '' });
    expect(splitRequestPath('/bucket/%E0%A4%A')).toBeNull();
  });
});

describe('findRequestProblem', () => {
  it.each([
    ['/remissvar-originals/uploads/2026-12-01/ab/x.pdf', undefined],
    ['/remissvar-originals', undefined],
    ['/remissvar-originals/', undefined],
    ['/', undefined],
    ['/remissvar-originals/uploads/b.pdf', '/remissvar-originals/uploads/a.pdf'],
  ])('lets %s (copy source %s) through', (path, copySource) => {
    expect(findRequestProblem(path, copySource)).toBeNull();
  });

  it.each([
    ['/remissvar-originals/uploads/../../x.pdf', undefined, /"\.\." segment/],
    ['/remissvar-originals/uploads/%2e%2E/x.pdf', undefined, /"\.\." segment/],
    ['/remissvar-originals//x.pdf', undefined, /absolute/],
    ['/remissvar-originals/uploads/x.pdf/', undefined, /empty segment/],
    ['/../x.pdf', undefined, /invalid bucket name/],
    ['/Remissvar/x.pdf', undefined, /invalid bucket name/],
    ['/remissvar-originals/uploads/b.pdf', '/remissvar-originals/uploads/../../a.pdf', /x-amz-copy-source/],
    ['/remissvar-originals/%zz', undefined, /percent-encoding/],
  ])('refuses %s (copy source %s)', (path, copySource, problem) => {
    expect(findRequestProblem(path, copySource)).toMatch(problem);
  });
});
