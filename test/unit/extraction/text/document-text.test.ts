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

  it('collapses a letter-spaced signature', () => {
    const doc = buildDocumentText(['Stockholm den 1 mars 2019\nK A R I N E K L U N D']);
    expect(doc.lines[1]?.text).toBe('Karin Eklund');
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
