import { type Message, message } from './messages/index.ts';

/** Follow-up status of an audit recommendation (tindak lanjut hasil pemeriksaan). */
export type TlhpStatus = 'SESUAI' | 'BELUM_SESUAI' | 'BELUM_DITINDAKLANJUTI' | 'TIDAK_DAPAT_DITINDAKLANJUTI';

export const tlhpStatuses: readonly TlhpStatus[] = [
  'SESUAI',
  'BELUM_SESUAI',
  'BELUM_DITINDAKLANJUTI',
  'TIDAK_DAPAT_DITINDAKLANJUTI',
];

/** The status names inspectorates write, as the export writes them and the import reads them back. */
export const tlhpStatusLabels: Record<TlhpStatus, string> = {
  SESUAI: 'Sesuai',
  BELUM_SESUAI: 'Belum Sesuai',
  BELUM_DITINDAKLANJUTI: 'Belum Ditindaklanjuti',
  TIDAK_DAPAT_DITINDAKLANJUTI: 'Tidak Dapat Ditindaklanjuti',
};

/**
 * Statuses still waiting for the unit: a recommendation done (SESUAI) or accepted as impossible
 * (TIDAK_DAPAT_DITINDAKLANJUTI) is settled and never overdue.
 */
export const openTlhpStatuses: readonly TlhpStatus[] = ['BELUM_SESUAI', 'BELUM_DITINDAKLANJUTI'];

/** Past its due date and still open; SQL asks the same with `openTlhpStatuses` as a parameter. */
export const isOverdue = (
  recommendation: { dueDate: Date | string | null; status: TlhpStatus },
  now: Date = new Date(),
) =>
  recommendation.dueDate !== null &&
  new Date(recommendation.dueDate).getTime() < now.getTime() &&
  openTlhpStatuses.includes(recommendation.status);

/** Why moving to `status` with `note` is refused: TIDAK_DAPAT_DITINDAKLANJUTI must say why. */
export const statusNoteProblem = (status: TlhpStatus, note: string | null | undefined): Message | null =>
  status === 'TIDAK_DAPAT_DITINDAKLANJUTI' && !note?.trim() ? message('status.needsNote') : null;

export interface TlhpSettings {
  /** Whether TIDAK_DAPAT_DITINDAKLANJUTI leaves the denominator (the default). */
  excludeTidakDapatDitindaklanjuti: boolean;
}

export const defaultTlhpSettings: TlhpSettings = { excludeTidakDapatDitindaklanjuti: true };

export interface TlhpSummary {
  counts: Record<TlhpStatus, number>;
  total: number;
  /** Recommendations that count: all, less TIDAK_DAPAT_DITINDAKLANJUTI when the setting says so. */
  denominator: number;
  /** SESUAI ÷ denominator; 1 when nothing is left to follow up. */
  completion: number;
}

export function emptyCounts(): Record<TlhpStatus, number> {
  return { SESUAI: 0, BELUM_SESUAI: 0, BELUM_DITINDAKLANJUTI: 0, TIDAK_DAPAT_DITINDAKLANJUTI: 0 };
}

export function tlhpCompletion(
  counts: Record<TlhpStatus, number>,
  settings: TlhpSettings = defaultTlhpSettings,
): TlhpSummary {
  const total = tlhpStatuses.reduce((sum, status) => sum + counts[status], 0);
  const denominator = settings.excludeTidakDapatDitindaklanjuti
    ? total - counts.TIDAK_DAPAT_DITINDAKLANJUTI
    : total;
  return { counts, total, denominator, completion: denominator === 0 ? 1 : counts.SESUAI / denominator };
}

/** Completion per group (unit, agency, auditor, year, or any key of a recommendation). */
export function summarizeTlhp<T extends { status: TlhpStatus }>(
  recommendations: Iterable<T>,
  groupOf: (recommendation: T) => string,
  settings: TlhpSettings = defaultTlhpSettings,
): Map<string, TlhpSummary> {
  const counts = new Map<string, Record<TlhpStatus, number>>();
  for (const recommendation of recommendations) {
    const key = groupOf(recommendation);
    const groupCounts = counts.get(key) ?? emptyCounts();
    groupCounts[recommendation.status]++;
    counts.set(key, groupCounts);
  }
  return new Map([...counts].map(([key, groupCounts]) => [key, tlhpCompletion(groupCounts, settings)]));
}
