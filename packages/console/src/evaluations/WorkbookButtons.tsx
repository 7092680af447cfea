import FileDownloadIcon from '@mui/icons-material/FileDownload';
import FileUploadIcon from '@mui/icons-material/FileUpload';
import {
  Alert,
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
} from '@mui/material';
import type { Layer } from '@zi/schema';
import { useState } from 'react';
import { useNotify, useRefresh, useTranslate } from 'react-admin';
import { downloadBase64, evaluationFileName, fileToBase64 } from '../providers/files.ts';
import { graphql } from '../providers/graphql.ts';

interface Preview {
  changes: { item: string; row: number; before: Record<string, unknown>; after: Record<string, unknown> }[];
  unchanged: number;
  problems: { row: number; item: string | null; message: string }[];
}

const shown = (answer: Record<string, unknown>) =>
  String(
    answer.option ??
      answer.score ??
      (answer.inputs ? Object.values(answer.inputs as object).join(' / ') : '') ??
      '',
  ) || '—';

/** Download the layer as the official LKE workbook, or import a filled one after seeing what it changes. */
export function WorkbookButtons({
  evaluation,
  layer,
  canImport,
  onImported,
}: {
  evaluation: { id: number; year: number; unit: { code: string } };
  layer: Layer;
  canImport: boolean;
  onImported: () => void;
}) {
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const [file, setFile] = useState<string | null>(null);
  const [preview, setPreview] = useState<Preview | null>(null);
  const [open, setOpen] = useState(false);

  async function download() {
    const { evaluationWorkbook } = await graphql<{ evaluationWorkbook: string }>(
      'query Workbook($id: Int!, $layer: Layer!) { evaluationWorkbook(evaluationId: $id, layer: $layer) }',
      { id: evaluation.id, layer },
    );
    downloadBase64(evaluationWorkbook, evaluationFileName('LKE-ZI', evaluation, 'xlsx', layer));
  }

  async function choose(chosen: File | undefined) {
    if (!chosen) return;
    const content = await fileToBase64(chosen);
    setFile(content);
    try {
      const data = await graphql<{ previewWorkbookImport: Preview }>(
        `mutation Preview($id: Int!, $layer: Layer!, $file: String!) {
          previewWorkbookImport(evaluationId: $id, layer: $layer, file: $file) {
            changes { item row before after } unchanged problems { row item message } } }`,
        { id: evaluation.id, layer, file: content },
      );
      setPreview(data.previewWorkbookImport);
    } catch (error) {
      setPreview(null);
      notify((error as Error).message, { type: 'error' });
    }
  }

  async function commit() {
    try {
      await graphql(
        'mutation Import($id: Int!, $layer: Layer!, $file: String!) { importWorkbook(evaluationId: $id, layer: $layer, file: $file) { layer } }',
        { id: evaluation.id, layer, file },
      );
      notify('zi.workbook.imported', {
        type: 'success',
        messageArgs: { smart_count: preview?.changes.length ?? 0 },
      });
      setOpen(false);
      setPreview(null);
      refresh();
      onImported();
    } catch (error) {
      notify((error as Error).message, { type: 'error' });
    }
  }

  return (
    <>
      <Button startIcon={<FileDownloadIcon />} onClick={download} data-testid="workbook-export">
        {translate('zi.workbook.export', { layer: translate(`zi.layer.${layer}`) })}
      </Button>
      {canImport && (
        <Button startIcon={<FileUploadIcon />} onClick={() => setOpen(true)} data-testid="workbook-import">
          {translate('zi.workbook.import', { layer: translate(`zi.layer.${layer}`) })}
        </Button>
      )}
      <Dialog open={open} onClose={() => setOpen(false)} maxWidth="md" fullWidth>
        <DialogTitle>
          {translate('zi.workbook.import', { layer: translate(`zi.layer.${layer}`) })}
        </DialogTitle>
        <DialogContent>
          <input
            type="file"
            accept=".xlsx"
            data-testid="workbook-file"
            onChange={(event) => choose(event.target.files?.[0])}
          />
          {preview && (
            <>
              <Alert
                severity={preview.problems.length ? 'warning' : 'info'}
                sx={{ my: 1 }}
                data-testid="workbook-summary"
              >
                {translate('zi.workbook.summary', {
                  changed: preview.changes.length,
                  unchanged: preview.unchanged,
                  problems: preview.problems.length,
                })}
              </Alert>
              <Table size="small">
                <TableHead>
                  <TableRow>
                    <TableCell>{translate('zi.tlhp.line')}</TableCell>
                    <TableCell>{translate('zi.lke.code')}</TableCell>
                    <TableCell>{translate('zi.tlhp.detail')}</TableCell>
                  </TableRow>
                </TableHead>
                <TableBody>
                  {preview.problems.map((problem) => (
                    <TableRow key={`p${problem.row}${problem.item}`}>
                      <TableCell>{problem.row}</TableCell>
                      <TableCell>{problem.item}</TableCell>
                      <TableCell sx={{ color: 'error.main' }}>{problem.message}</TableCell>
                    </TableRow>
                  ))}
                  {preview.changes.map((change) => (
                    <TableRow key={`c${change.item}`}>
                      <TableCell>{change.row}</TableCell>
                      <TableCell>{change.item}</TableCell>
                      <TableCell>
                        {shown(change.before)} → {shown(change.after)}
                      </TableCell>
                    </TableRow>
                  ))}
                </TableBody>
              </Table>
            </>
          )}
        </DialogContent>
        <DialogActions>
          <Button onClick={() => setOpen(false)}>{translate('ra.action.cancel')}</Button>
          <Button
            variant="contained"
            disabled={!preview || preview.problems.length > 0 || preview.changes.length === 0}
            onClick={commit}
            data-testid="workbook-confirm"
          >
            {translate('zi.tlhp.import_confirm')}
          </Button>
        </DialogActions>
      </Dialog>
    </>
  );
}
