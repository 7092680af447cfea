import { latestEvaluationYear } from '@zi/schema';
import {
  AutocompleteInput,
  Create,
  NumberInput,
  ReferenceInput,
  required,
  SelectInput,
  SimpleForm,
} from 'react-admin';
import { unitWithAgency } from '../units/unitLabel.ts';

const predicates = [
  { id: 'WBK', name: 'WBK' },
  { id: 'WBBM', name: 'WBBM' },
];

/**
 * Opens a unit's evaluation for a year (next year's cycle by default) on the instrument in force then; the
 * API refuses a year it cannot open and a unit already evaluated that year, naming the field.
 */
export const EvaluationCreate = () => (
  <Create redirect="show">
    <SimpleForm
      defaultValues={{ year: latestEvaluationYear(), targetPredicate: 'WBK' }}
      data-testid="evaluation-create"
    >
      <ReferenceInput source="unit.id" reference="units">
        <AutocompleteInput optionText={unitWithAgency} validate={required()} />
      </ReferenceInput>
      <NumberInput source="year" validate={required()} />
      <SelectInput source="targetPredicate" choices={predicates} validate={required()} />
    </SimpleForm>
  </Create>
);
