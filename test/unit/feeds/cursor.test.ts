import { describe, expect, it } from 'vitest';
import { CursorError, decodeCursor, encodeCursor } from '../../../shared/feeds/cursor.ts';

const secret = 'unit-test-secret-0123456789';
const position = { updatedAt: '2026-01-01T00:00:00.000Z', id: 'stockholm-2017-000991' };

describe('decodeCursor', () => {
  it('returns the position an encoded cursor carries', () => {
    const cursor = encodeCursor(position, 'q1', secret);

    expect(decodeCursor(cursor, 'q1', secret)).toEqual(position);
  });

  it('throws CursorError when the payload is tampered with', () => {
    const [, mac] = encodeCursor(position, 'q1', secret).split('.');
    const forged = Buffer.from(JSON.stringify({ p: { ...position, id: 'zzz' }, q: 'q1' })).toString(
      'base64url',
    );

    expect(() => decodeCursor(`${forged}.${mac}`, 'q1', secret)).toThrow(CursorError);
  });

  it('throws CursorError when the cursor was made for another query', () => {
    const cursor = encodeCursor(position, 'q1', secret);

    expect(() => decodeCursor(cursor, 'q2', secret)).toThrow(/different query/);
  });

  it('throws CursorError for garbage', () => {
    expect(() => decodeCursor('not-a-cursor', 'q1', secret)).toThrow(CursorError);
    expect(() => decodeCursor('a.b.c', 'q1', secret)).toThrow(CursorError);
  });
});
