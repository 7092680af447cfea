import { Datagrid, List, NumberField, TextField, TopToolbar } from 'react-admin';
import { LoadInstrumentButton } from './LoadInstrumentButton.tsx';

export function InstrumentList() {
  return (
    <List
      pagination={false}
      exporter={false}
      actions={
        <TopToolbar sx={{ flexDirection: 'column', alignItems: 'flex-end' }}>
          <LoadInstrumentButton />
        </TopToolbar>
      }
    >
      <Datagrid rowClick="show" bulkActionButtons={false}>
        <TextField source="code" sortable={false} />
        <TextField source="title" sortable={false} />
        <TextField source="regulation" sortable={false} />
        <NumberField source="validFromYear" sortable={false} options={{ useGrouping: false }} />
        <NumberField source="validToYear" sortable={false} options={{ useGrouping: false }} emptyText="—" />
      </Datagrid>
    </List>
  );
}
