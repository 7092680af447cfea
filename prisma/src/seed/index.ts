import {
  evaluatePredicate,
  type InstrumentDefinition,
  type ItemDefinition,
  type Layer,
  layers,
  permenpanrb52of2014,
  permenpanrb90of2021,
  scoreAnswers,
  stages,
  walkNodes,
} from '@zi/schema';
import { Prisma, type PrismaClient, type Stage } from '../../generated/client/client.ts';
import { installInstruments } from '../instruments.ts';
import { hashPassword } from '../passwords.ts';
import { decisionFields, recordDecision, refreshStoredScores } from '../scores.ts';
import { agencies, audits, evaluations, type SeedEvaluation, type SeedUnit, users } from './data.ts';

type Tx = Prisma.TransactionClient;

const stageOrder = stages.slice(0, stages.indexOf('DITETAPKAN') + 1) as Stage[];

/** How much of each layer is answered at a stage: 1 complete, 0 untouched. */
const layerCompleteness: Record<Stage, Record<Layer, number>> = {
  PENCANANGAN: { UNIT: 0, TPI: 0, TPN: 0 },
  PEMBANGUNAN: { UNIT: 0.6, TPI: 0, TPN: 0 },
  PENILAIAN_TPI: { UNIT: 1, TPI: 0.5, TPN: 0 },
  DIUSULKAN: { UNIT: 1, TPI: 1, TPN: 0 },
  EVALUASI_TPN: { UNIT: 1, TPI: 1, TPN: 0.4 },
  DITETAPKAN: { UNIT: 1, TPI: 1, TPN: 1 },
  TIDAK_DITETAPKAN: { UNIT: 1, TPI: 1, TPN: 1 },
  DICABUT: { UNIT: 1, TPI: 1, TPN: 1 },
};

/** Assessors mark a little lower than the unit marks itself. */
const layerStrictness: Record<Layer, number> = { UNIT: 0, TPI: 0.06, TPN: 0.1 };

