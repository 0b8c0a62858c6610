// Cursors and next-page links of the paginated routes: a cursor from the query is checked against
// the filters it was made for (a 400 otherwise), and `next` keeps the request's own parameters.
import type { Context } from 'hono';
import { z } from 'zod';
import { CursorError, decodeCursor } from '../feeds/cursor.ts';
import { ApiError } from './api-errors.ts';

export const FeedPositionSchema = z.object({ updatedAt: z.string(), id: z.string() });
/** A position in a ranked or sorted list (search hits, `sort=date`). */
export const RankPositionSchema = z.object({ rank: z.number().int().nonnegative() });

export function readCursor<T>(
  cursor: string | undefined,
  key: string,
  secret: string,
  schema: z.ZodType<T>,
): T | undefined {
  if (!cursor) return undefined;
  try {
    return schema.parse(decodeCursor(cursor, key, secret));
  } catch (error) {
    const message = error instanceof CursorError ? error.message : 'the cursor is malformed';
    throw new ApiError(400, 'bad_cursor', `parameter cursor: ${message}`);
  }
}

/** The request's URL with `cursor` set, on `base` when one is configured; null without a cursor. */
export function nextUrl(requestUrl: string, cursor: string | null, base?: string): string | null {
  if (!cursor) return null;
  const url = new URL(requestUrl);
  const out = base ? new URL(url.pathname + url.search, base) : url;
  out.searchParams.set('cursor', cursor);
  return out.toString();
}

/** Sets `Link: <next>; rel="next"` when there is a next page; returns `next` for the body. */
export function linkNext(c: Context, next: string | null): string | null {
  if (next) c.header('Link', `<${next}>; rel="next"`);
  return next;
}
