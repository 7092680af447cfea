import type { InstrumentDefinition, Layer } from '../instrument.ts';
import { renderMessage } from '../messages/index.ts';
import type { Verdict } from '../predicates.ts';
import { compile, type Score } from '../score.ts';

export interface ReportNode {
  code: string;
  name: string;
  level: string;
  weight: number | null;
  points: number;
  answered: number;
  total: number;
  workbookRow: number | null;
}

/** The machine-readable result of `zi score`: headline figures, every node and item, the predicates. */
export function scoreReport(definition: InstrumentDefinition, layer: Layer, score: Score, verdict: Verdict) {
  const { items, nodes } = compile(definition);
  const itemsByNode = new Map<string, ReportNode[]>();
  score.items.forEach((itemScore, index) => {
    const item = items[index];
    const list = itemsByNode.get(itemScore.node) ?? [];
    list.push({
      code: itemScore.code,
      name: item?.question ?? '',
      level: 'ITEM',
      weight: item?.weight ?? null,
      points: itemScore.points ?? 0,
      answered: itemScore.value === null ? 0 : 1,
      total: 1,
      workbookRow: itemScore.workbookRow,
    });
    itemsByNode.set(itemScore.node, list);
  });
  const reportNodes: ReportNode[] = score.nodes.flatMap((node, index) => [
    {
      code: node.code,
      name: node.name,
      level: node.level,
      weight: node.weight,
      points: node.points,
      answered: node.answered,
      total: node.total,
      workbookRow: node.workbookRow,
    },
    ...(nodes[index]?.items.length ? (itemsByNode.get(node.code) ?? []) : []),
  ]);
  const predicate = (name: 'WBK' | 'WBBM') => ({
    met: verdict.results[name].met,
    criteria: verdict.results[name].criteria,
    reasons: verdict.results[name].reasons.map((reason) => renderMessage(reason, 'en')),
  });
  return {
    instrument: definition.code,
    layer,
    total: score.total,
    pengungkit: score.pengungkit,
    pemenuhan: score.pemenuhan,
    reform: score.reform,
    hasil: score.hasil,
    complete: score.complete,
    answered: score.answered,
    itemCount: score.itemCount,
    nodes: reportNodes,
    predicates: { verdict: verdict.predicate, WBK: predicate('WBK'), WBBM: predicate('WBBM') },
  };
}

const two = (value: number | null) => (value === null ? '' : value.toFixed(2));

/** The same result for people: the node tree with points and completeness, then the criteria. */
export function scoreTable(report: ReturnType<typeof scoreReport>): string {
  const lines = [
    `${report.instrument} · layer ${report.layer} · ${report.answered}/${report.itemCount} items answered`,
    '',
    `${'code'.padEnd(14)} ${'name'.padEnd(48)} ${'weight'.padStart(7)} ${'points'.padStart(7)} ${'%'.padStart(7)} answered`,
  ];
  for (const node of report.nodes) {
    if (node.level === 'ITEM') continue;
    const percent = node.weight ? (node.points / node.weight) * 100 : 0;
    lines.push(
      `${node.code.padEnd(14)} ${node.name.slice(0, 48).padEnd(48)} ${two(node.weight).padStart(7)} ${two(node.points).padStart(7)} ${two(percent).padStart(7)} ${node.answered}/${node.total}`,
    );
  }
  lines.push(
    '',
    `TOTAL ${two(report.total)}  (pengungkit ${two(report.pengungkit)}${report.pemenuhan === null ? '' : ` = pemenuhan ${two(report.pemenuhan)} + reform ${two(report.reform)}`}, hasil ${two(report.hasil)})`,
  );
  for (const name of ['WBK', 'WBBM'] as const) {
    const result = report.predicates[name];
    lines.push('', `${name}: ${result.met ? 'met' : 'not met'}`);
    for (const criterion of result.criteria) {
      const format = (value: number) => (criterion.unit === 'percent' ? `${two(value * 100)}%` : two(value));
      lines.push(
        `  ${criterion.met ? '✓' : '✗'} ${criterion.label.padEnd(58)} ${format(criterion.actual).padStart(8)} ≥ ${format(criterion.required).padStart(8)}${criterion.met ? '' : `  gap ${two(criterion.gap)}`}`,
      );
    }
  }
  return `${lines.join('\n')}\n`;
}
