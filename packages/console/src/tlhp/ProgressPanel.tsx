import {
  Box,
  LinearProgress,
  MenuItem,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  TextField,
  Typography,
} from '@mui/material';
import { LineChart } from '@mui/x-charts/LineChart';
import { useQuery } from '@tanstack/react-query';
import { meets } from '@zi/schema';
import { useState } from 'react';
import { useLocaleState, useTranslate } from 'react-admin';
import { ApiErrorAlert } from '../ApiErrorAlert.tsx';
import { formatNumber } from '../i18n/format.ts';
import { gql, request } from '../providers/graphql.ts';
import type { TlhpFilter } from './api.ts';

const Progress = gql(`query Progress($groupBy: TlhpGrouping!, $filter: RecommendationFilter) {
  groups: tlhpOverview(groupBy: $groupBy, filter: $filter) { key label overdue
    summary { total completion sesuai belumSesuai belumDitindaklanjuti tidakDapatDitindaklanjuti } }
  trend: tlhpTrend(filter: $filter, months: 12) { month summary { completion } } }`);
const groupings = ['UNIT', 'AGENCY', 'AUDITOR', 'YEAR'] as const;

/** Completion per unit, agency, auditor or year with counts and overdue, and the month-end trend. */
export function ProgressPanel({ filter }: { filter: TlhpFilter }) {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const [groupBy, setGroupBy] = useState<(typeof groupings)[number]>('UNIT');
  const progress = useQuery({
    queryKey: ['tlhpProgress', groupBy, filter],
    queryFn: ({ signal }) => request(Progress, { groupBy, filter }, signal),
  });
  const groups = progress.data?.groups ?? [];
  const trend = progress.data?.trend ?? [];
  const percent = (value: number) => `${formatNumber(locale, value * 100, 1)}%`;
  return (
    <Stack direction={{ xs: 'column', lg: 'row' }} spacing={2}>
      <Box sx={{ flex: 1 }}>
        <ApiErrorAlert error={progress.error} testId="tlhp-progress-error" />
        <TextField
          select
          fullWidth={false}
          size="small"
          label={translate('zi.tlhp.group_by')}
          value={groupBy}
          onChange={(event) => setGroupBy(event.target.value as (typeof groupings)[number])}
          sx={{ mb: 1, minWidth: 200 }}
        >
          {groupings.map((grouping) => (
            <MenuItem key={grouping} value={grouping}>
              {translate(`zi.tlhp.grouping.${grouping}`)}
            </MenuItem>
          ))}
        </TextField>
        <Table size="small" data-testid="tlhp-progress">
          <TableHead>
            <TableRow>
              <TableCell>{translate(`zi.tlhp.grouping.${groupBy}`)}</TableCell>
              <TableCell sx={{ width: 220 }}>{translate('zi.tlhp.completion')}</TableCell>
              <TableCell align="right">{translate('zi.tlhp.status.SESUAI')}</TableCell>
              <TableCell align="right">{translate('zi.tlhp.status.BELUM_SESUAI')}</TableCell>
              <TableCell align="right">{translate('zi.tlhp.status.BELUM_DITINDAKLANJUTI')}</TableCell>
              <TableCell align="right">{translate('zi.tlhp.status.TIDAK_DAPAT_DITINDAKLANJUTI')}</TableCell>
              <TableCell align="right">{translate('zi.tlhp.overdue')}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {groups.map((group) => (
              <TableRow key={group.key} data-testid="tlhp-progress-row">
                <TableCell>{group.label}</TableCell>
                <TableCell>
                  <Typography variant="caption">{percent(group.summary.completion)}</Typography>
                  <LinearProgress
                    aria-label={group.label}
                    variant="determinate"
                    value={group.summary.completion * 100}
                    color={meets(group.summary.completion, 1) ? 'success' : 'warning'}
                  />
                </TableCell>
                <TableCell align="right">{group.summary.sesuai}</TableCell>
                <TableCell align="right">{group.summary.belumSesuai}</TableCell>
                <TableCell align="right">{group.summary.belumDitindaklanjuti}</TableCell>
                <TableCell align="right">{group.summary.tidakDapatDitindaklanjuti}</TableCell>
                <TableCell align="right" sx={{ color: group.overdue ? 'error.main' : undefined }}>
                  {group.overdue}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </Box>
      <Box sx={{ width: { xs: '100%', lg: 420 } }}>
        <Typography variant="subtitle2">{translate('zi.tlhp.trend')}</Typography>
        <LineChart
          height={260}
          xAxis={[{ scaleType: 'point', data: trend.map((point) => point.month) }]}
          yAxis={[{ min: 0, max: 100 }]}
          series={[
            { data: trend.map((point) => Math.round(point.summary.completion * 1000) / 10), label: '%' },
          ]}
        />
      </Box>
    </Stack>
  );
}
