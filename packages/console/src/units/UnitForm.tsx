import {
  AutocompleteInput,
  BooleanInput,
  Create,
  Edit,
  NumberInput,
  ReferenceInput,
  required,
  SelectInput,
  SimpleForm,
  TextInput,
} from 'react-admin';
import { UnitTlhp } from './UnitTlhp.tsx';

const eselons = ['I', 'II', 'III', 'IV'].map((eselon) => ({ id: eselon, name: eselon }));

function UnitFields() {
  return (
    <SimpleForm>
      <ReferenceInput source="agency.id" reference="agencies">
        <AutocompleteInput optionText="name" validate={required()} />
      </ReferenceInput>
      <ReferenceInput source="parent.id" reference="units">
        <AutocompleteInput optionText="name" />
      </ReferenceInput>
      <TextInput source="code" validate={required()} />
      <TextInput source="name" validate={required()} fullWidth />
      <SelectInput source="eselon" choices={eselons} validate={required()} />
      <BooleanInput source="coreService" />
      <BooleanInput source="afirmasi" />
      <NumberInput source="ziSinceYear" />
    </SimpleForm>
  );
}

export const UnitEdit = () => (
  <Edit mutationMode="pessimistic" aside={<UnitTlhp />}>
    <UnitFields />
  </Edit>
);

export const UnitCreate = () => (
  <Create>
    <UnitFields />
  </Create>
);
