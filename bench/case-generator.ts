// Generated published cases for the feed benchmarks, written straight into DynamoDB Local in the
// item shape CaseRepository.writeRevision uses (LATEST items with the feed GSI keys), with parallel
// BatchWriteItem, so 50,000 cases load in a minute or two instead of an ingest each.
import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import {
  BatchWriteCommand,
  type BatchWriteCommandInput,
  DynamoDBDocumentClient,
  GetCommand,
  UpdateCommand,
} from '@aws-sdk/lib-dynamodb';
import { EXTRACTOR_VERSION } from '../shared/extraction/extract-case.ts';
import type { StoredCaseDocument } from '../shared/model/case-document.ts';
import { toCaseId } from '../shared/model/case-id.ts';
import { type CaseRecord, type ExtractedCase, emptyExtractedCase } from '../shared/model/case-record.ts';
import { buildCaseRecord } from '../shared/publishing/build-case-record.ts';
import { toLatestItem } from '../shared/storage/case-repository.ts';
import { caseKey, feedMetaKey } from '../shared/storage/table-design.ts';

const TOPICS = [
  'Kamerabevakning i stadens parker',
  'Solceller på stadens skolor',
  'Trygghetsboende för äldre',
  'Förskola i Hjulsta',
  'Digital delaktighet i Skärholmen',
  'Simhall i Hagsätra',
  'Cykelbanor längs Söder Mälarstrand',
  'Fritidsgårdarnas öppettider',
];
const BODIES: [string, 'kontor' | 'namnd' | 'stadsdelsnamnd' | 'extern'][] = [
  ['Stadsledningskontoret', 'kontor'],
  ['Trafiknämnden', 'namnd'],
  ['Socialnämnden', 'namnd'],
  ['Södermalms stadsdelsnämnd', 'stadsdelsnamnd'],
  ['Rinkeby-Kista stadsdelsnämnd', 'stadsdelsnamnd'],
  ['Polisregion Stockholm', 'extern'],
];
const STANCES = ['supports', 'opposes', 'partly', 'no_objection', 'unclear'] as const;
const PARTIES = ['S', 'M', 'V', 'MP', 'L', 'C', 'KD', 'SD'];

/** Published cases arrive at a steady rate: the newest an hour ago, then one every GAP_MS back. */
const GAP_MS = Math.round((30 * 24 * 3600 * 1000) / 400);

/** The updatedAt of the i-th newest generated case (i = 0 is the newest). */
export function generatedUpdatedAt(index: number, newest: number): string {
  return new Date(newest - index * GAP_MS).toISOString();
}

/** Case number `index` as a stored document and the record publishing it would build. */
export function generateCase(index: number, newest: number): { record: CaseRecord; contentHash: string } {
  const updatedAt = generatedUpdatedAt(index, newest);
  const year = Number(updatedAt.slice(0, 4));
  const diarienummer = `${year}/${String(100000 + index).padStart(6, '0')}`;
  const pick = <T>(list: readonly T[], salt: number) => list[(index + salt) % list.length] as T;
  const extracted: ExtractedCase = {
    ...emptyExtractedCase(),
    municipality: 'Stockholms stad',
    documentType: 'utlatande',
    documentNumber: `${year}:${(index % 200) + 1}`,
    rotel: pick(['I', 'II', 'III', 'IV', 'V'], 0),
    diarienummer,
    title: `${pick(TOPICS, 0)} (${index})`,
    subject: {
      kind: 'motion',
      reference: `${year}:${(index % 90) + 1}`,
      from: null,
      authors: [{ name: 'Anna Berg', party: pick(PARTIES, 1), partyCode: pick(PARTIES, 1) }],
    },
    proposedDecision: ['Motionen avslås.'],
    outcome: pick(['bifall', 'avslag', 'besvarad'] as const, 2),
    presenter: 'Jonatan Hägg',
    decisionBody: 'Kommunfullmäktige',
    proposedBy: 'Kommunstyrelsen',
    date: updatedAt.slice(0, 10),
    signatories: ['Tove Rådberg', 'Jonatan Hägg'],
    consultations: BODIES.slice(0, 3 + (index % 4)).map(([body, bodyType], i) => ({
      body,
      bodyType,
      stance: pick(STANCES, i),
      meetingDate: updatedAt.slice(0, 10),
      statementDate: updatedAt.slice(0, 10),
      evidence: `${body} ${pick(['tillstyrker', 'avstyrker', 'har inget att invända mot'], i)} förslaget och framhåller att åtgärderna bör samordnas med stadens övriga arbete.`,
      page: 2 + i,
      confidence: 0.9,
    })),
    reservations: [
      { kind: 'reservation', parties: [pick(PARTIES, 3)], names: ['Karl Lund'], in: 'Kommunstyrelsen' },
    ],
  };
  const id = toCaseId(extracted.municipality, diarienummer);
  const sha256 = hex64(index);
  const document: StoredCaseDocument = {
    document: {
      sha256,
      pages: 4,
      bytes: 24_000,
      fileName: `utlatande-${index}.pdf`,
      documentType: 'utlatande',
      uploadedAt: updatedAt,
      url: `/v1/cases/${id}/documents/${sha256}`,
      textSource: 'text',
      ocrConfidence: null,
      ocrPages: [],
    },
    objectKey: `bench/generated/${index}.pdf`,
    extracted,
    extractorVersion: EXTRACTOR_VERSION,
    warnings: [],
  };
  return buildCaseRecord({ id, documents: [document], previous: null, now: updatedAt });
}

