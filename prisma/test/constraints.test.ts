import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase, type TestDatabase } from '../src/testing.ts';

/** The database itself refuses what the domain forbids, whatever code writes to it. */
describe('database constraints', () => {
  let database: TestDatabase;
  let evaluationId: number;
  let itemId: number;

  beforeAll(async () => {
    database = await openTestDatabase({ seed: 'always' });
    const answer = await database.prisma.answer.findFirstOrThrow({
      where: { layer: 'UNIT', evaluation: { year: 2025 } },
    });
    evaluationId = answer.evaluationId;
    itemId = answer.itemId;
  });
  afterAll(() => database.dispose());

  it('rejects a second answer for the same evaluation, item and layer', async () => {
    await expect(
      database.prisma.answer.create({ data: { evaluationId, itemId, layer: 'UNIT', option: 'A' } }),
    ).rejects.toMatchObject({ code: 'P2002' });
  });

  it('accepts the same item answered in another layer of another evaluation', async () => {
    const other = await database.prisma.evaluation.findFirstOrThrow({
      where: {
        id: { not: evaluationId },
        instrument: { items: { some: { id: itemId } } },
        stage: 'PENCANANGAN',
      },
    });
    const created = await database.prisma.answer.create({
      data: { evaluationId: other.id, itemId, layer: 'TPN', option: 'A' },
    });
    expect(created.version).toBe(1);
    await database.prisma.answer.delete({ where: { id: created.id } });
  });

  it('rejects a second evaluation of a unit in the same year', async () => {
    const evaluation = await database.prisma.evaluation.findUniqueOrThrow({ where: { id: evaluationId } });
    await expect(
      database.prisma.evaluation.create({
        data: { unitId: evaluation.unitId, year: evaluation.year, instrumentId: evaluation.instrumentId },
      }),
    ).rejects.toMatchObject({ code: 'P2002' });
  });

  it('rejects a dangling reference', async () => {
    await expect(
      database.prisma.answer.create({ data: { evaluationId: 987_654, itemId, layer: 'TPI', option: 'A' } }),
    ).rejects.toMatchObject({ code: 'P2003' });
    await expect(
      database.prisma.unit.create({
        data: { agencyId: 987_654, code: 'X', name: 'Tanpa instansi', eselon: 'III' },
      }),
    ).rejects.toMatchObject({ code: 'P2003' });
  });

  it('rejects a unit that is deleted while it still has evaluations', async () => {
    const evaluation = await database.prisma.evaluation.findUniqueOrThrow({ where: { id: evaluationId } });
    await expect(database.prisma.unit.delete({ where: { id: evaluation.unitId } })).rejects.toThrow();
  });

  it('rejects values outside the domain: survey scores, SPIP levels, Pakta Integritas counts', async () => {
    await expect(
      database.prisma.surveyResult.create({ data: { evaluationId, kind: 'IPAK', score: 4.5 } }),
    ).rejects.toThrow(/SurveyResult_score_check|check constraint/);
    const agency = await database.prisma.agency.findFirstOrThrow();
    await expect(
      database.prisma.agencyProfile.create({ data: { agencyId: agency.id, year: 2030, spipLevel: 6 } }),
    ).rejects.toThrow(/spipLevel_check|check constraint/);
    await expect(
      database.prisma.evaluation.update({
        where: { id: evaluationId },
        data: { paktaSigned: 500, paktaTotal: 10 },
      }),
    ).rejects.toThrow(/pakta_check|check constraint/);
  });

  it('keeps the change log append-only', async () => {
    const entry = await database.prisma.changeLog.create({
      data: {
        entity: 'Evaluation',
        entityId: String(evaluationId),
        action: 'UPDATE',
        before: { stage: 'A' },
        after: { stage: 'B' },
      },
    });
    await expect(
      database.prisma.changeLog.update({ where: { id: entry.id }, data: { entity: 'X' } }),
    ).rejects.toThrow(/append-only/);
    await expect(database.prisma.changeLog.delete({ where: { id: entry.id } })).rejects.toThrow(
      /append-only/,
    );
    expect(await database.prisma.changeLog.count({ where: { id: entry.id } })).toBe(1);
  });
});
