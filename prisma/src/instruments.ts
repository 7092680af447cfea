import { isDeepStrictEqual } from 'node:util';
import {
  type AnswerInput,
  compile,
  type InstrumentDefinition,
  type ItemDefinition,
  itemsOf,
  type Layer,
  permenpanrb52of2014,
  permenpanrb90of2021,
  validateInstrument,
} from '@zi/schema';
import { type Answer, Prisma, type PrismaClient } from '../generated/client/client.ts';
import { DatabaseError } from './errors.ts';

export interface LoadedInstrument {
  id: number;
  definition: InstrumentDefinition;
  codeById: Map<number, string>;
  idByCode: Map<string, number>;
  itemByCode: Map<string, ItemDefinition>;
}

// Instruments are versioned and never edited once loaded, so each is read from the database once.
const loaded = new Map<number, Promise<LoadedInstrument>>();

export function loadInstrument(
  prisma: PrismaClient | Prisma.TransactionClient,
  id: number,
): Promise<LoadedInstrument> {
  let instrument = loaded.get(id);
  if (!instrument) {
    instrument = (async () => {
      const row = await prisma.instrument.findUniqueOrThrow({
        where: { id },
        select: { id: true, definition: true, items: { select: { id: true, code: true } } },
      });
      const definition = row.definition as unknown as InstrumentDefinition;
      const problems = validateInstrument(definition);
      if (problems.length)
        throw new Error(`instrument ${id} is ill-formed: ${problems[0]?.at}: ${problems[0]?.message}`);
      return {
        id: row.id,
        definition,
        codeById: new Map(row.items.map((item) => [item.id, item.code])),
        idByCode: new Map(row.items.map((item) => [item.code, item.id])),
        itemByCode: new Map(compile(definition).items.map((item) => [item.code, item])),
      };
    })();
    instrument.catch(() => loaded.delete(id));
    loaded.set(id, instrument);
  }
  return instrument;
}

export type StoredAnswer = Pick<Answer, 'itemId' | 'layer' | 'option' | 'inputs' | 'score'>;

/** One layer's stored answers as the scoring engine takes them, by item code. */
export function answersOfLayer(rows: readonly StoredAnswer[], layer: Layer, instrument: LoadedInstrument) {
  const answers = new Map<string, AnswerInput>();
  for (const row of rows) {
    if (row.layer !== layer) continue;
    const code = instrument.codeById.get(row.itemId);
    if (!code) continue;
    answers.set(code, {
      option: row.option,
      inputs: row.inputs as AnswerInput['inputs'],
      score: row.score,
    });
  }
  return answers;
}

/** The LKE instruments the product ships, each under its own code. */
export const shippedInstruments: readonly InstrumentDefinition[] = [permenpanrb90of2021, permenpanrb52of2014];

/**
 * Puts instrument definitions into the database by code (`pnpm db:instruments`; every start and the seed run
 * it): a new code is added, an unchanged one left alone, a changed one replaced only while no evaluation uses
 * it. A definition evaluations were scored on is never changed in place, so a correction needs a new code;
 * the refusal says so and writes nothing. An ill-formed definition is refused naming the node or rule at fault.
 */
export async function installInstruments(
  client: PrismaClient | Prisma.TransactionClient,
  definitions: readonly InstrumentDefinition[] = shippedInstruments,
): Promise<{ code: string; id: number; outcome: 'added' | 'unchanged' | 'replaced' }[]> {
  for (const definition of definitions) {
    const [problem] = validateInstrument(definition);
    if (problem) throw new DatabaseError(`instrument ${definition.code}: ${problem.at}: ${problem.message}`);
  }
  const install = async (tx: Prisma.TransactionClient) => {
    const outcomes = [];
    for (const definition of definitions) {
      const stored = await tx.instrument.findUnique({
        where: { code: definition.code },
        select: { id: true, definition: true, _count: { select: { evaluations: true } } },
      });
      if (stored && isDeepStrictEqual(stored.definition, JSON.parse(JSON.stringify(definition)))) {
        outcomes.push({ code: definition.code, id: stored.id, outcome: 'unchanged' as const });
        continue;
      }
      if (stored?._count.evaluations)
        throw new DatabaseError(
          `instrument ${definition.code} differs from the one in the database, which ${stored._count.evaluations} ` +
            'evaluation(s) were scored on: a changed definition needs a new code (evaluations keep theirs)',
        );
      if (stored) await tx.instrument.delete({ where: { id: stored.id } });
      const { id } = await createInstrument(tx, definition);
      outcomes.push({
        code: definition.code,
        id,
        outcome: stored ? ('replaced' as const) : ('added' as const),
      });
    }
    return outcomes;
  };
  return '$transaction' in client ? client.$transaction(install) : install(client);
}

/** An instrument row with its items (what answers refer to), from its definition. */
async function createInstrument(tx: Prisma.TransactionClient, definition: InstrumentDefinition) {
  const { code, title, regulation, description, validFromYear, validToYear } = definition;
  const instrument = await tx.instrument.create({
    data: {
      code,
      title,
      regulation,
      description,
      validFromYear,
      validToYear: validToYear ?? null,
      definition: definition as unknown as Prisma.InputJsonValue,
    },
  });
  await tx.instrumentItem.createMany({
    data: itemsOf(definition).map((item, order) => ({
      instrumentId: instrument.id,
      code: item.code,
      question: item.question,
      criteria: item.criteria ?? null,
      answerType: item.answerType,
      options: item.options as unknown as Prisma.InputJsonValue,
      formula: item.formula ? (item.formula as unknown as Prisma.InputJsonValue) : Prisma.DbNull,
      inputs: item.inputs ? (item.inputs as unknown as Prisma.InputJsonValue) : Prisma.DbNull,
      weight: item.weight ?? null,
      order,
      workbookRow: item.workbookRow ?? null,
    })),
  });
  return instrument;
}
