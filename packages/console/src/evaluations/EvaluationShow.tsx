import DescriptionIcon from '@mui/icons-material/Description';
import { Alert, AlertTitle, Box, Button, Chip, Stack, Typography } from '@mui/material';
import { itemsOf, type Role, reportReadProblem } from '@zi/schema';
import { useState } from 'react';
import {
  Loading,
  ShowBase,
  useLocaleState,
  usePermissions,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import { Link } from 'react-router';
import { formatDate, formatNumber } from '../i18n/format.ts';
import type { EvaluationDetail } from '../providers/dataProvider.ts';
import { TlhpPrerequisiteChip } from '../tlhp/PrerequisiteChip.tsx';
import { LkeGrid } from './lke/LkeGrid.tsx';
import { layerAccess } from './lke/sheet.ts';
import { StageButtons } from './StageButtons.tsx';
import { WorkbookButtons } from './WorkbookButtons.tsx';

function EvaluationPage() {
  const record = useRecordContext<EvaluationDetail>();
  const { permissions, isPending } = usePermissions<Role>();
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const [imports, setImports] = useState(0);
  // The list's row stands in until the evaluation with its instrument arrives.
  if (!record?.instrument || !record.nextStages || isPending || !permissions) return <Loading />;
  const access = layerAccess(permissions, record.stage);
  return (
    <Box sx={{ p: 2 }}>
      <Stack direction="row" spacing={2} sx={{ alignItems: 'center', mb: 1, flexWrap: 'wrap' }}>
        <Typography variant="h5" data-testid="evaluation-title">
          {record.unit.name} · {record.year}
        </Typography>
        <Chip label={translate(`zi.stage.${record.stage}`)} color="primary" data-testid="evaluation-stage" />
        <Chip
          label={translate('zi.evaluation.target', { predicate: record.targetPredicate })}
          variant="outlined"
        />
        <Typography variant="body2" color="text.secondary">
          {record.unit.agency.name}
        </Typography>
        <TlhpChip evaluation={record} />
      </Stack>
      <Stack direction="row" spacing={1} sx={{ mb: 2, flexWrap: 'wrap', alignItems: 'center' }}>
        <StageButtons evaluationId={record.id} nextStages={record.nextStages} />
        {reportReadProblem({ role: permissions }, record.stage) === null && (
          <Button
            component={Link}
            to={`/evaluations/${record.id}/report`}
            startIcon={<DescriptionIcon />}
            data-testid="evaluation-report"
          >
            {translate('zi.report.title')}
          </Button>
        )}
        <WorkbookButtons
          evaluation={record}
          layer={access.writable[0] ?? access.visible.at(-1) ?? 'UNIT'}
          canImport={access.writable.length > 0}
          onImported={() => setImports((count) => count + 1)}
        />
      </Stack>
      {record.decision && <OfficialResult evaluation={record} decision={record.decision} />}
      {/* A new key after an import reloads the worksheet's answers. */}
      <LkeGrid key={imports} evaluation={record} role={permissions} />
      <Typography variant="subtitle2" sx={{ mt: 2 }}>
        {translate('zi.evaluation.history')}
      </Typography>
      {record.transitions.map((transition) => (
        <Typography key={transition.id} variant="caption" component="div">
          {formatDate(locale, transition.at)} · {translate(`zi.stage.${transition.toStage}`)}
          {transition.actor ? ` · ${transition.actor.name}` : ''}
          {transition.note ? ` — ${transition.note}` : ''}
        </Typography>
      ))}
    </Box>
  );
}

/**
 * A decided evaluation's official result above the worksheet, so the unit does not take its own layer's
 * live score for it: the stage, the awarded predicate, the decree and the counting layer's score as decided.
 */
function OfficialResult({
  evaluation,
  decision,
}: {
  evaluation: EvaluationDetail;
  decision: NonNullable<EvaluationDetail['decision']>;
}) {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const awarded = evaluation.awardedPredicate;
  return (
    <Alert severity={awarded ? 'success' : 'info'} sx={{ mb: 2 }} data-testid="evaluation-official">
      <AlertTitle>
        {translate(`zi.stage.${decision.stage}`)}
        {awarded ? ` · ${awarded}` : ''}
      </AlertTitle>
      {translate('zi.evaluation.official', {
        layer: translate(`zi.layer.${decision.layer}`),
        total: formatNumber(locale, decision.score.total),
        date: formatDate(locale, decision.decidedAt),
      })}
      {evaluation.decreeNumber &&
        ` ${translate('zi.evaluation.decree', {
          number: evaluation.decreeNumber,
          date: evaluation.decreeDate ? formatDate(locale, evaluation.decreeDate) : '—',
        })}`}
    </Alert>
  );
}

/** The 2021 prerequisite (every follow-up done) or, under the 2014 rules, the points the completion scores. */
function TlhpChip({ evaluation }: { evaluation: EvaluationDetail }) {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const { completion } = evaluation.tlhp;
  const percent = `${formatNumber(locale, completion * 100, 1)}%`;
  const { definition } = evaluation.instrument;
  const derived = itemsOf(definition).find((item) =>
    definition.derivedItems?.some((each) => each.item === item.code),
  );
  if (derived)
    return (
      <Chip
        variant="outlined"
        label={translate('zi.tlhp.points', {
          points: formatNumber(locale, completion * (derived.weight ?? 0)),
          percent,
        })}
        data-testid="evaluation-tlhp"
      />
    );
  return (
    <TlhpPrerequisiteChip
      completion={completion}
      asOf={evaluation.proposedAt}
      data-testid="evaluation-tlhp"
    />
  );
}

export function EvaluationShow() {
  return (
    <ShowBase>
      <EvaluationPage />
    </ShowBase>
  );
}
