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
  Typography,
} from '@mui/material';
import { useState } from 'react';
import { useLocaleState, useNotify, useTranslate } from 'react-admin';
import { formatDate, formatNumber } from '../i18n/format.ts';
import { type ImportPlan, importFile } from './api.ts';

/** Choose a follow-up list, see what it would create, update and reject, then confirm: nothing is written before. */
export function ImportDialog({
  open,
  onClose,
  onImported,
}: {
  open: boolean;
  onClose: () => void;
  onImported: () => void;
}) {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  /** A changed value as the grid shows it: a status by its name, an amount in rupiah, a date in words. */
  const shown = (field: string, value: unknown) => {
    if (value === null || value === undefined || value === '') return '—';
    if (field === 'status') return translate(`zi.tlhp.status.${value}`);
    if (field === 'amount' || field === 'recoveredAmount') return `Rp ${formatNumber(locale, Number(value))}`;
    if (field === 'dueDate') return formatDate(locale, String(value));
    return String(value);
  };
  const notify = useNotify();
  const [file, setFile] = useState<File | null>(null);
  const [plan, setPlan] = useState<ImportPlan | null>(null);
  const [busy, setBusy] = useState(false);

  const close = () => {
    setFile(null);
    setPlan(null);
    onClose();
  };

  async function run(commit: boolean, chosen: File) {
    setBusy(true);
    try {
      const result = await importFile(chosen, commit);
      if (commit) {
        notify('zi.tlhp.imported', {
          type: 'success',
          messageArgs: { created: result.create.length, updated: result.update.length },
        });
        onImported();
        close();
      } else setPlan(result);
    } catch (error) {
      notify((error as Error).message, { type: 'error' });
    } finally {
      setBusy(false);
    }
  }

  return (
    <Dialog open={open} onClose={close} maxWidth="md" fullWidth data-testid="tlhp-import-dialog">
      <DialogTitle>{translate('zi.tlhp.import_title')}</DialogTitle>
      <DialogContent>
        <Typography variant="body2" sx={{ mb: 1 }}>
          {translate('zi.tlhp.import_explain')}
        </Typography>
        <input
          type="file"
          accept=".xlsx,.csv"
          data-testid="tlhp-import-file"
          onChange={(event) => {
            const chosen = event.target.files?.[0] ?? null;
            setFile(chosen);
            setPlan(null);
            if (chosen) run(false, chosen);
          }}
        />
        {plan && (
          <>
            <Alert
              severity={plan.reject.length ? 'warning' : 'info'}
              sx={{ my: 1 }}
              data-testid="tlhp-import-summary"
            >
              {translate('zi.tlhp.import_summary', {
                created: plan.create.length,
                updated: plan.update.length,
                unchanged: plan.unchanged,
                rejected: plan.reject.length,
              })}
            </Alert>
            <Table size="small">
              <TableHead>
                <TableRow>
                  <TableCell>{translate('zi.tlhp.line')}</TableCell>
                  <TableCell>{translate('zi.tlhp.action')}</TableCell>
                  <TableCell>{translate('zi.tlhp.detail')}</TableCell>
                </TableRow>
              </TableHead>
              <TableBody>
                {plan.reject.map((problem) => (
                  <TableRow key={`r${problem.line}${problem.column}`} sx={{ bgcolor: 'error.50' }}>
                    <TableCell>{problem.line}</TableCell>
                    <TableCell>{translate('zi.tlhp.reject')}</TableCell>
                    <TableCell>
                      {problem.column ? `${problem.column}: ` : ''}
                      {problem.message}
                    </TableCell>
                  </TableRow>
                ))}
                {plan.create.map((row) => (
                  <TableRow key={`c${row.line}`}>
                    <TableCell>{row.line}</TableCell>
                    <TableCell>{translate('zi.tlhp.create')}</TableCell>
                    <TableCell>
                      {row.reportNumber} · {row.findingNumber}.{row.recommendationNumber}{' '}
                      {row.recommendationText} ({translate(`zi.tlhp.status.${row.status}`)})
                    </TableCell>
                  </TableRow>
                ))}
                {plan.update.map((update) => (
                  <TableRow key={`u${update.row.line}`}>
                    <TableCell>{update.row.line}</TableCell>
                    <TableCell>{translate('zi.tlhp.update')}</TableCell>
                    <TableCell>
                      {update.row.reportNumber} · {update.row.findingNumber}.{update.row.recommendationNumber}
                      :{' '}
                      {Object.entries(update.changes as Record<string, { from: unknown; to: unknown }>)
                        .map(
                          ([field, change]) =>
                            `${translate(`zi.tlhp.field.${field}`)} ${shown(field, change.from)} → ${shown(field, change.to)}`,
                        )
                        .join('; ')}
                    </TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </>
        )}
      </DialogContent>
      <DialogActions>
        <Button onClick={close}>{translate('ra.action.cancel')}</Button>
        <Button
          variant="contained"
          disabled={
            !file || !plan || busy || plan.reject.length > 0 || plan.create.length + plan.update.length === 0
          }
          onClick={() => file && run(true, file)}
          data-testid="tlhp-import-confirm"
        >
          {translate('zi.tlhp.import_confirm')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
