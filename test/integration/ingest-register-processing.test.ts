// registerProcessing (register + markProcessing in one conditional write) against DynamoDB Local:
// it must leave exactly the record the two writes did, count attempts the same way, never touch a
// redelivered upload's identity, and never reopen an ended one.
import { randomUUID } from 'node:crypto';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { createDependencies } from '../../lambdas/dependencies.ts';
import { localFunctionEnv } from '../../shared/config.ts';

const deps = createDependencies(
  localFunctionEnv({ dynamoPort: inject('dynamoPort'), s3Port: inject('s3Port') }),
);

afterAll(() => {
  deps.dynamo.destroy();
  deps.s3.destroy();
});

const upload = (ingestId: string, key: string) => ({
  ingestId,
  key,
  fileName: key.split('/').at(-1) ?? key,
  versionId: null,
  eTag: '"abc"',
  bytes: 1234,
});

describe('registerProcessing', () => {
  it('writes the record register + markProcessing write, in one round trip', async () => {
    const [a, b] = [randomUUID(), randomUUID()];
    const at = '2026-12-01T10:00:00.000Z';
    const merged = await deps.ingests.registerProcessing(upload(a, `uploads/x/${a}.pdf`), at);
    await deps.ingests.register(upload(b, `uploads/x/${a}.pdf`), at);
    await deps.ingests.markProcessing(b, at);
    const separate = await deps.ingests.get(b);
    expect(merged.started).toBe(true);
    expect(merged.record).toEqual({ ...separate, ingestId: a });
    expect(await deps.ingests.get(a)).toEqual(merged.record);
    // and the listing (its index keys) finds it like the other
    const listed = await deps.ingests.list({ key: `uploads/x/${a}.pdf`, limit: 5 });
    expect(listed.items.map((i) => i.ingestId).sort()).toEqual([a, b].sort());
  });

  it('counts a redelivery as another attempt and keeps what the first one recorded', async () => {
    const id = randomUUID();
    const first = await deps.ingests.registerProcessing(
      upload(id, `uploads/x/${id}.pdf`),
      '2026-12-01T10:00:00.000Z',
    );
    await deps.ingests.setContent(id, 'f'.repeat(64), 1234, '2026-12-01T10:00:01.000Z');
    const again = await deps.ingests.registerProcessing(
      { ...upload(id, `uploads/x/${id}.pdf`), bytes: 9999 },
      '2026-12-01T10:05:00.000Z',
    );
    expect(again.started).toBe(true);
    expect(again.record).toMatchObject({
      status: 'processing',
      attempts: 2,
      createdAt: first.record.createdAt,
      updatedAt: '2026-12-01T10:05:00.000Z',
      sha256: 'f'.repeat(64),
      bytes: 1234,
    });
  });

  it('answers an ended upload as it is, without reopening it', async () => {
    const id = randomUUID();
    await deps.ingests.registerProcessing(upload(id, `uploads/x/${id}.pdf`), '2026-12-01T10:00:00.000Z');
    const outcome = {
      status: 'failed' as const,
      reason: 'not_pdf',
      message: 'no',
      caseId: null,
      warnings: [],
    };
    const finished = await deps.ingests.finishReturning(id, outcome, '2026-12-01T10:00:02.000Z');
    expect(finished).toMatchObject({ status: 'failed', reason: 'not_pdf', attempts: 1 });
    expect(await deps.ingests.finishReturning(id, outcome, '2026-12-01T10:00:03.000Z')).toBeNull();
    const later = await deps.ingests.registerProcessing(
      upload(id, `uploads/x/${id}.pdf`),
      '2026-12-01T11:00:00.000Z',
    );
    expect(later).toEqual({ started: false, record: finished });
  });
});
