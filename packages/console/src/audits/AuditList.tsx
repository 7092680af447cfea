import { auditors } from '@zi/schema';
import { Datagrid, List, NumberField, SelectInput, TextField } from 'react-admin';
import { LocaleDateField } from '../i18n/LocaleDateField.tsx';

export const auditorChoices = auditors.map((id) => ({ id, name: id }));

const filters = [<SelectInput key="auditor" source="auditor" choices={auditorChoices} alwaysOn />];

export function AuditList() {
  return (
    <List filters={filters} exporter={false} perPage={25} sort={{ field: 'reportDate', order: 'DESC' }}>
      <Datagrid rowClick="show" bulkActionButtons={false}>
        <TextField source="reportNumber" sortable={false} />
        <TextField source="auditor" sortable={false} />
        <LocaleDateField source="reportDate" sortable={false} />
        <NumberField source="year" sortable={false} options={{ useGrouping: false }} />
        <TextField source="agency.name" sortable={false} />
        <TextField source="unit.name" sortable={false} emptyText="—" />
        <TextField source="title" sortable={false} />
        <NumberField source="findingCount" sortable={false} />
      </Datagrid>
    </List>
  );
}
