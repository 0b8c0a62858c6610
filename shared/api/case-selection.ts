// Case queries → pages of cases walked from the feed index (newest first, with a signed cursor) and
// aggregates over a whole selection (kept a minute per selection, shared by concurrent requests).
import { type SelectionSummary, summarizeSelection } from '../feeds/case-aggregates.ts';
import {
  type CaseFilter,
  type CaseQuery,
  filterKey,
  matchesCase,
  matchesConsultation,
} from '../feeds/case-query.ts';
import { encodeCursor } from '../feeds/cursor.ts';
import type { ConsultationRow } from '../feeds/record-fields.ts';
import { type FeedPosition, walkFeed } from '../feeds/walk-feed.ts';
import type { CaseRecord } from '../model/case-record.ts';
import type { ApiDependencies } from './api-dependencies.ts';
import { FeedPositionSchema, readCursor } from './paging.ts';

/**
 * Cases read at most per listing request: a filter that the feed index cannot answer (body, q, …)
 * stops there and hands out `next` to go on, so one request never reads the whole table.
 */
export const LISTING_READ_BUDGET = 1000;

/** Aggregates over whole selections are recomputed at most this often (as long as lists are cached). */
const SUMMARY_TTL_MS = 60_000;
const SUMMARY_CACHE_SIZE = 100;

export interface CaseSelection {
  /** One page of cases matching the query, newest first, and the cursor to the next page. */
  selectCases(query: CaseQuery): Promise<{ items: CaseRecord[]; cursor: string | null }>;
  /** Aggregates of every live case matching the filters (/v1/bodies, the portal's count and charts). */
  summarize(filter: CaseFilter): Promise<SelectionSummary>;
}

export function createCaseSelection(deps: ApiDependencies): CaseSelection {
  async function selectCases(query: CaseQuery) {
    const key = filterKey(query);
    const after = readCursor(query.cursor, key, deps.cursorSecret, FeedPositionSchema);
    const items: CaseRecord[] = [];
    let last: FeedPosition | null = null;
    let more = false;
    // unfiltered, a page needs limit+1 items; filtered, read bigger chunks to find matches
    const chunk = key === '[]' ? query.limit + 1 : undefined;
    const since = query.updatedSince ? new Date(query.updatedSince).toISOString() : null;
    const budget = Math.max(deps.listingReadBudget ?? LISTING_READ_BUDGET, query.limit + 1);
    let read = 0;
    for await (const record of walkFeed(deps.cases, { order: 'desc', after, until: deps.now(), chunk })) {
      // newest first: past updatedSince nothing older can match
      if (since && record.updatedAt < since) break;
      if (read === budget) {
        // the budget is spent: the page may be short (even empty), `next` goes on after the last read
        more = true;
        break;
      }
      read++;
      const position = { updatedAt: record.updatedAt, id: record.id };
      if (!matchesCase(record, query)) {
        last = position;
        continue;
      }
      if (items.length === query.limit) {
        more = true;
        break;
      }
      items.push(record);
      last = position;
    }
    return { items, cursor: more && last ? encodeCursor(last, key, deps.cursorSecret) : null };
  }

  async function collectCases(filter: CaseFilter): Promise<CaseRecord[]> {
    const items: CaseRecord[] = [];
    const since = filter.updatedSince ? new Date(filter.updatedSince).toISOString() : null;
    for await (const record of walkFeed(deps.cases, { order: 'desc', until: deps.now() })) {
      if (since && record.updatedAt < since) break;
      if (matchesCase(record, filter)) items.push(record);
    }
    return items;
  }

  // a full walk of the feed per selection: each result is kept for a minute, shared in flight
  const summaries = new Map<string, { at: number; value: Promise<SelectionSummary> }>();
  function summarize(filter: CaseFilter): Promise<SelectionSummary> {
    const key = filterKey(filter);
    const now = Date.parse(deps.now());
    const hit = summaries.get(key);
    if (hit && now - hit.at < SUMMARY_TTL_MS) return hit.value;
    const value = collectCases(filter).then(summarizeSelection);
    value.catch(() => summaries.delete(key));
    summaries.delete(key);
    summaries.set(key, { at: now, value });
    // Map keeps insertion order: drop the oldest selections beyond the cap
    for (const old of summaries.keys()) {
      if (summaries.size <= SUMMARY_CACHE_SIZE) break;
      summaries.delete(old);
    }
    return value;
  }

  return { selectCases, summarize };
}

/** The consultation rows of a page of cases, narrowed by the body/stance filters. */
export const consultationRowsOf = (items: readonly CaseRecord[], filter: CaseFilter): ConsultationRow[] =>
  items.flatMap((record) =>
    record.consultations
      .filter((consultation) => matchesConsultation(consultation, filter))
      .map((consultation) => ({ record, consultation })),
  );
