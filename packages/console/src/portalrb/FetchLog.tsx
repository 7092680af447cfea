import { Table, TableBody, TableCell, TableHead, TableRow } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useLocaleState, useTranslate } from 'react-admin';
import { ApiErrorAlert } from '../ApiErrorAlert.tsx';
import { formatDate, formatNumber } from '../i18n/format.ts';
import { request } from '../providers/graphql.ts';
import { PortalrbFetches } from './api.ts';
import { JsonDialog } from './JsonDialog.tsx';

/** What PortalRB took of the agency and when, newest first; a unit's answers as they were sent. */
export function FetchLog({ agencyId }: { agencyId: number }) {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const log = useQuery({
    queryKey: ['portalrbFetches', agencyId],
    queryFn: ({ signal }) => request(PortalrbFetches, { agencyId }, signal),
  });
  const [shown, setShown] = useState<{ title: string; body: unknown }>();
  return (
    <>
      <ApiErrorAlert error={log.error} testId="portalrb-log-error" />
      <Table size="small" data-testid="portalrb-log">
        <TableHead>
          <TableRow>
            {['at', 'endpoint', 'unit', 'year', 'status', 'size'].map((column) => (
              <TableCell key={column}>{translate(`zi.portalrb.log.${column}`)}</TableCell>
            ))}
          </TableRow>
        </TableHead>
        <TableBody>
          {(log.data?.agency.portalrbFetches ?? []).map((fetch) => (
            <TableRow
              key={fetch.id}
              hover={fetch.body != null}
              sx={{ cursor: fetch.body != null ? 'pointer' : undefined }}
              onClick={() =>
                fetch.body != null &&
                setShown({ title: `${fetch.unitCode} · ${formatDate(locale, fetch.at)}`, body: fetch.body })
              }
            >
              <TableCell>{new Date(fetch.at).toLocaleString(locale === 'en' ? 'en-GB' : 'id-ID')}</TableCell>
              <TableCell>{fetch.endpoint}</TableCell>
              <TableCell>{fetch.unitCode ?? '—'}</TableCell>
              <TableCell>{fetch.year ?? '—'}</TableCell>
              <TableCell>{fetch.status}</TableCell>
              <TableCell>
                {formatNumber(locale, fetch.bytes / 1024, 1)} KB · {formatNumber(locale, fetch.durationMs, 0)}{' '}
                ms
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      <JsonDialog title={shown?.title ?? ''} value={shown?.body} onClose={() => setShown(undefined)} />
    </>
  );
}
