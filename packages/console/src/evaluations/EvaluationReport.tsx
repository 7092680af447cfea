import PictureAsPdfIcon from '@mui/icons-material/PictureAsPdf';
import PrintIcon from '@mui/icons-material/Print';
import { Alert, Box, Button, LinearProgress, Stack } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useRef } from 'react';
import { Title, useGetOne, useNotify, useTranslate } from 'react-admin';
import { useParams } from 'react-router';
import { downloadBase64, evaluationFileName } from '../providers/files.ts';
import { gql, request } from '../providers/graphql.ts';

/** The printable report as the API writes it, with printing and the Chromium-rendered PDF. */
const Report = gql('query Report($id: Int!) { evaluationReport(evaluationId: $id) }');
const ReportPdf = gql('query ReportPdf($id: Int!) { evaluationReportPdf(evaluationId: $id) }');

export function EvaluationReport() {
  const id = Number(useParams().id);
  const translate = useTranslate();
  const notify = useNotify();
  const frame = useRef<HTMLIFrameElement>(null);
  const { data: evaluation } = useGetOne<{ id: number; year: number; unit: { code: string } }>(
    'evaluations',
    {
      id,
    },
  );
  const report = useQuery({
    queryKey: ['evaluationReport', id],
    queryFn: async ({ signal }) => (await request(Report, { id }, signal)).evaluationReport,
  });
  const html = report.data ?? null;
  async function pdf() {
    try {
      const { evaluationReportPdf } = await request(ReportPdf, { id });
      const name = evaluation ? evaluationFileName('Laporan-Evaluasi-ZI', evaluation, 'pdf') : `${id}.pdf`;
      downloadBase64(evaluationReportPdf, name, 'application/pdf');
    } catch (error) {
      notify((error as Error).message, { type: 'error' });
    }
  }
  return (
    <Box sx={{ p: 2 }}>
      <Title title={translate('zi.report.title')} />
      <Stack direction="row" spacing={1} sx={{ mb: 1 }}>
        <Button
          startIcon={<PrintIcon />}
          onClick={() => frame.current?.contentWindow?.print()}
          disabled={!html}
        >
          {translate('zi.report.print')}
        </Button>
        <Button startIcon={<PictureAsPdfIcon />} onClick={pdf} disabled={!html} data-testid="report-pdf">
          {translate('zi.report.pdf')}
        </Button>
      </Stack>
      {report.error ? (
        <Alert severity="error" data-testid="report-error">
          {report.error.message}
        </Alert>
      ) : html ? (
        <iframe
          ref={frame}
          title={translate('zi.report.title')}
          srcDoc={html}
          style={{
            width: '100%',
            height: 'calc(100vh - 180px)',
            border: '1px solid #ddd',
            background: '#fff',
          }}
          data-testid="report-frame"
        />
      ) : (
        <LinearProgress aria-label={translate('ra.page.loading')} />
      )}
    </Box>
  );
}
