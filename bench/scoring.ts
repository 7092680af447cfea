// Scoring speed of the domain core on one core: one 113-item evaluation, and a national year
// (20,000 evaluations × 3 layers), plus predicates and the gap advisor.
import {
  type AnswerInput,
  adviseGaps,
  compile,
  evaluatePredicates,
  type ItemDefinition,
  permenpanrb90of2021,
  scoreAnswers,
} from '@zi/schema';

const definition = permenpanrb90of2021;
const { items } = compile(definition);

let state = 42;
const next = () => {
  state = (Math.imul(state, 1103515245) + 12345) >>> 0;
  return state / 4294967296;
};

function randomAnswer(item: ItemDefinition): AnswerInput | undefined {
  if (next() < 0.05) return undefined;
  if (item.answerType === 'SURVEY') return { score: 2.5 + next() * 1.5 };
  if (item.answerType === 'PERCENT') {
    return {
      inputs: Object.fromEntries(
        (item.inputs ?? []).map((input) => [input.key, 1 + Math.floor(next() * 30)]),
      ),
    };
  }
  return { option: item.options[Math.floor(next() * item.options.length)]?.label ?? null };
}

const randomLayer = () =>
  new Map(
    items.flatMap((item) => {
      const answer = randomAnswer(item);
      return answer ? [[item.code, answer] as const] : [];
    }),
  );

const evaluations = 20_000;
const layers = Array.from({ length: evaluations * 3 }, randomLayer);

for (const answers of layers.slice(0, 2_000)) scoreAnswers(definition, answers); // warm-up

const single: number[] = [];
for (let run = 0; run < 5_000; run++) {
  const answers = layers[run % layers.length] ?? new Map();
  const started = performance.now();
  scoreAnswers(definition, answers);
  single.push(performance.now() - started);
}
single.sort((a, b) => a - b);

const started = performance.now();
let checksum = 0;
for (const answers of layers) checksum += scoreAnswers(definition, answers).total;
const all = performance.now() - started;

const predicatesStarted = performance.now();
for (const answers of layers.slice(0, 10_000))
  evaluatePredicates(definition, scoreAnswers(definition, answers), null);
const withPredicates = (performance.now() - predicatesStarted) / 10_000;

const adviceStarted = performance.now();
const advice = adviseGaps(definition, layers[0] ?? new Map(), 'WBBM');
const adviceMs = performance.now() - adviceStarted;

const us = (ms: number) => `${(ms * 1000).toFixed(1)} µs`;
console.log(
  `score one evaluation (113 items): p50 ${us(single[single.length >> 1] ?? 0)}, p99 ${us(single[Math.floor(single.length * 0.99)] ?? 0)}`,
);
console.log(
  `score ${evaluations.toLocaleString('en')} evaluations × 3 layers: ${(all / 1000).toFixed(2)} s (${us(all / layers.length)} each; checksum ${checksum.toFixed(0)})`,
);
console.log(`score + WBK/WBBM verdict, per layer: ${us(withPredicates)}`);
console.log(
  `gap advice to WBBM for one layer: ${adviceMs.toFixed(1)} ms (${advice.steps.length} steps, reachable: ${advice.reachable})`,
);
