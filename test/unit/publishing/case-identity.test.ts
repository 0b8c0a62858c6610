import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractCase } from '../../../shared/extraction/extract-case.ts';
import { extractText } from '../../../shared/pdf/extract-text.ts';
import { findMotionNumberAsDiarienummer } from '../../../shared/publishing/case-identity.ts';

const corpus = new URL('../../fixtures/corpus/', import.meta.url);

/** A header whose Dnr is unreadable, over a motion line that carries the motion's number. */
const pagesWith = (header: string, motionLine: string) => [
  [
    header,
    motionLine,
    'Motion av Anna Andersson (S)',
    '',
    'Kommunstyrelsen föreslår kommunfullmäktige besluta följande.',
    'Motionen avslås.',
    'Stockholm den 20 mars 2019',
  ].join('\n'),
];

describe('findMotionNumberAsDiarienummer', () => {
  it.each([
    ['an empty Dnr in the header', 'Utlåtande 2019:12 RI (Dnr )', 'Motion (2017:45) om cykelbanor'],
    ['a Dnr label with no number', 'Utlåtande 2019:12 RI\nDnr', 'Motion 2017:45 om cykelbanor'],
  ])('flags %s, where an extractor took the motion number', (_what, header, motion) => {
    const pages = pagesWith(header, motion);
    const { record, issues } = extractCase(pages);
    // the current extractor leaves the Dnr empty; the net is for any extractor that does not
    const misread = { ...record, diarienummer: '2017:45' };

    const issue = findMotionNumberAsDiarienummer(misread, pages);

    expect(record.diarienummer).toBeNull();
    expect(issues.map((i) => i.code)).toContain('dnr_incomplete');
    expect(issue).toMatchObject({ code: 'id_from_motion_number', path: 'diarienummer' });
  });

  it('trusts a number printed after a Dnr label, even when the motion carries the same one', () => {
    const pages = pagesWith('Utlåtande 2019:12 RI (Dnr 2017:45)', 'Motion (2017:45) om cykelbanor');
    const { record } = extractCase(pages);

    expect(findMotionNumberAsDiarienummer(record, pages)).toBeNull();
  });

  it('flags none of the development corpus, read as the ingest reads it', async () => {
    const files = fs.readdirSync(corpus).filter((f) => f.endsWith('.pdf'));
    const flagged: string[] = [];
    for (const file of files) {
      const { pages } = await extractText(fs.readFileSync(new URL(file, corpus)));
      if (findMotionNumberAsDiarienummer(extractCase(pages).record, pages)) flagged.push(file);
    }

    expect(files.length).toBeGreaterThan(10);
    expect(flagged).toEqual([]);
  });
});
