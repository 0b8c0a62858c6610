import { describe, expect, it } from 'vitest';
import {
  collapseLetterSpaced,
  collectKnownNames,
  isLetterSpaced,
  isUnsplitLetterSpaced,
  parsePersonList,
} from '../../../../shared/extraction/text/person-names.ts';

describe('collapseLetterSpaced', () => {
  it('splits at the wide gap when the text kept it', () => {
    expect(collapseLetterSpaced('S T E N  N O R D S T R Ö M', new Map())).toBe('Sten Nordström');
  });

  it('uses the same name printed elsewhere in the document', () => {
    const known = collectKnownNames('Föredragande borgarrådet Ulla Hedlund-Berg anför följande.');
    expect(collapseLetterSpaced('U L L A H E D L U N D - B E R G', known)).toBe('Ulla Hedlund-Berg');
  });

  it('splits after a common given name when nothing else shows the word break', () => {
    expect(collapseLetterSpaced('M A G N U S Å K E R S T E N', new Map())).toBe('Magnus Åkersten');
    expect(collapseLetterSpaced('M A R I A N N E E K', new Map())).toBe('Marianne Ek');
    expect(isUnsplitLetterSpaced('M A G N U S Å K E R S T E N', new Map())).toBe(true);
    expect(isUnsplitLetterSpaced('M A G N U S  Å K E R S T E N', new Map())).toBe(false);
  });

  it('keeps a name whole rather than split it at a guess when its given name is not a common one', () => {
    expect(collapseLetterSpaced('Z O R B A X E N T E R', new Map())).toBe('Zorbaxenter');
  });
});

describe('isLetterSpaced', () => {
  it('is false for an ordinary name', () => {
    expect(isLetterSpaced('Karin Ek')).toBe(false);
  });
});

describe('parsePersonList', () => {
  it('gives each name its group party and ignores m.fl.', () => {
    const people = parsePersonList('Ina Berg, Ola Dahl (båda MP) och Lars Ek m.fl. (V)');
    expect(people).toEqual([
      { name: 'Ina Berg', party: 'MP' },
      { name: 'Ola Dahl', party: 'MP' },
      { name: 'Lars Ek', party: 'V' },
    ]);
  });

  it('keeps lower-case party letters as printed and skips a motion number', () => {
    expect(parsePersonList('Eva Lund m fl (fp) (2004:12)')).toEqual([{ name: 'Eva Lund', party: 'fp' }]);
  });

  it('keeps a name without party when asked', () => {
    expect(parsePersonList('Per Holm', true)).toEqual([{ name: 'Per Holm', party: null }]);
  });
});
