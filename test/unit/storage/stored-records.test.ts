// Case records are validated when written to their LATEST/REV# items and stamped with the schema's
// fingerprint; a stamped item is trusted on read, any other item is validated as before.
import { describe, expect, it } from 'vitest';
import type { CaseRecord } from '../../../shared/model/case-record.ts';
import { recordOf, recordSchemaFingerprint, toLatestItem } from '../../../shared/storage/case-repository.ts';
import { makeRecord } from '../feeds/record-fixture.ts';

/** The record as an item written before `corrected` existed (a field with a default). */
function withoutCorrected(record: CaseRecord): Record<string, unknown> {
  const { corrected: _omitted, ...rest } = record as CaseRecord & { corrected?: unknown };
  return rest;
}

describe('stored case records', () => {
  it('stamps a written item with the schema fingerprint and reads it back unchanged', () => {
    const record = makeRecord();
    const item = toLatestItem(record, 'hash');
    expect(item.recordSchema).toBe(recordSchemaFingerprint());
    expect(recordOf(item)).toEqual(record);
  });

  it('refuses to write a record its schema rejects', () => {
    const record = { ...makeRecord(), revision: -1 } as CaseRecord;
    expect(() => toLatestItem(record, 'hash')).toThrow();
  });

  it('validates an unstamped item on read: defaults applied, a broken one refused', () => {
    const old = { PK: 'CASE#x', SK: 'LATEST', recordJson: JSON.stringify(withoutCorrected(makeRecord())) };
    expect(recordOf(old)).toEqual(makeRecord());
    const broken = { PK: 'CASE#x', SK: 'LATEST', recordJson: JSON.stringify({ id: 'x' }) };
    expect(() => recordOf(broken)).toThrow();
  });

  it('takes an item stamped by another schema for an unstamped one', () => {
    const broken = {
      PK: 'CASE#x',
      SK: 'LATEST',
      recordJson: JSON.stringify({ id: 'x' }),
      recordSchema: 'another-schema',
    };
    expect(() => recordOf(broken)).toThrow();
  });

  it('trusts a stamped item: it is not validated again on read', () => {
    const stamped = toLatestItem(makeRecord(), 'hash');
    // what only a validation would add back: the default of a field the stored JSON lacks
    const trimmed = { ...stamped, recordJson: JSON.stringify(withoutCorrected(makeRecord())) };
    expect(recordOf(trimmed)).not.toHaveProperty('corrected');
  });
});
