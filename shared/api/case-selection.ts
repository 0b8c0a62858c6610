// Case queries → pages of cases walked from the feed index (newest first, with a signed cursor) or,
// for `q`, ranked by the full-text index (cases changed since it was built are matched by title),
// and aggregates over a whole selection (kept a minute per selection, shared by concurrent requests).
import { type BodyEntry, type BodyPage, buildBodyPage, buildBodyRegister } from '../feeds/body-register.ts';
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
import { matchTitle, type SearchHit, type SearchIndex, type SearchMatch } from '../search/search-index.ts';
import { parseSearchQuery, type SearchQuery } from '../search/search-query.ts';
import type { ApiDependencies } from './api-dependencies.ts';
import { FeedPositionSchema, RankPositionSchema, readCursor } from './paging.ts';
import type { SearchIndexSource } from './search-index-source.ts';

/**
 * Cases read at most per listing request: a filter that the feed index cannot answer (body, q, …)
 * stops there and hands out `next` to go on, so one request never reads the whole table.
 */
export const LISTING_READ_BUDGET = 1000;

/** Aggregates over whole selections are recomputed at most this often (as long as lists are cached). */
const SUMMARY_TTL_MS = 60_000;
const SUMMARY_CACHE_SIZE = 100;

/**
 * A case the index was built before may have changed since: cases changed this long before the
 * index's build time are looked at by title too (the feed index lags the table by seconds).
 */
const FRESH_MARGIN_MS = 30_000;

interface Remembered<T> {
  at: number;
  version: number;
  value: Promise<T>;
}

export interface SelectedCases {
  items: CaseRecord[];
  cursor: string | null;
  /** With `q`: where each item matched (its snippet and page). */
  matches?: Map<string, SearchMatch>;
}

export interface CaseSelection {
  /** One page of cases matching the query (newest first, or ranked for `q`) and the next cursor. */
  selectCases(query: CaseQuery): Promise<SelectedCases>;
  /** Aggregates of every live case matching the filters (the portal's count and charts). */
  summarize(filter: CaseFilter): Promise<SelectionSummary>;
  /** The register of consulted bodies over the cases matching the filters (/v1/bodies, /bodies). */
  bodyRegister(filter: CaseFilter): Promise<BodyEntry[]>;
  /** One body's page over every live case; null for an unknown slug. */
  bodyPage(slug: string): Promise<BodyPage | null>;
}

