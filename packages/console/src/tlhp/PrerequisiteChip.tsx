import { Chip, type ChipProps } from '@mui/material';
import { meets } from '@zi/schema';
import { useLocaleState, useTranslate } from 'react-admin';
import { formatDate, formatNumber } from '../i18n/format.ts';

/**
 * The 2021 prerequisite of every follow-up done, by the product's one comparison; `asOf` names the moment
 * the figure stands at when it is not today (an evaluation's proposal).
 */
export function TlhpPrerequisiteChip({
  completion,
  asOf,
  ...chip
}: { completion: number; asOf?: string | null } & Omit<ChipProps, 'label' | 'color'>) {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const met = meets(completion, 1);
  const label = translate(met ? 'zi.tlhp.prerequisite_met' : 'zi.tlhp.prerequisite_unmet', {
    percent: `${formatNumber(locale, completion * 100, 1)}%`,
  });
  return (
    <Chip
      {...chip}
      color={met ? 'success' : 'error'}
      label={
        asOf ? `${label} · ${translate('zi.tlhp.as_of_proposal', { date: formatDate(locale, asOf) })}` : label
      }
    />
  );
}
