import { Button, Dialog, DialogActions, DialogContent, DialogTitle } from '@mui/material';
import { useTranslate } from 'react-admin';

/** JSON as PortalRB receives it, pretty-printed. */
export function JsonDialog({
  title,
  value,
  onClose,
}: {
  title: string;
  value: unknown;
  onClose: () => void;
}) {
  const translate = useTranslate();
  return (
    <Dialog open={value !== undefined} onClose={onClose} fullWidth maxWidth="md">
      <DialogTitle>{title}</DialogTitle>
      <DialogContent>
        <pre style={{ fontSize: 12, whiteSpace: 'pre-wrap', margin: 0 }} data-testid="portalrb-json">
          {JSON.stringify(value, null, 2)}
        </pre>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{translate('ra.action.close')}</Button>
      </DialogActions>
    </Dialog>
  );
}
