// Walks published cases in (updatedAt, id) order across the monthly feed partitions, newest-first
// for listings or oldest-first for the change feed, resuming strictly after a position.
import type { CaseRecord } from '../model/case-record.ts';
import type { CaseRepository } from '../storage/case-repository.ts';

export interface FeedPosition {
  updatedAt: string;
  id: string;
}

const CHUNK = 200;

const shiftMonth = (month: string, delta: number): string => {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const d = new Date(Date.UTC(y, m - 1 + delta, 1));
  return d.toISOString().slice(0, 7);
};

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
  const firstMonth = await cases.firstFeedMonth();
  if (!firstMonth) return;
  const lastMonth = options.until.slice(0, 7);
  let month = options.after
    ? options.after.updatedAt.slice(0, 7)
    : options.order === 'desc'
      ? lastMonth
      : firstMonth;
  if (month < firstMonth) month = firstMonth;
  let after = options.after;
  while (month >= firstMonth && month <= lastMonth) {
    const page = await cases.readFeedMonth({
      month,
      order: options.order,
      after: after && after.updatedAt.slice(0, 7) === month ? after : undefined,
      until: options.until,
      limit: options.chunk ?? CHUNK,
    });
    for (const record of page.items) {
      if (record.updatedAt > options.until) continue;
      yield record;
    }
    if (page.last) {
      after = page.last;
    } else {
      month = shiftMonth(month, options.order === 'asc' ? 1 : -1);
      after = undefined;
    }
  }
}
