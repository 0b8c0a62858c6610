// A valid case record for pure tests: every field filled with plain values, overridable per test.
import { type CaseRecord, CaseRecordSchema, emptyExtractedCase } from '../../../shared/model/case-record.ts';

export function makeRecord(overrides: Partial<CaseRecord> = {}): CaseRecord {
  return CaseRecordSchema.parse({
    ...emptyExtractedCase(),
    municipality: 'Stockholms stad',
    documentType: 'utlatande',
    rotel: 'VI',
    diarienummer: '2017/000991',
    title: 'Kommunen skall informera om återvandringsbidrag',
    subject: {
      kind: 'motion',
      reference: '2017:40',
      from: null,
      authors: [{ name: 'Per Ossmer', party: 'SD', partyCode: 'SD' }],
    },
    outcome: 'besvarad',
    date: '2018-04-25',
    consultations: [
      {
        body: 'Stadsledningskontoret',
        bodyType: 'kontor',
        stance: 'opposes',
        meetingDate: null,
        statementDate: '2018-02-15',
        evidence: 'avstyrker därmed förslaget',
        page: 2,
        confidence: 0.9,
      },
      {
        body: 'Farsta stadsdelsnämnd',
        bodyType: 'stadsdelsnamnd',
        stance: 'no_position',
        meetingDate: '2018-02-01',
        statementDate: null,
        evidence: null,
        page: null,
        confidence: 0.85,
      },
    ],
    id: 'stockholm-2017-000991',
    documents: [
      {
        sha256: 'a'.repeat(64),
        pages: 8,
        bytes: 15000,
        fileName: 'seed.pdf',
        documentType: 'utlatande',
        uploadedAt: '2026-01-01T00:00:00.000Z',
        url: `/v1/cases/stockholm-2017-000991/documents/${'a'.repeat(64)}`,
      },
    ],
    revision: 1,
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
    extractor: { version: 'test', warnings: [] },
    deleted: false,
    ...overrides,
  });
}
