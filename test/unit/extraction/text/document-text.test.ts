import { describe, expect, it } from 'vitest';
import { buildDocumentText, pageAtOffset } from '../../../../shared/extraction/text/document-text.ts';

describe('buildDocumentText', () => {
  it('undoes line-end hyphenation but keeps suspended compounds', () => {
    const doc = buildDocumentText(['Miljö- och hälsoskydds-\nnämnden och kultur-\noch fritidsnämnden']);
    expect(doc.text).toBe('Miljö- och hälsoskyddsnämnden och kultur-\noch fritidsnämnden');
  });

  it('joins a hyphenated proper name without a space', () => {
    expect(buildDocumentText(['stadsdelsnämnden Hägersten-\nLiljeholmen svarar']).text).toBe(
      'stadsdelsnämnden Hägersten-Liljeholmen svarar',
    );
  });

  it('keeps the hyphen of an abbreviation’s compound broken over two lines', () => {
    expect(buildDocumentText(['samt RF-\nSISU Stockholm och VA-\nverket svarar']).text).toBe(
      'samt RF-SISU Stockholm och VA-verket svarar',
    );
    expect(buildDocumentText(['KS-\noch KF-ledamöter']).text).toBe('KS-\noch KF-ledamöter');
  });

  it('removes page numbers and a running header on later pages', () => {
    const doc = buildDocumentText([
      'Utlåtande 2019:3 RII (Dnr 2018/12) Rubrik\nText på sidan ett\n1',
      'Mer text\nUtlåtande 2019:3 RII (Dnr 2018/12)\nSida 2 (2)',
    ]);
    expect(doc.lines.map((l) => l.text)).toEqual([
      'Utlåtande 2019:3 RII (Dnr 2018/12) Rubrik',
      'Text på sidan ett',
      'Mer text',
    ]);
  });

  it('joins a capitalised word broken in a narrow letterhead cell, and only that', () => {
    const doc = buildDocumentText([
      'TIERPS KOMMUN TJÄNSTESKRIVEL\nSE\nTIERPS STADSHUS\nAB\nKS\nBilaga\nTIERPS KOMMUN SAMMANTRÄDESPROTOKO Sida 12\nLL',
    ]);
    expect(doc.lines.map((l) => l.text)).toEqual([
      'TIERPS KOMMUN TJÄNSTESKRIVELSE',
      'TIERPS STADSHUS',
      'AB',
      'KS',
      'Bilaga',
      // the broken word mid-line, before the page number that shares its cell
      'TIERPS KOMMUN SAMMANTRÄDESPROTOKOLL Sida 12',
    ]);
  });

  it('removes a later page’s running header that carries a registry case number', () => {
    const doc = buildDocumentText([
      'Tjänsteskrivelse\nText på sidan ett',
      'Tjänsteskrivelse KS 2022/00133\nMer text',
    ]);
    expect(doc.lines.map((l) => l.text)).toEqual(['Tjänsteskrivelse', 'Text på sidan ett', 'Mer text']);
  });

  it('collapses a letter-spaced signature at the wider gap the text kept', () => {
    const doc = buildDocumentText(['Stockholm den 1 mars 2019\nK A R I N  E K L U N D']);
    expect(doc.lines[1]?.text).toBe('Karin Eklund');
  });

  it('finds the word break of a letter-spaced name from the glyph positions alone', () => {
    // one run per letter, 3 pt apart, and 5 pt between the words: no double space anywhere
    const letters = [...'KARIN', ...'EKLUND'];
    let x = 70;
    const items = letters.map((str, i) => {
      const item = { str, x, y: 700, width: 7, size: 11, font: 'f1' };
      x += 7 + (i === 4 ? 5 : 3);
      return item;
    });
    const doc = buildDocumentText([{ width: 595, height: 842, items }]);
    expect(doc.lines[0]?.text).toBe('Karin Eklund');
    expect(doc.notes).toEqual([]);
  });

  it('splits a letter-spaced name with no visible break after a common given name, and says so', () => {
    const doc = buildDocumentText(['Stockholm den 1 mars 2019\nK A R I N E K L U N D']);
    expect(doc.lines[1]?.text).toBe('Karin Eklund');
    expect(doc.notes).toEqual([expect.objectContaining({ code: 'name_split_by_given_name', page: 1 })]);
  });

  it('keeps an unsplittable letter-spaced name whole and says so', () => {
    const doc = buildDocumentText(['Stockholm den 1 mars 2019\nZ O R B A X E N T E R']);
    expect(doc.lines[1]?.text).toBe('Zorbaxenter');
    expect(doc.notes).toEqual([expect.objectContaining({ code: 'name_unsplit', page: 1 })]);
  });

  it('maps offsets to 1-based pages', () => {
    const doc = buildDocumentText(['första sidan.', 'andra sidan.']);
    expect(pageAtOffset(doc, doc.text.indexOf('andra'))).toBe(2);
  });

  it('returns an empty document for non-string pages', () => {
    const doc = buildDocumentText([undefined, 42, null]);
    expect(doc.text).toBe('');
  });
});
