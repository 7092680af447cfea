import CloseIcon from '@mui/icons-material/Close';
import DeleteIcon from '@mui/icons-material/DeleteOutlined';
import {
  Alert,
  Box,
  Button,
  Drawer,
  IconButton,
  List,
  ListItem,
  ListItemText,
  Stack,
  TextField,
  Typography,
} from '@mui/material';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { evidencePickerAccept, type Layer } from '@zi/schema';
import { useEffect, useState } from 'react';
import { useLocaleState, useNotify, useTranslate } from 'react-admin';
import { formatDate, formatNumber } from '../../i18n/format.ts';
import { uploadEvidence } from '../../providers/files.ts';
import { gql, request } from '../../providers/graphql.ts';
import type { EvidenceFile } from './evidence.ts';

const DeleteEvidenceFile = gql(`mutation DeleteEvidenceFile($id: Int!) { deleteEvidenceFile(id: $id) }`);

/** A document's title from a dropped file's name: without its extension. */
const titleOf = (file: File) => file.name.replace(/\.[^.]+$/, '');

const megabytes = (locale: string, bytes: number) => `${formatNumber(locale, bytes / 1024 / 1024, 1)} MB`;

/**
 * One item's evidence documents of one layer: every document with its revisions (newest first) to
 * download, a form to upload a file (or a new revision under the same title), and, for whoever may write
 * the layer, the newest revision to withdraw.
 */
export function EvidencePanel({
  evaluationId,
  layer,
  item,
  files,
  usage,
  writable,
  dropped,
  onClose,
}: {
  evaluationId: number;
  layer: Layer;
  item: { code: string; text: string } | null;
  files: EvidenceFile[];
  usage: number;
  writable: boolean;
  /** Files dropped on the item's row, to be uploaded from here. */
  dropped: File[];
  onClose: () => void;
}) {
  const translate = useTranslate();
  const notify = useNotify();
  const [locale] = useLocaleState();
  const queryClient = useQueryClient();
  const [file, setFile] = useState<File | null>(null);
  const [title, setTitle] = useState('');
  useEffect(() => {
    const [first] = dropped;
    setFile(first ?? null);
    setTitle(first ? titleOf(first) : '');
  }, [dropped]);
  const refresh = () => queryClient.invalidateQueries({ queryKey: ['evidence', evaluationId] });
  const upload = useMutation({
    mutationFn: (chosen: File) =>
      uploadEvidence({ evaluationId, layer, item: item?.code ?? '', title: title.trim() }, chosen),
    onSuccess: (uploaded) => {
      notify('zi.evidence.uploaded', { type: 'success', messageArgs: { revision: uploaded.revision } });
      setFile(null);
      setTitle('');
      refresh();
    },
  });
  const remove = useMutation({
    mutationFn: (id: number) => request(DeleteEvidenceFile, { id }),
    onSuccess: () => {
      notify('zi.evidence.deleted', { type: 'info' });
      refresh();
    },
  });
  const own = files.filter((each) => each.item === item?.code);
  const titles = [...new Set(own.map((each) => each.title))];
  return (
    <Drawer anchor="right" open={item !== null} onClose={onClose}>
      <Box sx={{ width: 440, p: 2 }} data-testid="evidence-panel">
        <Stack direction="row" sx={{ justifyContent: 'space-between', alignItems: 'center' }}>
          <Typography variant="h6">{translate('zi.evidence.title', { item: item?.code ?? '' })}</Typography>
          <IconButton onClick={onClose} aria-label={translate('ra.action.close')}>
            <CloseIcon />
          </IconButton>
        </Stack>
        <Typography variant="body2" sx={{ mb: 2 }}>
          {item?.text}
        </Typography>
        {!own.length && <Typography variant="body2">{translate('zi.evidence.none')}</Typography>}
        {titles.map((documentTitle) => {
          const revisions = own.filter((each) => each.title === documentTitle);
          return (
            <Box key={documentTitle} sx={{ mb: 1 }}>
              <Typography variant="subtitle2">{documentTitle}</Typography>
              <List dense disablePadding>
                {revisions.map((revision, index) => (
                  <ListItem
                    key={revision.id}
                    disableGutters
                    secondaryAction={
                      writable && index === 0 ? (
                        <IconButton
                          edge="end"
                          aria-label={translate('zi.evidence.delete_latest')}
                          title={translate('zi.evidence.delete_latest')}
                          onClick={() => remove.mutate(revision.id)}
                          disabled={remove.isPending}
                        >
                          <DeleteIcon />
                        </IconButton>
                      ) : null
                    }
                  >
                    <ListItemText
                      primary={
                        <a href={revision.downloadUrl} download>
                          {translate('zi.evidence.revision', { revision: revision.revision })} ·{' '}
                          {revision.fileName}
                        </a>
                      }
                      secondary={`${megabytes(locale, revision.size)} · ${revision.uploadedBy?.name ?? ''} · ${formatDate(locale, revision.uploadedAt)}`}
                    />
                  </ListItem>
                ))}
              </List>
            </Box>
          );
        })}
        {remove.error && <Alert severity="error">{remove.error.message}</Alert>}
        {writable && (
          <Stack spacing={1} sx={{ mt: 2 }} data-testid="evidence-upload">
            <TextField
              size="small"
              label={translate('zi.evidence.document_title')}
              value={title}
              onChange={(event) => setTitle(event.target.value)}
              helperText={translate('zi.evidence.title_help')}
            />
            <Button variant="outlined" component="label">
              {file ? file.name : translate('zi.evidence.choose')}
              <input
                hidden
                type="file"
                accept={evidencePickerAccept}
                data-testid="evidence-file"
                onChange={(event) => {
                  const chosen = event.target.files?.[0] ?? null;
                  setFile(chosen);
                  if (chosen && !title) setTitle(titleOf(chosen));
                }}
              />
            </Button>
            <Button
              variant="contained"
              disabled={!file || !title.trim() || upload.isPending}
              onClick={() => file && upload.mutate(file)}
            >
              {translate('zi.evidence.upload')}
            </Button>
            {upload.error && (
              <Alert severity="error" data-testid="evidence-error">
                {upload.error.message}
              </Alert>
            )}
          </Stack>
        )}
        <Typography variant="caption" sx={{ display: 'block', mt: 2 }}>
          {translate('zi.evidence.usage', { used: megabytes(locale, usage) })}
        </Typography>
      </Box>
    </Drawer>
  );
}
