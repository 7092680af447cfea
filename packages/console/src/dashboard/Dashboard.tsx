import {
  Alert,
  Box,
  Card,
  CardContent,
  Grid,
  LinearProgress,
  MenuItem,
  Stack,
  TextField,
  Typography,
} from '@mui/material';
import { BarChart } from '@mui/x-charts/BarChart';
import { PieChart } from '@mui/x-charts/PieChart';
import { useQuery } from '@tanstack/react-query';
import { accountScopes, meets, type Role } from '@zi/schema';
import { useState } from 'react';
import { Title, useLocaleState, usePermissions, useTranslate } from 'react-admin';
import { useEvaluationYears, YearSelect } from '../grid/GridControls.tsx';
import { formatNumber } from '../i18n/format.ts';
import { gql, request } from '../providers/graphql.ts';
import { UnitProgress } from './UnitProgress.tsx';

const OverviewQuery = gql(`query Dashboard($year: Int!, $tlhpBy: TlhpGrouping!) {
  readiness(year: $year) { wbk wbbm neither wbkReasons { criterion label count } }
  scoreHistogram(year: $year, width: 10) { from to count }
  ranking(year: $year, first: 200) { evaluationId unitName agencyName total rank }
  tlhpOverview(groupBy: $tlhpBy) { key label overdue summary { completion total sesuai } }
}`);

const AreasQuery = gql('query Areas($id: Int!) { evaluation(id: $id) { score { areas { name percent } } } }');

function Panel({ title, children, testId }: { title: string; children: React.ReactNode; testId?: string }) {
  return (
    <Card sx={{ height: '100%' }} data-testid={testId}>
      <CardContent>
        <Typography variant="h6" gutterBottom>
          {title}
        </Typography>
        {children}
      </CardContent>
    </Card>
  );
}

/** The year at a glance: who is ready for which predicate, the spread of scores, one unit's areas, TLHP. */
export function Dashboard() {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const [chosenYear, setYear] = useState<number>();
  const { latest } = useEvaluationYears();
  const year = chosenYear ?? latest;
  const { permissions: role } = usePermissions<Role>();
  // A unit's own people see their unit's follow-up, not a figure under their agency's name.
  const tlhpBy = role && accountScopes[role] === 'unit' ? 'UNIT' : 'AGENCY';
  const overviewResult = useQuery({
    queryKey: ['dashboard', year, tlhpBy],
    queryFn: ({ signal }) => request(OverviewQuery, { year: year as number, tlhpBy }, signal),
    enabled: role !== undefined && year !== undefined,
  });
  const overview = overviewResult.data ?? null;
  const [chosenUnit, setUnit] = useState<number>();
  const unit = chosenUnit ?? overview?.ranking[0]?.evaluationId;
  const areasResult = useQuery({
    queryKey: ['dashboard-areas', unit],
    queryFn: async ({ signal }) =>
      (await request(AreasQuery, { id: unit as number }, signal)).evaluation.score.areas,
    enabled: unit !== undefined,
  });
  const areas = areasResult.data ?? [];
  const failure = overviewResult.error ?? areasResult.error;
  return (
    <Box sx={{ p: 2 }}>
      <Title title={translate('zi.dashboard.title')} />
      <Stack direction="row" spacing={2} sx={{ alignItems: 'center', mb: 2 }}>
        <Typography variant="h5">{translate('zi.dashboard.title')}</Typography>
        {year !== undefined && (
          <YearSelect
            value={year}
            onChange={(chosen) => {
              setYear(chosen);
              setUnit(undefined);
            }}
          />
        )}
      </Stack>
      {failure && (
        <Alert severity="error" sx={{ mb: 2 }} data-testid="dashboard-error">
          {failure.message}
        </Alert>
      )}
      {!overview ? (
        <LinearProgress aria-label={translate('ra.page.loading')} />
      ) : (
        <Grid container spacing={2}>
          <Grid size={{ xs: 12, md: 4 }}>
            <Panel title={translate('zi.dashboard.readiness')} testId="dashboard-readiness">
              <PieChart
                height={220}
                series={[
                  {
                    innerRadius: 40,
                    data: [
                      { id: 0, value: overview.readiness.wbbm, label: 'WBBM' },
                      { id: 1, value: overview.readiness.wbk, label: 'WBK' },
                      { id: 2, value: overview.readiness.neither, label: translate('zi.dashboard.neither') },
                    ],
                  },
                ]}
              />
              {overview.readiness.wbkReasons.slice(0, 4).map((reason) => (
                <Typography key={reason.criterion} variant="caption" component="div">
                  {reason.label}: {reason.count}
                </Typography>
              ))}
            </Panel>
          </Grid>
          <Grid size={{ xs: 12, md: 8 }}>
            <Panel title={translate('zi.dashboard.distribution')} testId="dashboard-distribution">
              <BarChart
                height={260}
                xAxis={[
                  {
                    scaleType: 'band',
                    data: overview.scoreHistogram.map((bucket) => `${bucket.from}–${bucket.to}`),
                  },
                ]}
                series={[
                  {
                    data: overview.scoreHistogram.map((bucket) => bucket.count),
                    label: translate('zi.dashboard.evaluations'),
                  },
                ]}
              />
            </Panel>
          </Grid>
          <Grid size={{ xs: 12, md: 6 }}>
            <Panel title={translate('zi.dashboard.unit_areas')} testId="dashboard-areas">
              <TextField
                select
                size="small"
                fullWidth
                label={translate('zi.dashboard.unit')}
                value={unit ?? ''}
                onChange={(event) => setUnit(Number(event.target.value))}
              >
                {overview.ranking.map((entry) => (
                  <MenuItem key={entry.evaluationId} value={entry.evaluationId}>
                    {entry.rank}. {entry.unitName} ({formatNumber(locale, entry.total)})
                  </MenuItem>
                ))}
              </TextField>
              <BarChart
                height={280}
                layout="horizontal"
                yAxis={[{ scaleType: 'band', data: areas.map((area) => area.name), width: 160 }]}
                xAxis={[{ min: 0, max: 100 }]}
                series={[{ data: areas.map((area) => Math.round(area.percent * 1000) / 10), label: '%' }]}
              />
            </Panel>
          </Grid>
          <Grid size={{ xs: 12, md: 6 }}>
            <Panel title={translate('zi.dashboard.progress')} testId="dashboard-progress">
              <UnitProgress year={year as number} />
            </Panel>
          </Grid>
          <Grid size={{ xs: 12, md: 6 }}>
            <Panel
              title={translate(tlhpBy === 'UNIT' ? 'zi.dashboard.tlhp_unit' : 'zi.dashboard.tlhp')}
              testId="dashboard-tlhp"
            >
              {overview.tlhpOverview.map((group) => (
                <Box key={group.key} sx={{ mb: 1 }}>
                  <Stack sx={{ justifyContent: 'space-between' }} direction="row">
                    <Typography variant="body2">{group.label}</Typography>
                    <Typography variant="body2">
                      {formatNumber(locale, group.summary.completion * 100, 1)}% ({group.summary.sesuai}/
                      {group.summary.total})
                    </Typography>
                  </Stack>
                  <LinearProgress
                    aria-label={group.label}
                    variant="determinate"
                    value={group.summary.completion * 100}
                    color={meets(group.summary.completion, 1) ? 'success' : 'warning'}
                  />
                </Box>
              ))}
            </Panel>
          </Grid>
        </Grid>
      )}
    </Box>
  );
}
