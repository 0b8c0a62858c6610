import { describe, expect, it } from 'vitest';
import {
  hasXmlForbidden,
  stripXmlForbidden,
  stripXmlForbiddenDeep,
} from '../../../shared/model/xml-chars.ts';

describe('stripXmlForbidden', () => {
  it('returns the text without C0 controls, lone surrogates and U+FFFE/U+FFFF', () => {
    expect(stripXmlForbidden('a\u0000b\u0007c\u001bd\uFFFEe\uFFFFf\uD800g\uDC00h')).toBe('abcdefgh');
  });

  it('returns tab, newlines, letters, emoji and other allowed characters unchanged', () => {
    const allowed = 'Åsa\töver\nrad\r\n€ 😀 \u0085 \uE000 \uFFFD';

    expect(stripXmlForbidden(allowed)).toBe(allowed);
    expect(hasXmlForbidden(allowed)).toBe(false);
  });
});

describe('stripXmlForbiddenDeep', () => {
  it('returns the same structure with every string cleaned and other values kept', () => {
    const value = { title: 'T\u0000', list: ['a\u0007', 1, null, true], nested: { 'k\u0001': 'v\uFFFE' } };

    expect(stripXmlForbiddenDeep(value)).toEqual({
      title: 'T',
      list: ['a', 1, null, true],
      nested: { k: 'v' },
    });
  });
});
