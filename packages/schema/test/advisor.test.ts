import { describe, expect, it } from 'vitest';
import {
  adviseGaps,
  evaluatePredicate,
  formatFigure,
  permenpanrb90of2021,
  renderMessage,
  scoreAnswers,
} from '../src/index.ts';
import { uniformAnswers } from './fixtures.ts';

const definition = permenpanrb90of2021;

describe('gap advisor', () => {
  // Every option item one step below the best: Ya/Tidak items at Tidak, the rest at B.
  const answers = uniformAnswers(definition, 1);
  const before = scoreAnswers(definition, answers);

  it('starts from an evaluation short of WBK', () => {
    expect(evaluatePredicate(definition, before, 'WBK', null).met).toBe(false);
  });

  const advice = adviseGaps(definition, answers, 'WBK');

  it('finds one-option steps that together meet every WBK criterion', () => {
    expect(advice.reachable).toBe(true);
    expect(advice.blockers).toEqual([]);
    expect(advice.after.every((criterion) => criterion.met)).toBe(true);
    const improved = new Map(answers);
    for (const step of advice.steps) {
      expect(improved.get(step.item)?.option).toBe(step.from);
      improved.set(step.item, { option: step.to });
    }
    expect(evaluatePredicate(definition, scoreAnswers(definition, improved), 'WBK', null).met).toBe(true);
  });

  it('moves each item one option at a time and says what it gains', () => {
    for (const step of advice.steps) {
      expect(['Tidak→Ya', 'B→A', 'C→B', 'D→C', 'E→D']).toContain(`${step.from}→${step.to}`);
      expect(step.gain).toBeGreaterThan(0);
      expect(renderMessage(step.message, 'en')).toBe(
        `raise ${step.item} from ${step.from} to ${step.to}: +${formatFigure(step.gain, 'en-US')}`,
      );
    }
  });

  it('lists the steps by points gained, best first', () => {
    const gains = advice.steps.map((step) => step.gain);
    expect(gains).toEqual([...gains].sort((a, b) => b - a));
  });

  it('uses no more steps than needed: dropping the last-chosen step leaves a criterion unmet', () => {
    const improved = new Map(answers);
    const [weakest] = [...advice.steps].sort((a, b) => a.gain - b.gain);
    for (const step of advice.steps) if (step !== weakest) improved.set(step.item, { option: step.to });
    expect(evaluatePredicate(definition, scoreAnswers(definition, improved), 'WBK', null).met).toBe(false);
  });

  it('names what answers cannot fix: a survey below its floor', () => {
    const lowSurvey = new Map(answers);
    lowSurvey.set('H.I.a', { score: 3 });
    const blocked = adviseGaps(definition, lowSurvey, 'WBK');
    expect(blocked.reachable).toBe(false);
    expect(blocked.blockers).toContain('Survei persepsi anti korupsi (IPAK)');
  });

  it('has nothing to advise when the target is met', () => {
    const best = adviseGaps(definition, uniformAnswers(definition, 0), 'WBBM');
    expect(best).toMatchObject({ reachable: true, steps: [], blockers: [] });
  });
});
