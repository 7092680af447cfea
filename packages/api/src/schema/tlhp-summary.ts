import type { TlhpSummary } from '@zi/schema';
import { builder } from '../builder.ts';

export const TlhpSummaryRef = builder.objectRef<TlhpSummary>('TlhpSummary').implement({
  description:
    'Audit follow-up completion: SESUAI ÷ (all, less TIDAK_DAPAT_DITINDAKLANJUTI unless the setting counts them).',
  fields: (t) => ({
    total: t.exposeInt('total'),
    denominator: t.exposeInt('denominator'),
    completion: t.exposeFloat('completion', { description: '0–1; 1 when nothing is left to follow up.' }),
    sesuai: t.int({ resolve: (summary) => summary.counts.SESUAI }),
    belumSesuai: t.int({ resolve: (summary) => summary.counts.BELUM_SESUAI }),
    belumDitindaklanjuti: t.int({ resolve: (summary) => summary.counts.BELUM_DITINDAKLANJUTI }),
    tidakDapatDitindaklanjuti: t.int({ resolve: (summary) => summary.counts.TIDAK_DAPAT_DITINDAKLANJUTI }),
  }),
});
