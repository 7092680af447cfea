import { reportReadProblem } from '@zi/schema';
import { findInScope } from '../access.ts';
import { builder, costOf, type SignedInContext } from '../builder.ts';
import { forbidden } from '../errors.ts';
import { evaluationReportHtml, evaluationReportPdf } from '../report.ts';

async function reportFor({ prisma, user, origin }: SignedInContext, evaluationId: number) {
  const { stage } = await findInScope(prisma, user, 'evaluation', evaluationId, { select: { stage: true } });
  const refused = reportReadProblem(user, stage);
  if (refused) throw forbidden(refused, 'evaluationId');
  return evaluationReportHtml(prisma, evaluationId, origin);
}

builder.queryFields((t) => ({
  evaluationReport: t.withAuth({ signedIn: true }).string({
    complexity: costOf.report,
    description:
      'The printable evaluation report as an HTML page: unit and agency, stage history, the score per layer, the ' +
      'predicate criteria and prerequisites with gaps, layer deviations per area, TLHP status, the unit’s evidence ' +
      'per item (documents with their lasting links, and links) and a signatures block. ' +
      'Unit operators read it once the evaluation is decided.',
    args: { evaluationId: t.arg.int() },
    resolve: (_root, { evaluationId }, context) => reportFor(context, evaluationId),
  }),
  evaluationReportPdf: t.withAuth({ signedIn: true }).string({
    complexity: costOf.pdf,
    description: 'The evaluation report as a PDF (base64), printed by headless Chromium; one per request.',
    args: { evaluationId: t.arg.int() },
    resolve: async (_root, { evaluationId }, context) =>
      Buffer.from(await evaluationReportPdf(await reportFor(context, evaluationId))).toString('base64'),
  }),
}));
