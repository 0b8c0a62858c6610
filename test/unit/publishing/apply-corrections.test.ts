import { describe, expect, it } from 'vitest';
import {
  type Consultation,
  type ExtractedCase,
  emptyExtractedCase,
} from '../../../shared/model/case-record.ts';
import type { Correction } from '../../../shared/model/correction.ts';
import {
  applyCorrections,
  checkCorrection,
  inForce,
  parseCorrectionPath,
} from '../../../shared/publishing/apply-corrections.ts';

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
  evidence: `${body} har yttrat sig.`,
  page: 2,
  confidence,
});

const extracted = (): ExtractedCase => ({
  ...emptyExtractedCase(),
  municipality: 'Stockholms stad',
  diarienummer: '2020/000001',
  title: 'Motion om bänkar',
  consultations: [
    consultation('Trafiknämnden', 'unclear', 0.45),
    consultation('Idrottsnämnden', 'supports', 0.92),
  ],
});

let serial = 0;
const correction = (
  path: string,
  value: Correction['value'],
  extra: Partial<Correction> = {},
): Correction => {
  serial++;
  return {
    correctionId: `20260301T1000000${String(serial).padStart(2, '0')}Z-0000000${serial % 10}`,
    caseId: 'stockholm-2020-000001',
    path,
    value,
    note: null,
    by: 'anna',
    at: `2026-03-01T10:00:00.0${String(serial).padStart(2, '0')}Z`,
    status: 'active',
    endedBy: null,
    endedAt: null,
    endNote: null,
    ...extra,
  };
};

describe('parseCorrectionPath', () => {
  it('returns the target of case, subject and consultation paths', () => {
    expect(parseCorrectionPath('title')).toEqual({ kind: 'case', field: 'title' });
    expect(parseCorrectionPath('subject.kind')).toEqual({ kind: 'subject', field: 'kind' });
    expect(parseCorrectionPath('consultations[Trafik- och renhållningsnämnden].stance')).toEqual({
      kind: 'consultation',
      body: 'Trafik- och renhållningsnämnden',
      field: 'stance',
    });
  });

  it('returns null for the fields that make the case id and for unknown ones', () => {
    expect(parseCorrectionPath('diarienummer')).toBeNull();
    expect(parseCorrectionPath('municipality')).toBeNull();
    expect(parseCorrectionPath('consultations[0].stance')).toBeNull();
    expect(parseCorrectionPath('consultations[Trafiknämnden].evidence')).toBeNull();
    expect(parseCorrectionPath('subject.authors')).toBeNull();
  });
});

describe('checkCorrection', () => {
  it('returns the value parsed by the field’s own schema', () => {
    expect(checkCorrection('date', '2020-03-01')).toMatchObject({ ok: true, value: '2020-03-01' });
    expect(checkCorrection('consultations[X].stance', null)).toMatchObject({ ok: true, value: null });
  });

  it('returns a message naming the field for a value outside its vocabulary', () => {
    const check = checkCorrection('consultations[X].stance', 'maybe');

    expect(check.ok).toBe(false);
    expect(!check.ok && check.message).toMatch(/consultations\[X\]\.stance/);
    expect(checkCorrection('date', '1 mars 2020').ok).toBe(false);
    expect(checkCorrection('documentType', null).ok).toBe(false);
  });
});

describe('inForce', () => {
  it('returns the latest active correction per field, ignoring withdrawn and superseded ones', () => {
    const first = correction('title', 'A');
    const second = correction('title', 'B');
    const withdrawn = correction('date', '2020-01-01', { status: 'withdrawn' });

    expect(inForce([second, withdrawn, first]).map((c) => c.value)).toEqual(['B']);
  });
});

describe('applyCorrections', () => {
  it('returns the corrected stance as certain, marked corrected, with what was extracted', () => {
    const input = extracted();
    const fix = correction('consultations[trafiknämnden].stance', 'opposes', { note: 'sid 2' });

    const { content, applied, unmatched } = applyCorrections(input, [fix]);

    expect(content.consultations[0]).toMatchObject({
      body: 'Trafiknämnden',
      stance: 'opposes',
      confidence: 1,
      corrected: ['stance'],
    });
    expect(content.consultations[1]?.corrected).toEqual([]);
    expect(applied).toEqual([
      {
        id: fix.correctionId,
        path: fix.path,
        value: 'opposes',
        extracted: 'unclear',
        note: 'sid 2',
        by: 'anna',
        at: fix.at,
      },
    ]);
    expect(unmatched).toEqual([]);
    expect(input.consultations[0]?.stance).toBe('unclear');
  });

  it('returns a correction of a body the extraction no longer has as unmatched', () => {
    const fix = correction('consultations[Kulturnämnden].stance', 'supports');

    const { content, applied, unmatched } = applyCorrections(extracted(), [fix]);

    expect(applied).toEqual([]);
    expect(unmatched).toEqual([fix]);
    expect(content.consultations.map((c) => c.stance)).toEqual(['unclear', 'supports']);
  });

  it('returns case and subject fields set, lists included', () => {
    const { content } = applyCorrections(extracted(), [
      correction('title', 'Motion om parkbänkar'),
      correction('subject.kind', 'motion'),
      correction('signatories', ['Karin Berg', 'Per Ek']),
    ]);

    expect(content).toMatchObject({
      title: 'Motion om parkbänkar',
      subject: { kind: 'motion' },
      signatories: ['Karin Berg', 'Per Ek'],
    });
  });
});
