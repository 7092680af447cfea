import { execFileSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { whileAskingHealth } from './health-watch.ts';
import { startTestServer } from './http.ts';

type Server = Awaited<ReturnType<typeof startTestServer>>;

/** The Chromium browsers this process has started, told apart by their profile folders. */
const browsersStarted = () =>
  new Set(
    execFileSync('ps', ['-o', 'ppid=,args=', '-e'], { encoding: 'utf8' })
      .split('\n')
      .filter((line) => line.trim().startsWith(`${process.pid} `))
      .flatMap((line) => /--user-data-dir=(\S+)/.exec(line)?.[1] ?? []),
  ).size;

describe('PDF reports under a burst of requests', () => {
  let server: Server;
  let admin: Record<string, string>;
  let evaluationId: number;

  beforeAll(async () => {
    server = await startTestServer();
    admin = await server.signIn('admin@zi.go.id');
    evaluationId = (
      await server.database.prisma.evaluation.findFirstOrThrow({
        where: { unit: { code: 'KPP-BDG-KAREES' }, year: 2025 },
      })
    ).id;
  });
  afterAll(() => server.stop());

  it('prints with one browser, a few at a time, refuses the excess with RATE_LIMITED, and health keeps answering', async () => {
    let mostBrowsers = 0;
    const watching = setInterval(() => {
      mostBrowsers = Math.max(mostBrowsers, browsersStarted());
    }, 200);
    const { result, elapsed, slowest } = await whileAskingHealth(server, () =>
      Promise.all(
        Array.from({ length: 12 }, () =>
          server.graphql<{ evaluationReportPdf: string }>(
            `{ evaluationReportPdf(evaluationId: ${evaluationId}) }`,
            {},
            admin,
          ),
        ),
      ),
    ).finally(() => clearInterval(watching));
    const printed = result.filter(({ body }) => body.data?.evaluationReportPdf);
    const refused = result.filter(({ body }) => body.errors);
    console.log(
      `12 parallel PDF requests: ${printed.length} printed, ${refused.length} refused in ${elapsed.toFixed(0)} ms; ` +
        `at most ${mostBrowsers} browser(s); slowest health answer ${slowest.toFixed(0)} ms`,
    );
    // Two print and eight wait, so the first ten to arrive are always printed.
    expect(printed.length).toBeGreaterThanOrEqual(10);
    expect(printed.length + refused.length).toBe(12);
    for (const { body } of printed)
      expect(
        Buffer.from(body.data?.evaluationReportPdf ?? '', 'base64')
          .subarray(0, 5)
          .toString(),
      ).toBe('%PDF-');
    for (const { body } of refused)
      expect(body.errors?.map((error) => error.extensions?.code)).toEqual(['RATE_LIMITED']);
    expect(mostBrowsers).toBe(1);
    expect(slowest).toBeLessThan(1_000);
  });
});
