// Opaque pagination cursors: base64url({ position, query hash }) + HMAC, so a client can neither
// forge a position nor reuse a cursor with other filters. Pure: the secret is passed in.
import { createHmac, timingSafeEqual } from 'node:crypto';

export class CursorError extends Error {
  override name = 'CursorError';
}

const sign = (payload: string, secret: string) =>
  createHmac('sha256', secret).update(payload).digest('base64url');

export function encodeCursor(position: unknown, queryHash: string, secret: string): string {
  const payload = Buffer.from(JSON.stringify({ p: position, q: queryHash })).toString('base64url');
  return `${payload}.${sign(payload, secret).slice(0, 22)}`;
}

/** The position inside a cursor; CursorError when it is tampered with or made for another query. */
export function decodeCursor(cursor: string, queryHash: string, secret: string): unknown {
  const [payload, mac, extra] = cursor.split('.');
  if (!payload || !mac || extra !== undefined) throw new CursorError('the cursor is malformed');
  const expected = Buffer.from(sign(payload, secret).slice(0, 22));
  const given = Buffer.from(mac);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
    throw new CursorError('the cursor is not one this API issued');
  }
  let decoded: { p?: unknown; q?: unknown };
  try {
    decoded = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
  } catch {
    throw new CursorError('the cursor is malformed');
  }
  if (decoded.q !== queryHash) throw new CursorError('the cursor belongs to a different query');
  return decoded.p;
}
