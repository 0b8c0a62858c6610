// s3rver (last release 2021) writes an object in place and reports the PUT done before the file is
// flushed, so a GET right after a PUT — our ingest reacting to the event, or a reader of a bulk file
// being rewritten — can read a truncated object. Real S3 PUTs are atomic. This patch makes the
// emulator's filesystem store write to a temporary file and rename it, before it answers.
import { createHash, randomUUID } from 'node:crypto';
import fs from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { Readable } from 'node:stream';

interface StoredObjectInput {
  bucket: string;
  key: string;
  content: Buffer | Readable;
  metadata: Record<string, string>;
}

interface FilesystemStore {
  getResourcePath(bucket: string, key: string, resource: string): string;
  putMetadata(bucket: string, key: string, metadata: Record<string, string>, md5: string): Promise<void>;
  putObject(object: StoredObjectInput): Promise<{ size: number; md5: string }>;
}

async function toBuffer(content: Buffer | Readable): Promise<Buffer> {
  if (Buffer.isBuffer(content)) return content;
  const chunks: Buffer[] = [];
  for await (const chunk of content) chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk));
  return Buffer.concat(chunks);
}

let patched = false;

export function makeS3rverWritesAtomic(): void {
  if (patched) return;
  patched = true;
  const require = createRequire(import.meta.url);
  const store = require('s3rver/lib/stores/filesystem.js') as { prototype: FilesystemStore };
  store.prototype.putObject = async function putObject(this: FilesystemStore, object: StoredObjectInput) {
    const objectPath = this.getResourcePath(object.bucket, object.key, 'object');
    await fs.mkdir(path.dirname(objectPath), { recursive: true });
    const content = await toBuffer(object.content);
    const temporary = `${objectPath}.${randomUUID()}.partial`;
    await fs.writeFile(temporary, content);
    await fs.rename(temporary, objectPath);
    const md5 = createHash('md5').update(content).digest('hex');
    await this.putMetadata(object.bucket, object.key, object.metadata, md5);
    return { size: content.length, md5 };
  };
}
