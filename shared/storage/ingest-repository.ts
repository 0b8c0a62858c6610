// Ingest records (one per uploaded object) and content claims (one per distinct sha256) in
// DynamoDB. Every transition is a conditional write: a terminal status is never overwritten, and
// the first upload of some bytes owns them, so a second upload of the same bytes is a `duplicate`.
import {
  type DynamoDBDocumentClient,
  GetCommand,
  PutCommand,
  QueryCommand,
  type QueryCommandOutput,
  UpdateCommand,
} from '@aws-sdk/lib-dynamodb';
import type { UnreadDocument } from '../model/case-document.ts';
import type { ExtractionIssue } from '../model/case-record.ts';
import {
  type IngestIdentity,
  type IngestRecord,
  IngestRecordSchema,
  type IngestStatus,
  TERMINAL_STATUSES,
} from '../model/ingest-record.ts';
import { isConditionalConflict } from './case-repository.ts';
import {
  contentKey,
  INGEST_PARTITION,
  ingestKey,
  ingestReadingKey,
  ingestSortKey,
  KEYS,
} from './table-design.ts';

export interface IngestOutcome {
  status: Exclude<IngestStatus, 'queued' | 'processing'>;
  reason: string | null;
  message: string | null;
  caseId: string | null;
  warnings: ExtractionIssue[];
  /** The mean OCR confidence when the upload was read by OCR. */
  ocrConfidence?: number | null | undefined;
}

export interface ContentClaim {
  /** True when this ingest owns the bytes (first upload, or a retry of the owner itself). */
  owned: boolean;
  ownerIngestId: string;
  ownerCaseId: string | null;
}

export interface IngestListQuery {
  status?: IngestStatus | undefined;
  key?: string | undefined;
  sha256?: string | undefined;
  limit: number;
  /** The sort key to continue after (from the previous page). */
  after?: string | undefined;
}

const terminalList = [...TERMINAL_STATUSES];

