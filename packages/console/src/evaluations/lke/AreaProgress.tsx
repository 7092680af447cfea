import { Table, TableBody, TableCell, TableHead, TableRow } from '@mui/material';
import type { ProgressCounts } from '@zi/schema';
import { useTranslate } from 'react-admin';

const columns = ['answered', 'withEvidence', 'reviewed', 'toRevise', 'unconfirmed'] as const;

/** A layer's progress per area (the six pengungkit areas, then hasil), as the API's `progress.areas` counts it. */
export function AreaProgress({
  areas,
}: {
  areas: readonly (ProgressCounts & { key: string; name: string })[];
}) {
  const translate = useTranslate();
  return (
    <Table size="small" sx={{ mb: 1, maxWidth: 900 }} data-testid="lke-area-progress">
      <TableHead>
        <TableRow>
          <TableCell>{translate('zi.progress.area')}</TableCell>
          {columns.map((column) => (
            <TableCell key={column} align="right">
              {translate(`zi.progress.column.${column}`)}
            </TableCell>
          ))}
        </TableRow>
      </TableHead>
      <TableBody>
        {areas.map((area) => (
          <TableRow key={area.key} data-testid={`lke-area-${area.key}`}>
            <TableCell>{area.name}</TableCell>
            {columns.map((column) => (
              <TableCell key={column} align="right">
                {column === 'answered' ? `${area.answered}/${area.items}` : area[column]}
              </TableCell>
            ))}
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
