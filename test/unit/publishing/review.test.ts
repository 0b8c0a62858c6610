import { describe, expect, it } from 'vitest';
import type { StoredCaseDocument } from '../../../shared/model/case-document.ts';
import { type Consultation, emptyExtractedCase } from '../../../shared/model/case-record.ts';
import type { Correction } from '../../../shared/model/correction.ts';
import { buildCaseRecord } from '../../../shared/publishing/build-case-record.ts';
import { caseReviewOf, reviewItemsOf, reviewRankOf } from '../../../shared/publishing/review.ts';

const consultation = (
  body: string,
  stance: Consultation['stance'],
  confidence: number | null,
): Consultation => ({
  body,
  bodyType: 'namnd',
  stance,
  meetingDate: null,
  statementDate: null,
  evidence: stance ? `${body} har yttrat sig.` : null,
  page: stance ? 2 : null,
  confidence,
});

const sha = 'c'.repeat(64);
const doc: StoredCaseDocument = {
  document: {
    sha256: sha,
    pages: 3,
    bytes: 100,
    fileName: 'utlatande.pdf',
    documentType: 'utlatande',
    uploadedAt: '2026-01-01T00:00:00.000Z',
    url: `/v1/cases/stockholm-2020-000001/documents/${sha}`,
    textSource: 'text',
    ocrConfidence: null,
    ocrPages: [],
  },
  objectKey: 'uploads/utlatande.pdf',
  extracted: {
    ...emptyExtractedCase(),
    municipality: 'Stockholms stad',
    diarienummer: '2020/000001',
    title: 'Motion om bänkar',
    consultations: [
      consultation('Stadsledningskontoret', 'opposes', 0.92),
      consultation('Trafiknämnden', 'unclear', 0.45),
      consultation('Kulturnämnden', null, null),
      consultation('Idrottsnämnden', 'supports', 0.9),
    ],
  },
  extractorVersion: 'test',
  warnings: [
    { code: 'summary_disagrees', path: 'consultations[3].stance', message: 'summary: opposes', page: 1 },
    { code: 'low_confidence', path: 'consultations[1].stance', message: 'no stance cue', page: 2 },
    { code: 'missing_field', path: 'date', message: 'no signing date found', page: null },
    { code: 'name_unsplit', path: 'subject.authors', message: 'not correctable here', page: 1 },
  ],
};

const publish = (corrections: Correction[] = []) =>
  buildCaseRecord({
    id: 'stockholm-2020-000001',
    documents: [doc],
    corrections,
    previous: null,
    now: '2026-01-02T00:00:00.000Z',
  });

describe('reviewItemsOf', () => {
  it('returns disagreements, missing stances, doubtful stances and flagged fields, in that order', () => {
    const { record } = publish();

    const items = reviewItemsOf(record, [doc]);

    expect(items.map((i) => [i.kind, i.path])).toEqual([
      ['disagreement', 'consultations[Idrottsnämnden].stance'],
      ['stance_missing', 'consultations[Kulturnämnden].stance'],
      ['low_confidence', 'consultations[Trafiknämnden].stance'],
      ['field_issue', 'date'],
    ]);
    expect(items[2]).toMatchObject({
      value: 'unclear',
      confidence: 0.45,
      evidence: 'Trafiknämnden har yttrat sig.',
      page: 2,
      document: { sha256: sha, fileName: 'utlatande.pdf' },
      issues: [{ code: 'low_confidence', message: 'no stance cue' }],
    });
  });

  it('returns no item for a field an archivist corrected or confirmed', () => {
    const base = {
      caseId: 'stockholm-2020-000001',
      note: null,
      by: 'anna',
      status: 'active' as const,
      endedBy: null,
      endedAt: null,
      endNote: null,
    };
    const { record } = publish([
      {
        ...base,
        correctionId: '20260301T100000000Z-00000001',
        at: '2026-03-01T10:00:00.000Z',
        path: 'consultations[Trafiknämnden].stance',
        value: 'unclear',
      },
      {
        ...base,
        correctionId: '20260301T100000001Z-00000002',
        at: '2026-03-01T10:00:00.001Z',
        path: 'date',
        value: '2020-02-02',
      },
    ]);

    const paths = reviewItemsOf(record, [doc]).map((i) => i.path);

    expect(paths).not.toContain('consultations[Trafiknämnden].stance');
    expect(paths).not.toContain('date');
    expect(paths).toContain('consultations[Kulturnämnden].stance');
  });
});

describe('caseReviewOf', () => {
  it('returns null for a case with nothing to review, and a rank that puts disagreements first', () => {
    const { record } = publish();
    const calm = buildCaseRecord({
      id: 'stockholm-2020-000002',
      documents: [
        {
          ...doc,
          warnings: [],
          extracted: {
            ...doc.extracted,
            date: '2020-01-01',
            consultations: [consultation('Stadsledningskontoret', 'opposes', 0.92)],
          },
        },
      ],
      previous: null,
      now: '2026-01-02T00:00:00.000Z',
    }).record;
    const review = caseReviewOf(record, [doc]);
    const lowOnly = caseReviewOf(record, [{ ...doc, warnings: [] }]);

    expect(caseReviewOf(calm, [])).toBeNull();
    expect(review?.items).toHaveLength(4);
    expect(reviewRankOf(review!) < reviewRankOf(lowOnly!)).toBe(true);
  });
});
