import {
  Alert,
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  MenuItem,
  Stack,
  TextField,
  Typography,
} from '@mui/material';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Layer, ReviewedAnswer, ReviewStatus, Role, Stage } from '@zi/schema';
import { changesSinceNote, reviewWriteProblem, revisionWriteProblem } from '@zi/schema';
import { useEffect, useState } from 'react';
import { useLocaleState, useNotify, useTranslate } from 'react-admin';
import { formatDate } from '../../i18n/format.ts';
import { request } from '../../providers/graphql.ts';
import { type ItemReview, MarkItemsRevised, ReviewItems } from './reviews.ts';

/**
 * One item's review of one layer: the reviewer judges it (SESUAI, or PERLU_PERBAIKAN with a note); the
 * layer's owner reads the note and marks the item revised once fixed.
 */
export function ReviewDialog({
  evaluationId,
  layer,
  item,
  review,
  current,
  role,
  stage,
  onClose,
}: {
  evaluationId: number;
  layer: Layer;
  item: string | null;
  review: ItemReview | undefined;
  /** The item as it stands now, to show what changed since it was sent back. */
  current: ReviewedAnswer | null;
  role: Role;
  stage: Stage;
  onClose: () => void;
}) {
  const translate = useTranslate();
  const notify = useNotify();
  const [locale] = useLocaleState();
  const queryClient = useQueryClient();
  const [status, setStatus] = useState<ReviewStatus>('SESUAI');
  const [note, setNote] = useState('');
  useEffect(() => {
    setStatus((review?.status as ReviewStatus | undefined) ?? 'SESUAI');
    setNote(review?.note ?? '');
  }, [review]);
  const done = (messageKey: string) => {
    notify(messageKey, { type: 'success' });
    queryClient.invalidateQueries({ queryKey: ['reviews', evaluationId] });
    onClose();
  };
  const judge = useMutation({
    mutationFn: () =>
      request(ReviewItems, {
        id: evaluationId,
        layer,
        reviews: [{ item: item ?? '', status, note: note || null }],
      }),
    onSuccess: () => done('zi.review.saved'),
  });
  const revise = useMutation({
    mutationFn: () => request(MarkItemsRevised, { id: evaluationId, layer, items: [item ?? ''] }),
    onSuccess: () => done('zi.review.marked_revised'),
  });
  const mayJudge = reviewWriteProblem({ role }, layer, stage) === null;
  const mayRevise =
    review && revisionWriteProblem({ role }, layer, stage, review.status as ReviewStatus) === null;
  const error = judge.error ?? revise.error;
  return (
    <Dialog open={item !== null} onClose={onClose} fullWidth maxWidth="sm">
      <DialogTitle>
        {translate('zi.review.title', { item: item ?? '', layer: translate(`zi.layer.${layer}`) })}
      </DialogTitle>
      <DialogContent>
        {review && (
          <Typography variant="body2" sx={{ mb: 2 }} data-testid="review-state">
            {translate(`zi.review.status.${review.status}`)}
            {review.note ? ` — ${review.note}` : ''} ({review.reviewedBy?.name},{' '}
            {formatDate(locale, review.reviewedAt)}
            {review.revisions ? `; ${translate('zi.review.revisions', { count: review.revisions })}` : ''}
            {review.revisedAt
              ? `; ${translate('zi.review.revised_on', { date: formatDate(locale, review.revisedAt) })}`
              : ''}
            )
          </Typography>
        )}
        {review?.answerAtNote != null && current && (
          <SinceNote atNote={review.answerAtNote as ReviewedAnswer} current={current} />
        )}
        {mayJudge && (
          <Stack spacing={2} sx={{ mt: 1 }}>
            <TextField
              select
              label={translate('zi.review.judgement')}
              value={status}
              onChange={(event) => setStatus(event.target.value as ReviewStatus)}
            >
              {(['SESUAI', 'PERLU_PERBAIKAN'] as const).map((each) => (
                <MenuItem key={each} value={each}>
                  {translate(`zi.review.status.${each}`)}
                </MenuItem>
              ))}
            </TextField>
            <TextField
              label={translate('zi.review.note')}
              value={note}
              onChange={(event) => setNote(event.target.value)}
              multiline
              minRows={2}
              required={status === 'PERLU_PERBAIKAN'}
            />
          </Stack>
        )}
        {error && (
          <Alert severity="error" sx={{ mt: 2 }} data-testid="review-error">
            {error.message}
          </Alert>
        )}
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{translate('ra.action.cancel')}</Button>
        {mayRevise && (
          <Button onClick={() => revise.mutate()} disabled={revise.isPending}>
            {translate('zi.review.mark_revised')}
          </Button>
        )}
        {mayJudge && (
          <Button variant="contained" onClick={() => judge.mutate()} disabled={judge.isPending}>
            {translate('zi.review.save')}
          </Button>
        )}
      </DialogActions>
    </Dialog>
  );
}

/** An answer's value as one line: its option, its score, or its % inputs. */
const valueText = (answer: ReviewedAnswer) =>
  answer.option ??
  (answer.score !== null
    ? String(answer.score)
    : answer.inputs
      ? Object.entries(answer.inputs)
          .map(([key, value]) => `${key} ${value ?? '–'}`)
          .join(', ')
      : '–');

/** What the layer's owner changed in the item since the reviewer's note: what the reviewer looks at again. */
function SinceNote({ atNote, current }: { atNote: ReviewedAnswer; current: ReviewedAnswer }) {
  const translate = useTranslate();
  const changes = changesSinceNote(atNote, current);
  return (
    <Alert severity={changes.length ? 'info' : 'warning'} sx={{ mb: 2 }} data-testid="review-since-note">
      {changes.length
        ? `${translate('zi.review.since_note')}: ${changes
            .map((change) =>
              change === 'answer'
                ? translate('zi.review.changed.answer', { from: valueText(atNote), to: valueText(current) })
                : translate(`zi.review.changed.${change}`),
            )
            .join('; ')}`
        : translate('zi.review.unchanged')}
    </Alert>
  );
}
