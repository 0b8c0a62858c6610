// The originals bucket: uploaded PDFs, read by key (and version where the bucket keeps versions),
// plus content-addressed copies (`originals/sha256/<hash>`) where it keeps none. Never deletes or
// alters an upload. Buffers, not streams, for s3rver's sake (ENGINEERING.md trap 2).
import { createHash } from 'node:crypto';

import {
  GetObjectCommand,
  HeadBucketCommand,
  HeadObjectCommand,
  ListObjectsV2Command,
  ListObjectVersionsCommand,
  NoSuchKey,
  NotFound,
  PutObjectCommand,
  type S3Client,
} from '@aws-sdk/client-s3';
import { getSignedUrl } from '@aws-sdk/s3-request-presigner';
import { type OriginalRef, pageTextKeyOf } from '../model/object-key.ts';

export interface StoredObject {
  key: string;
  /** Set where the bucket keeps versions (one entry per version); null on the local emulator. */
  versionId: string | null;
  eTag: string | null;
  size: number;
  lastModified: string | null;
}

export class ObjectTooLargeError extends Error {
  override name = 'ObjectTooLargeError';
}

/** The bytes at an original's place are not the ones its sha256 names: never served. */
export class OriginalMismatchError extends Error {
  override name = 'OriginalMismatchError';
}

/** S3's answer to a conditional write whose condition does not hold (the object is there). */
const isPreconditionFailed = (error: unknown) =>
  (error as { $metadata?: { httpStatusCode?: number } }).$metadata?.httpStatusCode === 412 ||
  (error as Error).name === 'PreconditionFailed';

const sha256Of = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');
/** S3 answers `null` as the version of an object written before versioning was switched on. */
const versionOf = (id: string | undefined) => (id && id !== 'null' ? id : null);

export class ObjectStore {
  /**
   * @param versioned the bucket keeps versions (the stack's originals bucket does; the local
   * emulator cannot), so listings name each version and a read reports the version it got.
   */
  constructor(
    private readonly s3: S3Client,
    readonly bucket: string,
    readonly versioned = false,
  ) {}

  /** Reads a whole object; refuses (without downloading) one larger than `maxBytes`. */
  async read(key: string, options: { versionId?: string | null; maxBytes: number }): Promise<Uint8Array> {
    return (await this.readObject(key, options)).bytes;
  }

  /**
   * Reads a whole object and says which version it was (null where the bucket keeps none); `signal`
   * cancels the request (a read that is no longer needed).
   */
  async readObject(
    key: string,
    options: { versionId?: string | null; maxBytes: number; signal?: AbortSignal | undefined },
  ): Promise<{ bytes: Uint8Array; versionId: string | null; eTag: string | null }> {
    const out = await this.s3.send(
      new GetObjectCommand({ Bucket: this.bucket, Key: key, VersionId: options.versionId ?? undefined }),
      options.signal ? { abortSignal: options.signal } : {},
    );
    if ((out.ContentLength ?? 0) > options.maxBytes) {
      out.Body?.transformToWebStream().cancel();
      throw new ObjectTooLargeError(`${out.ContentLength} bytes is over the limit of ${options.maxBytes}`);
    }
    const bytes = out.Body ? await out.Body.transformToByteArray() : new Uint8Array();
    return {
      bytes,
      versionId: versionOf(out.VersionId),
      eTag: out.ETag ? out.ETag.replaceAll('"', '') : null,
    };
  }

  /**
   * The bytes of one pinned original, checked against the sha256 it was published under: an
   * OriginalMismatchError rather than other bytes, whatever happened at the key since.
   */
  async readVerified(ref: OriginalRef, sha256: string, maxBytes: number): Promise<Uint8Array> {
    const bytes = await this.read(ref.key, { versionId: ref.versionId, maxBytes });
    const actual = sha256Of(bytes);
    if (actual !== sha256) {
      throw new OriginalMismatchError(
        `${ref.key}${ref.versionId ? ` (version ${ref.versionId})` : ''} holds sha256 ${actual}, not ${sha256}`,
      );
    }
    return bytes;
  }

  /**
   * Pins bytes where the bucket keeps no versions: a content-addressed copy under its sha256,
   * written once (a copy that is already there holds the same bytes by its name). One request: a
   * put only if no object is there (S3's conditional write answers 412 when one is); an emulator
   * that ignores the condition writes the very same bytes again, which changes nothing.
   */
  async pinCopy(key: string, bytes: Uint8Array): Promise<OriginalRef> {
    try {
      await this.s3.send(
        new PutObjectCommand({
          Bucket: this.bucket,
          Key: key,
          Body: bytes,
          ContentType: 'application/pdf',
          IfNoneMatch: '*',
        }),
      );
    } catch (error) {
      if (!isPreconditionFailed(error)) throw error;
    }
    return { key, versionId: null };
  }