export function createCaseSelection(deps: ApiDependencies, searchIndex: SearchIndexSource): CaseSelection {
  async function selectCases(query: CaseQuery): Promise<SelectedCases> {
    if (query.q) {
      const index = await searchIndex.current();
      if (index) return searchCases(query, query.q, index);
    }
    if (query.sort === 'date') return casesByDate(query);
    return walkCases(query);
  }

  /** Newest change first, walking the feed index (the default order, and `q` without an index). */
  async function walkCases(query: CaseQuery): Promise<SelectedCases> {
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
    const matches = query.q ? titleMatches(items, parseSearchQuery(query.q)) : undefined;
    return {
      items,
      cursor: more && last ? encodeCursor(last, key, deps.cursorSecret) : null,
      ...(matches ? { matches } : {}),
    };
  }

  /** Cases changed since the index was built (newest first): their text may not be in it yet. */
  async function freshSince(index: SearchIndex): Promise<CaseRecord[]> {
    const from = new Date(Date.parse(index.builtAt) - FRESH_MARGIN_MS).toISOString();
    const out: CaseRecord[] = [];
    for await (const record of walkFeed(deps.cases, { order: 'desc', until: deps.now(), chunk: 50 })) {
      if (record.updatedAt < from) break;
      out.push(record);
    }
    return out;
  }

  /**
   * The ranked hits of `q`: cases changed since the index was built whose title matches come first,
   * then the index's hits in the chosen order; every record is read fresh from the store and
   * checked against the other filters (and that it is not withdrawn).
   */
  async function searchCases(query: CaseQuery, q: string, index: SearchIndex): Promise<SelectedCases> {
    const key = filterKey(query);
    const after = readCursor(query.cursor, key, deps.cursorSecret, RankPositionSchema);
    const parsed = parseSearchQuery(q);
    const rest: CaseFilter = { ...query, q: undefined };
    const fresh = (await freshSince(index)).filter((r) => matchTitle(r.title, parsed) !== null);
    const freshById = new Map(fresh.map((r) => [r.id, r]));
    // by relevance the fresh title matches lead (they have no score); by date or change, all mix
    const ranked = sortHits(
      [
        ...fresh.map((r) => ({
          id: r.id,
          score: Number.POSITIVE_INFINITY,
          date: r.date,
          updatedAt: r.updatedAt,
        })),
        ...index.search(parsed).filter((h) => !freshById.has(h.id)),
      ],
      query.sort,
    ).map((h) => h.id);
    const budget = Math.max(deps.listingReadBudget ?? LISTING_READ_BUDGET, query.limit + 1);
    const items: CaseRecord[] = [];
    let rank = after?.rank ?? 0;
    let read = 0;
    while (rank < ranked.length && items.length < query.limit && read < budget) {
      const want = Math.min(ranked.length - rank, budget - read, Math.max(query.limit - items.length, 25));
      // phrases need the texts: checked only for the hits this page reaches
      const slice = ranked.slice(rank, rank + want);
      const wanted = new Set(slice.filter((id) => freshById.has(id) || index.hasPhrases(id, parsed)));
      const missing = [...wanted].filter((id) => !freshById.has(id));
      const records = missing.length > 0 ? await deps.cases.getMany(missing) : new Map();
      for (const id of slice) {
        if (items.length === query.limit) break;
        rank++;
        read++;
        if (!wanted.has(id)) continue;
        const record = freshById.get(id) ?? records.get(id);
        if (record && matchesCase(record, rest)) items.push(record);
      }
    }
    const matches = new Map<string, SearchMatch>();
    for (const record of items) {
      const match = freshById.has(record.id)
        ? matchTitle(record.title, parsed)
        : (index.matchOf(record.id, parsed) ?? matchTitle(record.title, parsed));
      if (match) matches.set(record.id, match);
    }
    const more = rank < ranked.length;
    return { items, cursor: more ? encodeCursor({ rank }, key, deps.cursorSecret) : null, matches };
  }

  /** `sort=date` without `q`: every matching case, by its date (kept a minute like the summaries). */
  async function casesByDate(query: CaseQuery): Promise<SelectedCases> {
    const key = filterKey(query);
    const after = readCursor(query.cursor, key, deps.cursorSecret, RankPositionSchema);
    const all = await collected(query);
    const sorted = [...all].sort(byDateDesc);
    const start = after?.rank ?? 0;
    const items = sorted.slice(start, start + query.limit);
    const end = start + items.length;
    const matches = query.q ? titleMatches(items, parseSearchQuery(query.q)) : undefined;
    return {
      items,
      cursor: end < sorted.length ? encodeCursor({ rank: end }, key, deps.cursorSecret) : null,
      ...(matches ? { matches } : {}),
    };
  }

  /** Does a case match `q`? Through the index when there is one, else (and for fresh cases) its title. */
  async function qMatcher(q: string | undefined): Promise<(record: CaseRecord) => boolean> {
    if (!q) return () => true;
    const parsed = parseSearchQuery(q);
    const index = await searchIndex.current();
    const hits = new Set(
      index
        ? index
            .search(parsed)
            .filter((h) => index.hasPhrases(h.id, parsed))
            .map((h) => h.id)
        : [],
    );
    return (record) => hits.has(record.id) || matchTitle(record.title, parsed) !== null;
  }

  async function collectCases(filter: CaseFilter): Promise<CaseRecord[]> {
    const items: CaseRecord[] = [];
    const since = filter.updatedSince ? new Date(filter.updatedSince).toISOString() : null;
    const rest: CaseFilter = { ...filter, q: undefined };
    const matchesQ = await qMatcher(filter.q);
    for await (const record of walkFeed(deps.cases, { order: 'desc', until: deps.now() })) {
      if (since && record.updatedAt < since) break;
      if (matchesCase(record, rest) && matchesQ(record)) items.push(record);
    }
    return items;
  }

  const collections = new Map<string, Remembered<CaseRecord[]>>();
  function collected(filter: CaseFilter): Promise<CaseRecord[]> {
    return remembered(collections, filter, () => collectCases(filter));
  }

  /** One computation per selection a minute, shared in flight; the oldest dropped beyond the cap. */
  /**
   * One computation per selection, shared in flight and reused while the feed's version is the one
   * it was computed at (for at most a minute); the oldest dropped beyond the cap.
   */
  async function remembered<T>(
    cache: Map<string, Remembered<T>>,
    filter: CaseFilter,
    compute: () => Promise<T>,
  ): Promise<T> {
    const key = filterKey({ ...filter, sort: undefined } as CaseFilter);
    const version = await deps.cases.feedVersion();
    const now = Date.parse(deps.now());
    const hit = cache.get(key);
    if (hit && hit.version === version && now - hit.at < SUMMARY_TTL_MS) return hit.value;
    const value = compute();
    value.catch(() => cache.delete(key));
    cache.delete(key);
    cache.set(key, { at: now, version, value });
    for (const old of cache.keys()) {
      if (cache.size <= SUMMARY_CACHE_SIZE) break;
      cache.delete(old);
    }
    return value;
  }

  // a full walk of the feed per selection: kept while the feed is unchanged, shared in flight
  const summaries = new Map<string, Remembered<SelectionSummary>>();
  function summarize(filter: CaseFilter): Promise<SelectionSummary> {
    return remembered(summaries, filter, () => collected(filter).then(summarizeSelection));
  }

  const registers = new Map<string, Remembered<BodyEntry[]>>();
  function bodyRegister(filter: CaseFilter): Promise<BodyEntry[]> {
    return remembered(registers, filter, () => collected(filter).then(buildBodyRegister));
  }

  async function bodyPage(slug: string): Promise<BodyPage | null> {
    const [register, records] = await Promise.all([bodyRegister({}), collected({})]);
    const entry = register.find((b) => b.slug === slug);
    return entry ? buildBodyPage(records, entry) : null;
  }

  return { selectCases, summarize, bodyRegister, bodyPage };
}

const byDateDesc = (a: Pick<CaseRecord, 'date' | 'updatedAt'>, b: Pick<CaseRecord, 'date' | 'updatedAt'>) =>
  (b.date ?? '').localeCompare(a.date ?? '') || b.updatedAt.localeCompare(a.updatedAt);

function sortHits(hits: SearchHit[], sort: CaseQuery['sort']): SearchHit[] {
  if (sort === 'date') return [...hits].sort(byDateDesc);
  if (sort === 'updated') return [...hits].sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
  return hits;
}

function titleMatches(items: readonly CaseRecord[], query: SearchQuery): Map<string, SearchMatch> {
  const out = new Map<string, SearchMatch>();
  for (const record of items) {
    const match = matchTitle(record.title, query);
    if (match) out.set(record.id, match);
  }
  return out;
}

/** The consultation rows of a page of cases, narrowed by the body/stance filters. */
export const consultationRowsOf = (items: readonly CaseRecord[], filter: CaseFilter): ConsultationRow[] =>
  items.flatMap((record) =>
    record.consultations
      .filter((consultation) => matchesConsultation(consultation, filter))
      .map((consultation) => ({ record, consultation })),
  );
