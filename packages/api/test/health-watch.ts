import { expect } from 'vitest';
import type { startTestServer } from './http.ts';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Runs `work` while asking `{ health { ok } }` every 100 ms, each answer checked; returns what `work`
 * returned, how long it took, and how long each health request took.
 */
export async function whileAskingHealth<T>(
  server: Pick<Awaited<ReturnType<typeof startTestServer>>, 'graphql'>,
  work: () => Promise<T>,
) {
  const latencies: number[] = [];
  let working = true;
  const asking = (async () => {
    while (working) {
      const sent = performance.now();
      const { body } = await server.graphql('{ health { ok } }');
      latencies.push(performance.now() - sent);
      expect(body.data).toEqual({ health: { ok: true } });
      await sleep(100);
    }
  })();
  const started = performance.now();
  const result = await work().finally(() => {
    working = false;
  });
  const elapsed = performance.now() - started;
  await asking;
  return { result, elapsed, latencies, slowest: Math.max(...latencies) };
}