  /**
   * A time-limited GET URL for one object (one version of it, when given), for responses too large
   * to pass through a Lambda (6 MB cap): the client fetches the PDF from S3 itself.
   */
  presignedGetUrl(
    key: string,
    options: { fileName: string; expiresInSeconds: number; versionId?: string | null },
  ): Promise<string> {
    const command = new GetObjectCommand({
      Bucket: this.bucket,
      Key: key,
      VersionId: options.versionId ?? undefined,
      ResponseContentType: 'application/pdf',
      ResponseContentDisposition: `inline; filename="${options.fileName}"`,
    });
    return getSignedUrl(this.s3, command, { expiresIn: options.expiresInSeconds });
  }

  /** Throws when the bucket cannot be reached (health checks). */
  async ping(): Promise<void> {
    await this.s3.send(new HeadBucketCommand({ Bucket: this.bucket }));
  }

  async exists(key: string): Promise<boolean> {
    try {
      await this.s3.send(new HeadObjectCommand({ Bucket: this.bucket, Key: key }));
      return true;
    } catch (error) {
      if (error instanceof NotFound || error instanceof NoSuchKey) return false;
      throw error;
    }
  }

  async write(
    key: string,
    body: Uint8Array,
    contentType = 'application/pdf',
  ): Promise<{ eTag: string | null }> {
    const out = await this.s3.send(
      new PutObjectCommand({ Bucket: this.bucket, Key: key, Body: body, ContentType: contentType }),
    );
    return { eTag: out.ETag ? out.ETag.replaceAll('"', '') : null };
  }

  /** Stores the page texts read from the original with this sha256 (overwrites: same bytes, newer reader). */
  async writePageTexts(sha256: string, pages: readonly string[]): Promise<void> {
    const body = Buffer.from(JSON.stringify({ sha256, pages }), 'utf8');
    await this.write(pageTextKeyOf(sha256), body, 'application/json; charset=utf-8');
  }

  /** The page texts stored for an original; null when none were (ingested before texts were kept). */
  async readPageTexts(sha256: string): Promise<string[] | null> {
    try {
      const bytes = await this.read(pageTextKeyOf(sha256), { maxBytes: 64 * 1024 * 1024 });
      const parsed: unknown = JSON.parse(Buffer.from(bytes).toString('utf8'));
      const pages = (parsed as { pages?: unknown }).pages;
      if (!Array.isArray(pages) || !pages.every((p) => typeof p === 'string')) {
        throw new Error(`${pageTextKeyOf(sha256)} holds no page texts`);
      }
      return pages;
    } catch (error) {
      if (error instanceof NoSuchKey || (error as Error).name === 'NoSuchKey') return null;
      throw error;
    }
  }

  /** Every object under `prefix`; in a versioned bucket every version of each (no delete markers). */
  async *list(prefix = ''): AsyncGenerator<StoredObject> {
    if (this.versioned) {
      yield* this.listVersions(prefix);
      return;
    }
    let token: string | undefined;
    do {
      const out = await this.s3.send(
        new ListObjectsV2Command({
          Bucket: this.bucket,
          Prefix: prefix || undefined,
          ContinuationToken: token,
        }),
      );
      for (const o of out.Contents ?? []) {
        if (!o.Key) continue;
        yield {
          key: o.Key,
          versionId: null,
          eTag: o.ETag ? o.ETag.replaceAll('"', '') : null,
          size: o.Size ?? 0,
          lastModified: o.LastModified?.toISOString() ?? null,
        };
      }
      token = out.IsTruncated ? out.NextContinuationToken : undefined;
    } while (token);
  }

  private async *listVersions(prefix: string): AsyncGenerator<StoredObject> {
    let keyMarker: string | undefined;
    let versionIdMarker: string | undefined;
    do {
      const out = await this.s3.send(
        new ListObjectVersionsCommand({
          Bucket: this.bucket,
          Prefix: prefix || undefined,
          KeyMarker: keyMarker,
          VersionIdMarker: versionIdMarker,
        }),
      );
      for (const v of out.Versions ?? []) {
        if (!v.Key) continue;
        yield {
          key: v.Key,
          versionId: versionOf(v.VersionId),
          eTag: v.ETag ? v.ETag.replaceAll('"', '') : null,
          size: v.Size ?? 0,
          lastModified: v.LastModified?.toISOString() ?? null,
        };
      }
      keyMarker = out.IsTruncated ? out.NextKeyMarker : undefined;
      versionIdMarker = out.IsTruncated ? out.NextVersionIdMarker : undefined;
    } while (keyMarker);
  }
}
