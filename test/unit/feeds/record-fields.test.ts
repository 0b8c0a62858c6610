import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { CASE_COLUMNS, CONSULTATION_COLUMNS, columnsOf } from '../../../shared/feeds/record-fields.ts';
import { CaseConsultationSchema, CaseRecordSchema, OUTCOMES } from '../../../shared/model/case-record.ts';
import { makeRecord } from './record-fixture.ts';

describe('columnsOf', () => {
  it('returns one column per schema field, nested objects flattened, id first', () => {
    const names = CASE_COLUMNS.map((c) => c.header);

    expect(names[0]).toBe('id');
    expect(names).toContain('subjectKind');
    expect(names).toContain('extractorVersion');
    expect(names).not.toContain('deleted');
    const topLevel = Object.keys(CaseRecordSchema.shape).filter(
      (k) => !['subject', 'extractor', 'deleted'].includes(k),
    );
    for (const key of topLevel) expect(names).toContain(key);
  });

  it('returns types and vocabularies from the schema', () => {
    const outcome = CASE_COLUMNS.find((c) => c.name === 'outcome');

    expect(outcome?.enum).toEqual([...OUTCOMES]);
    expect(CASE_COLUMNS.find((c) => c.name === 'date')?.type).toBe('date');
    expect(CASE_COLUMNS.find((c) => c.name === 'revision')?.type).toBe('integer');
    expect(CASE_COLUMNS.find((c) => c.name === 'updatedAt')?.type).toBe('datetime');
  });

  it('returns the consultation columns: case identity, then every consultation field', () => {
    expect(CONSULTATION_COLUMNS.map((c) => c.header)).toEqual([
      'caseId',
      'diarienummer',
      'title',
      'date',
      ...Object.keys(CaseConsultationSchema.shape),
    ]);
  });

  it('returns formatted values for lists of objects', () => {
    const record = makeRecord();
    const value = (name: string) => CASE_COLUMNS.find((c) => c.name === name)?.value(record);

    expect(value('consultations')).toEqual([
      'Stadsledningskontoret: opposes',
      'Farsta stadsdelsnämnd: no_position',
    ]);
    expect(value('subjectAuthors')).toEqual(['Per Ossmer (SD)']);
    expect(value('subjectKind')).toBe('motion');
  });

  it('throws for a list of objects without a formatter', () => {
    const schema = z.object({ items: z.array(z.object({ a: z.string() })) });

    expect(() => columnsOf(schema)).toThrow(/items needs a formatter/);
  });
});
