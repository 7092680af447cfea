import {
  Alert,
  Button,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  TextField,
} from '@mui/material';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useLocaleState, useNotify, useTranslate } from 'react-admin';
import { ApiErrorAlert } from '../ApiErrorAlert.tsx';
import { formatDate } from '../i18n/format.ts';
import { request } from '../providers/graphql.ts';
import { CreatePortalrbToken, PortalrbTokens, RevokePortalrbToken } from './api.ts';

/** The agency's PortalRB tokens: a new one is shown once, with the base URL to register in PortalRB. */
export function Tokens({ agencyId }: { agencyId: number }) {
  const translate = useTranslate();
  const notify = useNotify();
  const [locale] = useLocaleState();
  const queryClient = useQueryClient();
  const tokens = useQuery({
    queryKey: ['portalrbTokens', agencyId],
    queryFn: ({ signal }) => request(PortalrbTokens, { agencyId }, signal),
  });
  const [name, setName] = useState('PortalRB');
  const [expires, setExpires] = useState('');
  const refresh = () => queryClient.invalidateQueries({ queryKey: ['portalrbTokens', agencyId] });
  const create = useMutation({
    mutationFn: () =>
      request(CreatePortalrbToken, {
        agencyId,
        name,
        expiresAt: expires ? new Date(`${expires}T23:59:59`).toISOString() : null,
      }),
    onSuccess: refresh,
  });
  const revoke = useMutation({
    mutationFn: (id: number) => request(RevokePortalrbToken, { id }),
    onSuccess: () => {
      notify('zi.portalrb.revoked', { type: 'success' });
      refresh();
    },
    onError: (error) => notify(error.message, { type: 'error' }),
  });
  const created = create.data?.createPortalrbToken;
  return (
    <>
      <Stack direction="row" spacing={1} sx={{ mb: 1, alignItems: 'center' }}>
        <TextField
          size="small"
          label={translate('zi.portalrb.token_name')}
          value={name}
          onChange={(event) => setName(event.target.value)}
        />
        <TextField
          size="small"
          type="date"
          label={translate('zi.portalrb.expires')}
          value={expires}
          onChange={(event) => setExpires(event.target.value)}
          slotProps={{ inputLabel: { shrink: true } }}
        />
        <Button
          variant="contained"
          onClick={() => create.mutate()}
          disabled={create.isPending}
          data-testid="portalrb-create-token"
        >
          {translate('zi.portalrb.create_token')}
        </Button>
      </Stack>
      <ApiErrorAlert error={create.error ?? tokens.error} testId="portalrb-token-error" />
      {created && (
        <Alert severity="warning" sx={{ mb: 1 }} data-testid="portalrb-new-token">
          {translate('zi.portalrb.shown_once')}
          <br />
          Base URL: <code>{created.baseUrl}</code>
          <br />
          Token: <code data-testid="portalrb-token-value">{created.token}</code>
        </Alert>
      )}
      <Table size="small" data-testid="portalrb-tokens">
        <TableHead>
          <TableRow>
            {['name', 'created', 'expires', 'used', 'state', ''].map((column) => (
              <TableCell key={column}>{column && translate(`zi.portalrb.token.${column}`)}</TableCell>
            ))}
          </TableRow>
        </TableHead>
        <TableBody>
          {(tokens.data?.agency.portalrbTokens ?? []).map((token) => (
            <TableRow key={token.id}>
              <TableCell>{token.name}</TableCell>
              <TableCell>
                {formatDate(locale, token.createdAt)} · {token.createdBy?.name ?? '—'}
              </TableCell>
              <TableCell>{token.expiresAt ? formatDate(locale, token.expiresAt) : '—'}</TableCell>
              <TableCell>{token.lastUsedAt ? formatDate(locale, token.lastUsedAt) : '—'}</TableCell>
              <TableCell>
                {token.revokedAt
                  ? translate('zi.portalrb.token.revoked_on', { date: formatDate(locale, token.revokedAt) })
                  : translate('zi.portalrb.token.active')}
              </TableCell>
              <TableCell>
                {!token.revokedAt && (
                  <Button size="small" color="error" onClick={() => revoke.mutate(token.id)}>
                    {translate('zi.portalrb.revoke')}
                  </Button>
                )}
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </>
  );
}
