import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seed } from '../src/seed/index.ts';
import { openTestDatabase, type TestDatabase } from '../src/testing.ts';

async function rowCounts(database: TestDatabase) {
  const { prisma } = database;
  return {
    agencies: await prisma.agency.count(),
    profiles: await prisma.agencyProfile.count(),
    units: await prisma.unit.count(),
    instruments: await prisma.instrument.count(),
    items: await prisma.instrumentItem.count(),
    evaluations: await prisma.evaluation.count(),
    transitions: await prisma.stageTransition.count(),
    answers: await prisma.answer.count(),
    surveys: await prisma.surveyResult.count(),
    audits: await prisma.audit.count(),
    recommendations: await prisma.recommendation.count(),
    statusChanges: await prisma.recommendationStatusChange.count(),
    users: await prisma.user.count(),
  };
}

describe('seed', () => {
  let database: TestDatabase;

  beforeAll(async () => {
    database = await openTestDatabase({ seed: 'always' });
  });
  afterAll(() => database.dispose());

  it('is idempotent: a second run adds and changes nothing', async () => {
    const before = await rowCounts(database);
    const answersBefore = await database.prisma.answer.findMany({ orderBy: { id: 'asc' } });
    await seed(database.prisma);
    expect(await rowCounts(database)).toEqual(before);
    expect(await database.prisma.answer.findMany({ orderBy: { id: 'asc' } })).toEqual(answersBefore);
  });

  it('has a ministry, a province and two regencies/cities with 15+ units in a tree across eselon levels', async () => {
    const kinds = (await database.prisma.agency.findMany()).map((agency) => agency.kind).sort();
    expect(kinds).toEqual(['KABUPATEN', 'KEMENTERIAN', 'KOTA', 'PROVINSI']);
    const units = await database.prisma.unit.findMany();
    expect(units.length).toBeGreaterThanOrEqual(15);
    expect(new Set(units.map((unit) => unit.eselon))).toEqual(new Set(['I', 'II', 'III', 'IV']));
    expect(units.filter((unit) => unit.parentId !== null).length).toBeGreaterThan(5);
  });

  it('has evaluations for two years on the 2021 instrument and a history on the 2014 one, at different stages', async () => {
    const evaluations = await database.prisma.evaluation.findMany({ include: { instrument: true } });
    const years2021 = new Set(
      evaluations
        .filter((e) => e.instrument.code === 'PERMENPANRB-90-2021')
        .map((evaluation) => evaluation.year),
    );
    expect(years2021.size).toBeGreaterThanOrEqual(2);
    expect(evaluations.some((evaluation) => evaluation.instrument.code === 'PERMENPANRB-52-2014')).toBe(true);
    expect(new Set(evaluations.map((evaluation) => evaluation.stage)).size).toBeGreaterThanOrEqual(6);
  });

  it('has complete and partial answer sets in all three layers', async () => {
    const groups = await database.prisma.answer.groupBy({
      by: ['evaluationId', 'layer'],
      _count: { _all: true },
    });
    const evaluations = await database.prisma.evaluation.findMany({
      include: { instrument: { include: { _count: { select: { items: true } } } } },
    });
    const itemCount = new Map(
      evaluations.map((evaluation) => [evaluation.id, evaluation.instrument._count.items]),
    );
    for (const layer of ['UNIT', 'TPI', 'TPN'] as const) {
      const layerGroups = groups.filter((group) => group.layer === layer);
      expect(layerGroups.some((group) => group._count._all === itemCount.get(group.evaluationId))).toBe(true);
      expect(layerGroups.some((group) => group._count._all < (itemCount.get(group.evaluationId) ?? 0))).toBe(
        true,
      );
    }
  });

  it('has surveys, TLHP from BPK, BPKP and the inspectorate in every status, and one user per role', async () => {
    expect(await database.prisma.surveyResult.count()).toBeGreaterThan(0);
    const auditors = await database.prisma.audit.groupBy({ by: ['auditor'] });
    expect(auditors.map((row) => row.auditor).sort()).toEqual(['BPK', 'BPKP', 'INSPEKTORAT']);
    const statuses = await database.prisma.recommendation.groupBy({ by: ['status'] });
    expect(statuses.map((row) => row.status).sort()).toEqual([
      'BELUM_DITINDAKLANJUTI',
      'BELUM_SESUAI',
      'SESUAI',
      'TIDAK_DAPAT_DITINDAKLANJUTI',
    ]);
    const roles = await database.prisma.user.groupBy({ by: ['role'] });
    expect(roles.map((row) => row.role).sort()).toEqual([
      'ADMIN',
      'ANALYST',
      'INSPEKTORAT',
      'TPI',
      'TPN',
      'UNIT_OPERATOR',
    ]);
  });
});
