import { Box } from '@mui/material';
import {
  AutocompleteInput,
  BooleanField,
  Datagrid,
  FunctionField,
  List,
  ListContextProvider,
  ReferenceInput,
  SearchInput,
  TextField,
  useListContext,
} from 'react-admin';
import { type TreeUnit, unitTree } from './tree.ts';

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <ReferenceInput key="agency" source="agencyId" reference="agencies" alwaysOn>
    <AutocompleteInput optionText="name" />
  </ReferenceInput>,
];

/** The page's units rearranged as a tree, names indented by depth. */
function UnitTreeGrid() {
  const context = useListContext<TreeUnit & { id: number }>();
  const data = unitTree(context.data ?? []);
  return (
    <ListContextProvider value={{ ...context, data } as typeof context}>
      <Datagrid rowClick="show" bulkActionButtons={false}>
        <FunctionField
          source="name"
          sortable={false}
          render={(record) => (
            <Box sx={{ pl: record.depth * 3 }}>
              {record.depth ? '└ ' : ''}
              {record.name}
            </Box>
          )}
        />
        <TextField source="code" sortable={false} />
        <TextField source="eselon" sortable={false} />
        <TextField source="agency.name" sortable={false} />
        <BooleanField source="coreService" sortable={false} />
        <BooleanField source="afirmasi" sortable={false} />
      </Datagrid>
    </ListContextProvider>
  );
}

export function UnitList() {
  return (
    <List filters={filters} pagination={false} exporter={false}>
      <UnitTreeGrid />
    </List>
  );
}
