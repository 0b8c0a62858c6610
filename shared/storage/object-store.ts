// The originals bucket: uploaded PDFs, read by key (and version where the bucket keeps versions).
// Never deletes or alters an upload. Buffers, not streams, for s3rver's sake (ENGINEERING.md trap 2).

import {
  GetObjectCommand,
  HeadBucketCommand,
  HeadObjectCommand,
  ListObjectsV2Command,
  NoSuchKey,
  NotFound,
  PutObjectCommand,
  type S3Client,
} from '@aws-sdk/client-s3';
import { getSignedUrl } from '@aws-sdk/s3-request-presigner';

export interface StoredObject {
  key: string;
  eTag: string | null;
  size: number;
}

export class ObjectTooLargeError extends Error {
  override name = 'ObjectTooLargeError';
}

export class ObjectStore {
  constructor(
    private readonly s3: S3Client,
    readonly bucket: string,
  ) {}

  /** Reads a whole object; refuses (without downloading) one larger than `maxBytes`. */
  async read(key: string, options: { versionId?: string | null; maxBytes: number }): Promise<Uint8Array> {
    const out = await this.s3.send(
      new GetObjectCommand({ Bucket: this.bucket, Key: key, VersionId: options.versionId ?? undefined }),
    );
    if ((out.ContentLength ?? 0) > options.maxBytes) {
      out.Body?.transformToWebStream().cancel();
      throw new ObjectTooLargeError(`${out.ContentLength} bytes is over the limit of ${options.maxBytes}`);
    }
    if (!out.Body) return new Uint8Array();
    return out.Body.transformToByteArray();
  }

  /**
   * A time-limited GET URL for one object, for responses too large to pass through a Lambda
   * (6 MB cap): the client fetches the PDF from S3 itself.
   */
  presignedGetUrl(key: string, options: { fileName: string; expiresInSeconds: number }): Promise<string> {
    const command = new GetObjectCommand({
      Bucket: this.bucket,
      Key: key,
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

  async *list(prefix = ''): AsyncGenerator<StoredObject> {
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
        if (o.Key) yield { key: o.Key, eTag: o.ETag ? o.ETag.replaceAll('"', '') : null, size: o.Size ?? 0 };
      }
      token = out.IsTruncated ? out.NextContinuationToken : undefined;
    } while (token);
  }
}
