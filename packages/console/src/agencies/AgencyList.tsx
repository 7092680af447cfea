import { Datagrid, FunctionField, List, TextField } from 'react-admin';

export function AgencyList() {
  return (
    <List pagination={false} exporter={false}>
      <Datagrid bulkActionButtons={false} rowClick="show">
        <TextField source="code" />
        <TextField source="name" />
        <FunctionField source="kind" render={(record) => record.kind} />
        <TextField source="region" />
        <FunctionField label="resources.agencies.fields.unitCount" render={(record) => record.units.length} />
      </Datagrid>
    </List>
  );
}
