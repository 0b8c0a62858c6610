// Case records in DynamoDB: the LATEST projection, immutable REV#n history, each case's source
// documents with their extractions, archivists' corrections and the case's review entry. Offers
// one consistent read of a case and conditional writes (optimistic on revision); what a record
// contains is decided above, in shared/publishing/, never here.
import { createHash } from 'node:crypto';
import { TransactionCanceledException } from '@aws-sdk/client-dynamodb';
import {
  BatchGetCommand,
  type BatchGetCommandOutput,
  type DynamoDBDocumentClient,
  GetCommand,
  PutCommand,
  QueryCommand,
  type QueryCommandOutput,
  TransactWriteCommand,
  type TransactWriteCommandInput,
  UpdateCommand,
} from '@aws-sdk/lib-dynamodb';
import { z } from 'zod';
import type { StoredCaseDocument } from '../model/case-document.ts';
import { type CaseRecord, CaseRecordSchema } from '../model/case-record.ts';
import { type Correction, CorrectionSchema } from '../model/correction.ts';
import { type CaseReview, CaseReviewSchema } from '../model/review-item.ts';
import {
  CASE_CORRECTION_PREFIX,
  CASE_DOCUMENT_PREFIX,
  CORRECTION_PARTITION,
  caseCorrectionKey,
  caseDocumentKey,
  caseKey,
  caseReviewKey,
  caseRevisionKey,
  feedMetaKey,
  feedPartition,
  feedSortKey,
  KEYS,
  REVIEW_PARTITION,
} from './table-design.ts';

/** A conditional write found the item changed since it was read: read again and retry. */
export class WriteConflictError extends Error {
  override name = 'WriteConflictError';
}

/** Everything stored about one case, read consistently. */
export interface CasePartition {
  latest: CaseRecord | null;
  documents: StoredCaseDocument[];
  corrections: Correction[];
  /** The stored review entry's fingerprint, so an unchanged one is not written again. */
  reviewFingerprint: string | null;
}

/** A case's review entry as stored: the review, its place in the queue and a fingerprint. */
export interface StoredReview {
  review: CaseReview;
  rank: string;
  fingerprint: string;
}

export interface RevisionWrite {
  record: CaseRecord;
  contentHash: string;
  /** The revision read; null for a case's first. The write fails (WriteConflictError) if it moved. */
  expectedRevision: number | null;
  /** The case's review entry at this revision; null removes it. */
  review: StoredReview | null;
}

/** What publishing needs from storage: one read of a case and conditional writes, nothing more. */
export interface CaseStore {
  readCase(caseId: string): Promise<CasePartition>;
  /** Writes LATEST and REV#n (and the review entry) atomically, then notes the feed change. */
  writeRevision(write: RevisionWrite): Promise<void>;
  /** Replaces the review entry while the case is still at `revision` (else WriteConflictError). */
  writeReview(caseId: string, revision: number, review: StoredReview | null): Promise<void>;
  /** Lists the month of `updatedAt` in the feed (idempotent): a publish retried after a crash. */
  ensureListed(updatedAt: string): Promise<void>;
}

export interface ListPage<T> {
  items: T[];
  /** Where the next page starts; null on the last. */
  after: string | null;
}

export interface FeedPage {
  items: CaseRecord[];
  /** The last (updatedAt, id) read, to continue from; null when the range is exhausted. */
  last: { updatedAt: string; id: string } | null;
}

