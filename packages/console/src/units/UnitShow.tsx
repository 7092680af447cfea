import {
  BooleanField,
  EditButton,
  NumberField,
  ReferenceField,
  Show,
  SimpleShowLayout,
  TextField,
  TopToolbar,
} from 'react-admin';
import { UnitTlhp } from './UnitTlhp.tsx';

/** A unit as every role that reaches it sees it; administrators get an edit button (see providers/access.ts). */
export const UnitShow = () => (
  <Show
    aside={<UnitTlhp />}
    actions={
      <TopToolbar>
        <EditButton />
      </TopToolbar>
    }
  >
    <SimpleShowLayout>
      <TextField source="code" />
      <TextField source="name" />
      <TextField source="agency.name" />
      <ReferenceField source="parent.id" reference="units" emptyText="—" link="show">
        <TextField source="name" />
      </ReferenceField>
      <TextField source="eselon" />
      <BooleanField source="coreService" />
      <BooleanField source="afirmasi" />
      <NumberField source="ziSinceYear" emptyText="—" options={{ useGrouping: false }} />
    </SimpleShowLayout>
  </Show>
);
