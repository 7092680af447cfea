import { DatabaseError, installInstruments } from '@zi/db';
import { AnswerType } from '@zi/db/client';
import { message, readInstrumentDefinition } from '@zi/schema';
import { builder } from '../builder.ts';
import { notFound, validationError } from '../errors.ts';
import { text } from '../inputs.ts';

const AnswerTypeEnum = builder.enumType(AnswerType, { name: 'AnswerType' });

builder.prismaObject('Instrument', {
  description: 'A version of the LKE worksheet: its tree, items, thresholds and prerequisites.',
  fields: (t) => ({
    id: t.exposeInt('id'),
    code: t.exposeString('code'),
    title: t.exposeString('title'),
    regulation: t.exposeString('regulation'),
    description: t.exposeString('description', { nullable: true }),
    validFromYear: t.exposeInt('validFromYear'),
    validToYear: t.exposeInt('validToYear', { nullable: true }),
    definition: t.expose('definition', {
      type: 'JSON',
      description: 'The instrument as loaded, rules included.',
    }),
    items: t.relation('items', { query: { orderBy: { order: 'asc' } } }),
  }),
});

builder.prismaObject('InstrumentItem', {
  fields: (t) => ({
    id: t.exposeInt('id'),
    code: t.exposeString('code'),
    question: t.exposeString('question'),
    criteria: t.exposeString('criteria', { nullable: true }),
    answerType: t.expose('answerType', { type: AnswerTypeEnum }),
    options: t.expose('options', {
      type: 'JSON',
      description: '[{ label, value, meaning }] for option types.',
    }),
    formula: t.expose('formula', { type: 'JSON', nullable: true }),
    inputs: t.expose('inputs', { type: 'JSON', nullable: true }),
    weight: t.exposeFloat('weight', { nullable: true }),
    order: t.exposeInt('order'),
    workbookRow: t.exposeInt('workbookRow', { nullable: true }),
  }),
});

builder.queryFields((t) => ({
  instruments: t.withAuth({ may: 'read' }).prismaField({
    type: ['Instrument'],
    resolve: (query, _root, _args, { prisma }) =>
      prisma.instrument.findMany({ ...query, orderBy: { validFromYear: 'desc' } }),
  }),
  instrument: t.withAuth({ may: 'read' }).prismaField({
    type: 'Instrument',
    description: 'One instrument by its code or its id (one of them).',
    args: { code: t.arg.string({ ...text('code'), required: false }), id: t.arg.int({ required: false }) },
    resolve: async (query, _root, { code, id }, { prisma }) => {
      if ((code == null) === (id == null)) {
        const problem = message('instrument.codeOrId');
        throw validationError(problem, [{ field: 'code', message: problem }]);
      }
      const instrument = await prisma.instrument.findUnique({
        ...query,
        where: code != null ? { code } : { id: id as number },
      });
      if (!instrument) throw notFound('instrument', code ?? (id as number));
      return instrument;
    },
  }),
}));

builder.mutationField('loadInstrument', (t) =>
  t.withAuth({ may: 'instrument.load' }).prismaField({
    type: 'Instrument',
    description:
      'Loads an LKE instrument definition (JSON, as `Instrument.definition` shows one): a new code is added; a ' +
      'changed definition under an existing code replaces it only while no evaluation uses it. Every problem ' +
      'is named by its path or by the node, item or rule at fault, and nothing is written then.',
    args: { definition: t.arg({ type: 'JSON' }) },
    resolve: async (query, _root, args, { prisma }) => {
      const read = readInstrumentDefinition(args.definition);
      if (!read.definition)
        throw validationError(
          message('instrument.invalid', { count: read.problems.length }),
          read.problems.map((problem) => ({
            field: `definition.${problem.at}`,
            message: message('instrument.problem', { at: problem.at, detail: problem.message }),
          })),
        );
      const { code } = read.definition;
      await installInstruments(prisma, [read.definition]).catch((error: unknown) => {
        if (!(error instanceof DatabaseError)) throw error;
        const refused = message('instrument.refused', { reason: error.message });
        throw validationError(refused, [{ field: 'definition.code', message: refused }]);
      });
      return prisma.instrument.findUniqueOrThrow({ ...query, where: { code } });
    },
  }),
);
