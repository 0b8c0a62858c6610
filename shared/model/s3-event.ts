// The S3 notification as it arrives in an SQS message body: validated with zod at the boundary.
// Keys arrive URL-encoded (`+` for space): decodeS3Key undoes that (ENGINEERING.md trap 3).
import { z } from 'zod';

export const S3EventRecordSchema = z.object({
  eventName: z.string(),
  s3: z.object({
    bucket: z.object({ name: z.string() }),
    object: z.object({
      key: z.string(),
      size: z.number().optional(),
      eTag: z.string().optional(),
      versionId: z.string().optional(),
    }),
  }),
});

export const S3NotificationSchema = z.object({ Records: z.array(S3EventRecordSchema) });
/** Sent once when a bucket notification is set up; carries no object (ENGINEERING.md trap 3). */
export const S3TestEventSchema = z.object({ Event: z.literal('s3:TestEvent') }).loose();

export const decodeS3Key = (key: string): string => decodeURIComponent(key.replace(/\+/g, ' '));

/** The inverse, as S3 writes keys into notifications; used by the local event bridge. */
export const encodeS3Key = (key: string): string =>
  key
    .split(' ')
    .map((part) => encodeURIComponent(part).replace(/%2F/g, '/'))
    .join('+');

export interface UploadedObject {
  bucket: string;
  key: string;
  versionId: string | null;
  eTag: string | null;
  size: number | null;
}

/** The created objects named by one notification; removals and test events yield nothing. */
export function toUploadedObjects(body: unknown): UploadedObject[] {
  if (S3TestEventSchema.safeParse(body).success) return [];
  return S3NotificationSchema.parse(body)
    .Records.filter((r) => r.eventName.startsWith('ObjectCreated'))
    .map((r) => ({
      bucket: r.s3.bucket.name,
      key: decodeS3Key(r.s3.object.key),
      versionId: r.s3.object.versionId ?? null,
      eTag: r.s3.object.eTag ?? null,
      size: r.s3.object.size ?? null,
    }));
}
