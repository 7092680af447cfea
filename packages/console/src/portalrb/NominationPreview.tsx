import PictureAsPdfIcon from '@mui/icons-material/PictureAsPdf';
import {
  Alert,
  Button,
  Chip,
  LinearProgress,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
} from '@mui/material';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useLocaleState, useNotify, useTranslate } from 'react-admin';
import { ApiErrorAlert } from '../ApiErrorAlert.tsx';
import { formatDate } from '../i18n/format.ts';
import { downloadBase64 } from '../providers/files.ts';
import { request } from '../providers/graphql.ts';
import { NominationLetterPdf, PortalrbAnswers, PortalrbPreview } from './api.ts';
import { JsonDialog } from './JsonDialog.tsx';

/** `count/of`, with a warning naming how many are missing. */
function CountCell({ count, of, missing }: { count: number; of: number; missing: string }) {
  const translate = useTranslate();
  return (
    <TableCell>
      {count}/{of}
      {count < of && (
        <Chip size="small" color="warning" sx={{ ml: 1 }} label={translate(missing, { count: of - count })} />
      )}
    </TableCell>
  );
}

/**
 * The WBK and WBBM lists of a year as PortalRB will take them, each unit's readiness and progress, what
 * PortalRB last took and whether the unit changed since, the exact JSON, and the nomination letter.
 */
export function NominationPreview({ agencyId, year }: { agencyId: number; year: number }) {
  const translate = useTranslate();
  const notify = useNotify();
  const [locale] = useLocaleState();
  const preview = useQuery({
    queryKey: ['portalrbPreview', agencyId, year],
    queryFn: ({ signal }) => request(PortalrbPreview, { agencyId, year }, signal),
  });
  const [shown, setShown] = useState<{ unit: string; json: unknown }>();
  const answers = useMutation({
    mutationFn: async ({ id }: { id: number; unit: string }) =>
      (await request(PortalrbAnswers, { id })).evaluation.portalrbAnswers,
    onSuccess: (json, { unit }) => setShown({ unit, json }),
    onError: (error) => notify(error.message, { type: 'error' }),
  });
  const letter = useMutation({
    mutationFn: async () =>
      (await request(NominationLetterPdf, { agencyId, year })).portalrbNominationLetterPdf,
    onSuccess: (pdf) => downloadBase64(pdf, `Surat-Usulan-ZI_${year}.pdf`, 'application/pdf'),
    onError: (error) => notify(error.message, { type: 'error' }),
  });
  const agency = preview.data?.agency;
  if (preview.error) return <ApiErrorAlert error={preview.error} testId="portalrb-preview-error" />;
  if (!agency) return <LinearProgress aria-label={translate('ra.page.loading')} />;
  return (
    <>
      <Stack direction="row" spacing={1} sx={{ mb: 1, alignItems: 'center' }}>
        <Button
          startIcon={<PictureAsPdfIcon />}
          onClick={() => letter.mutate()}
          disabled={letter.isPending}
          data-testid="portalrb-letter"
        >
          {translate('zi.portalrb.letter')}
        </Button>
        {!agency.portalrbWbbmEligible && (
          <Alert severity="info" sx={{ py: 0 }}>
            {translate('zi.portalrb.wbbm_not_eligible', { year })}
          </Alert>
        )}
      </Stack>
      {agency.portalrbNominations.length === 0 ? (
        <Alert severity="info">{translate('zi.portalrb.none_proposed', { year })}</Alert>
      ) : (
        <Table size="small" data-testid="portalrb-preview">
          <TableHead>
            <TableRow>
              {['list', 'unit', 'stage', 'ready', 'answered', 'evidence', 'fetched', ''].map((column) => (
                <TableCell key={column}>{column && translate(`zi.portalrb.column.${column}`)}</TableCell>
              ))}
            </TableRow>
          </TableHead>
          <TableBody>
            {agency.portalrbNominations.map(({ evaluation, ...row }) => {
              const { progress } = evaluation;
              const met =
                row.predicate === 'WBBM' ? evaluation.predicate.wbbm.met : evaluation.predicate.wbk.met;
              return (
                <TableRow key={evaluation.id} data-testid={`portalrb-row-${evaluation.unit.code}`}>
                  <TableCell>{row.kategori}</TableCell>
                  <TableCell>{evaluation.unit.name}</TableCell>
                  <TableCell>{translate(`zi.stage.${evaluation.stage}`)}</TableCell>
                  <TableCell>
                    <Chip
                      size="small"
                      color={met ? 'success' : 'warning'}
                      label={translate(met ? 'zi.portalrb.ready' : 'zi.portalrb.not_ready')}
                    />
                  </TableCell>
                  <CountCell count={progress.answered} of={progress.items} missing="zi.portalrb.unanswered" />
                  <CountCell
                    count={progress.withEvidence}
                    of={progress.items}
                    missing="zi.portalrb.without_evidence"
                  />
                  <TableCell>
                    {row.lastFetchAt ? formatDate(locale, row.lastFetchAt) : translate('zi.portalrb.never')}
                    {row.changedSinceFetch && (
                      <Chip
                        size="small"
                        color="info"
                        sx={{ ml: 1 }}
                        label={translate('zi.portalrb.changed')}
                        data-testid={`portalrb-changed-${evaluation.unit.code}`}
                      />
                    )}
                  </TableCell>
                  <TableCell>
                    <Button
                      size="small"
                      onClick={() => answers.mutate({ id: evaluation.id, unit: evaluation.unit.name })}
                    >
                      JSON
                    </Button>
                  </TableCell>
                </TableRow>
              );
            })}
          </TableBody>
        </Table>
      )}
      <JsonDialog title={shown?.unit ?? ''} value={shown?.json} onClose={() => setShown(undefined)} />
    </>
  );
}
