import { Card, CardContent, LinearProgress, Typography } from '@mui/material';
import { meets } from '@zi/schema';
import { useLocaleState, useRecordContext, useTranslate } from 'react-admin';
import { formatNumber } from '../i18n/format.ts';
import { TlhpPrerequisiteChip } from '../tlhp/PrerequisiteChip.tsx';

/** Beside the unit's page and form: its audit follow-up, which the 2021 rules need at 100% before a proposal. */
export function UnitTlhp() {
  const record = useRecordContext<{ tlhp?: { completion: number; total: number; sesuai: number } }>();
  const translate = useTranslate();
  const [locale] = useLocaleState();
  if (!record?.tlhp) return null;
  const { completion, total, sesuai } = record.tlhp;
  const percent = `${formatNumber(locale, completion * 100, 1)}%`;
  return (
    <Card sx={{ ml: 2, width: 280, alignSelf: 'flex-start' }} data-testid="unit-tlhp">
      <CardContent>
        <Typography variant="subtitle2">{translate('zi.tlhp.title')}</Typography>
        <Typography variant="h5">{percent}</Typography>
        <LinearProgress
          aria-label={translate('zi.tlhp.title')}
          variant="determinate"
          value={completion * 100}
          color={meets(completion, 1) ? 'success' : 'warning'}
        />
        <Typography variant="caption" component="div">
          {sesuai} / {total} {translate('zi.tlhp.status.SESUAI')}
        </Typography>
        <TlhpPrerequisiteChip size="small" sx={{ mt: 1 }} completion={completion} />
      </CardContent>
    </Card>
  );
}