function hex64(n: number): string {
  return n.toString(16).padStart(64, '0');
}

/** The LATEST item exactly as CaseRepository writes it (one builder, so the two cannot drift). */
export { toLatestItem };

export function toDocumentClient(dynamo: DynamoDBClient): DynamoDBDocumentClient {
  return DynamoDBDocumentClient.from(dynamo, {
    marshallOptions: { removeUndefinedValues: true, convertClassInstanceToMap: false },
  });
}

async function writeBatch(db: DynamoDBDocumentClient, tableName: string, items: Record<string, unknown>[]) {
  let request: BatchWriteCommandInput['RequestItems'] = {
    [tableName]: items.map((Item) => ({ PutRequest: { Item } })),
  };
  for (let attempt = 0; request && Object.keys(request).length > 0; attempt++) {
    if (attempt > 0) await new Promise((r) => setTimeout(r, Math.min(1000, 20 * 2 ** attempt)));
    const out = await db.send(new BatchWriteCommand({ RequestItems: request }));
    request = out.UnprocessedItems as BatchWriteCommandInput['RequestItems'];
  }
}

/**
 * Writes cases [from, to) with BatchWriteItem, `parallel` requests in flight, and lowers the feed's
 * first-month marker as publishing does. Returns the wall time in ms.
 */
export async function loadGeneratedCases(
  db: DynamoDBDocumentClient,
  tableName: string,
  range: { from: number; to: number; newest: number },
  parallel = 12,
): Promise<number> {
  const started = performance.now();
  let next = range.from;
  const worker = async () => {
    while (next < range.to) {
      const start = next;
      next = Math.min(range.to, next + 25);
      const items = [];
      for (let i = start; i < next; i++) {
        const { record, contentHash } = generateCase(i, range.newest);
        items.push(toLatestItem(record, contentHash));
      }
      await writeBatch(db, tableName, items);
    }
  };
  await Promise.all(Array.from({ length: parallel }, worker));
  // register the months the generated entries fall in, as CaseRepository does on publish
  const months = new Set<string>();
  for (let i = range.from; i < range.to; i++) months.add(generatedUpdatedAt(i, range.newest).slice(0, 7));
  await db.send(
    new UpdateCommand({
      TableName: tableName,
      Key: feedMetaKey(),
      UpdateExpression: 'ADD feedVersion :one, feedMonths :months',
      ExpressionAttributeValues: { ':one': 1, ':months': months },
    }),
  );
  return performance.now() - started;
}

/** Attribute names of a LATEST item as stored (to compare a generated one with a published one). */
export async function readLatestItemShape(
  db: DynamoDBDocumentClient,
  tableName: string,
  caseId: string,
): Promise<string[]> {
  const out = await db.send(new GetCommand({ TableName: tableName, Key: caseKey(caseId) }));
  return Object.keys(out.Item ?? {}).sort();
}
