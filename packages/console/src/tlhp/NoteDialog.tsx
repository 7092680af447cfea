import { Button, Dialog, DialogActions, DialogContent, DialogTitle, TextField } from '@mui/material';
import { useState } from 'react';
import { useTranslate } from 'react-admin';

/** TIDAK_DAPAT_DITINDAKLANJUTI needs the reason why. */
export function NoteDialog({
  open,
  onCancel,
  onConfirm,
}: {
  open: boolean;
  onCancel: () => void;
  onConfirm: (note: string) => void;
}) {
  const translate = useTranslate();
  const [note, setNote] = useState('');
  return (
    <Dialog open={open} onClose={onCancel} fullWidth>
      <DialogTitle>{translate('zi.tlhp.note_title')}</DialogTitle>
      <DialogContent>
        <TextField
          label={translate('zi.tlhp.note')}
          value={note}
          onChange={(event) => setNote(event.target.value)}
          required
          multiline
          fullWidth
          margin="dense"
        />
      </DialogContent>
      <DialogActions>
        <Button onClick={onCancel}>{translate('ra.action.cancel')}</Button>
        <Button
          variant="contained"
          disabled={!note.trim()}
          onClick={() => {
            onConfirm(note.trim());
            setNote('');
          }}
        >
          {translate('ra.action.confirm')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
