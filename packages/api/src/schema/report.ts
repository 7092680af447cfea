import { builder, currentUser } from '../builder.ts';
import { forbidden, notFound } from '../errors.ts';
import { evaluationReportHtml, evaluationReportPdf } from '../report.ts';
import { evaluationScope } from '../scope.ts';

const reportRoles = ['ADMIN', 'TPI', 'TPN', 'INSPEKTORAT', 'ANALYST'] as const;

async function reportFor(context: Parameters<typeof currentUser>[0], evaluationId: number) {
  const user = currentUser(context);
  if (!(await context.prisma.evaluation.count({ where: { id: evaluationId } })))
    throw notFound('Evaluasi', evaluationId);
  if (!(await context.prisma.evaluation.count({ where: { id: evaluationId, ...evaluationScope(user) } })))
    throw forbidden('Evaluasi ini di luar cakupan Anda.');
  return evaluationReportHtml(context.prisma, evaluationId);
}

builder.queryFields((t) => ({
  evaluationReport: t.string({
    authScopes: { role: [...reportRoles] },
    description:
      'The printable evaluation report as an HTML page: unit and agency, stage history, the score per layer, the ' +
      'predicate criteria and prerequisites with gaps, layer deviations per area, TLHP status and a signatures block.',
    args: { evaluationId: t.arg.int() },
    resolve: (_root, { evaluationId }, context) => reportFor(context, evaluationId),
  }),
  evaluationReportPdf: t.string({
    authScopes: { role: [...reportRoles] },
    description: 'The evaluation report as a PDF (base64), printed by headless Chromium.',
    args: { evaluationId: t.arg.int() },
    resolve: async (_root, { evaluationId }, context) =>
      Buffer.from(await evaluationReportPdf(await reportFor(context, evaluationId))).toString('base64'),
  }),
}));
