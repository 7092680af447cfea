import PictureAsPdfIcon from '@mui/icons-material/PictureAsPdf';
import PrintIcon from '@mui/icons-material/Print';
import { Box, Button, LinearProgress, Stack } from '@mui/material';
import { useEffect, useRef, useState } from 'react';
import { Title, useTranslate } from 'react-admin';
import { useParams } from 'react-router';
import { downloadBase64 } from '../providers/files.ts';
import { graphql } from '../providers/graphql.ts';

/** The printable report as the API writes it, with printing and the Chromium-rendered PDF. */
export function EvaluationReport() {
  const { id } = useParams();
  const translate = useTranslate();
  const frame = useRef<HTMLIFrameElement>(null);
  const [html, setHtml] = useState<string | null>(null);
  useEffect(() => {
    graphql<{ evaluationReport: string }>('query Report($id: Int!) { evaluationReport(evaluationId: $id) }', {
      id: Number(id),
    }).then((data) => setHtml(data.evaluationReport));
  }, [id]);
  async function pdf() {
    const { evaluationReportPdf } = await graphql<{ evaluationReportPdf: string }>(
      'query ReportPdf($id: Int!) { evaluationReportPdf(evaluationId: $id) }',
      { id: Number(id) },
    );
    downloadBase64(evaluationReportPdf, `laporan-evaluasi-${id}.pdf`, 'application/pdf');
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
      {html ? (
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
        <LinearProgress />
      )}
    </Box>
  );
}
