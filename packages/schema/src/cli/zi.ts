import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { answersFromEntries, answerTargets, type SheetProblem } from '../answer-sheet.ts';
import { type InstrumentDefinition, type Layer, layers } from '../instrument.ts';
import { findInstrument, instruments } from '../instruments/index.ts';
import { type Message, renderMessage } from '../messages/index.ts';
import { evaluatePredicates } from '../predicates.ts';
import { scoreAnswers } from '../score.ts';
import { readWorkbookAnswers, WorkbookError } from '../workbook.ts';
import { scoreReport, scoreTable } from './report.ts';

const usage =
  'usage: zi score <file.xlsx|file.json> [--instrument CODE] [--layer UNIT|TPI|TPN] [--format json|table]';

/** Invalid input: exit code 2 and one line per problem on stderr, nothing else. */
class InputProblems extends Error {
  constructor(readonly lines: string[]) {
    super(lines.join('\n'));
  }
}

function instrumentNamed(code: string): InstrumentDefinition {
  const instrument = findInstrument(code);
  if (!instrument) {
    throw new InputProblems([
      `unknown instrument "${code}"; known: ${instruments.map((each) => each.code).join(', ')}`,
    ]);
  }
  return instrument;
}

/** The command line speaks English, as its usage and options do. */
const inEnglish = (message: Message) => renderMessage(message, 'en');

async function readAnswers(file: string, instrumentCode: string | undefined, layer: Layer) {
  if (/\.xlsx$/i.test(file)) {
    const instrument = instrumentNamed(instrumentCode ?? 'PERMENPANRB-90-2021');
    return { instrument, ...(await readWorkbookAnswers(file, instrument)) };
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(await readFile(file, 'utf8'));
  } catch (error) {
    throw new InputProblems([`${file}: not readable JSON (${(error as Error).message.split('\n')[0]})`]);
  }
  const document = parsed as { instrument?: unknown; answers?: unknown; layers?: Record<string, unknown> };
  const code = instrumentCode ?? (typeof document.instrument === 'string' ? document.instrument : undefined);
  if (!code) throw new InputProblems(['the JSON names no "instrument" and no --instrument was given']);
  const instrument = instrumentNamed(code);
  const answers = document.layers ? document.layers[layer] : document.answers;
  if (!answers || typeof answers !== 'object' || Array.isArray(answers)) {
    throw new InputProblems([
      document.layers
        ? `the JSON has no answers for layer ${layer}`
        : 'the JSON needs "answers": {"<row or code>": value}',
    ]);
  }
  return { instrument, ...answersFromEntries(instrument, Object.entries(answers)) };
}

async function main(argv: string[]) {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      instrument: { type: 'string' },
      layer: { type: 'string', default: 'UNIT' },
      format: { type: 'string', default: 'json' },
    },
  }).valueOf() as { values: { instrument?: string; layer: string; format: string }; positionals: string[] };
  const [command, file] = positionals;
  if (command !== 'score' || !file) throw new InputProblems([usage]);
  if (!layers.includes(values.layer as Layer))
    throw new InputProblems([`--layer is one of ${layers.join(', ')}`]);
  if (values.format !== 'json' && values.format !== 'table')
    throw new InputProblems(['--format is json or table']);
  const layer = values.layer as Layer;
  const path = resolve(process.env.INIT_CWD ?? process.cwd(), file);
  const { instrument, answers, problems } = await readAnswers(path, values.instrument, layer);
  const score = scoreAnswers(instrument, answers);
  const targets = answerTargets(instrument);
  const lines = [
    ...problems.map((problem: SheetProblem) => `${problem.key}: ${inEnglish(problem.message)}`),
    ...score.problems.map((problem) => {
      const target = targets.get(problem.item);
      const row = target?.input?.workbookRow ?? target?.item.workbookRow;
      return `${problem.item}${row ? ` (row ${row})` : ''}: ${inEnglish(problem.message)}`;
    }),
  ];
  if (lines.length) throw new InputProblems(lines);
  const verdict = evaluatePredicates(instrument, score, null);
  const report = scoreReport(instrument, layer, score, verdict);
  process.stdout.write(
    values.format === 'json' ? `${JSON.stringify(report, null, 2)}\n` : scoreTable(report),
  );
}

main(process.argv.slice(2)).catch((error: unknown) => {
  const lines =
    error instanceof InputProblems
      ? error.lines
      : error instanceof WorkbookError
        ? [inEnglish(error.reason)]
        : [(error as Error).message.split('\n')[0] ?? String(error)];
  process.stderr.write(`${lines.join('\n')}\n`);
  process.exit(2);
});
