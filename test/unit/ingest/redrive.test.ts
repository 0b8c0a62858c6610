// A redrive notification must name the very ingest it reopened, or the retry would be a new upload.
import { describe, expect, it } from 'vitest';
import { toIngestId } from '../../../shared/ingest/ingest-object.ts';
import { toRedriveNotification } from '../../../shared/ingest/redrive.ts';
import type { IngestRecord } from '../../../shared/model/ingest-record.ts';
import { toUploadedObjects } from '../../../shared/model/s3-event.ts';

const ingest = (over: Partial<IngestRecord> & { identity?: null }): IngestRecord => ({
  ingestId: '',
  key: 'uploads/2026-11-27/ab12cd34/Utlåtande 2018 (rev 2).pdf',
  fileName: 'Utlåtande 2018 (rev 2).pdf',
  versionId: null,
  eTag: '9e107d9d372bb6826bd81d3542a419d6',
  sha256: null,
  bytes: 1234,
  status: 'failed',
  reason: 'internal',
  message: null,
  caseId: null,
  warnings: [],
  ocrConfidence: null,
  attempts: 5,
  identity: null,
  createdAt: '2026-11-27T10:00:00.000Z',
  updatedAt: '2026-11-27T10:00:00.000Z',
  ...over,
});

describe('toRedriveNotification', () => {
  it('names the same object and therefore the same ingest id', () => {
    const failed = ingest({});
    const expectedId = toIngestId({ bucket: 'originals', ...failed });

    const [object] = toUploadedObjects(JSON.parse(toRedriveNotification('originals', failed)));

    expect(object).toEqual({
      bucket: 'originals',
      key: failed.key,
      versionId: null,
      eTag: failed.eTag,
      size: 1234,
    });
    expect(toIngestId(object ?? { bucket: '', key: '', versionId: null, eTag: null })).toBe(expectedId);
  });

  it('keeps the version id of a versioned bucket', () => {
    const failed = ingest({ versionId: '3HL4kqtJlcpXroDTDmJ+rmSpXd3dIbrHY' });

    const [object] = toUploadedObjects(JSON.parse(toRedriveNotification('originals', failed)));

    expect(object?.versionId).toBe('3HL4kqtJlcpXroDTDmJ+rmSpXd3dIbrHY');
  });
});
