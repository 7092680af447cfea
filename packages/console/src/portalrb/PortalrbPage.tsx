import { Box, MenuItem, Stack, Tab, Tabs, TextField, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { may, type Role } from '@zi/schema';
import { useState } from 'react';
import { Title, usePermissions, useTranslate } from 'react-admin';
import { ApiErrorAlert } from '../ApiErrorAlert.tsx';
import { useEvaluationYears, YearSelect } from '../grid/GridControls.tsx';
import { request } from '../providers/graphql.ts';
import { PortalrbAgencies } from './api.ts';
import { FetchLog } from './FetchLog.tsx';
import { MasterLists } from './MasterLists.tsx';
import { NominationPreview } from './NominationPreview.tsx';
import { Tokens } from './Tokens.tsx';

/**
 * PortalRB for one agency: the lists and answers PortalRB will take, what it took, the tokens it takes
 * them with and the master question lists (administrators).
 */
export function PortalrbPage() {
  const translate = useTranslate();
  const { permissions: role } = usePermissions<Role>();
  const manages = role !== undefined && may({ role }, 'portalrb.manage');
  const agencies = useQuery({
    queryKey: ['portalrbAgencies'],
    queryFn: ({ signal }) => request(PortalrbAgencies, {}, signal),
  });
  const [chosenAgency, setAgency] = useState<number>();
  const agencyId = chosenAgency ?? agencies.data?.agencies.nodes[0]?.id;
  const { latest } = useEvaluationYears();
  const [chosenYear, setYear] = useState<number>();
  const year = chosenYear ?? Math.max(latest ?? 0, new Date().getFullYear());
  const [tab, setTab] = useState('preview');
  return (
    <Box sx={{ p: 2 }}>
      <Title title={translate('zi.portalrb.title')} />
      <Stack direction="row" spacing={2} sx={{ alignItems: 'center', mb: 1, flexWrap: 'wrap' }}>
        <Typography variant="h5">{translate('zi.portalrb.title')}</Typography>
        <TextField
          select
          size="small"
          label={translate('zi.portalrb.agency')}
          value={agencyId ?? ''}
          onChange={(event) => setAgency(Number(event.target.value))}
          sx={{ minWidth: 260 }}
          data-testid="portalrb-agency"
        >
          {(agencies.data?.agencies.nodes ?? []).map((agency) => (
            <MenuItem key={agency.id} value={agency.id}>
              {agency.name}
            </MenuItem>
          ))}
        </TextField>
        <YearSelect value={year} onChange={setYear} />
      </Stack>
      <ApiErrorAlert error={agencies.error} testId="portalrb-error" />
      <Tabs value={tab} onChange={(_event, value) => setTab(value)} sx={{ mb: 1 }}>
        <Tab value="preview" label={translate('zi.portalrb.tab.preview')} />
        <Tab value="log" label={translate('zi.portalrb.tab.log')} data-testid="portalrb-tab-log" />
        {manages && (
          <Tab value="tokens" label={translate('zi.portalrb.tab.tokens')} data-testid="portalrb-tab-tokens" />
        )}
        {manages && (
          <Tab value="lists" label={translate('zi.portalrb.tab.lists')} data-testid="portalrb-tab-lists" />
        )}
      </Tabs>
      {agencyId !== undefined && tab === 'preview' && <NominationPreview agencyId={agencyId} year={year} />}
      {agencyId !== undefined && tab === 'log' && <FetchLog agencyId={agencyId} />}
      {agencyId !== undefined && tab === 'tokens' && <Tokens agencyId={agencyId} />}
      {tab === 'lists' && <MasterLists />}
    </Box>
  );
}
