import { randomUUID } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir, readdir, rename, stat, unlink } from 'node:fs/promises';
import { dirname, join, relative, sep } from 'node:path';
import { pipeline } from 'node:stream/promises';
import type { ObjectStore } from './index.ts';

/** Unfinished writes end so; a crash can leave one, which the sweep removes. */
const partial = '.partial';

/** Objects as files under `root`: written beside their name and renamed into place when whole. */
export function directoryStore(root: string): ObjectStore {
  const path = (key: string) => {
    const full = join(root, ...key.split('/'));
    if (!full.startsWith(root + sep)) throw new Error(`not a storage key: ${key}`);
    return full;
  };
  async function* walk(directory: string): AsyncIterable<string> {
    const entries = await readdir(directory, { withFileTypes: true }).catch(
      (error: NodeJS.ErrnoException) => {
        if (error.code === 'ENOENT') return [];
        throw error;
      },
    );
    for (const entry of entries) {
      const full = join(directory, entry.name);
      if (entry.isDirectory()) yield* walk(full);
      else yield full;
    }
  }
  return {
    kind: 'directory',
    async put(key, body) {
      const target = path(key);
      await mkdir(dirname(target), { recursive: true });
      const writing = `${target}.${randomUUID()}${partial}`;
      try {
        await pipeline(body, createWriteStream(writing, { flags: 'wx' }));
        await rename(writing, target);
      } catch (error) {
        await unlink(writing).catch(() => undefined);
        throw error;
      }
    },
    async get(key) {
      const file = path(key);
      const found = await stat(file).catch(() => null);
      return found?.isFile() ? { body: createReadStream(file), size: found.size } : null;
    },
    async delete(key) {
      await unlink(path(key)).catch((error: NodeJS.ErrnoException) => {
        if (error.code !== 'ENOENT') throw error;
      });
    },
    async *list() {
      for await (const file of walk(root)) {
        const found = await stat(file).catch(() => null);
        if (found) yield { key: relative(root, file).split(sep).join('/'), writtenAt: found.mtime };
      }
    },
  };
}
