import { Box, LinearProgress, Link, Stack, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useTranslate } from 'react-admin';
import { ApiErrorAlert } from '../ApiErrorAlert.tsx';
import { gql, request } from '../providers/graphql.ts';

const UnitProgressQuery = gql(`query UnitProgress($year: Int!) {
  evaluations(first: 200, filter: { year: $year }, orderBy: UNIT_NAME) {
    totalCount nodes { id unit { name } progress(layer: UNIT) { items answered withEvidence toRevise } } } }`);

/**
 * Each unit's LKE progress for the year (its own layer), least advanced first: who needs a call before
 * the deadline.
 */
export function UnitProgress({ year }: { year: number }) {
  const translate = useTranslate();
  const result = useQuery({
    queryKey: ['dashboard-progress', year],
    queryFn: ({ signal }) => request(UnitProgressQuery, { year }, signal),
  });
  const evaluations = [...(result.data?.evaluations.nodes ?? [])].sort(
    (left, right) =>
      left.progress.answered / Math.max(left.progress.items, 1) -
      right.progress.answered / Math.max(right.progress.items, 1),
  );
  return (
    <Box sx={{ maxHeight: 360, overflowY: 'auto' }}>
      <ApiErrorAlert error={result.error} testId="dashboard-progress-error" />
      {!result.data && !result.error && <LinearProgress aria-label={translate('ra.page.loading')} />}
      {evaluations.map(({ id, unit, progress }) => (
        <Box key={id} sx={{ mb: 1 }} data-testid={`dashboard-progress-${id}`}>
          <Stack direction="row" sx={{ justifyContent: 'space-between' }}>
            <Link href={`#/evaluations/${id}/show`} variant="body2">
              {unit.name}
            </Link>
            <Typography variant="body2">{translate('zi.dashboard.progress_line', progress)}</Typography>
          </Stack>
          <LinearProgress
            aria-label={unit.name}
            variant="determinate"
            value={(progress.answered / Math.max(progress.items, 1)) * 100}
            color={progress.toRevise ? 'warning' : 'primary'}
          />
        </Box>
      ))}
    </Box>
  );
}