export class CaseRepository implements CaseStore {
  constructor(
    private readonly db: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  /** Stores (or replaces) one source document of a case with what was extracted from it. */
  async saveDocument(caseId: string, doc: StoredCaseDocument): Promise<void> {
    await this.db.send(
      new PutCommand({
        TableName: this.tableName,
        Item: { ...caseDocumentKey(caseId, doc.document.sha256), kind: 'case-document', caseId, ...doc },
      }),
    );
  }

  async get(caseId: string): Promise<CaseRecord | null> {
    const out = await this.db.send(new GetCommand({ TableName: this.tableName, Key: caseKey(caseId) }));
    return out.Item ? recordOf(out.Item) : null;
  }

  /** The LATEST records of many cases (unknown ids are left out), 100 keys per BatchGetItem. */
  async getMany(caseIds: readonly string[]): Promise<Map<string, CaseRecord>> {
    const out = new Map<string, CaseRecord>();
    const unique = [...new Set(caseIds)];
    for (let i = 0; i < unique.length; i += 100) {
      let keys: Record<string, unknown>[] | undefined = unique.slice(i, i + 100).map((id) => caseKey(id));
      for (let attempt = 0; keys && keys.length > 0; attempt++) {
        const res: BatchGetCommandOutput = await this.db.send(
          new BatchGetCommand({ RequestItems: { [this.tableName]: { Keys: keys } } }),
        );
        for (const item of res.Responses?.[this.tableName] ?? []) {
          const record = recordOf(item);
          out.set(record.id, record);
        }
        keys = res.UnprocessedKeys?.[this.tableName]?.Keys;
        if (keys && keys.length > 0) {
          // throttled: back off before asking for the rest, as the SDK's own retries do
          if (attempt >= 8) throw new Error(`BatchGetItem left ${keys.length} keys unprocessed`);
          await new Promise((resolve) => setTimeout(resolve, 50 * 2 ** attempt));
        }
      }
    }
    return out;
  }

  async getRevision(caseId: string, revision: number): Promise<CaseRecord | null> {
    const out = await this.db.send(
      new GetCommand({ TableName: this.tableName, Key: caseRevisionKey(caseId, revision) }),
    );
    return out.Item ? recordOf(out.Item) : null;
  }

  async getDocuments(caseId: string): Promise<StoredCaseDocument[]> {
    return (await this.readCase(caseId)).documents;
  }

  /** A counter that moves with every published change (0 before the first); read consistently. */
  async feedVersion(): Promise<number> {
    const out = await this.db.send(
      new GetCommand({ TableName: this.tableName, Key: feedMetaKey(), ConsistentRead: true }),
    );
    return typeof out.Item?.feedVersion === 'number' ? out.Item.feedVersion : 0;
  }

  /** The months (`2018-04`) that hold feed entries, oldest first; one small consistent read. */
  async feedMonths(): Promise<string[]> {
    const out = await this.db.send(
      new GetCommand({ TableName: this.tableName, Key: feedMetaKey(), ConsistentRead: true }),
    );
    const months = out.Item?.feedMonths;
    return months instanceof Set ? [...months].map(String).sort() : [];
  }

  /**
   * One month's published cases from the feed index, in (updatedAt, id) order, starting after
   * `after` and not beyond `until`. Eventually consistent, as every GSI read.
   */
  async readFeedMonth(options: {
    month: string;
    order: 'asc' | 'desc';
    after?: { updatedAt: string; id: string } | undefined;
    until?: string | undefined;
    limit: number;
  }): Promise<FeedPage> {
    const { month, order, after, until, limit } = options;
    const names: Record<string, string> = { '#pk': KEYS.gsi1.pk, '#sk': KEYS.gsi1.sk };
    const values: Record<string, string> = { ':pk': `FEED#${month}` };
    let condition = '#pk = :pk';
    if (after && order === 'asc') {
      values[':after'] = feedSortKey(after.updatedAt, after.id);
      values[':until'] = until ? `${until}\uffff` : `${month}\uffff`;
      condition += ' AND #sk BETWEEN :after AND :until';
    } else if (after) {
      values[':after'] = feedSortKey(after.updatedAt, after.id);
      condition += ' AND #sk < :after';
    } else if (until) {
      values[':until'] = `${until}\uffff`;
      condition += ' AND #sk <= :until';
    }
    const items: CaseRecord[] = [];
    let startKey: QueryCommandOutput['LastEvaluatedKey'];
    do {
      const out = await this.db.send(
        new QueryCommand({
          TableName: this.tableName,
          IndexName: KEYS.gsi1.name,
          KeyConditionExpression: condition,
          ExpressionAttributeNames: names,
          ExpressionAttributeValues: values,
          ScanIndexForward: order === 'asc',
          Limit: limit - items.length,
          ExclusiveStartKey: startKey,
        }),
      );
      for (const item of out.Items ?? []) {
        // BETWEEN is inclusive: skip the cursor's own entry
        if (after && item[KEYS.gsi1.sk] === feedSortKey(after.updatedAt, after.id)) continue;
        items.push(recordOf(item));
      }
      startKey = out.LastEvaluatedKey;
    } while (startKey && items.length < limit);
    const lastItem = items.at(-1);
    return {
      items,
      last: lastItem && items.length >= limit ? { updatedAt: lastItem.updatedAt, id: lastItem.id } : null,
    };
  }

  /** The LATEST item, every DOC# and CORR# item and the review fingerprint of a case, read consistently. */
  async readCase(caseId: string): Promise<CasePartition> {
    const [reviewOut, items] = await Promise.all([
      this.db.send(
        new GetCommand({
          TableName: this.tableName,
          Key: caseReviewKey(caseId),
          ConsistentRead: true,
          ProjectionExpression: 'fingerprint',
        }),
      ),
      // CORR# < DOC# < LATEST < REV#: one range holds the corrections, the documents and LATEST, no
      // revisions (one request instead of a Get and a Query)
      this.queryPartition(caseId, {
        condition: '#pk = :pk AND #sk BETWEEN :from AND :to',
        values: { ':from': CASE_CORRECTION_PREFIX, ':to': caseKey(caseId).SK },
      }),
    ]);
    const documents: StoredCaseDocument[] = [];
    const corrections: Correction[] = [];
    let latest: CaseRecord | null = null;
    for (const item of items) {
      const sk = String(item[KEYS.sk]);
      if (sk.startsWith(CASE_DOCUMENT_PREFIX)) documents.push(documentOf(item));
      else if (sk.startsWith(CASE_CORRECTION_PREFIX)) corrections.push(correctionOf(item));
      else if (sk === caseKey(caseId).SK) latest = recordOf(item);
    }
    const fingerprint = reviewOut.Item?.fingerprint;
    return {
      latest,
      documents,
      corrections,
      reviewFingerprint: typeof fingerprint === 'string' ? fingerprint : null,
    };
  }

  async writeRevision({ record, contentHash, expectedRevision, review }: RevisionWrite): Promise<void> {
    await this.transact([
      {
        Put: {
          TableName: this.tableName,
          Item: toLatestItem(record, contentHash),
          ConditionExpression:
            expectedRevision === null ? 'attribute_not_exists(PK)' : 'revision = :expected',
          ExpressionAttributeValues:
            expectedRevision === null ? undefined : { ':expected': expectedRevision },
        },
      },
      {
        Put: {
          TableName: this.tableName,
          Item: {
            ...caseRevisionKey(record.id, record.revision),
            kind: 'case-revision',
            ...storedRecord(record),
            contentHash,
          },
          ConditionExpression: 'attribute_not_exists(PK)',
        },
      },
      this.reviewWrite(record.id, review),
    ]);
    await this.noteFeedWrite(record.updatedAt);
  }

  async writeReview(caseId: string, revision: number, review: StoredReview | null): Promise<void> {
    await this.transact([
      {
        ConditionCheck: {
          TableName: this.tableName,
          Key: caseKey(caseId),
          ConditionExpression: 'revision = :revision',
          ExpressionAttributeValues: { ':revision': revision },
        },
      },
      this.reviewWrite(caseId, review),
    ]);
  }

  ensureListed(updatedAt: string): Promise<void> {
    return this.noteFeedMonth(updatedAt);
  }

  /** One page of the review queue, most pressing first (eventually consistent, as every GSI read). */
  async listReviews(query: { limit: number; after?: string | undefined }): Promise<ListPage<CaseReview>> {
    const page = await this.queryIndexPartition(REVIEW_PARTITION, { ...query, order: 'asc' });
    return {
      items: page.items.map((item) => CaseReviewSchema.parse(JSON.parse(String(item.reviewJson)))),
      after: page.after,
    };
  }

  /** The stored review entry of one case, or null when nothing of it waits. */
  async getReview(caseId: string): Promise<CaseReview | null> {
    const out = await this.db.send(
      new GetCommand({ TableName: this.tableName, Key: caseReviewKey(caseId), ConsistentRead: true }),
    );
    return out.Item ? CaseReviewSchema.parse(JSON.parse(String(out.Item.reviewJson))) : null;
  }

  /**
   * Stores a new correction and marks the ones it replaces `superseded`, atomically; a
   * WriteConflictError when one of those is no longer active (read again and retry).
   */
  async saveCorrection(correction: Correction, supersedes: readonly string[] = []): Promise<void> {
    await this.transact([
      {
        Put: {
          TableName: this.tableName,
          Item: toCorrectionItem(correction),
          ConditionExpression: 'attribute_not_exists(PK)',
        },
      },
      ...supersedes.map((correctionId) => ({
        Update: {
          TableName: this.tableName,
          Key: caseCorrectionKey(correction.caseId, correctionId),
          UpdateExpression: 'SET #status = :superseded, endedBy = :by, endedAt = :at, endNote = :note',
          ConditionExpression: '#status = :active',
          ExpressionAttributeNames: { '#status': 'status' },
          ExpressionAttributeValues: {
            ':superseded': 'superseded',
            ':active': 'active',
            ':by': correction.by,
            ':at': correction.at,
            ':note': `replaced by ${correction.correctionId}`,
          },
        },
      })),
    ]);
  }

  /** Ends an active correction (`withdrawn`); false when it is unknown or no longer active. */
  async endCorrection(
    caseId: string,
    correctionId: string,
    end: { by: string; at: string; note: string | null },
  ): Promise<boolean> {
    try {
      await this.db.send(
        new UpdateCommand({
          TableName: this.tableName,
          Key: caseCorrectionKey(caseId, correctionId),
          UpdateExpression: 'SET #status = :withdrawn, endedBy = :by, endedAt = :at, endNote = :note',
          ConditionExpression: 'attribute_exists(PK) AND #status = :active',
          ExpressionAttributeNames: { '#status': 'status' },
          ExpressionAttributeValues: {
            ':withdrawn': 'withdrawn',
            ':active': 'active',
            ':by': end.by,
            ':at': end.at,
            ':note': end.note,
          },
        }),
      );
      return true;
    } catch (error) {
      if (isConditionalConflict(error)) return false;
      throw error;
    }
  }

  async getCorrection(caseId: string, correctionId: string): Promise<Correction | null> {
    const out = await this.db.send(
      new GetCommand({
        TableName: this.tableName,
        Key: caseCorrectionKey(caseId, correctionId),
        ConsistentRead: true,
      }),
    );
    return out.Item ? correctionOf(out.Item) : null;
  }

  /** Every correction of one case, oldest first, read consistently. */
  async listCaseCorrections(caseId: string): Promise<Correction[]> {
    const items = await this.queryPartition(caseId, {
      condition: '#pk = :pk AND begins_with(#sk, :prefix)',
      values: { ':prefix': CASE_CORRECTION_PREFIX },
    });
    return items.map(correctionOf);
  }

  /** Corrections across all cases, oldest first (eventually consistent). */
  async listCorrections(query: { limit: number; after?: string | undefined }): Promise<ListPage<Correction>> {
    const page = await this.queryIndexPartition(CORRECTION_PARTITION, { ...query, order: 'asc' });
    return { items: page.items.map(correctionOf), after: page.after };
  }

  private reviewWrite(caseId: string, review: StoredReview | null): TransactItem {
    if (!review) return { Delete: { TableName: this.tableName, Key: caseReviewKey(caseId) } };
    return {
      Put: {
        TableName: this.tableName,
        Item: {
          ...caseReviewKey(caseId),
          kind: 'case-review',
          reviewJson: JSON.stringify(review.review),
          fingerprint: review.fingerprint,
          revision: review.review.revision,
          [KEYS.gsi2.pk]: REVIEW_PARTITION,
          [KEYS.gsi2.sk]: review.rank,
        },
      },
    };
  }

  private async transact(items: TransactItem[]): Promise<void> {
    try {
      await this.db.send(new TransactWriteCommand({ TransactItems: items }));
    } catch (error) {
      if (isConditionalConflict(error)) throw new WriteConflictError((error as Error).message);
      throw error;
    }
  }

  private async queryPartition(
    caseId: string,
    key: { condition: string; values: Record<string, string> },
  ): Promise<Record<string, unknown>[]> {
    const items: Record<string, unknown>[] = [];
    let startKey: QueryCommandOutput['LastEvaluatedKey'];
    do {
      const out = await this.db.send(
        new QueryCommand({
          TableName: this.tableName,
          KeyConditionExpression: key.condition,
          ExpressionAttributeNames: { '#pk': KEYS.pk, '#sk': KEYS.sk },
          ExpressionAttributeValues: { ':pk': caseKey(caseId).PK, ...key.values },
          ConsistentRead: true,
          ExclusiveStartKey: startKey,
        }),
      );
      items.push(...(out.Items ?? []));
      startKey = out.LastEvaluatedKey;
    } while (startKey);
    return items;
  }

  /** A page of one GSI2 partition in sort-key order, resuming after the sort key `after`. */
  private async queryIndexPartition(
    partition: string,
    query: { limit: number; after?: string | undefined; order: 'asc' | 'desc' },
  ): Promise<ListPage<Record<string, unknown>>> {
    const names: Record<string, string> = { '#pk': KEYS.gsi2.pk };
    const values: Record<string, string> = { ':pk': partition };
    let condition = '#pk = :pk';
    if (query.after) {
      names['#sk'] = KEYS.gsi2.sk;
      values[':after'] = query.after;
      condition += query.order === 'asc' ? ' AND #sk > :after' : ' AND #sk < :after';
    }
    const items: Record<string, unknown>[] = [];
    let startKey: QueryCommandOutput['LastEvaluatedKey'];
    do {
      const out = await this.db.send(
        new QueryCommand({
          TableName: this.tableName,
          IndexName: KEYS.gsi2.name,
          KeyConditionExpression: condition,
          ExpressionAttributeNames: names,
          ExpressionAttributeValues: values,
          ScanIndexForward: query.order === 'asc',
          Limit: query.limit - items.length,
          ExclusiveStartKey: startKey,
        }),
      );
      items.push(...(out.Items ?? []));
      startKey = out.LastEvaluatedKey;
    } while (startKey && items.length < query.limit);
    const last = items.at(-1);
    return { items, after: last && startKey ? String(last[KEYS.gsi2.sk]) : null };
  }

  /**
   * After every published change, in one write: bumps META.feedVersion (what response caches
   * compare against) and adds the entry's month to META.feedMonths (the months listings read).
   */
  private async noteFeedWrite(updatedAt: string): Promise<void> {
    await this.db.send(
      new UpdateCommand({
        TableName: this.tableName,
        Key: feedMetaKey(),
        UpdateExpression: 'ADD feedVersion :one, feedMonths :month',
        ExpressionAttributeValues: { ':one': 1, ':month': new Set([updatedAt.slice(0, 7)]) },
      }),
    );
  }

  /** Adds the entry's month to META.feedMonths alone (idempotent; the version does not move). */
  private async noteFeedMonth(updatedAt: string): Promise<void> {
    await this.db.send(
      new UpdateCommand({
        TableName: this.tableName,
        Key: feedMetaKey(),
        UpdateExpression: 'ADD feedMonths :month',
        ExpressionAttributeValues: { ':month': new Set([updatedAt.slice(0, 7)]) },
      }),
    );
  }
}

/**
 * The LATEST item of a case. The record is stored as one JSON string, not a DynamoDB map: a
 * 101-item feed page reads ~4× faster that way (no per-attribute marshalling), and nothing
 * queries inside a record.
 */
export function toLatestItem(record: CaseRecord, contentHash: string): Record<string, unknown> {
  return {
    ...caseKey(record.id),
    kind: 'case',
    ...storedRecord(record),
    contentHash,
    revision: record.revision,
    [KEYS.gsi1.pk]: feedPartition(record.updatedAt),
    [KEYS.gsi1.sk]: feedSortKey(record.updatedAt, record.id),
  };
}

type TransactItem = NonNullable<TransactWriteCommandInput['TransactItems']>[number];

function documentOf(item: Record<string, unknown>): StoredCaseDocument {
  return {
    document: item.document,
    objectKey: item.objectKey,
    original: item.original,
    extracted: item.extracted,
    extractorVersion: item.extractorVersion,
    warnings: item.warnings,
    ...(item.identity ? { identity: item.identity } : {}),
  } as StoredCaseDocument;
}

function toCorrectionItem(correction: Correction): Record<string, unknown> {
  return {
    ...caseCorrectionKey(correction.caseId, correction.correctionId),
    kind: 'correction',
    ...correction,
    // a list or null value round-trips through JSON, whatever the document client makes of it
    value: JSON.stringify(correction.value),
    [KEYS.gsi2.pk]: CORRECTION_PARTITION,
    [KEYS.gsi2.sk]: `${correction.correctionId}#${correction.caseId}`,
  };
}

function correctionOf(item: Record<string, unknown>): Correction {
  const { PK: _pk, SK: _sk, kind: _kind, GSI2PK: _g, GSI2SK: _s, value, ...rest } = item;
  return CorrectionSchema.parse({ ...rest, value: JSON.parse(String(value)) });
}

let schemaFingerprint: string | undefined;

/**
 * A fingerprint of CaseRecordSchema (a hash of its JSON Schema: fields, types, defaults): any change
 * to the schema changes it, with no version number to remember to bump. Computed once (~3 ms).
 */
export function recordSchemaFingerprint(): string {
  schemaFingerprint ??= createHash('sha256')
    .update(JSON.stringify(z.toJSONSchema(CaseRecordSchema, { unrepresentable: 'any' })))
    .digest('base64url')
    .slice(0, 22);
  return schemaFingerprint;
}

/**
 * Validate on write: the record as stored in a LATEST or REV# item, checked by CaseRecordSchema
 * and stamped with the schema's fingerprint, so reading it back need not check it again.
 */
function storedRecord(record: CaseRecord): { recordJson: string; recordSchema: string } {
  return {
    recordJson: JSON.stringify(CaseRecordSchema.parse(record)),
    recordSchema: recordSchemaFingerprint(),
  };
}

/**
 * The record stored in a LATEST or REV# item. One this code's schema validated when it was written
 * (same fingerprint) is only JSON-parsed: our own table is trusted, and the zod parse was ~5× the
 * JSON.parse on every feed page read (BENCHMARKS.md). Anything else (written before stamping, or
 * under another schema) is validated on the way out, its defaults applied, as before.
 */
export function recordOf(item: Record<string, unknown>): CaseRecord {
  if (typeof item.recordJson !== 'string')
    throw new Error(`item ${String(item.PK)} ${String(item.SK)} holds no record`);
  const parsed: unknown = JSON.parse(item.recordJson);
  if (item.recordSchema === recordSchemaFingerprint()) return parsed as CaseRecord;
  return CaseRecordSchema.parse(parsed);
}

export function isConditionalConflict(error: unknown): boolean {
  if (error instanceof TransactionCanceledException) {
    return (error.CancellationReasons ?? []).some(
      (r) => r.Code === 'ConditionalCheckFailed' || r.Code === 'TransactionConflict',
    );
  }
  return error instanceof Error && error.name === 'ConditionalCheckFailedException';
}
