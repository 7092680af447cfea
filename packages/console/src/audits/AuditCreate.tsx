import {
  AutocompleteInput,
  Create,
  DateInput,
  NumberInput,
  ReferenceInput,
  required,
  SelectInput,
  SimpleForm,
  TextInput,
} from 'react-admin';
import { auditorChoices } from './AuditList.tsx';

export const AuditCreate = () => (
  <Create redirect="show">
    <SimpleForm>
      <ReferenceInput source="agency.id" reference="agencies">
        <AutocompleteInput optionText="name" validate={required()} />
      </ReferenceInput>
      <ReferenceInput source="unit.id" reference="units">
        <AutocompleteInput optionText="name" />
      </ReferenceInput>
      <SelectInput source="auditor" choices={auditorChoices} validate={required()} />
      <TextInput source="reportNumber" validate={required()} />
      <DateInput source="reportDate" validate={required()} />
      <NumberInput source="year" validate={required()} />
      <TextInput source="title" validate={required()} fullWidth />
    </SimpleForm>
  </Create>
);
