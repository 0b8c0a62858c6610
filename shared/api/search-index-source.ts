// The bulk bucket's search index → kept loaded in the API process. The first search waits for the
// load; after that a search never waits: at most every few seconds a HEAD asks whether the publish
// function wrote a newer file, which is then loaded in the background and swapped in whole.
import { loadSearchIndex, SEARCH_INDEX_FILE, type SearchIndex, textsFileOf } from '../search/search-index.ts';
import type { BulkStore } from '../storage/bulk-store.ts';

export interface SearchIndexSource {
  /** The loaded index, or null when none was ever published (or it cannot be read). */
  current(): Promise<SearchIndex | null>;
}

export interface SearchIndexSourceOptions {
  /** How often to ask whether the file changed (default 5 s). */
  checkEveryMs?: number;
  nowMs?: () => number;
  onError?: (error: unknown) => void;
}

export function createSearchIndexSource(
  bulk: BulkStore | undefined,
  options: SearchIndexSourceOptions = {},
): SearchIndexSource {
  const checkEveryMs = options.checkEveryMs ?? 5_000;
  const nowMs = options.nowMs ?? Date.now;
  let index: SearchIndex | null = null;
  let eTag: string | null = null;
  let checkedAt = Number.NEGATIVE_INFINITY;
  let refreshing: Promise<void> | null = null;
  let loadedOnce = false;

  async function refresh(): Promise<void> {
    if (!bulk) return;
    checkedAt = nowMs();
    const latest = await bulk.eTagOf(SEARCH_INDEX_FILE);
    if (latest === null) {
      index = null;
      eTag = null;
      return;
    }
    if (latest === eTag && index) return;
    const file = await bulk.read(SEARCH_INDEX_FILE);
    if (!file) return;
    const json = Buffer.from(file.body).toString('utf8');
    const textsFile = textsFileOf(json);
    const texts = await bulk.read(textsFile);
    if (!texts) throw new Error(`the search index names ${textsFile}, which is not there`);
    // parsed whole before the swap: searches meanwhile keep the previous index
    index = loadSearchIndex(json, texts.body);
    eTag = file.eTag;
  }

  function startRefresh(): Promise<void> {
    refreshing ??= refresh()
      .catch((error) => {
        // a bad or unreadable file keeps the index already loaded; the next check tries again
        options.onError?.(error);
      })
      .finally(() => {
        refreshing = null;
        loadedOnce = true;
      });
    return refreshing;
  }

  return {
    async current() {
      if (!bulk) return null;
      if (!loadedOnce) {
        await startRefresh();
        return index;
      }
      if (nowMs() - checkedAt >= checkEveryMs) void startRefresh();
      return index;
    },
  };
}
