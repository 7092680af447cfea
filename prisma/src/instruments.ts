import {
  type AnswerInput,
  compile,
  type InstrumentDefinition,
  type ItemDefinition,
  type Layer,
  validateInstrument,
} from '@zi/schema';
import type { Answer, Prisma, PrismaClient } from '../generated/client/client.ts';

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
