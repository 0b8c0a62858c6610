// Object keys of the originals bucket → whether they are safe and whose they are. Pure. S3 itself
// accepts any key, but a key with `..`, `.` or empty segments means another file on a filesystem
// (the local emulator once wrote outside its data dir for `..`), so every writer and reader refuses them.

import { PAGE_TEXT_PREFIX, UPLOAD_PREFIX } from '../config.ts';

export { UPLOAD_PREFIX };

/** Content-addressed copies of originals, where the bucket keeps no versions (the local emulator). */
export const PINNED_PREFIX = 'originals/sha256/';

/**
 * Each read document's page texts (JSON `{ sha256, pages }`), beside the originals: what the
 * publish function builds the search index from. Written at ingest and re-extraction.
 */
export const pageTextKeyOf = (sha256: string) => `${PAGE_TEXT_PREFIX}${sha256}.json`;

/** Where one exact original lies: a version of a key, or an immutable content-addressed copy. */
export interface OriginalRef {
  key: string;
  /** The S3 version (AWS); null for a content-addressed copy (the local emulator keeps no versions). */
  versionId: string | null;
}

/** S3's own limit, in UTF-8 bytes. */
const MAX_KEY_BYTES = 1024;

// C0 controls and DEL: no file name, and no S3 key a person meant to type
// biome-ignore lint/suspicious/noControlCharactersInRegex: the point is to find them
const CONTROL_CHARACTER = /[\u0000-\u001f\u007f]/;

/** What is wrong with a key, in words for an error message; null when it is safe. */
export function findObjectKeyProblem(key: string): string | null {
  if (key.length === 0) return 'the key is empty';
  if (Buffer.byteLength(key, 'utf8') > MAX_KEY_BYTES) return `the key is longer than ${MAX_KEY_BYTES} bytes`;
  if (CONTROL_CHARACTER.test(key)) return 'the key contains a control character';
  if (key.startsWith('/')) return 'the key is absolute (starts with /)';
  for (const segment of key.split('/')) {
    if (segment === '') return 'the key has an empty segment (// or a trailing /)';
    if (segment === '.' || segment === '..') return `the key has a "${segment}" segment`;
  }
  return null;
}

export class ObjectKeyError extends Error {
  override name = 'ObjectKeyError';
}

/** The key itself, or an ObjectKeyError that says what is wrong with it. */
export function assertSafeObjectKey(key: string): string {
  const problem = findObjectKeyProblem(key);
  if (problem) throw new ObjectKeyError(`${problem}: ${JSON.stringify(key.slice(0, 200))}`);
  return key;
}

/** Is this key an upload the pipeline should ingest (safe, under uploads/)? */
export const isUploadKey = (key: string): boolean =>
  key.startsWith(UPLOAD_PREFIX) && findObjectKeyProblem(key) === null;

/** `originals/sha256/<hash>`: where a content-addressed copy of some bytes is kept. */
export const pinnedKeyOf = (sha256: string): string => `${PINNED_PREFIX}${sha256}`;
