import { describe, expect, it } from 'vitest';
import type { StoredCaseDocument } from '../../../shared/model/case-document.ts';
import { emptyExtractedCase } from '../../../shared/model/case-record.ts';
import { hasXmlForbidden } from '../../../shared/model/xml-chars.ts';
import { buildCaseRecord } from '../../../shared/publishing/build-case-record.ts';

const stored = (title: string, fileName: string): StoredCaseDocument => ({
  document: {
    sha256: 'b'.repeat(64),
    pages: 1,
    bytes: 100,
    fileName,
    documentType: 'utlatande',
    uploadedAt: '2026-01-01T00:00:00.000Z',
    url: `/v1/cases/stockholm-2020-000001/documents/${'b'.repeat(64)}`,
    textSource: 'text',
    ocrConfidence: null,
    ocrPages: [],
  },
  objectKey: 'uploads/x.pdf',
  extracted: {
    ...emptyExtractedCase(),
    diarienummer: '2020/000001',
    title,
    consultations: [
      {
        body: 'Idrottsnämnden\u0007',
        bodyType: 'namnd',
        stance: 'supports',
        meetingDate: null,
        statementDate: null,
        evidence: 'tillstyrker\u0000 förslaget',
        page: 1,
        confidence: 0.9,
      },
    ],
  },
  extractorVersion: 'test',
  warnings: [{ code: 'x', path: 'title', message: 'odd \uFFFE text', page: 1 }],
});

describe('buildCaseRecord', () => {
  it('returns a record whose every string is free of XML-forbidden characters', () => {
    const { record } = buildCaseRecord({
      id: 'stockholm-2020-000001',
      documents: [stored('Parker\u0000 och\u001b torg', 'fil\u0007.pdf')],
      previous: null,
      now: '2026-01-02T00:00:00.000Z',
    });

    expect(record.title).toBe('Parker och torg');
    expect(record.consultations[0]).toMatchObject({
      body: 'Idrottsnämnden',
      evidence: 'tillstyrker förslaget',
    });
    expect(record.documents[0]?.fileName).toBe('fil.pdf');
    expect(record.extractor.warnings[0]?.message).toBe('odd  text');
    expect(hasXmlForbidden(JSON.stringify(record))).toBe(false);
  });

  it('returns the same revision when only forbidden characters differ from the stored record', () => {
    const first = buildCaseRecord({
      id: 'stockholm-2020-000001',
      documents: [stored('Parker', 'fil.pdf')],
      previous: null,
      now: '2026-01-02T00:00:00.000Z',
    });

    const again = buildCaseRecord({
      id: 'stockholm-2020-000001',
      documents: [stored('Par\u0007ker', 'fil.pdf')],
      previous: first.record,
      now: '2026-01-03T00:00:00.000Z',
    });

    expect(again.record.revision).toBe(first.record.revision);
    expect(again.contentHash).toBe(first.contentHash);
  });
});
