import { dirname, join } from 'node:path';
import type { Readable } from 'node:stream';
import { defaultDataDir } from '@zi/db';
import { directoryStore } from './directory.ts';
import { s3Store } from './s3.ts';

/**
 * Where evidence files live: a directory under the data directory (embedded default) or an S3-compatible
 * bucket (production). Keys are never reused: an object is written once, whole or not at all, and removed
 * only by the sweep once no row names it.
 */
export interface ObjectStore {
  readonly kind: 'directory' | 's3';
  /** Streams `body` into a new object; resolves once it is stored whole. A body that fails leaves nothing. */
  put(key: string, body: Readable): Promise<void>;
  /** The object's content, or null when there is none under `key`. */
  get(key: string): Promise<{ body: Readable; size: number } | null>;
  delete(key: string): Promise<void>;
  /** Every object (and, on a directory, every unfinished write) with when it was written: what the sweep judges. */
  list(): AsyncIterable<{ key: string; writtenAt: Date }>;
}

export { directoryStore, s3Store };

/**
 * The store the settings name: `ZI_S3_BUCKET` (with `ZI_S3_ENDPOINT`, `ZI_S3_REGION`, `ZI_S3_PREFIX` and the
 * usual `AWS_ACCESS_KEY_ID`/`AWS_SECRET_ACCESS_KEY`) for S3, else the directory `ZI_FILES_DIR`, else `files`
 * beside the embedded database's data directory (`ZI_DATA_DIR`, default `data/pglite`).
 */
export function storeFrom(env: Record<string, string | undefined>): ObjectStore {
  if (env.ZI_S3_BUCKET)
    return s3Store({
      bucket: env.ZI_S3_BUCKET,
      endpoint: env.ZI_S3_ENDPOINT,
      region: env.ZI_S3_REGION ?? 'us-east-1',
      prefix: env.ZI_S3_PREFIX ?? '',
    });
  return directoryStore(env.ZI_FILES_DIR ?? join(dirname(env.ZI_DATA_DIR ?? defaultDataDir), 'files'));
}
