import type { ServerResponse } from 'node:http';
import type { PrismaClient } from '@zi/db/client';

/** A database slower than this to answer `SELECT 1` counts as down. */
const databaseTimeoutMs = 3_000;

/** Whether the database answers `SELECT 1` in time: what `health`, `/readyz` and load balancers go by. */
export async function databaseAnswers(prisma: Pick<PrismaClient, '$queryRaw'>): Promise<boolean> {
  const timeout = new Promise<boolean>((resolve) => setTimeout(resolve, databaseTimeoutMs, false).unref());
  const answered = prisma.$queryRaw`SELECT 1`.then(
    () => true,
    () => false,
  );
  return Promise.race([answered, timeout]);
}

/** The probe paths a load balancer or orchestrator asks, without a session. */
export const probePaths = ['/healthz', '/readyz'] as const;

/**
 * `/healthz`: the process serves requests (liveness; never touches the database, so a database outage does
 * not get replicas restarted). `/readyz`: it can do its work, the database answering (readiness; 503 sends
 * traffic to other replicas until it answers again).
 */
export async function answerProbe(
  path: (typeof probePaths)[number],
  response: ServerResponse,
  database: { prisma: Pick<PrismaClient, '$queryRaw'>; kind: string },
) {
  const ready = path === '/healthz' || (await databaseAnswers(database.prisma));
  const body =
    path === '/healthz'
      ? { status: 'ok' }
      : { status: ready ? 'ready' : 'unavailable', database: database.kind, databaseAnswers: ready };
  response.writeHead(ready ? 200 : 503, {
    'content-type': 'application/json; charset=utf-8',
    'cache-control': 'no-store',
  });
  response.end(JSON.stringify(body));
}
