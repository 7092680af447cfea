// A worker thread of workbook-worker.ts. Node runs it as plain JavaScript, so it first teaches this thread
// TypeScript (tsx) to load @zi/schema's sources; then it waits for one file, reads it, answers and ends.
import { parentPort } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
const { readLkeWorkbook, readTable, WorkbookError } = await import('@zi/schema/workbook');
parentPort?.once('message', async (job) => {
  try {
    const result =
      job.task === 'table'
        ? await readTable(job.bytes, job.filename)
        : await readLkeWorkbook(job.bytes, job.definition);
    parentPort?.postMessage({ result });
  } catch (error) {
    if (!(error instanceof WorkbookError)) throw error;
    parentPort?.postMessage({ refused: error.reason });
  }
});
