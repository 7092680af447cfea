import { Worker } from 'node:worker_threads';
import type { InstrumentDefinition } from '@zi/schema';
import { type Message, message } from '@zi/schema';
import { type readLkeWorkbook, type readTable, WorkbookError } from '@zi/schema/workbook';
import { workQueue } from './work-queue.ts';

type Job =
  | { task: 'table'; bytes: Uint8Array; filename: string }
  | { task: 'lke'; bytes: ArrayBuffer; definition: InstrumentDefinition };

/**
 * Reads spreadsheets in worker threads, a fresh one for each file, so that parsing never blocks the
 * server's event loop, and a file that needs too much memory or time ends its own thread, not the server:
 * either becomes a WorkbookError. `@zi/schema/workbook` refuses oversized files before parsing; these
 * limits catch what gets past it. Two files are read at a time; up to eight more wait, and any beyond
 * are refused with RATE_LIMITED.
 */
export function workbookReader({ timeoutSeconds = 20, maxOldGenerationSizeMb = 768 } = {}) {
  const queue = workQueue({
    concurrency: 2,
    backlog: 8,
    busyMessage: message('request.busyReading'),
  });
  // Starting a thread takes about half a second (loading tsx and exceljs), so one is kept started and idle.
  let spare: Worker | undefined;

  const startWorker = () => {
    const worker = new Worker(new URL('./workbook-thread.mjs', import.meta.url), {
      resourceLimits: { maxOldGenerationSizeMb },
    });
    // Idle, it must not keep the process alive; one that fails while idle is dropped (an 'error' event
    // without a listener would end the process).
    worker.unref();
    const drop = () => {
      if (spare === worker) spare = undefined;
    };
    worker.once('error', drop);
    worker.once('exit', drop);
    return worker;
  };

  const inWorker = <T>(job: Job) =>
    new Promise<T>((resolve, reject) => {
      const worker = spare ?? startWorker();
      spare = startWorker();
      worker.ref();
      let settled = false;
      const settle = (outcome: () => void) => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        outcome();
        void worker.terminate();
      };
      const timer = setTimeout(
        () =>
          settle(() => reject(new WorkbookError(message('file.readTimeout', { seconds: timeoutSeconds })))),
        timeoutSeconds * 1000,
      );
      worker.once('message', (reply: { result: T } | { refused: Message }) =>
        settle(() => ('refused' in reply ? reject(new WorkbookError(reply.refused)) : resolve(reply.result))),
      );
      worker.once('error', (error: Error & { code?: string }) =>
        settle(() =>
          reject(
            new WorkbookError(
              error.code === 'ERR_WORKER_OUT_OF_MEMORY'
                ? message('file.readMemory', { megabytes: maxOldGenerationSizeMb })
                : message('file.readFailed', { detail: error.message }),
            ),
          ),
        ),
      );
      worker.once('exit', (code) =>
        settle(() =>
          reject(
            new WorkbookError(message('file.readFailed', { detail: `the reader stopped with code ${code}` })),
          ),
        ),
      );
      worker.postMessage(job);
    });

  return {
    /** `readTable` of @zi/schema/workbook, in a worker thread. */
    readTable: (bytes: Uint8Array, filename: string): ReturnType<typeof readTable> =>
      queue(() => inWorker({ task: 'table', bytes, filename })),
    /** `readLkeWorkbook` of @zi/schema/workbook, in a worker thread. */
    readLkeWorkbook: (
      bytes: ArrayBuffer,
      definition: InstrumentDefinition,
    ): ReturnType<typeof readLkeWorkbook> => queue(() => inWorker({ task: 'lke', bytes, definition })),
  };
}

// The server's reader: a list at the cell limit (1,000,000 cells) peaks at about 450 MB of heap in exceljs
// and takes about 8 s.
const serverReader = workbookReader();
export const readTableInWorker = serverReader.readTable;
export const readLkeWorkbookInWorker = serverReader.readLkeWorkbook;