/** Deterministic pseudo-random numbers (mulberry32), so every seed run writes the same answers. */
function random(seedText: string) {
  let state =
    [...seedText].reduce((hash, char) => Math.imul(hash ^ char.charCodeAt(0), 16777619), 2166136261) >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

async function seedUnits(
  tx: Tx,
  agencyId: number,
  units: SeedUnit[],
  parentId: number | null,
  ids: Map<string, number>,
) {
  for (const { children, ...unit } of units) {
    const saved = await tx.unit.upsert({
      where: { agencyId_code: { agencyId, code: unit.code } },
      create: { ...unit, agencyId, parentId },
      update: {},
    });
    ids.set(unit.code, saved.id);
    await seedUnits(tx, agencyId, children ?? [], saved.id, ids);
  }
}

type ItemRow = { id: number; code: string; definition: ItemDefinition };

type GeneratedAnswer = { option?: string | null; inputs?: Record<string, number>; score?: number };

/** A plausible answer for a unit of the given quality (0–1): better units pick better options. */
function answerFor(item: ItemDefinition, quality: number, next: () => number): GeneratedAnswer {
  switch (item.answerType) {
    case 'SURVEY':
      return { score: Math.round(Math.min(4, 2.7 + quality * 1.25 + next() * 0.2) * 100) / 100 };
    case 'PERCENT': {
      const inputs: Record<string, number> = {};
      for (const input of item.inputs ?? []) inputs[input.key] = 1 + Math.floor(next() * 12);
      const { formula } = item;
      if (formula?.kind === 'decrease') {
        inputs[formula.current] = Math.round((inputs[formula.previous] ?? 0) * (1 - quality) * next());
      } else if (formula) {
        const denominator = formula.denominator.reduce((sum, key) => sum + (inputs[key] ?? 0), 0);
        const [first, ...rest] = formula.numerator;
        for (const key of rest) inputs[key] = 0;
        if (first) inputs[first] = Math.round(denominator * Math.min(1, quality + next() * 0.15));
      }
      return { inputs };
    }
    default: {
      const best = next() < quality;
      const index = best ? 0 : 1 + Math.floor(next() * (item.options.length - 1));
      return { option: item.options[index]?.label ?? null };
    }
  }
}

/** A layer's generated answers, and what goes into the database with them. */
interface GeneratedLayers {
  byLayer: Map<Layer, Map<string, GeneratedAnswer>>;
  rows: { layer: Layer; item: ItemRow; value: GeneratedAnswer; note: string | null; evidence: string[] }[];
}

function generateLayers(
  plan: SeedEvaluation,
  items: ItemRow[],
  quality: number,
  next: () => number,
): GeneratedLayers {
  const generated: GeneratedLayers = { byLayer: new Map(), rows: [] };
  for (const layer of layers) {
    const share = layerCompleteness[plan.stage][layer];
    if (share === 0) continue;
    const answers = new Map<string, GeneratedAnswer>();
    generated.byLayer.set(layer, answers);
    for (const item of items) {
      if (share < 1 && next() > share) continue;
      const value = answerFor(item.definition, quality - layerStrictness[layer], next);
      answers.set(item.code, value);
      generated.rows.push({
        layer,
        item,
        value,
        note: next() < 0.15 ? 'Bukti dukung diunggah ke folder bersama unit.' : null,
        evidence:
          next() < 0.5
            ? [`https://drive.example.go.id/zi/${plan.unit.toLowerCase()}/${plan.year}/${item.code}`]
            : [],
      });
    }
  }
  return generated;
}

/**
 * Demo data keeps the rules it demonstrates: an awarded evaluation's TPN layer meets its predicate, one not
 * awarded misses its target. Answers are generated again, a little better or worse, until they do.
 */
function decidedAsPlanned(
  plan: SeedEvaluation,
  definition: InstrumentDefinition,
  generated: GeneratedLayers,
) {
  if (plan.stage !== 'DITETAPKAN' && plan.stage !== 'TIDAK_DITETAPKAN') return true;
  // The seeded audits are all later than the seeded decisions: nothing outstanding at their cut-off.
  const tpn = scoreAnswers(definition, generated.byLayer.get('TPN') ?? new Map(), { tlhpCompletion: 1 });
  const met = evaluatePredicate(definition, tpn, plan.awarded ?? plan.target, null).met;
  return plan.awarded ? met : !met;
}

async function seedEvaluation(
  tx: Tx,
  plan: SeedEvaluation,
  unitId: number,
  instrument: { id: number; definition: InstrumentDefinition; items: ItemRow[] },
  userIds: Map<string, number>,
) {
  const { definition, items } = instrument;
  const existing = await tx.evaluation.findUnique({ where: { unitId_year: { unitId, year: plan.year } } });
  if (existing) return;
  const next = random(`${plan.agency}/${plan.unit}/${plan.year}`);
  const paktaTotal = 40 + Math.floor(next() * 80);
  const reached =
    plan.stage === 'TIDAK_DITETAPKAN'
      ? [...stageOrder.slice(0, 5), plan.stage]
      : stageOrder.slice(0, stageOrder.indexOf(plan.stage) + 1);
  const reachedAt = (index: number) => new Date(Date.UTC(plan.year, 1 + index * 2, 1));
  const proposed = reached.indexOf('DIUSULKAN');
  const evaluation = await tx.evaluation.create({
    data: {
      unitId,
      year: plan.year,
      instrumentId: instrument.id,
      stage: plan.stage,
      targetPredicate: plan.target,
      paktaTotal,
      paktaSigned: plan.quality > 0.7 ? paktaTotal : paktaTotal - 3,
      unitSakipGrade: plan.quality > 0.85 ? 'A' : plan.quality > 0.7 ? 'BB' : 'B',
      lhkpnCompliance: plan.quality > 0.6 ? 100 : 92.5,
      lhkasnCompliance: plan.quality > 0.7 ? 100 : 96,
      awardedPredicate: plan.awarded ?? null,
      decreeNumber: plan.awarded ? `KEP-MENPANRB/${plan.year}/${unitId}` : null,
      decreeDate: plan.awarded ? new Date(`${plan.year}-12-10`) : null,
      proposedAt: proposed < 0 ? null : reachedAt(proposed),
    },
  });
  await tx.stageTransition.createMany({
    data: reached.map((toStage, index) => ({
      evaluationId: evaluation.id,
      fromStage: index === 0 ? null : (reached[index - 1] ?? null),
      toStage,
      at: reachedAt(index),
      actorId: userIds.get(index >= 4 ? 'tpn@menpan.go.id' : 'admin@zi.go.id') ?? null,
    })),
  });
  // External surveys arrive once the unit has been assessed; before that only self-estimates exist. Once
  // they have, every layer's survey item is the survey's result.
  const surveyed = stageOrder.indexOf(plan.stage) > 1;
  let generated = generateLayers(plan, items, plan.quality, next);
  const surveyItems = new Set(Object.values(definition.surveyItems));
  const surveyScore = (code: string) => generated.byLayer.get('UNIT')?.get(code)?.score;
  const unifySurveys = () => {
    if (!surveyed) return;
    for (const [layer, answers] of generated.byLayer)
      for (const code of surveyItems) {
        const score = surveyScore(code);
        const item = items.find((each) => each.code === code);
        if (score === undefined || !item) continue;
        answers.set(code, { score });
        const row = generated.rows.find((each) => each.layer === layer && each.item.code === code);
        if (row) row.value = { score };
        else generated.rows.push({ layer, item, value: { score }, note: null, evidence: [] });
      }
  };
  unifySurveys();
  for (let attempt = 1; !decidedAsPlanned(plan, definition, generated) && attempt <= 30; attempt++) {
    const quality = Math.min(1, Math.max(0, plan.quality + (plan.awarded ? 0.02 : -0.03) * attempt));
    generated = generateLayers(
      plan,
      items,
      quality,
      random(`${plan.agency}/${plan.unit}/${plan.year}/${attempt}`),
    );
    unifySurveys();
  }
  if (!decidedAsPlanned(plan, definition, generated))
    throw new Error(`the seed cannot make ${plan.unit} ${plan.year} decided as planned`);
  const layerUsers: Record<Layer, number | undefined> = {
    UNIT: userIds.get('operator@kpp-cibeunying.go.id'),
    TPI: userIds.get('tpi@kemenkeu.go.id'),
    TPN: userIds.get('tpn@menpan.go.id'),
  };
  await tx.answer.createMany({
    data: generated.rows.map(({ layer, item, value, note, evidence }) => ({
      evaluationId: evaluation.id,
      itemId: item.id,
      layer,
      option: value.option ?? null,
      inputs: value.inputs ?? Prisma.DbNull,
      score: value.score ?? null,
      note,
      evidence,
      updatedById: layerUsers[layer] ?? null,
    })),
  });
  if (!surveyed) return;
  await tx.surveyResult.createMany({
    data: (['IPAK', 'IPKP'] as const).flatMap((kind) => {
      const score = surveyScore(definition.surveyItems[kind]);
      return score === undefined
        ? []
        : [
            {
              evaluationId: evaluation.id,
              kind,
              score,
              respondents: 120 + Math.floor(next() * 200),
              conductedBy: 'Kementerian PANRB',
            },
          ];
    }),
  });
}

async function seedAudits(
  tx: Tx,
  agencyIds: Map<string, number>,
  unitIds: Map<string, number>,
  actorId: number | undefined,
) {
  for (const { findings, agency, unit, ...audit } of audits) {
    const agencyId = agencyIds.get(agency) ?? 0;
    const existing = await tx.audit.findUnique({
      where: { auditor_reportNumber: { auditor: audit.auditor, reportNumber: audit.reportNumber } },
    });
    if (existing) continue;
    const unitId = unit ? (unitIds.get(`${agency}/${unit}`) ?? null) : null;
    const created = await tx.audit.create({
      data: { ...audit, reportDate: new Date(audit.reportDate), agencyId, unitId },
    });
    for (const finding of findings) {
      const savedFinding = await tx.finding.create({
        data: { auditId: created.id, number: finding.number, title: finding.title, unitId },
      });
      for (const recommendation of finding.recommendations) {
        const changedAt = new Date(`${audit.year}-10-01`);
        await tx.recommendation.create({
          data: {
            findingId: savedFinding.id,
            number: recommendation.number,
            text: recommendation.text,
            status: recommendation.status,
            amount: recommendation.amount ?? null,
            recoveredAmount: recommendation.recovered ?? null,
            dueDate: recommendation.due ? new Date(recommendation.due) : null,
            history: {
              create: [
                {
                  toStatus: 'BELUM_DITINDAKLANJUTI',
                  at: new Date(audit.reportDate),
                  actorId: actorId ?? null,
                },
                ...(recommendation.status === 'BELUM_DITINDAKLANJUTI'
                  ? []
                  : [
                      {
                        fromStatus: 'BELUM_DITINDAKLANJUTI' as const,
                        toStatus: recommendation.status,
                        note:
                          recommendation.status === 'TIDAK_DAPAT_DITINDAKLANJUTI'
                            ? 'Pihak terkait telah meninggal dunia; disepakati dengan auditor.'
                            : 'Tindak lanjut disampaikan dengan bukti setor dan berita acara.',
                        at: changedAt,
                        actorId: actorId ?? null,
                      },
                    ]),
              ],
            },
          },
        });
      }
    }
  }
}

/** The `Setting` a completed seed leaves. */
export const seedMarkerKey = 'seed.demo';

/** Demo data: safe to run again (rows are keyed by their natural keys and left alone when present). */
export async function seed(prisma: PrismaClient): Promise<void> {
  const passwordHashes = new Map(
    await Promise.all(users.map(async (user) => [user.email, await hashPassword(user.password)] as const)),
  );
  await prisma.$transaction(
    async (tx) => {
      const seeded = [];
      const installed = new Map((await installInstruments(tx)).map((each) => [each.code, each.id]));
      for (const definition of [permenpanrb90of2021, permenpanrb52of2014]) {
        const id = installed.get(definition.code) ?? 0;
        const rows = await tx.instrumentItem.findMany({
          where: { instrumentId: id },
          select: { id: true, code: true },
        });
        const byCode = new Map(rows.map((row) => [row.code, row.id]));
        const items = [...walkNodes(definition.components)].flatMap(({ node }) =>
          (node.items ?? []).map((item) => ({
            id: byCode.get(item.code) ?? 0,
            code: item.code,
            definition: item,
          })),
        );
        seeded.push({ id, definition, items });
      }
      const agencyIds = new Map<string, number>();
      const unitIds = new Map<string, number>();
      for (const { profiles, units, ...agency } of agencies) {
        const saved = await tx.agency.upsert({ where: { code: agency.code }, create: agency, update: {} });
        agencyIds.set(agency.code, saved.id);
        for (const profile of profiles) {
          await tx.agencyProfile.upsert({
            where: { agencyId_year: { agencyId: saved.id, year: profile.year } },
            create: { ...profile, agencyId: saved.id },
            update: {},
          });
        }
        const ids = new Map<string, number>();
        await seedUnits(tx, saved.id, units, null, ids);
        for (const [code, id] of ids) unitIds.set(`${agency.code}/${code}`, id);
      }
      const userIds = new Map<string, number>();
      for (const { password: _password, agency, unit, ...user } of users) {
        const saved = await tx.user.upsert({
          where: { email: user.email },
          create: {
            ...user,
            passwordHash: passwordHashes.get(user.email) ?? '',
            agencyId: agency
              ? (agencyIds.get(agency) ?? null)
              : unit
                ? (agencyIds.get(unit[0]) ?? null)
                : null,
            unitId: unit ? (unitIds.get(unit.join('/')) ?? null) : null,
          },
          update: {},
        });
        userIds.set(user.email, saved.id);
      }
      for (const plan of evaluations) {
        const instrument = seeded.find(
          ({ definition }) =>
            plan.year >= definition.validFromYear && plan.year <= (definition.validToYear ?? 9999),
        );
        if (!instrument) throw new Error(`no instrument covers ${plan.year}`);
        await seedEvaluation(tx, plan, unitIds.get(`${plan.agency}/${plan.unit}`) ?? 0, instrument, userIds);
      }
      await seedAudits(tx, agencyIds, unitIds, userIds.get('inspektorat@kemenkeu.go.id'));
      await tx.setting.upsert({
        where: { key: 'tlhp.excludeTidakDapatDitindaklanjuti' },
        create: { key: 'tlhp.excludeTidakDapatDitindaklanjuti', value: true },
        update: {},
      });
      // Scored by the product's own service once answers and follow-ups are all in; decided evaluations
      // record what they were decided on, at the moment of their decision.
      const seededEvaluations = await tx.evaluation.findMany({
        select: { ...decisionFields, decision: { select: { evaluationId: true } } },
        orderBy: [{ year: 'asc' }, { id: 'asc' }],
      });
      await refreshStoredScores(
        tx,
        seededEvaluations.map((evaluation) => evaluation.id),
      );
      for (const evaluation of seededEvaluations) {
        if (
          evaluation.decision ||
          (evaluation.stage !== 'DITETAPKAN' && evaluation.stage !== 'TIDAK_DITETAPKAN')
        )
          continue;
        const decided = await tx.stageTransition.findFirst({
          where: { evaluationId: evaluation.id, toStage: evaluation.stage },
          select: { at: true },
        });
        await recordDecision(tx, evaluation, evaluation.stage, decided?.at);
      }
      // Last, in the same transaction: present only once everything above is committed.
      await tx.setting.upsert({
        where: { key: seedMarkerKey },
        create: { key: seedMarkerKey, value: true },
        update: {},
      });
    },
    { timeout: 120_000, maxWait: 30_000 },
  );
}
