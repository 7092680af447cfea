import { Box, Drawer, Typography } from '@mui/material';
import { useLocaleState, useTranslate } from 'react-admin';
import { formatDate } from '../i18n/format.ts';
import type { RecommendationRow } from './api.ts';

/** A recommendation's status history as a timeline, oldest first. */
export function HistoryDrawer({
  recommendation,
  onClose,
}: {
  recommendation: RecommendationRow | null;
  onClose: () => void;
}) {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  return (
    <Drawer anchor="right" open={recommendation !== null} onClose={onClose}>
      <Box sx={{ width: 380, p: 2 }} data-testid="tlhp-history">
        <Typography variant="h6">{translate('zi.tlhp.history')}</Typography>
        <Typography variant="body2" sx={{ mb: 2 }}>
          {recommendation?.finding.audit.reportNumber} · {recommendation?.finding.number}.
          {recommendation?.number} {recommendation?.text}
        </Typography>
        {recommendation?.history.map((change) => (
          <Box
            key={change.id}
            sx={{ borderLeft: 3, borderColor: 'primary.main', pl: 2, pb: 2, position: 'relative' }}
          >
            <Typography variant="caption" color="text.secondary">
              {formatDate(locale, change.at)}
              {change.actor ? ` · ${change.actor.name}` : ''}
            </Typography>
            <Typography variant="body2">
              {change.fromStatus ? `${translate(`zi.tlhp.status.${change.fromStatus}`)} → ` : ''}
              <b>{translate(`zi.tlhp.status.${change.toStatus}`)}</b>
            </Typography>
            {change.note && <Typography variant="body2">{change.note}</Typography>}
            {change.evidence.map((link) => (
              <Typography key={link} variant="caption" component="div">
                <a href={link} target="_blank" rel="noreferrer">
                  {link}
                </a>
              </Typography>
            ))}
          </Box>
        ))}
        {recommendation?.history.length === 0 && (
          <Typography variant="body2">{translate('zi.tlhp.no_history')}</Typography>
        )}
      </Box>
    </Drawer>
  );
}
