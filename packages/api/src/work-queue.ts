import type { Message } from '@zi/schema';
import { rateLimited } from './errors.ts';

/**
 * Runs at most `concurrency` tasks at once and lets at most `backlog` more wait their turn; a task beyond
 * that is refused at once with RATE_LIMITED and `busyMessage`, so a burst of costly requests queues up
 * to a bound instead of piling up without one.
 */
export function workQueue({
  concurrency,
  backlog,
  busyMessage,
}: {
  concurrency: number;
  backlog: number;
  busyMessage: Message;
}) {
  let running = 0;
  const waiting: (() => void)[] = [];
  return async function run<T>(task: () => Promise<T>): Promise<T> {
    if (running < concurrency) running++;
    else if (waiting.length < backlog) await new Promise<void>((resolve) => waiting.push(resolve));
    else throw rateLimited(busyMessage);
    try {
      return await task();
    } finally {
      // The slot passes straight to the next waiting task, if any.
      const next = waiting.shift();
      if (next) next();
      else running--;
    }
  };
}
