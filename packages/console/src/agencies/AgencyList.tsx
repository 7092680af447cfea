import { Datagrid, FunctionField, List, TextField, useTranslate } from 'react-admin';

export function AgencyList() {
  const translate = useTranslate();
  return (
    <List pagination={false} exporter={false}>
      <Datagrid bulkActionButtons={false} rowClick="show">
        <TextField source="code" />
        <TextField source="name" />
        <FunctionField source="kind" render={(record) => translate(`zi.agency_kind.${record.kind}`)} />
        <TextField source="region" />
        <FunctionField label="resources.agencies.fields.unitCount" render={(record) => record.units.length} />
      </Datagrid>
    </List>
  );
}
