import { accountScopeProblems, accountScopes, type Role } from '@zi/schema';
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
  useLocaleState,
  useTranslate,
} from 'react-admin';
import { useWatch } from 'react-hook-form';
import { formatMessage } from '../i18n/format.ts';
import { unitWithAgency } from '../units/unitLabel.ts';

const roles = Object.keys(accountScopes) as Role[];

type UserValues = { role?: Role; agency?: { id?: number | null }; unit?: { id?: number | null } };

function UserFields({ creating }: { creating: boolean }) {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  // The API's own rule for where an account of a role sits, shown before the form is sent.
  const validate = (values: UserValues) => {
    const errors: Record<string, { id: string }> = {};
    if (!values.role) return errors;
    for (const problem of accountScopeProblems({
      role: values.role,
      agencyId: values.agency?.id,
      unitId: values.unit?.id,
    }))
      errors[problem.field === 'agencyId' ? 'agency' : 'unit'] = {
        id: formatMessage(locale, problem.message),
      };
    return errors;
  };
  return (
    <SimpleForm validate={validate}>
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
      <UnitOfAgencyInput />
      <PasswordInput source="password" validate={creating ? required() : undefined} />
      <BooleanInput source="active" defaultValue />
    </SimpleForm>
  );
}

/** Units of the chosen agency only, each named with its agency: same-named units of two governments stay apart. */
function UnitOfAgencyInput() {
  const agencyId = useWatch<UserValues>({ name: 'agency.id' }) as number | null | undefined;
  return (
    <ReferenceInput source="unit.id" reference="units" filter={agencyId == null ? {} : { agencyId }}>
      <AutocompleteInput optionText={unitWithAgency} />
    </ReferenceInput>
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
