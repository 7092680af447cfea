import { canReadLayer, evidenceLimitsProblems, message } from '@zi/schema';
import { builder } from '../builder.ts';
import { validationError } from '../errors.ts';
import { itemCodes } from '../inputs.ts';
import {
  deleteEvidenceFile,
  downloadLinkSeconds,
  downloadPath,
  evidenceLimits,
  evidenceUsage,
  setEvidenceLimits,
} from '../services/evidence.ts';
import { Person } from './person.ts';
import { LayerEnum } from './score.ts';

builder.prismaObject('EvidenceFile', {
  description:
    'One revision of an evidence document (bukti dukung) on an item of one layer; uploaded by POST to ' +
    '/files/evidence, read by `downloadUrl`.',
  authScopes: (file, { user }) => user !== null && canReadLayer(user, file.layer),
  fields: (t) => ({
    id: t.exposeInt('id'),
    layer: t.expose('layer', { type: LayerEnum }),
    item: t.string({ select: { item: { select: { code: true } } }, resolve: (file) => file.item.code }),
    title: t.exposeString('title'),
    revision: t.exposeInt('revision', {
      description: 'The n-th upload under this title for the item and layer.',
    }),
    fileName: t.exposeString('fileName'),
    size: t.int({ select: { blob: { select: { size: true } } }, resolve: (file) => file.blob.size }),
    contentType: t.string({
      description: 'What the content was judged to be on upload (never the name’s extension).',
      select: { blob: { select: { contentType: true } } },
      resolve: (file) => file.blob.contentType,
    }),
    sha256: t.exposeString('sha256', {
      description: 'Identical files share it: their content is stored once.',
    }),
    uploadedAt: t.expose('uploadedAt', { type: 'DateTime' }),
    uploadedBy: t.relation('uploadedBy', { type: Person, nullable: true }),
    downloadUrl: t.string({
      description: `A link that downloads the file for the caller, for ${downloadLinkSeconds / 60} minutes.`,
      resolve: (file, _args, { prisma, user }) =>
        downloadPath(prisma, file.id, user as NonNullable<typeof user>),
    }),
  }),
});

builder.prismaObjectFields('Evaluation', (t) => ({
  evidenceFiles: t.relation('evidenceFiles', {
    args: {
      layer: t.arg({ type: LayerEnum }),
      items: t.arg.stringList({ required: false, ...itemCodes('Only these items, by code.') }),
    },
    description: 'One layer’s evidence documents, every revision, in worksheet order, newest revision first.',
    authScopes: (_evaluation, args, { user }) => user !== null && canReadLayer(user, args.layer),
    query: (args) => ({
      where: { layer: args.layer, ...(args.items ? { item: { code: { in: args.items } } } : {}) },
      orderBy: [{ item: { order: 'asc' } }, { title: 'asc' }, { revision: 'desc' }],
    }),
  }),
  evidenceUsage: t.float({
    description:
      'Bytes the evaluation’s evidence documents hold, every layer and revision: what its quota counts.',
    resolve: (evaluation, _args, { prisma }) => evidenceUsage(prisma, evaluation.id),
  }),
}));

const EvidenceLimitsRef = builder
  .objectRef<{ maxFileBytes: number; quotaBytes: number }>('EvidenceLimits')
  .implement({
    description: 'The largest evidence file, and the most bytes one evaluation’s documents may hold.',
    fields: (t) => ({
      maxFileBytes: t.exposeFloat('maxFileBytes'),
      quotaBytes: t.exposeFloat('quotaBytes'),
    }),
  });

builder.queryFields((t) => ({
  evidenceLimits: t.withAuth({ signedIn: true }).field({
    type: EvidenceLimitsRef,
    resolve: (_root, _args, { prisma }) => evidenceLimits(prisma),
  }),
}));

builder.mutationFields((t) => ({
  setEvidenceLimits: t.withAuth({ may: 'settings.write' }).field({
    type: EvidenceLimitsRef,
    description: 'Sets the evidence size limit per file and the quota per evaluation, in megabytes.',
    args: {
      maxFileMegabytes: t.arg.float(),
      quotaMegabytes: t.arg.float(),
    },
    resolve: (_root, megabytes, { prisma }) => {
      const problems = evidenceLimitsProblems(megabytes);
      if (problems.length)
        throw validationError(message('evidence.invalid', { count: problems.length }), problems);
      return setEvidenceLimits(prisma, {
        maxFileBytes: Math.round(megabytes.maxFileMegabytes * 1024 * 1024),
        quotaBytes: Math.round(megabytes.quotaMegabytes * 1024 * 1024),
      });
    },
  }),
  deleteEvidenceFile: t.withAuth({ may: 'evaluation.answers' }).boolean({
    description: 'Deletes one revision of an evidence document, by whoever may write its layer now.',
    args: { id: t.arg.int() },
    resolve: (_root, { id }, { prisma, store, user }) => deleteEvidenceFile(prisma, store, user, id),
  }),
}));
