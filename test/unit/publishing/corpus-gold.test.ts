import { describe, expect, it } from 'vitest';
import type { StoredCaseDocument } from '../../../shared/model/case-document.ts';
import {
  type ExtractedCase,
  emptyExtractedCase,
  textLayerSource,
} from '../../../shared/model/case-record.ts';
import type { Correction } from '../../../shared/model/correction.ts';
import { goldDocumentsOf, goldRecordOf } from '../../../shared/publishing/corpus-gold.ts';

const doc = (sha: string, date: string, extracted: Partial<ExtractedCase>): StoredCaseDocument => ({
  document: {
    sha256: sha.repeat(64),
    pages: 2,
    bytes: 100,
    fileName: `${sha}.pdf`,
    documentType: 'utlatande',
    uploadedAt: '2026-01-01T00:00:00.000Z',
    url: `/v1/cases/stockholm-2020-000001/documents/${sha.repeat(64)}`,
    ...textLayerSource(),
  },
  objectKey: `uploads/${sha}.pdf`,
  extracted: { ...emptyExtractedCase(), diarienummer: '2020/000001', date, ...extracted },
  extractorVersion: 'test',
  warnings: [],
});

const correction = (n: number, path: string, value: Correction['value']): Correction => ({
  correctionId: `20260301T10000000${n}Z-0000000${n}`,
  caseId: 'stockholm-2020-000001',
  path,
  value,
  note: null,
  by: 'anna',
  at: `2026-03-01T10:00:00.00${n}Z`,
  status: 'active',
  endedBy: null,
  endedAt: null,
  endNote: null,
});

const consultation = {
  body: 'Trafiknämnden',
  bodyType: 'namnd' as const,
  stance: 'unclear' as const,
  meetingDate: null,
  statementDate: null,
  evidence: 'Trafiknämnden har yttrat sig.',
  page: 1,
  confidence: 0.45,
};

describe('goldDocumentsOf', () => {
  it('returns each correction applied to the document its published value came from', () => {
    const utlatande = doc('a', '2020-05-01', { title: 'Motion om bänkar' });
    const remissvar = doc('b', '2020-02-01', { title: 'Yttrande', consultations: [consultation] });
    const untouched = doc('c', '2020-01-01', { title: 'Tjänsteutlåtande' });

    const gold = goldDocumentsOf(
      [remissvar, untouched, utlatande],
      [
        correction(1, 'title', 'Motion om parkbänkar'),
        correction(2, 'consultations[Trafiknämnden].stance', 'opposes'),
      ],
    );

    expect(gold.map((g) => [g.document.document.fileName, g.corrected])).toEqual([
      ['a.pdf', ['title']],
      ['b.pdf', ['consultations[Trafiknämnden].stance']],
    ]);
    expect(gold[0]?.gold.title).toBe('Motion om parkbänkar');
    expect(gold[1]?.gold).toMatchObject({ title: 'Yttrande', consultations: [{ stance: 'opposes' }] });
  });
});

describe('goldRecordOf', () => {
  it('returns the gold schema only: no evidence, page, confidence or partyCode', () => {
    const gold = goldRecordOf(
      {
        ...emptyExtractedCase(),
        subject: {
          kind: 'motion',
          reference: null,
          from: null,
          authors: [{ name: 'Per Ek', party: 'mp', partyCode: 'MP' }],
        },
        consultations: [consultation],
      },
      'x.pdf',
    );

    expect(gold.subject.authors).toEqual([{ name: 'Per Ek', party: 'mp' }]);
    expect(gold.consultations).toEqual([
      { body: 'Trafiknämnden', bodyType: 'namnd', stance: 'unclear', meetingDate: null, statementDate: null },
    ]);
    expect(Object.keys(gold)[0]).toBe('file');
  });
});
