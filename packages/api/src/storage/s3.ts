import type { Readable } from 'node:stream';
import { DeleteObjectCommand, GetObjectCommand, ListObjectsV2Command, S3Client } from '@aws-sdk/client-s3';
import { Upload } from '@aws-sdk/lib-storage';
import type { ObjectStore } from './index.ts';

export interface S3Settings {
  bucket: string;
  /** For S3-compatible servers (MinIO, Ceph, …): their URL; addressed by path, not by bucket subdomain. */
  endpoint?: string | undefined;
  region: string;
  /** Prepended to every key, so one bucket can hold several deployments. */
  prefix: string;
  /** Credentials; the SDK's usual chain (environment, profile, instance role) when absent. */
  credentials?: { accessKeyId: string; secretAccessKey: string };
}

/**
 * Objects in an S3-compatible bucket, streamed up in parts (a failed upload is aborted, its parts dropped).
 * The parts of an upload cut off by a crash are never an object; the bucket's lifecycle rule
 * (AbortIncompleteMultipartUpload, README) removes them.
 */
export function s3Store(settings: S3Settings): ObjectStore {
  const client = new S3Client({
    region: settings.region,
    ...(settings.endpoint ? { endpoint: settings.endpoint, forcePathStyle: true } : {}),
    ...(settings.credentials ? { credentials: settings.credentials } : {}),
  });
  const Bucket = settings.bucket;
  const Key = (key: string) => `${settings.prefix}${key}`;
  return {
    kind: 's3',
    async put(key, body) {
      await new Upload({
        client,
        params: { Bucket, Key: Key(key), Body: body },
        leavePartsOnError: false,
      }).done();
    },
    async get(key) {
      try {
        const object = await client.send(new GetObjectCommand({ Bucket, Key: Key(key) }));
        return { body: object.Body as Readable, size: object.ContentLength ?? 0 };
      } catch (error) {
        if ((error as { name?: string }).name === 'NoSuchKey') return null;
        throw error;
      }
    },
    async delete(key) {
      await client.send(new DeleteObjectCommand({ Bucket, Key: Key(key) }));
    },
    async *list() {
      let ContinuationToken: string | undefined;
      do {
        const page = await client.send(
          new ListObjectsV2Command({ Bucket, Prefix: settings.prefix, ContinuationToken }),
        );
        for (const object of page.Contents ?? [])
          if (object.Key && object.LastModified)
            yield { key: object.Key.slice(settings.prefix.length), writtenAt: object.LastModified };
        ContinuationToken = page.NextContinuationToken;
      } while (ContinuationToken);
    },
  };
}
