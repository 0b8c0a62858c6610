// Walks published cases in (updatedAt, id) order across the monthly feed partitions, newest-first
// for listings or oldest-first for the change feed, resuming strictly after a position.
import type { CaseRecord } from '../model/case-record.ts';
import type { CaseRepository } from '../storage/case-repository.ts';

export interface FeedPosition {
  updatedAt: string;
  id: string;
}

const CHUNK = 200;

export interface WalkOptions {
  order: 'asc' | 'desc';
  /** Continue strictly after this entry. */
  after?: FeedPosition | undefined;
  /** Newest updatedAt to include (the watermark); months after it are not read. */
  until: string;
  /** Items read per index query (default 200); a listing page of n needs only n + 1. */
  chunk?: number | undefined;
}

export async function* walkFeed(cases: CaseRepository, options: WalkOptions): AsyncGenerator<CaseRecord> {
  // a position past the watermark (a `since` newer than it) has nothing to read yet; DynamoDB
  // would also reject the inverted BETWEEN range
  if (options.order === 'asc' && options.after && options.after.updatedAt > options.until) return;
  const lastMonth = options.until.slice(0, 7);
  const startMonth = options.after?.updatedAt.slice(0, 7);
  // only months that hold entries are read, so a feed with a gap of years costs no empty queries
  const months = (await cases.feedMonths())
    .filter((m) => m <= lastMonth)
    .filter((m) => !startMonth || (options.order === 'asc' ? m >= startMonth : m <= startMonth));
  if (options.order === 'desc') months.reverse();
  for (const month of months) {
    let after = options.after && startMonth === month ? options.after : undefined;
    for (;;) {
      const page = await cases.readFeedMonth({
        month,
        order: options.order,
        after,
        until: options.until,
        limit: options.chunk ?? CHUNK,
      });
      for (const record of page.items) {
        if (record.updatedAt > options.until) continue;
        yield record;
      }
      if (!page.last) break;
      after = page.last;
    }
  }
}
