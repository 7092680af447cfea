import { BooleanField, Datagrid, FunctionField, List, TextField, useTranslate } from 'react-admin';
import { LocaleDateField } from '../i18n/LocaleDateField.tsx';

export function UserList() {
  const translate = useTranslate();
  return (
    <List pagination={false} exporter={false}>
      <Datagrid rowClick="edit" bulkActionButtons={false}>
        <TextField source="name" sortable={false} />
        <TextField source="email" sortable={false} />
        <FunctionField
          source="role"
          sortable={false}
          render={(record) => translate(`zi.role.${record.role}`)}
        />
        <TextField source="agency.name" sortable={false} emptyText="—" />
        <TextField source="unit.name" sortable={false} emptyText="—" />
        <BooleanField source="active" sortable={false} />
        <LocaleDateField source="lastLoginAt" sortable={false} showTime emptyText="—" />
      </Datagrid>
    </List>
  );
}
