// The bulk bucket: the publish function's files (cases.jsonl, CSVs, datapackage, catalog) written
// whole, listed with their last-modified time, read back for /v1/bulk. Never touches the originals.
import {
  GetObjectCommand,
  HeadObjectCommand,
  ListObjectsV2Command,
  NoSuchKey,
  NotFound,
  PutObjectCommand,
  type S3Client,
} from '@aws-sdk/client-s3';

export interface BulkObject {
  name: string;
  bytes: number;
  lastModified: string;
}

export class BulkStore {
  constructor(
    private readonly s3: S3Client,
    readonly bucket: string,
  ) {}

  async write(name: string, body: string | Uint8Array, contentType: string): Promise<void> {
    await this.s3.send(
      new PutObjectCommand({
        Bucket: this.bucket,
        Key: name,
        Body: typeof body === 'string' ? Buffer.from(body, 'utf8') : body,
        ContentType: contentType,
      }),
    );
  }

  async list(): Promise<BulkObject[]> {
    const out = await this.s3.send(new ListObjectsV2Command({ Bucket: this.bucket }));
    return (out.Contents ?? [])
      .filter((o) => o.Key)
      .map((o) => ({
        name: o.Key as string,
        bytes: o.Size ?? 0,
        lastModified: (o.LastModified ?? new Date(0)).toISOString(),
      }));
  }

  /** The first `bytes` bytes of a file (a ranged GET), or null when it was never published. */
  async readStart(name: string, bytes: number): Promise<Uint8Array | null> {
    try {
      const out = await this.s3.send(
        new GetObjectCommand({ Bucket: this.bucket, Key: name, Range: `bytes=0-${bytes - 1}` }),
      );
      return out.Body ? await out.Body.transformToByteArray() : new Uint8Array();
    } catch (error) {
      if (error instanceof NoSuchKey || (error as Error).name === 'NoSuchKey') return null;
      throw error;
    }
  }

  /** The file's ETag, or null when it was never published: a cheap "has it changed?". */
  async eTagOf(name: string): Promise<string | null> {
    try {
      const out = await this.s3.send(new HeadObjectCommand({ Bucket: this.bucket, Key: name }));
      return out.ETag ?? null;
    } catch (error) {
      if (error instanceof NotFound || error instanceof NoSuchKey) return null;
      if ((error as Error).name === 'NotFound' || (error as Error).name === 'NoSuchKey') return null;
      throw error;
    }
  }

  /** The file, or null when it was never published. */
  async read(name: string): Promise<{
    body: Uint8Array;
    contentType: string;
    lastModified: string | null;
    eTag: string | null;
  } | null> {
    try {
      const out = await this.s3.send(new GetObjectCommand({ Bucket: this.bucket, Key: name }));
      return {
        body: out.Body ? await out.Body.transformToByteArray() : new Uint8Array(),
        contentType: out.ContentType ?? 'application/octet-stream',
        lastModified: out.LastModified ? out.LastModified.toUTCString() : null,
        eTag: out.ETag ?? null,
      };
    } catch (error) {
      if (error instanceof NoSuchKey || (error as Error).name === 'NoSuchKey') return null;
      throw error;
    }
  }
}
