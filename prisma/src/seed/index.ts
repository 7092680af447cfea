import type { PrismaClient } from '../../generated/client/client.ts';

export async function seed(_prisma: PrismaClient): Promise<void> {}
