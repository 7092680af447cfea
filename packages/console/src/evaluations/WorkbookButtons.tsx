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
import type { ResultOf } from 'gql.tada';
import { useState } from 'react';
import { useNotify, useRefresh, useTranslate } from 'react-admin';
import { downloadBase64, evaluationFileName, fileToBase64 } from '../providers/files.ts';
import { gql, request } from '../providers/graphql.ts';

const Workbook = gql(
  'query Workbook($id: Int!, $layer: Layer!) { evaluationWorkbook(evaluationId: $id, layer: $layer) }',
);
const PreviewImport = gql(`mutation PreviewWorkbookImport($id: Int!, $layer: Layer!, $file: String!) {
  previewWorkbookImport(evaluationId: $id, layer: $layer, file: $file) {
    changes { item row before after } unchanged problems { row item message } } }`);
const CommitImport = gql(`mutation ImportWorkbook($id: Int!, $layer: Layer!, $file: String!) {
  importWorkbook(evaluationId: $id, layer: $layer, file: $file) { layer } }`);

type Preview = ResultOf<typeof PreviewImport>['previewWorkbookImport'];

/** An answer of the preview (JSON: option, score or inputs) as the worksheet shows it. */
const shown = (json: unknown) => {
  const answer = (json ?? {}) as { option?: string | null; score?: number | null; inputs?: object | null };
  return (
    String(
      answer.option ?? answer.score ?? (answer.inputs ? Object.values(answer.inputs).join(' / ') : ''),
    ) || '—'
  );
};

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
    try {
      const { evaluationWorkbook } = await request(Workbook, { id: evaluation.id, layer });
      downloadBase64(evaluationWorkbook, evaluationFileName('LKE-ZI', evaluation, 'xlsx', layer));
    } catch (error) {
      notify((error as Error).message, { type: 'error' });
    }
  }

  async function choose(chosen: File | undefined) {
    if (!chosen) return;
    const content = await fileToBase64(chosen);
    setFile(content);
    try {
      const data = await request(PreviewImport, { id: evaluation.id, layer, file: content });
      setPreview(data.previewWorkbookImport);
    } catch (error) {
      setPreview(null);
      notify((error as Error).message, { type: 'error' });
    }
  }

  async function commit() {
    if (!file) return;
    try {
      await request(CommitImport, { id: evaluation.id, layer, file });
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
