// Extractor versions compare numerically, so `--before-version 1.10.0` selects 1.9.x extractions.
import { describe, expect, it } from 'vitest';
import { compareVersions } from '../../../shared/ingest/reextract.ts';

describe('compareVersions', () => {
  it('compares each part as a number', () => {
    expect(compareVersions('1.9.0', '1.10.0')).toBe(-1);
    expect(compareVersions('1.10.0', '1.9.3')).toBe(1);
    expect(compareVersions('2.0', '2.0.0')).toBe(0);
    expect(compareVersions('1.0.0', '1.0.1')).toBe(-1);
  });
});
