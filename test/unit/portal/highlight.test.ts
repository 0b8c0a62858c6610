import { describe, expect, it } from 'vitest';
import { highlightPassage } from '../../../shared/portal/review/highlight.ts';

describe('highlightPassage', () => {
  it('returns the page split around the passage, across line breaks and line-end hyphens', () => {
    const page = 'Remissvar\nTrafiknämnden har lämnat syn-\npunkter på\nmotionen (bilaga 3).\nÖvrigt.';

    const found = highlightPassage(page, 'Trafiknämnden har lämnat synpunkter på motionen');

    expect(found).toEqual({
      before: 'Remissvar\n',
      passage: 'Trafiknämnden har lämnat syn-\npunkter på\nmotionen',
      after: ' (bilaga 3).\nÖvrigt.',
    });
  });

  it('returns null when the passage is not on the page, or there is none', () => {
    expect(highlightPassage('Idrottsnämnden tillstyrker.', 'Kulturnämnden avstyrker')).toBeNull();
    expect(highlightPassage('Idrottsnämnden tillstyrker.', null)).toBeNull();
  });

  it('returns a passage with regex characters matched literally', () => {
    expect(highlightPassage('Se (bilaga 3) s. 4.', '(bilaga 3) s.')?.passage).toBe('(bilaga 3) s.');
  });
});