export class IngestRepository {
  constructor(
    private readonly db: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  /** Records a new upload as `queued`; returns the existing record when the object was seen before. */
  async register(
    base: Pick<IngestRecord, 'ingestId' | 'key' | 'fileName' | 'versionId' | 'eTag' | 'bytes'>,
    now: string,
  ): Promise<{ record: IngestRecord; created: boolean }> {
    const record = newIngestRecord(base, now);
    try {
      await this.db.send(
        new PutCommand({
          TableName: this.tableName,
          Item: this.toItem(record),
          ConditionExpression: 'attribute_not_exists(PK)',
        }),
      );
      return { record, created: true };
    } catch (error) {
      if (!isConditionalConflict(error)) throw error;
      const existing = await this.get(base.ingestId);
      if (!existing) throw error;
      return { record: existing, created: false };
    }
  }

  /** Sends a conditional write: true when it was applied, false when its condition did not hold. */
  private async sendIfConditionHolds(command: UpdateCommand | PutCommand): Promise<boolean> {
    try {
      if (command instanceof PutCommand) await this.db.send(command);
      else await this.db.send(command);
      return true;
    } catch (error) {
      if (isConditionalConflict(error)) return false;
      throw error;
    }
  }

  /**
   * `register` and `markProcessing` in one conditional write (one round trip instead of two, or
   * three for a redelivery): a new upload is recorded straight as `processing`, attempt 1; a
   * queued or processing one moves to (stays) `processing` with the attempt counted. What a new
   * record holds is set only where absent, so a redelivery changes nothing else. `started: false`,
   * with the record as it is, when the upload had already ended.
   */
  async registerProcessing(
    base: Pick<IngestRecord, 'ingestId' | 'key' | 'fileName' | 'versionId' | 'eTag' | 'bytes'>,
    now: string,
  ): Promise<{ record: IngestRecord; started: boolean }> {
    const fresh: Record<string, unknown> = this.toItem(newIngestRecord(base, now));
    const names: Record<string, string> = {
      '#status': 'status',
      '#updatedAt': 'updatedAt',
      '#attempts': 'attempts',
    };
    const values: Record<string, unknown> = {
      ':processing': 'processing',
      ':now': now,
      ':one': 1,
      ...terminalValues(),
    };
    const sets = ['#status = :processing', '#updatedAt = :now'];
    let i = 0;
    for (const [name, value] of Object.entries(fresh)) {
      if (['PK', 'SK', 'status', 'updatedAt', 'attempts'].includes(name) || value === undefined) continue;
      names[`#a${i}`] = name;
      values[`:a${i}`] = value;
      sets.push(`#a${i} = if_not_exists(#a${i}, :a${i})`);
      i++;
    }
    try {
      const out = await this.db.send(
        new UpdateCommand({
          TableName: this.tableName,
          Key: ingestKey(base.ingestId),
          UpdateExpression: `SET ${sets.join(', ')} ADD #attempts :one`,
          ConditionExpression: 'attribute_not_exists(PK) OR NOT #status IN (:t0, :t1, :t2, :t3, :t4)',
          ExpressionAttributeNames: names,
          ExpressionAttributeValues: values,
          ReturnValues: 'ALL_NEW',
        }),
      );
      if (!out.Attributes) throw new Error(`ingest ${base.ingestId}: the update returned no record`);
      return { record: IngestRecordSchema.parse(stripKeys(out.Attributes)), started: true };
    } catch (error) {
      if (!isConditionalConflict(error)) throw error;
      const existing = await this.get(base.ingestId);
      if (!existing) throw error;
      return { record: existing, started: false };
    }
  }

  async get(ingestId: string): Promise<IngestRecord | null> {
    const out = await this.db.send(
      new GetCommand({ TableName: this.tableName, Key: ingestKey(ingestId), ConsistentRead: true }),
    );
    return out.Item ? IngestRecordSchema.parse(stripKeys(out.Item)) : null;
  }

  /** queued/processing → processing, counting the attempt. False when it is already terminal. */
  async markProcessing(ingestId: string, now: string): Promise<boolean> {
    return this.sendIfConditionHolds(
      new UpdateCommand({
        TableName: this.tableName,
        Key: ingestKey(ingestId),
        UpdateExpression: 'SET #status = :processing, updatedAt = :now ADD attempts :one',
        ConditionExpression: 'attribute_exists(PK) AND NOT #status IN (:t0, :t1, :t2, :t3, :t4)',
        ExpressionAttributeNames: { '#status': 'status' },
        ExpressionAttributeValues: {
          ':processing': 'processing',
          ':now': now,
          ':one': 1,
          ...terminalValues(),
        },
      }),
    );
  }

  /**
   * `needs_ocr: ocr_queued` → `processing`, counting the attempt: the OCR stage takes the upload.
   * False when it is not waiting for OCR (read already, or taken by another OCR worker).
   */
  async markOcrProcessing(ingestId: string, now: string): Promise<boolean> {
    return this.sendIfConditionHolds(
      new UpdateCommand({
        TableName: this.tableName,
        Key: ingestKey(ingestId),
        UpdateExpression:
          'SET #status = :processing, reason = :null, message = :message, updatedAt = :now ADD attempts :one',
        ConditionExpression: '#status = :needsOcr AND reason = :queued',
        ExpressionAttributeNames: { '#status': 'status' },
        ExpressionAttributeValues: {
          ':processing': 'processing',
          ':null': null,
          ':message': 'reading the pages without a text layer by OCR',
          ':now': now,
          ':one': 1,
          ':needsOcr': 'needs_ocr',
          ':queued': 'ocr_queued',
        },
      }),
    );
  }

  /**
   * A long-running `processing` ingest shows it is alive (and what it is doing): `updatedAt` moves, so
   * the sweeper does not take it for stuck. False (no write) when it is no longer `processing`.
   */
  async touchProcessing(ingestId: string, message: string, now: string): Promise<boolean> {
    return this.sendIfConditionHolds(
      new UpdateCommand({
        TableName: this.tableName,
        Key: ingestKey(ingestId),
        UpdateExpression: 'SET message = :message, updatedAt = :now',
        ConditionExpression: '#status = :processing',
        ExpressionAttributeNames: { '#status': 'status' },
        ExpressionAttributeValues: { ':message': message, ':now': now, ':processing': 'processing' },
      }),
    );
  }

  async setContent(ingestId: string, sha256: string, bytes: number, now: string): Promise<void> {
    await this.db.send(
      new UpdateCommand({
        TableName: this.tableName,
        Key: ingestKey(ingestId),
        UpdateExpression: 'SET sha256 = :sha, bytes = :bytes, updatedAt = :now',
        ExpressionAttributeValues: { ':sha': sha256, ':bytes': bytes, ':now': now },
      }),
    );
  }

  /**
   * Ends an ingest in a terminal status. False (and no write) when it already had one; an upload
   * still waiting for OCR (`needs_ocr: ocr_queued`) has not ended yet and can be (the DLQ gave up).
   */
  async finish(ingestId: string, outcome: IngestOutcome, now: string): Promise<boolean> {
    return (await this.finishReturning(ingestId, outcome, now)) !== null;
  }

  /** `finish`, answering the record as written in the same round trip; null when nothing was written. */
  finishReturning(ingestId: string, outcome: IngestOutcome, now: string): Promise<IngestRecord | null> {
    return this.writeOutcomeReturning(ingestId, outcome, now, {
      condition:
        'attribute_exists(PK) AND (NOT #status IN (:t0, :t1, :t2, :t3, :t4) OR (#status = :needsOcr AND reason = :ocrQueued))',
      values: { ...terminalValues(), ':needsOcr': 'needs_ocr', ':ocrQueued': 'ocr_queued' },
    });
  }

  /**
   * `processing` → `needs_ocr: ocr_queued` again after an OCR attempt failed with a fault, so the OCR
   * queue's retry (or the sweeper) can take it once more. False when it is not `processing`.
   */
  returnToOcrQueue(ingestId: string, message: string, now: string): Promise<boolean> {
    return this.writeOutcome(
      ingestId,
      { status: 'needs_ocr', reason: 'ocr_queued', message, caseId: null, warnings: [] },
      now,
      { condition: '#status = :processing', values: { ':processing': 'processing' } },
    );
  }

  /**
   * Replaces a terminal outcome that a later look changed (re-extraction: `needs_review` → `published`).
   * Conditional on the status read, so two re-extractions cannot overwrite each other blindly.
   */
  revise(ingestId: string, expected: IngestStatus, outcome: IngestOutcome, now: string): Promise<boolean> {
    return this.writeOutcome(ingestId, outcome, now, {
      condition: '#status = :expected',
      values: { ':expected': expected },
    });
  }

  /**
   * An archivist completed a `needs_review` upload by entering its Dnr: the outcome it now has and
   * who said so. Conditional on the status and reason read, so a re-extraction that got there
   * first is not overwritten; false when it did.
   */
  async complete(
    ingestId: string,
    expected: { status: IngestStatus; reason: string | null },
    outcome: IngestOutcome,
    identity: IngestIdentity,
    now: string,
  ): Promise<boolean> {
    return this.sendIfConditionHolds(
      new UpdateCommand({
        TableName: this.tableName,
        Key: ingestKey(ingestId),
        UpdateExpression:
          'SET #status = :status, reason = :reason, message = :message, caseId = :caseId, warnings = :warnings, #identity = :identity, updatedAt = :now',
        ConditionExpression: '#status = :expected AND reason = :expectedReason',
        ExpressionAttributeNames: { '#status': 'status', '#identity': 'identity' },
        ExpressionAttributeValues: {
          ':status': outcome.status,
          ':reason': outcome.reason,
          ':message': outcome.message,
          ':caseId': outcome.caseId,
          ':warnings': outcome.warnings,
          ':identity': identity,
          ':now': now,
          ':expected': expected.status,
          ':expectedReason': expected.reason,
        },
      }),
    );
  }

  /** Keeps what the extractor read from an upload that names no case yet (replacing an older reading). */
  async saveReading(ingestId: string, reading: UnreadDocument): Promise<void> {
    await this.db.send(
      new PutCommand({
        TableName: this.tableName,
        Item: { ...ingestReadingKey(ingestId), kind: 'ingest-reading', readingJson: JSON.stringify(reading) },
      }),
    );
  }

  async getReading(ingestId: string): Promise<UnreadDocument | null> {
    const out = await this.db.send(
      new GetCommand({ TableName: this.tableName, Key: ingestReadingKey(ingestId), ConsistentRead: true }),
    );
    return typeof out.Item?.readingJson === 'string'
      ? (JSON.parse(out.Item.readingJson) as UnreadDocument)
      : null;
  }

  /** Writes an outcome under a condition; false (and no write) when the condition does not hold. */
  private async writeOutcome(
    ingestId: string,
    outcome: IngestOutcome,
    now: string,
    guard: { condition: string; values: Record<string, string> },
  ): Promise<boolean> {
    return (await this.writeOutcomeReturning(ingestId, outcome, now, guard)) !== null;
  }

  /** writeOutcome, answering the record as written (null: the condition did not hold, no write). */
  private async writeOutcomeReturning(
    ingestId: string,
    outcome: IngestOutcome,
    now: string,
    guard: { condition: string; values: Record<string, string> },
  ): Promise<IngestRecord | null> {
    try {
      const out = await this.db.send(
        new UpdateCommand({
          TableName: this.tableName,
          Key: ingestKey(ingestId),
          UpdateExpression:
            'SET #status = :status, reason = :reason, message = :message, caseId = :caseId, warnings = :warnings, ocrConfidence = :ocrConfidence, updatedAt = :now',
          ConditionExpression: guard.condition,
          ExpressionAttributeNames: { '#status': 'status' },
          ExpressionAttributeValues: {
            ':status': outcome.status,
            ':reason': outcome.reason,
            ':message': outcome.message,
            ':caseId': outcome.caseId,
            ':warnings': outcome.warnings,
            ':ocrConfidence': outcome.ocrConfidence ?? null,
            ':now': now,
            ...guard.values,
          },
          ReturnValues: 'ALL_NEW',
        }),
      );
      return out.Attributes ? IngestRecordSchema.parse(stripKeys(out.Attributes)) : null;
    } catch (error) {
      if (isConditionalConflict(error)) return null;
      throw error;
    }
  }

  /**
   * `failed` with one of `reasons` → `queued` again, for a redrive. False when the ingest is not (or
   * no longer) in such a state, e.g. another redrive or the ingest itself got there first.
   */
  async reopen(ingestId: string, reasons: readonly string[], now: string): Promise<boolean> {
    const reasonValues = Object.fromEntries(reasons.map((r, i) => [`:r${i}`, r]));
    return this.sendIfConditionHolds(
      new UpdateCommand({
        TableName: this.tableName,
        Key: ingestKey(ingestId),
        UpdateExpression: 'SET #status = :queued, reason = :null, message = :null, updatedAt = :now',
        ConditionExpression: `#status = :failed AND reason IN (${Object.keys(reasonValues).join(', ')})`,
        ExpressionAttributeNames: { '#status': 'status' },
        ExpressionAttributeValues: {
          ':queued': 'queued',
          ':failed': 'failed',
          ':null': null,
          ':now': now,
          ...reasonValues,
        },
      }),
    );
  }

  /**
   * Claims some bytes for this ingest. The first claimant owns them; a later ingest gets the owner
   * back (a duplicate) unless the owner ended `failed`, in which case a re-upload may retry them.
   */
  async claimContent(sha256: string, ingestId: string, now: string): Promise<ContentClaim> {
    try {
      await this.db.send(
        new PutCommand({
          TableName: this.tableName,
          Item: {
            ...contentKey(sha256),
            kind: 'content',
            sha256,
            ingestId,
            status: 'processing',
            caseId: null,
            createdAt: now,
          },
          ConditionExpression: 'attribute_not_exists(PK) OR ingestId = :me OR #status = :failed',
          ExpressionAttributeNames: { '#status': 'status' },
          ExpressionAttributeValues: { ':me': ingestId, ':failed': 'failed' },
        }),
      );
      return { owned: true, ownerIngestId: ingestId, ownerCaseId: null };
    } catch (error) {
      if (!isConditionalConflict(error)) throw error;
      const out = await this.db.send(
        new GetCommand({ TableName: this.tableName, Key: contentKey(sha256), ConsistentRead: true }),
      );
      return {
        owned: false,
        ownerIngestId: String(out.Item?.ingestId ?? ''),
        ownerCaseId: typeof out.Item?.caseId === 'string' ? out.Item.caseId : null,
      };
    }
  }

  /** Records how the owning ingest of some bytes ended, so duplicates can point at its case. */
  async settleContent(
    sha256: string,
    ingestId: string,
    status: IngestStatus,
    caseId: string | null,
  ): Promise<void> {
    try {
      await this.db.send(
        new UpdateCommand({
          TableName: this.tableName,
          Key: contentKey(sha256),
          UpdateExpression: 'SET #status = :status, caseId = :caseId',
          ConditionExpression: 'ingestId = :me',
          ExpressionAttributeNames: { '#status': 'status' },
          ExpressionAttributeValues: { ':status': status, ':caseId': caseId, ':me': ingestId },
        }),
      );
    } catch (error) {
      if (!isConditionalConflict(error)) throw error;
    }
  }

  /**
   * Ingests still `queued` or `processing` whose last change is before `updatedBefore`: what the
   * sweeper looks at. Reads the ingest index from `createdAfter` on (all of it when unset), so a
   * regular sweep over the last days stays small however long the ingest log grows.
   */
  async listUnfinished(query: {
    updatedBefore: string;
    createdAfter?: string | undefined;
    /** Also uploads handed to OCR and not yet taken (`needs_ocr: ocr_queued`). */
    awaitingOcr?: boolean | undefined;
  }): Promise<IngestRecord[]> {
    const names: Record<string, string> = { '#pk': KEYS.gsi2.pk, '#status': 'status' };
    const values: Record<string, unknown> = {
      ':pk': INGEST_PARTITION,
      ':queued': 'queued',
      ':processing': 'processing',
      ':before': query.updatedBefore,
    };
    let statusFilter = '#status IN (:queued, :processing)';
    if (query.awaitingOcr) {
      values[':needsOcr'] = 'needs_ocr';
      values[':ocrQueued'] = 'ocr_queued';
      statusFilter = `(${statusFilter} OR (#status = :needsOcr AND reason = :ocrQueued))`;
    }
    let condition = '#pk = :pk';
    if (query.createdAfter) {
      names['#sk'] = KEYS.gsi2.sk;
      values[':after'] = query.createdAfter;
      condition += ' AND #sk >= :after';
    }
    const found: IngestRecord[] = [];
    let startKey: QueryCommandOutput['LastEvaluatedKey'];
    do {
      const out = await this.db.send(
        new QueryCommand({
          TableName: this.tableName,
          IndexName: KEYS.gsi2.name,
          KeyConditionExpression: condition,
          FilterExpression: `${statusFilter} AND updatedAt < :before`,
          ExpressionAttributeNames: names,
          ExpressionAttributeValues: values,
          ExclusiveStartKey: startKey,
        }),
      );
      for (const item of out.Items ?? []) found.push(IngestRecordSchema.parse(stripKeys(item)));
      startKey = out.LastEvaluatedKey;
    } while (startKey);
    return found;
  }

  /**
   * The sweeper's claim on a stale ingest: moves its `updatedAt` to now, conditional on the value
   * it read and on a status that is still not terminal (or still waiting for OCR). Two sweepers never both re-queue it, and it
   * is not stale again before another deadline passes. False when something else got there first.
   */
  async touchStale(ingestId: string, seenUpdatedAt: string, now: string): Promise<boolean> {
    return this.sendIfConditionHolds(
      new UpdateCommand({
        TableName: this.tableName,
        Key: ingestKey(ingestId),
        UpdateExpression: 'SET updatedAt = :now ADD sweeps :one',
        ConditionExpression:
          'updatedAt = :seen AND (#status IN (:queued, :processing) OR (#status = :needsOcr AND reason = :ocrQueued))',
        ExpressionAttributeNames: { '#status': 'status' },
        ExpressionAttributeValues: {
          ':now': now,
          ':seen': seenUpdatedAt,
          ':one': 1,
          ':queued': 'queued',
          ':processing': 'processing',
          ':needsOcr': 'needs_ocr',
          ':ocrQueued': 'ocr_queued',
        },
      }),
    );
  }

  /** Newest first, from the ingest index. Filters narrow the page; `after` continues a listing. */
  async list(query: IngestListQuery): Promise<{ items: IngestRecord[]; after: string | null }> {
    const filters: string[] = [];
    const names: Record<string, string> = { '#pk': KEYS.gsi2.pk };
    const values: Record<string, unknown> = { ':pk': INGEST_PARTITION };
    for (const [field, value] of [
      ['status', query.status],
      ['key', query.key],
      ['sha256', query.sha256],
    ] as const) {
      if (value === undefined) continue;
      names[`#${field}`] = field;
      values[`:${field}`] = value;
      filters.push(`#${field} = :${field}`);
    }
    const items: IngestRecord[] = [];
    let startKey: QueryCommandOutput['LastEvaluatedKey'] = query.after
      ? { [KEYS.gsi2.pk]: INGEST_PARTITION, [KEYS.gsi2.sk]: query.after, ...ingestKeyFromSort(query.after) }
      : undefined;
    let lastSort: string | null = null;
    do {
      const out = await this.db.send(
        new QueryCommand({
          TableName: this.tableName,
          IndexName: KEYS.gsi2.name,
          KeyConditionExpression: '#pk = :pk',
          FilterExpression: filters.length ? filters.join(' AND ') : undefined,
          ExpressionAttributeNames: names,
          ExpressionAttributeValues: values,
          ScanIndexForward: false,
          Limit: Math.max(query.limit, 25),
          ExclusiveStartKey: startKey,
        }),
      );
      for (const item of out.Items ?? []) {
        if (items.length >= query.limit) break;
        items.push(IngestRecordSchema.parse(stripKeys(item)));
        lastSort = String(item[KEYS.gsi2.sk]);
      }
      startKey = out.LastEvaluatedKey;
    } while (startKey && items.length < query.limit);
    return { items, after: items.length >= query.limit ? lastSort : null };
  }

  private toItem(record: IngestRecord) {
    return {
      ...ingestKey(record.ingestId),
      kind: 'ingest',
      ...record,
      [KEYS.gsi2.pk]: INGEST_PARTITION,
      [KEYS.gsi2.sk]: ingestSortKey(record.createdAt, record.ingestId),
    };
  }
}

function terminalValues(): Record<string, string> {
  return Object.fromEntries(terminalList.map((s, i) => [`:t${i}`, s]));
}

/** The GSI sort key `<createdAt>#<ingestId>` names its base item, needed to resume a GSI query. */
function ingestKeyFromSort(sort: string): { PK: string; SK: string } {
  const ingestId = sort.slice(sort.lastIndexOf('#') + 1);
  return ingestKey(ingestId);
}

function stripKeys(item: Record<string, unknown>): Record<string, unknown> {
  const { PK: _pk, SK: _sk, kind: _k, GSI2PK: _g, GSI2SK: _s, sweeps: _w, ...rest } = item;
  return rest;
}

/** A just-registered upload: `queued`, nothing read from it yet. */
function newIngestRecord(
  base: Pick<IngestRecord, 'ingestId' | 'key' | 'fileName' | 'versionId' | 'eTag' | 'bytes'>,
  now: string,
): IngestRecord {
  return {
    ...base,
    sha256: null,
    status: 'queued',
    reason: null,
    message: null,
    caseId: null,
    warnings: [],
    ocrConfidence: null,
    attempts: 0,
    identity: null,
    createdAt: now,
    updatedAt: now,
  };
}
