import { stages } from '@zi/schema';
import {
  Datagrid,
  FunctionField,
  List,
  NumberField,
  SearchInput,
  SelectInput,
  TextField,
  useLocaleState,
  useTranslate,
} from 'react-admin';
import { useEvaluationYears } from '../grid/GridControls.tsx';
import { formatNumber } from '../i18n/format.ts';

function StageInput(props: { source: string; alwaysOn?: boolean }) {
  const translate = useTranslate();
  return (
    <SelectInput
      {...props}
      choices={stages.map((stage) => ({ id: stage, name: translate(`zi.stage.${stage}`) }))}
    />
  );
}

/** The years that have evaluations the user may see, and the next one. */
function YearInput(props: { source: string; alwaysOn?: boolean }) {
  const { choices } = useEvaluationYears();
  return <SelectInput {...props} choices={choices.map((year) => ({ id: year, name: String(year) }))} />;
}

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <YearInput key="year" source="year" alwaysOn />,
  <StageInput key="stage" source="stage" alwaysOn />,
];

export function EvaluationList() {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  return (
    <List filters={filters} sort={{ field: 'year', order: 'DESC' }} exporter={false} perPage={25}>
      <Datagrid rowClick="show" bulkActionButtons={false}>
        <TextField source="unit.name" sortable />
        <TextField source="unit.agency.name" sortable={false} />
        <NumberField source="year" options={{ useGrouping: false }} />
        <FunctionField
          source="stage"
          sortable={false}
          render={(record) => translate(`zi.stage.${record.stage}`)}
        />
        <TextField source="targetPredicate" sortable={false} />
        <FunctionField
          source="storedScore.total"
          sortable={false}
          render={(record) =>
            record.storedScore
              ? `${formatNumber(locale, record.storedScore.total)} (${translate(`zi.layer.${record.storedScore.layer}`)})`
              : '—'
          }
        />
        <TextField source="awardedPredicate" sortable={false} emptyText="—" />
      </Datagrid>
    </List>
  );
}
