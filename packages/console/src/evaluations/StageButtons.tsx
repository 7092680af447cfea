import {
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  Stack,
  TextField,
  Tooltip,
} from '@mui/material';
import { useState } from 'react';
import { useNotify, useRefresh, useTranslate } from 'react-admin';
import type { EvaluationDetail } from '../providers/dataProvider.ts';
import { gql, request } from '../providers/graphql.ts';

type NextStage = EvaluationDetail['nextStages'][number];

const Transition = gql(`mutation Transition($id: Int!, $to: Stage!, $note: String, $decree: String) {
  transitionStage(evaluationId: $id, to: $to, note: $note, decreeNumber: $decree) { id stage } }`);

/** A button per stage the evaluation can move to; a disabled one says why on hover. */
export function StageButtons({
  evaluationId,
  nextStages,
}: {
  evaluationId: number;
  nextStages: NextStage[];
}) {
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const [asking, setAsking] = useState<NextStage | null>(null);
  const [note, setNote] = useState('');
  const [decree, setDecree] = useState('');

  async function move(next: NextStage, withNote: string | null) {
    try {
      await request(Transition, { id: evaluationId, to: next.to, note: withNote, decree: decree || null });
      notify('zi.stage.moved', { type: 'success', messageArgs: { stage: translate(`zi.stage.${next.to}`) } });
      setAsking(null);
      refresh();
    } catch (error) {
      notify((error as Error).message, { type: 'error' });
    }
  }

  return (
    <Stack direction="row" spacing={1} sx={{ flexWrap: 'wrap' }}>
      {nextStages.map((next) => (
        <Tooltip key={next.to} title={next.allowed ? '' : next.blockers.join('; ')}>
          <span>
            <Button
              variant="outlined"
              disabled={!next.allowed && !next.noteLiftsBlockers}
              onClick={() =>
                next.requiresNote || next.noteLiftsBlockers || next.to === 'DITETAPKAN'
                  ? setAsking(next)
                  : move(next, null)
              }
              data-testid={`stage-${next.to}`}
            >
              {translate('zi.stage.move_to', { stage: translate(`zi.stage.${next.to}`) })}
            </Button>
          </span>
        </Tooltip>
      ))}
      <Dialog open={asking !== null} onClose={() => setAsking(null)} fullWidth>
        <DialogTitle>
          {asking && translate('zi.stage.move_to', { stage: translate(`zi.stage.${asking.to}`) })}
        </DialogTitle>
        <DialogContent>
          <TextField
            label={translate('zi.stage.note')}
            required={asking?.requiresNote || asking?.noteLiftsBlockers}
            helperText={asking?.noteLiftsBlockers ? asking.blockers.join('; ') : undefined}
            value={note}
            onChange={(event) => setNote(event.target.value)}
            fullWidth
            multiline
            margin="dense"
          />
          {asking?.to === 'DITETAPKAN' && (
            <TextField
              label={translate('zi.stage.decree')}
              value={decree}
              onChange={(event) => setDecree(event.target.value)}
              fullWidth
              margin="dense"
            />
          )}
        </DialogContent>
        <DialogActions>
          <Button onClick={() => setAsking(null)}>{translate('ra.action.cancel')}</Button>
          <Button
            variant="contained"
            disabled={Boolean(asking?.requiresNote || asking?.noteLiftsBlockers) && !note.trim()}
            onClick={() => asking && move(asking, note.trim() || null)}
          >
            {translate('ra.action.confirm')}
          </Button>
        </DialogActions>
      </Dialog>
    </Stack>
  );
}
