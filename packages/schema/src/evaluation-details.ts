import { type Message, message } from './messages/index.ts';

/** What a unit records about its year beside its answers (the numeric ones this checks). */
export interface EvaluationDetailValues {
  paktaSigned?: number | null;
  paktaTotal?: number | null;
  lhkpnCompliance?: number | null;
  lhkasnCompliance?: number | null;
}

export interface DetailProblem {
  field: keyof EvaluationDetailValues;
  message: Message;
}

/** The compliance rates the unit reports, as percentages. */
export const complianceFields = ['lhkpnCompliance', 'lhkasnCompliance'] as const;

/** What is wrong with an evaluation's details: counts below 0, more signatories than staff, rates outside 0–100. */
export function evaluationDetailProblems(details: EvaluationDetailValues): DetailProblem[] {
  const problems: DetailProblem[] = [];
  const { paktaSigned, paktaTotal } = details;
  if (paktaSigned != null && paktaSigned < 0)
    problems.push({ field: 'paktaSigned', message: message('value.negative') });
  if (paktaTotal != null && paktaTotal < 0)
    problems.push({ field: 'paktaTotal', message: message('value.negative') });
  if (paktaSigned != null && paktaTotal != null && paktaSigned > paktaTotal)
    problems.push({ field: 'paktaSigned', message: message('details.paktaOverTotal') });
  for (const field of complianceFields) {
    const value = details[field];
    if (value != null && (value < 0 || value > 100))
      problems.push({ field, message: message('value.percentRange') });
  }
  return problems;
}
