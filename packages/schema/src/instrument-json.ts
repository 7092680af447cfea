import { z } from 'zod';
import type { InstrumentDefinition, NodeDefinition } from './instrument.ts';
import { type InstrumentProblem, validateInstrument } from './validate.ts';

const text = z.string().trim().min(1);
const grade = z.enum(['AA', 'A', 'BB', 'B', 'CC', 'C', 'D']);
const year = z.number().int().min(2000).max(2100);

const item = z.strictObject({
  code: text,
  question: text,
  criteria: z.string().optional(),
  answerType: z.enum(['YA_TIDAK', 'ABC', 'ABCD', 'ABCDE', 'PERCENT', 'SURVEY']),
  options: z.array(z.strictObject({ label: text, value: z.number(), meaning: z.string().optional() })),
  formula: z
    .discriminatedUnion('kind', [
      z.strictObject({
        kind: z.literal('ratio'),
        numerator: z.array(text),
        denominator: z.array(text),
        denominatorRow: z.number().int().optional(),
      }),
      z.strictObject({ kind: z.literal('decrease'), previous: text, current: text }),
    ])
    .optional(),
  inputs: z
    .array(z.strictObject({ key: text, label: text, workbookRow: z.number().int().optional() }))
    .optional(),
  weight: z.number().optional(),
  workbookRow: z.number().int().optional(),
});

const node: z.ZodType<NodeDefinition> = z.lazy(() =>
  z.strictObject({
    code: text,
    name: text,
    level: z.enum(['COMPONENT', 'SUB_COMPONENT', 'AREA', 'SUB_AREA']),
    weight: z.number(),
    workbookRow: z.number().int().optional(),
    children: z.array(node).optional(),
    items: z.array(item).optional(),
  }),
);

const predicate = z.strictObject({
  criteria: z.array(
    z.strictObject({
      key: text,
      label: text,
      measure: z.discriminatedUnion('kind', [
        z.strictObject({ kind: z.literal('total') }),
        z.strictObject({ kind: z.literal('node'), code: text }),
        z.strictObject({ kind: z.literal('item'), code: text }),
        z.strictObject({ kind: z.literal('areas') }),
      ]),
      min: z.number(),
    }),
  ),
  requiresHeld: z.enum(['WBK', 'WBBM']).optional(),
});

const prerequisites = z.strictObject({
  agency: z.strictObject({
    bpkOpinions: z.array(z.enum(['WTP', 'WDP', 'TW', 'TMP'])),
    minSakip: grade,
    minIndeksRb: z.strictObject({ pemda: grade, kl: grade }).optional(),
    minSpipLevel: z.number().int().min(1).max(5).optional(),
  }),
  unit: z.strictObject({
    coreService: z.boolean(),
    eselon: z.array(z.enum(['I', 'II', 'III', 'IV'])).optional(),
    minTlhpCompletion: z.number().min(0).max(1).optional(),
    minLhkpnCompliance: z.number().min(0).max(100).optional(),
    minLhkasnCompliance: z.number().min(0).max(100).optional(),
    minZiYears: z.number().int().min(0).optional(),
    minUnitSakip: grade.optional(),
  }),
  afirmasi: z.boolean(),
});

const definition = z.strictObject({
  code: z
    .string()
    .regex(
      /^[A-Z0-9][A-Z0-9-]{2,59}$/,
      'a code is 3–60 capital letters, digits and hyphens, e.g. LKE-ZI-2027',
    ),
  title: text,
  regulation: text,
  description: z.string(),
  validFromYear: year,
  validToYear: year.optional(),
  components: z.array(node).min(1),
  headlines: z.strictObject({
    pengungkit: text,
    hasil: text,
    pemenuhan: text.optional(),
    reform: text.optional(),
  }),
  areaGroups: z.array(z.strictObject({ key: text, name: text, nodes: z.array(text) })),
  predicates: z.strictObject({ WBK: predicate, WBBM: predicate }),
  prerequisites: z.strictObject({ WBK: prerequisites, WBBM: prerequisites }),
  derivedItems: z.array(z.strictObject({ item: text, source: z.literal('tlhpCompletion') })).optional(),
  surveyItems: z.strictObject({ IPAK: text, IPKP: text }),
});

/** Far above any LKE tree (component, sub-component, area, sub-area, item: about a dozen JSON levels). */
const maxDepth = 40;

/** How deeply `json` nests objects and arrays, counted without recursion; stops counting past `maxDepth`. */
function depthOf(json: unknown): number {
  let deepest = 0;
  const pending: [unknown, number][] = [[json, 1]];
  while (pending.length) {
    const [value, depth] = pending.pop() as [unknown, number];
    if (value === null || typeof value !== 'object') continue;
    deepest = Math.max(deepest, depth);
    if (deepest > maxDepth) return deepest;
    for (const child of Object.values(value)) pending.push([child, depth + 1]);
  }
  return deepest;
}

/** `components[0].children[2].weight` from a path of keys and indexes. */
const pathText = (path: readonly PropertyKey[]) =>
  path
    .map((key, index) => (typeof key === 'number' ? `[${key}]` : `${index ? '.' : ''}${String(key)}`))
    .join('') || 'instrument';

/**
 * An instrument definition from JSON an administrator loads: its shape first (each problem at its path,
 * e.g. `components[0].children[1].items[3].answerType`), then the rules `validateInstrument` checks (each
 * naming the node, item or rule at fault). Problems, or the definition when there are none.
 */
export function readInstrumentDefinition(
  json: unknown,
): { definition: InstrumentDefinition; problems: [] } | { definition: null; problems: InstrumentProblem[] } {
  // The shape check and the rules walk the tree recursively: a tree nested without end is refused first.
  if (depthOf(json) > maxDepth)
    return {
      definition: null,
      problems: [{ at: 'components', message: `nested deeper than ${maxDepth} levels` }],
    };
  const parsed = definition.safeParse(json);
  if (!parsed.success)
    return {
      definition: null,
      problems: parsed.error.issues.map((issue) => ({ at: pathText(issue.path), message: issue.message })),
    };
  const read = parsed.data as InstrumentDefinition;
  const problems = validateInstrument(read);
  if (read.validToYear !== undefined && read.validToYear < read.validFromYear)
    problems.push({
      at: 'validToYear',
      message: `ends (${read.validToYear}) before it starts (${read.validFromYear})`,
    });
  return problems.length ? { definition: null, problems } : { definition: read, problems: [] };
}
