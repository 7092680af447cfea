import { Box, Tab, Tabs, Typography } from '@mui/material';
import { useState } from 'react';
import { Title, useTranslate } from 'react-admin';
import type { TlhpFilter } from './api.ts';
import { ProgressPanel } from './ProgressPanel.tsx';
import { RecommendationGrid } from './RecommendationGrid.tsx';

/** Audit follow-up (TLHP): the recommendations to drive to SESUAI, and how far each owner has come. */
export function TlhpPage() {
  const translate = useTranslate();
  const [tab, setTab] = useState(0);
  const [filter, setFilter] = useState<TlhpFilter>({});
  return (
    <Box sx={{ p: 2 }}>
      <Title title={translate('zi.tlhp.title')} />
      <Typography variant="h5">{translate('zi.tlhp.title')}</Typography>
      <Tabs value={tab} onChange={(_event, value) => setTab(value)} sx={{ mb: 1 }}>
        <Tab label={translate('zi.tlhp.tab_recommendations')} />
        <Tab label={translate('zi.tlhp.tab_progress')} data-testid="tlhp-tab-progress" />
      </Tabs>
      {tab === 0 ? (
        <RecommendationGrid filter={filter} setFilter={setFilter} />
      ) : (
        <ProgressPanel filter={filter} />
      )}
    </Box>
  );
}
