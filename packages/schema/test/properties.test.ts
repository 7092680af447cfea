import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type AnswerInput,
  compile,
  criteriaVerdict,
  evaluatePredicate,
  evaluatePredicates,
  type ItemDefinition,
  instruments,
  scoreAnswers,
} from '../src/index.ts';
import { uniformAnswers } from './fixtures.ts';

function answerArbitrary(item: ItemDefinition): fc.Arbitrary<AnswerInput | undefined> {
  const answer: fc.Arbitrary<AnswerInput> =
    item.answerType === 'SURVEY'
      ? fc.double({ min: 0, max: 4, noNaN: true }).map((score) => ({ score }))
      : item.answerType === 'PERCENT'
        ? fc.tuple(...(item.inputs ?? []).map(() => fc.nat(60))).map((values) => ({
            inputs: Object.fromEntries(
              (item.inputs ?? []).map((input, index) => [input.key, values[index] ?? 0]),
            ),
          }))
        : fc.constantFrom(...item.options.map((option) => ({ option: option.label })));
  return fc.option(answer, { nil: undefined, freq: 4 });
}

describe.each(instruments.map((instrument) => [instrument.code, instrument] as const))(
  'scoring %s',
  (_code, definition) => {
    const { items } = compile(definition);
    const answerSets = fc
      .tuple(...items.map(answerArbitrary))
      .map(
        (answers) =>
          new Map(items.flatMap((item, index) => (answers[index] ? [[item.code, answers[index]]] : []))),
      );

    it('keeps every total within [0, 100] and every node within [0, its weight]', () => {
      fc.assert(
        fc.property(answerSets, (answers) => {
          const score = scoreAnswers(definition, answers, { tlhpCompletion: 0.5 });
          expect(score.total).toBeGreaterThanOrEqual(0);
          expect(score.total).toBeLessThanOrEqual(100 + 1e-9);
          for (const node of score.nodes) expect(node.points).toBeLessThanOrEqual(node.weight + 1e-9);
        }),
        { numRuns: 200 },
      );
    });

    it('never lowers any node when one answer moves to a better option', () => {
      fc.assert(
        fc.property(answerSets, fc.nat(), (answers, pick) => {
          const raisable = [...answers].filter(([code, answer]) => {
            const item = items.find((each) => each.code === code);
            return (
              item && answer.option && item.options.findIndex((option) => option.label === answer.option) > 0
            );
          });
          fc.pre(raisable.length > 0);
          const [code, answer] = raisable[pick % raisable.length] as [string, AnswerInput];
          const item = items.find((each) => each.code === code) as ItemDefinition;
          const position = item.options.findIndex((option) => option.label === answer.option);
          const better = new Map(answers).set(code, { option: item.options[position - 1]?.label ?? null });
          const before = scoreAnswers(definition, answers);
          const after = scoreAnswers(definition, better);
          expect(after.total).toBeGreaterThanOrEqual(before.total - 1e-12);
          after.nodes.forEach((node, index) => {
            expect(node.points).toBeGreaterThanOrEqual((before.nodes[index]?.points ?? 0) - 1e-12);
          });
        }),
        { numRuns: 200 },
      );
    });

    it('gives a verdict only where every criterion of it and of WBK holds, and tallies it once', () => {
      // Uniform answers of a random quality make verdicts of every kind likely, random sets the odd cases.
      const sets = fc.oneof(
        answerSets,
        fc.nat(3).map((position) => uniformAnswers(definition, position, 2.5 + position * 0.4)),
      );
      fc.assert(
        fc.property(sets, fc.double({ min: 0, max: 1, noNaN: true }), (answers, tlhpCompletion) => {
          const score = scoreAnswers(definition, answers, { tlhpCompletion });
          const verdict = evaluatePredicates(definition, score, null);
          const allMet = (predicate: 'WBK' | 'WBBM') =>
            evaluatePredicate(definition, score, predicate, null).criteria.every((each) => each.met);
          if (verdict.predicate === 'WBBM') expect(allMet('WBBM') && allMet('WBK')).toBe(true);
          if (verdict.predicate === 'WBK') expect(allMet('WBK')).toBe(true);
          if (verdict.predicate === null) expect(allMet('WBK')).toBe(false);
          if (allMet('WBK') && allMet('WBBM')) expect(verdict.predicate).toBe('WBBM');
          expect(criteriaVerdict(definition, score)).toBe(verdict.predicate);
        }),
        { numRuns: 200 },
      );
    });

    it('does not depend on the order answers come in, and gives the same result every time', () => {
      fc.assert(
        fc.property(answerSets, fc.integer(), (answers, seed) => {
          const entries = [...answers];
          const shuffled = entries
            .map((entry, index) => ({ entry, key: Math.sin(seed + index) }))
            .sort((a, b) => a.key - b.key)
            .map(({ entry }) => entry);
          const score = scoreAnswers(definition, answers);
          expect(scoreAnswers(definition, new Map(shuffled))).toEqual(score);
          expect(scoreAnswers(definition, Object.fromEntries(entries))).toEqual(score);
          expect(scoreAnswers(definition, answers)).toEqual(score);
        }),
        { numRuns: 100 },
      );
    });
  },
);
