import { describe, expect, it } from 'vitest';
import {
  type HeadingTest,
  splitUnits,
  type Unit,
} from '../../../../shared/extraction/consultations/units.ts';
import { buildDocumentText } from '../../../../shared/extraction/text/document-text.ts';
import type { PositionedItem } from '../../../../shared/pdf/positioned-text.ts';

// Invented passages in the style of council documents; plain string pages unless a test needs cells.
const SECTION_WORDS: HeadingTest = (line) =>
  /^(?:Beredning|Remissammanställning|Mina synpunkter)$/u.test(line.text);

function unitsOf(pages: string[], isHeading: HeadingTest = SECTION_WORDS): Unit[] {
  const doc = buildDocumentText(pages);
  return splitUnits(doc, 0, doc.lines.length, isHeading);
}
const texts = (units: readonly Unit[]) => units.map((u) => u.text);

describe('splitUnits', () => {
  describe('sentences', () => {
    it('splits at a full stop, question or exclamation mark before a capital', () => {
      expect(texts(unitsOf(['Nämnden tillstyrker. Är det rimligt? Ja! Förvaltningen avstyrker.']))).toEqual([
        'Nämnden tillstyrker.',
        'Är det rimligt?',
        'Ja!',
        'Förvaltningen avstyrker.',
      ]);
    });

    it('does not split after a full stop followed by a lower-case word', () => {
      expect(texts(unitsOf(['Kostnaden anges i kap. två och bedöms som låg.']))).toEqual([
        'Kostnaden anges i kap. två och bedöms som låg.',
      ]);
    });

    it.each([
      ['Nämnden har bl.a. sett över skyltningen. Den är bra.', 'Nämnden har bl.a. sett över skyltningen.'],
      [
        'Förvaltningen föreslår t.ex. Fickparker i centrum. Den är bra.',
        'Förvaltningen föreslår t.ex. Fickparker i centrum.',
      ],
      [
        'Enligt 5 kap. 3 § kommunallagen gäller detta. Den är bra.',
        'Enligt 5 kap. 3 § kommunallagen gäller detta.',
      ],
      ['Kostnaden är ca 2 mnkr per år. Den är bra.', 'Kostnaden är ca 2 mnkr per år.'],
      ['Se jfr. Prop. 2016/17:180 om detta. Den är bra.', 'Se jfr. Prop. 2016/17:180 om detta.'],
      ['Motionen av Anna K. Berg gäller parker. Den är bra.', 'Motionen av Anna K. Berg gäller parker.'],
      ['Nämnden har s.k. Fickparker i åtanke. Den är bra.', 'Nämnden har s.k. Fickparker i åtanke.'],
    ])('keeps an abbreviation or an initial inside the sentence: %s', (text, first) => {
      expect(texts(unitsOf([text]))[0]).toBe(first);
    });

    it('joins a sentence wrapped over several lines, with single spaces', () => {
      const units = unitsOf(['Kulturnämnden ställer sig\npositiv till\n   motionens förslag. Nästa mening.']);
      expect(texts(units)).toEqual([
        'Kulturnämnden ställer sig positiv till motionens förslag.',
        'Nästa mening.',
      ]);
      expect(units[0]?.line).toBe(0);
    });

    it('continues an unfinished sentence over a blank line when the next line starts lower-case', () => {
      const units = unitsOf(['Nämnden anser att förslaget\n\när rimligt och bör genomföras.']);
      expect(texts(units)).toEqual(['Nämnden anser att förslaget är rimligt och bör genomföras.']);
    });

    it('never lets a sentence cross a paragraph break', () => {
      const units = unitsOf(['Nämnden anser att förslaget\n\nFörvaltningen delar den bedömningen.']);
      expect(texts(units)).toEqual(['Nämnden anser att förslaget', 'Förvaltningen delar den bedömningen.']);
      expect(units.map((u) => u.paragraph)).toEqual([0, 1]);
    });

    it('gives each unit the offset of its first character in the document text', () => {
      const doc = buildDocumentText([
        'Beredning\n\nKulturnämnden tillstyrker. Idrottsnämnden avstyrker motionen.',
      ]);
      const units = splitUnits(doc, 0, doc.lines.length, SECTION_WORDS);
      for (const u of units) expect(doc.text.slice(u.start, u.start + u.text.length)).toBe(u.text);
    });

    it('caps a unit at 2 000 characters', () => {
      // one sentence over many lines and two pages (a plain page is itself capped at 2 000 characters)
      const half = Array.from({ length: 50 }, () => 'nämnden anser att det är bra').join('\n');
      const units = unitsOf([`Nämnden ${half}`, `${half} slut.`]);
      expect(units).toHaveLength(1);
      expect(units[0]?.text.length).toBe(2000);
    });
  });

  describe('headings', () => {
    it('makes a heading a paragraph of its own and ends the sentence before it', () => {
      const units = unitsOf(['Motionen har remitterats\nBeredning\nKulturnämnden tillstyrker.']);
      expect(units.map((u) => [u.kind, u.text])).toEqual([
        ['sentence', 'Motionen har remitterats'],
        ['heading', 'Beredning'],
        ['sentence', 'Kulturnämnden tillstyrker.'],
      ]);
      const [before, heading, after] = units.map((u) => u.paragraph);
      expect(new Set([before, heading, after]).size).toBe(3);
    });

    it('asks the caller which lines are headings, passing the next line', () => {
      const seen: [string, string | undefined][] = [];
      const units = unitsOf(['Trafiknämnden\nTrafiknämnden avstyrker motionen.'], (line, next) => {
        seen.push([line.text, next?.text]);
        return line.text === 'Trafiknämnden';
      });
      expect(seen[0]).toEqual(['Trafiknämnden', 'Trafiknämnden avstyrker motionen.']);
      expect(units.map((u) => u.kind)).toEqual(['heading', 'sentence']);
    });
  });

  describe('list items', () => {
    it.each([
      ['– Kulturnämnden', '– Kulturnämnden'],
      ['• Farsta stadsdelsnämnd', '• Farsta stadsdelsnämnd'],
      ['* Idrottsnämnden', '* Idrottsnämnden'],
      ['2) Trafiknämnden', '2) Trafiknämnden'],
    ])('makes the bullet line %j an item', (line, text) => {
      const units = unitsOf([`Remissinstanser:\n${line}\nProsa efter listan.`]);
      expect(units.map((u) => [u.kind, u.text])).toEqual([
        ['sentence', 'Remissinstanser:'],
        ['item', text],
        ['sentence', 'Prosa efter listan.'],
      ]);
    });

    it('continues an item over a wrapped line that starts lower-case or after a dangling word', () => {
      const units = unitsOf([
        '– Idrottsnämnden och\n  socialnämnden\n– Stadsbyggnadsnämnden samt\nKulturnämnden\nProsa igen.',
      ]);
      expect(units.map((u) => [u.kind, u.text])).toEqual([
        ['item', '– Idrottsnämnden och socialnämnden'],
        ['item', '– Stadsbyggnadsnämnden samt Kulturnämnden'],
        ['sentence', 'Prosa igen.'],
      ]);
    });

    it('ends an item at a capitalised line after a complete one', () => {
      const units = unitsOf(['– Trafiknämnden\nNämnden har yttrat sig.']);
      expect(units.map((u) => u.kind)).toEqual(['item', 'sentence']);
    });
  });

  describe('table rows', () => {
    it('makes a line with side-by-side cells an item that keeps its cells', () => {
      const cell = (str: string, x: number, y: number): PositionedItem => ({
        str,
        x,
        y,
        width: str.length * 5,
        size: 10,
        font: 'F1',
      });
      const doc = buildDocumentText([
        {
          width: 595,
          height: 842,
          items: [
            cell('Kulturnämnden har yttrat sig om motionen.', 60, 300),
            cell('Idrottsnämnden', 60, 314),
            cell('2020-03-12', 260, 314),
            cell('Tillstyrker', 420, 314),
          ],
        },
      ]);
      const units = splitUnits(doc, 0, doc.lines.length, () => false);
      expect(units.map((u) => [u.kind, u.cells])).toEqual([
        ['sentence', []],
        ['item', ['Idrottsnämnden', '2020-03-12', 'Tillstyrker']],
      ]);
    });
  });

  describe('range and pages', () => {
    it('reads only the lines in [from, to)', () => {
      const doc = buildDocumentText(['Första raden.\nAndra raden.\nTredje raden.']);
      expect(texts(splitUnits(doc, 1, 2, () => false))).toEqual(['Andra raden.']);
    });

    it('gives the units after a heading at the top of a later page that page', () => {
      const units = unitsOf([
        'Kulturnämnden tillstyrker.',
        'Remissammanställning\nIdrottsnämnden avstyrker.',
      ]);
      expect(units.map((u) => [u.text, u.page])).toEqual([
        ['Kulturnämnden tillstyrker.', 1],
        ['Remissammanställning', 2],
        ['Idrottsnämnden avstyrker.', 2],
      ]);
    });
  });
});
