import {
  AutocompleteInput,
  BooleanInput,
  Create,
  Edit,
  PasswordInput,
  ReferenceInput,
  required,
  SelectInput,
  SimpleForm,
  TextInput,
  useTranslate,
} from 'react-admin';

const roles = ['ADMIN', 'UNIT_OPERATOR', 'TPI', 'TPN', 'INSPEKTORAT', 'ANALYST'];

function UserFields({ creating }: { creating: boolean }) {
  const translate = useTranslate();
  return (
    <SimpleForm>
      <TextInput source="name" validate={required()} />
      <TextInput source="email" type="email" validate={required()} />
      <SelectInput
        source="role"
        choices={roles.map((role) => ({ id: role, name: translate(`zi.role.${role}`) }))}
        validate={required()}
      />
      <ReferenceInput source="agency.id" reference="agencies">
        <AutocompleteInput optionText="name" />
      </ReferenceInput>
      <ReferenceInput source="unit.id" reference="units">
        <AutocompleteInput optionText="name" />
      </ReferenceInput>
      <PasswordInput source="password" validate={creating ? required() : undefined} />
      <BooleanInput source="active" defaultValue />
    </SimpleForm>
  );
}

export const UserEdit = () => (
  <Edit mutationMode="pessimistic">
    <UserFields creating={false} />
  </Edit>
);

export const UserCreate = () => (
  <Create>
    <UserFields creating />
  </Create>
);
