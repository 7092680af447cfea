import { findOption } from './answers.ts';
import type { InstrumentDefinition, Predicate } from './instrument.ts';
import { type Message, message } from './messages/index.ts';
import { type CriterionResult, evaluatePredicate, tolerance } from './predicates.ts';
import { type Answers, compile, type ScoreOptions, scoreAnswers } from './score.ts';

export interface AdviceStep {
  item: string;
  from: string;
  to: string;
  /** Points the step adds to the total. */
  gain: number;
  message: Message;
}

export interface GapAdvice {
  target: Predicate;
  /** Whether the steps meet every criterion of the target. */
  reachable: boolean;
  steps: AdviceStep[];
  before: CriterionResult[];
  after: CriterionResult[];
  /** Criteria the steps cannot close (e.g. survey results, which no answer changes). */
  blockers: string[];
}

const deficit = (criteria: CriterionResult[]) => criteria.reduce((sum, criterion) => sum + criterion.gap, 0);

/**
 * The improvements that take one layer's answers to every criterion of `target`: one option step at a
 * time (C → B), each time the step that closes the most of the remaining gap (ties: the most total
 * points), until nothing is short or no step helps. Steps are listed by the points each gains.
 */
export function adviseGaps(
  definition: InstrumentDefinition,
  answers: Answers,
  target: Predicate,
  options: ScoreOptions & { maxSteps?: number } = {},
): GapAdvice {
  const { items } = compile(definition);
  const current = new Map(
    answers instanceof Map ? answers : Object.entries(answers).filter(([, answer]) => answer),
  );
  const evaluate = () => {
    const score = scoreAnswers(definition, current, options);
    return { score, criteria: evaluatePredicate(definition, score, target, null).criteria };
  };
  const start = evaluate();
  let state = start;
  const steps: (AdviceStep & { order: number })[] = [];
  const maxSteps = options.maxSteps ?? 500;
  while (deficit(state.criteria) > tolerance && steps.length < maxSteps) {
    let best: { code: string; from: string; to: string; next: typeof state } | undefined;
    for (const item of items) {
      const answer = current.get(item.code);
      const chosen = answer?.option ? findOption(item, answer.option) : undefined;
      const position = chosen ? item.options.indexOf(chosen) : -1;
      const better = position > 0 ? item.options[position - 1] : undefined;
      if (!chosen || !better || !answer) continue;
      current.set(item.code, { ...answer, option: better.label });
      const next = evaluate();
      current.set(item.code, answer);
      const closes = deficit(state.criteria) - deficit(next.criteria);
      const bestCloses = best ? deficit(state.criteria) - deficit(best.next.criteria) : 0;
      if (
        closes > tolerance &&
        (!best ||
          closes > bestCloses + tolerance ||
          (Math.abs(closes - bestCloses) <= tolerance && next.score.total > best.next.score.total))
      ) {
        best = { code: item.code, from: chosen.label, to: better.label, next };
      }
    }
    if (!best) break;
    const answer = current.get(best.code);
    current.set(best.code, { ...answer, option: best.to });
    const gain = best.next.score.total - state.score.total;
    steps.push({
      item: best.code,
      from: best.from,
      to: best.to,
      gain,
      message: message('advice.raise', { item: best.code, from: best.from, to: best.to, gain }),
      order: steps.length,
    });
    state = best.next;
  }
  // Rank by gain, but never list a later step of an item before its earlier one.
  const rankOf = new Map<string, number>();
  const ranked = steps.map((step) => {
    const rank = Math.min(step.gain, rankOf.get(step.item) ?? Number.POSITIVE_INFINITY);
    rankOf.set(step.item, rank);
    return { step, rank };
  });
  ranked.sort((a, b) => b.rank - a.rank || a.step.order - b.step.order);
  return {
    target,
    reachable: deficit(state.criteria) <= tolerance,
    steps: ranked.map(({ step: { order: _order, ...step } }) => step),
    before: start.criteria,
    after: state.criteria,
    blockers: state.criteria.filter((criterion) => !criterion.met).map((criterion) => criterion.label),
  };
}
