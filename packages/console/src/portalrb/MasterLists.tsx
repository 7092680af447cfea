import UploadFileIcon from '@mui/icons-material/UploadFile';
import { Button, Table, TableBody, TableCell, TableHead, TableRow } from '@mui/material';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useLocaleState, useNotify, useTranslate } from 'react-admin';
import { ApiErrorAlert } from '../ApiErrorAlert.tsx';
import { formatDate } from '../i18n/format.ts';
import { request } from '../providers/graphql.ts';
import { LoadPortalrbMasterList, PortalrbMasterLists } from './api.ts';

/** PortalRB's master question lists by year; an administrator loads a year's JSON as PortalRB publishes it. */
export function MasterLists() {
  const translate = useTranslate();
  const notify = useNotify();
  const [locale] = useLocaleState();
  const queryClient = useQueryClient();
  const lists = useQuery({
    queryKey: ['portalrbMasterLists'],
    queryFn: ({ signal }) => request(PortalrbMasterLists, {}, signal),
  });
  const load = useMutation({
    mutationFn: async (file: File) =>
      request(LoadPortalrbMasterList, { list: JSON.parse(await file.text()) }),
    onSuccess: ({ loadPortalrbMasterList }) => {
      notify('zi.portalrb.list_loaded', {
        type: 'success',
        messageArgs: { year: loadPortalrbMasterList.year },
      });
      queryClient.invalidateQueries({ queryKey: ['portalrbMasterLists'] });
    },
  });
  return (
    <>
      <Button component="label" startIcon={<UploadFileIcon />} sx={{ mb: 1 }} disabled={load.isPending}>
        {translate('zi.portalrb.load_list')}
        <input
          hidden
          type="file"
          accept="application/json,.json"
          data-testid="portalrb-list-file"
          onChange={(event) => {
            const file = event.target.files?.[0];
            if (file) load.mutate(file);
            event.target.value = '';
          }}
        />
      </Button>
      <ApiErrorAlert error={load.error ?? lists.error} testId="portalrb-list-error" />
      <Table size="small" data-testid="portalrb-lists">
        <TableHead>
          <TableRow>
            {['year', 'instrument', 'soals', 'loaded'].map((column) => (
              <TableCell key={column}>{translate(`zi.portalrb.list.${column}`)}</TableCell>
            ))}
          </TableRow>
        </TableHead>
        <TableBody>
          {(lists.data?.portalrbMasterLists ?? []).map((list) => (
            <TableRow key={list.year}>
              <TableCell>{list.year}</TableCell>
              <TableCell>{list.instrument.code}</TableCell>
              <TableCell>{list.soals.length}</TableCell>
              <TableCell>{formatDate(locale, list.loadedAt)}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </>
  );
}
