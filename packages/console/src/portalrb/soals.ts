import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { request } from '../providers/graphql.ts';
import { PortalrbMasterLists } from './api.ts';

/**
 * PortalRB's soal id of each input row (an option or survey item's code, a % input's `item.input`) for an
 * instrument, from the year's master list, else the latest list loaded for the instrument.
 */
export function usePortalrbSoals(instrumentCode: string, year?: number) {
  const lists = useQuery({
    queryKey: ['portalrbMasterLists'],
    queryFn: ({ signal }) => request(PortalrbMasterLists, {}, signal),
    staleTime: 5 * 60_000,
  });
  return useMemo(() => {
    const ofInstrument = (lists.data?.portalrbMasterLists ?? []).filter(
      (list) => list.instrument.code === instrumentCode,
    );
    const list = ofInstrument.find((each) => each.year === year) ?? ofInstrument[0];
    return new Map(
      (list?.soals ?? []).map((soal) => [soal.input ? `${soal.item}.${soal.input}` : soal.item, soal.soal]),
    );
  }, [lists.data, instrumentCode, year]);
}
