import { Box, Card, CardContent, Divider, LinearProgress, Stack, Typography } from '@mui/material';
import {
  type Answers,
  adviseGaps,
  evaluatePredicate,
  type InstrumentDefinition,
  type Layer,
  type Predicate,
  type Score,
} from '@zi/schema';
import { useDeferredValue, useMemo } from 'react';
import { useLocaleState, useTranslate } from 'react-admin';
import { formatGapNumber, formatNumber } from '../../i18n/format.ts';

const predicates: Predicate[] = ['WBK', 'WBBM'];

/** The layer's score as the grid stands, recomputed in the browser on every edit with the same engine as the API. */
export function ScorePanel({
  definition,
  answers,
  score,
  layer,
  target,
  tlhpCompletion,
}: {
  definition: InstrumentDefinition;
  answers: Answers;
  score: Score;
  layer: Layer;
  target: Predicate;
  /** The evaluation's TLHP completion as of its cut-off, for instruments that score it. */
  tlhpCompletion: number;
}) {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const number = (value: number) => formatNumber(locale, value);
  const results = useMemo(
    () => predicates.map((predicate) => evaluatePredicate(definition, score, predicate, null)),
    [definition, score],
  );
  // The advisor re-scores many times; it may lag a keystroke behind.
  const deferredAnswers = useDeferredValue(answers);
  const advice = useMemo(
    () => adviseGaps(definition, deferredAnswers, target, { maxSteps: 5, tlhpCompletion }),
    [definition, deferredAnswers, target, tlhpCompletion],
  );
  const headline = (label: string, value: number | null, testId?: string) =>
    value === null ? null : (
      <Stack sx={{ justifyContent: 'space-between' }} direction="row">
        <Typography variant="body2">{label}</Typography>
        <Typography variant="body2" sx={{ fontWeight: 600 }} data-testid={testId}>
          {number(value)}
        </Typography>
      </Stack>
    );
  return (
    <Card
      sx={{ width: { xs: '100%', xl: 340 }, flexShrink: 0, alignSelf: 'flex-start' }}
      data-testid="score-panel"
    >
      <CardContent>
        <Typography variant="overline">
          {translate('zi.score.title', { layer: translate(`zi.layer.${layer}`) })}
        </Typography>
        <Typography variant="h4" data-testid="score-total">
          {number(score.total)}
        </Typography>
        <Stack spacing={0.5} sx={{ my: 1 }}>
          {headline(translate('zi.score.pengungkit'), score.pengungkit)}
          {headline(translate('zi.score.pemenuhan'), score.pemenuhan)}
          {headline(translate('zi.score.reform'), score.reform)}
          {headline(translate('zi.score.hasil'), score.hasil)}
        </Stack>
        <Typography variant="caption">
          {translate('zi.score.answered', { answered: score.answered, total: score.itemCount })}
        </Typography>
        <LinearProgress
          aria-label={translate('zi.score.answered', { answered: score.answered, total: score.itemCount })}
          variant="determinate"
          value={(score.answered / Math.max(score.itemCount, 1)) * 100}
          sx={{ mb: 2 }}
        />
        <Divider />
        <Typography variant="subtitle2" sx={{ mt: 1 }}>
          {translate('zi.score.areas')}
        </Typography>
        {score.areas.map((area) => (
          <Box key={area.key} sx={{ my: 0.5 }}>
            <Stack sx={{ justifyContent: 'space-between' }} direction="row">
              <Typography variant="caption">{area.name}</Typography>
              <Typography variant="caption">
                {number(area.points)} / {number(area.weight)} ({formatNumber(locale, area.percent * 100, 1)}%)
              </Typography>
            </Stack>
            <LinearProgress
              aria-label={area.name}
              variant="determinate"
              value={Math.min(100, area.percent * 100)}
            />
          </Box>
        ))}
        <Divider sx={{ my: 1 }} />
        {results.map((result) => (
          <Box key={result.predicate} sx={{ mb: 1 }} data-testid={`criteria-${result.predicate}`}>
            <Typography variant="subtitle2" color={result.met ? 'success.main' : 'text.primary'}>
              {result.predicate}: {translate(result.met ? 'zi.score.met' : 'zi.score.not_met')}
            </Typography>
            {result.criteria.map((criterion) => (
              <Typography
                key={`${criterion.key}/${criterion.area ?? ''}`}
                variant="caption"
                component="div"
                color={criterion.met ? 'success.main' : 'error.main'}
              >
                {criterion.met ? '✓' : '✗'} {criterion.label}:{' '}
                {number(criterion.unit === 'percent' ? criterion.actual * 100 : criterion.actual)}
                {criterion.unit === 'percent' ? '%' : ''}
                {criterion.met
                  ? ''
                  : ` (${translate('zi.score.gap', { gap: formatGapNumber(locale, criterion.gap) })})`}
              </Typography>
            ))}
          </Box>
        ))}
        <Divider sx={{ my: 1 }} />
        <Typography variant="subtitle2">{translate('zi.score.advice', { target })}</Typography>
        {advice.steps.length === 0 ? (
          <Typography variant="caption">
            {translate(advice.reachable ? 'zi.score.no_advice' : 'zi.score.unreachable')}
          </Typography>
        ) : (
          advice.steps.map((step) => (
            <Typography key={step.item} variant="caption" component="div" data-testid="advice-step">
              {translate('zi.score.step', {
                item: step.item,
                from: step.from,
                to: step.to,
                gain: number(step.gain),
              })}
            </Typography>
          ))
        )}
      </CardContent>
    </Card>
  );
}
