import { Box, Chip, Stack, Typography } from '@mui/material';
import { Loading, ShowBase, useLocaleState, useRecordContext, useTranslate } from 'react-admin';
import { formatDate, formatNumber } from '../i18n/format.ts';

interface AuditRecord {
  reportNumber: string;
  auditor: string;
  reportDate: string;
  year: number;
  title: string;
  agency: { name: string };
  unit: { name: string } | null;
  findings?: {
    id: number;
    number: string;
    title: string;
    recommendations: { id: number; number: string; text: string; status: string; amount: number | null }[];
  }[];
}

/** An audit report with its findings and their recommendations. */
function AuditDetail() {
  const record = useRecordContext<AuditRecord>();
  const translate = useTranslate();
  const [locale] = useLocaleState();
  // The list's row stands in until the audit with its findings arrives.
  if (!record?.findings) return <Loading />;
  return (
    <Box sx={{ p: 2 }}>
      <Typography variant="h5">{record.reportNumber}</Typography>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
        {record.auditor} · {formatDate(locale, record.reportDate)} · {record.agency.name}
        {record.unit ? ` · ${record.unit.name}` : ''} — {record.title}
      </Typography>
      {record.findings.map((finding) => (
        <Box key={finding.id} sx={{ mb: 2 }}>
          <Typography variant="subtitle1">
            {translate('zi.tlhp.finding')} {finding.number}. {finding.title}
          </Typography>
          {finding.recommendations.map((recommendation) => (
            <Stack
              key={recommendation.id}
              direction="row"
              spacing={1}
              sx={{ alignItems: 'center', pl: 2, py: 0.5 }}
            >
              <Typography variant="body2" sx={{ flex: 1 }}>
                {recommendation.number}. {recommendation.text}
                {recommendation.amount !== null ? ` (Rp ${formatNumber(locale, recommendation.amount)})` : ''}
              </Typography>
              <Chip
                size="small"
                color={recommendation.status === 'SESUAI' ? 'success' : 'default'}
                label={translate(`zi.tlhp.status.${recommendation.status}`)}
              />
            </Stack>
          ))}
        </Box>
      ))}
    </Box>
  );
}

export const AuditShow = () => (
  <ShowBase>
    <AuditDetail />
  </ShowBase>
);
