import {
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
import { useTranslate } from 'react-admin';

/** One answer someone else saved first, as the API's CONFLICT error lists it. */
export interface Conflict {
  evaluationId: number;
  layer: Layer;
  expectedVersion: number;
  current: {
    item: string;
    option?: string | null;
    inputs?: Record<string, number | null> | null;
    score?: number | null;
    note?: string | null;
    evidence?: string[];
    version: number;
  };
}

const shown = (answer: Conflict['current']) =>
  answer.option ?? answer.score ?? (answer.inputs ? Object.values(answer.inputs).join(' / ') : '—');

/** Which cells someone else changed, and for each: take theirs or keep mine. */
export function ConflictDialog({
  conflicts,
  onResolve,
}: {
  conflicts: Conflict[];
  onResolve: (conflict: Conflict, keep: 'mine' | 'theirs') => void;
}) {
  const translate = useTranslate();
  const resolveAll = (keep: 'mine' | 'theirs') => {
    for (const conflict of conflicts) onResolve(conflict, keep);
  };
  return (
    <Dialog open={conflicts.length > 0} maxWidth="md" fullWidth data-testid="conflict-dialog">
      <DialogTitle>{translate('zi.conflict.title', { smart_count: conflicts.length })}</DialogTitle>
      <DialogContent>
        {translate('zi.conflict.explain')}
        <Table size="small">
          <TableHead>
            <TableRow>
              <TableCell>{translate('zi.lke.code')}</TableCell>
              <TableCell>{translate('zi.conflict.layer')}</TableCell>
              <TableCell>{translate('zi.conflict.theirs')}</TableCell>
              <TableCell />
            </TableRow>
          </TableHead>
          <TableBody>
            {conflicts.map((conflict) => (
              <TableRow key={`${conflict.layer}/${conflict.current.item}`}>
                <TableCell>{conflict.current.item}</TableCell>
                <TableCell>{translate(`zi.layer.${conflict.layer}`)}</TableCell>
                <TableCell data-testid="conflict-theirs">{String(shown(conflict.current))}</TableCell>
                <TableCell align="right">
                  <Button size="small" onClick={() => onResolve(conflict, 'theirs')}>
                    {translate('zi.conflict.take_theirs')}
                  </Button>
                  <Button size="small" onClick={() => onResolve(conflict, 'mine')}>
                    {translate('zi.conflict.keep_mine')}
                  </Button>
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </DialogContent>
      <DialogActions>
        <Button onClick={() => resolveAll('theirs')}>{translate('zi.conflict.all_theirs')}</Button>
        <Button variant="contained" onClick={() => resolveAll('mine')}>
          {translate('zi.conflict.all_mine')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
