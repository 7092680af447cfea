import {
  Box,
  Button,
  MenuItem,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  TextField,
  Typography,
} from '@mui/material';
import { grades, may, type Role } from '@zi/schema';
import type { VariablesOf } from 'gql.tada';
import { useState } from 'react';
import {
  Loading,
  ShowBase,
  useNotify,
  usePermissions,
  useRecordContext,
  useRefresh,
  useTranslate,
} from 'react-admin';
import { YearSelect } from '../grid/GridControls.tsx';
import { gql, request } from '../providers/graphql.ts';

const SaveProfile = gql(`mutation SaveProfile($id: Int!, $year: Int!, $input: AgencyProfileInput!) {
  saveAgencyProfile(agencyId: $id, year: $year, input: $input) { id } }`);

type ProfileInput = VariablesOf<typeof SaveProfile>['input'];
/** A year's prerequisites as the form holds them. */
type Profile = { year: number } & { [Key in keyof ProfileInput]-?: NonNullable<ProfileInput[Key]> | null };

const opinions = ['WTP', 'WDP', 'TW', 'TMP'] as const satisfies readonly Profile['bpkOpinion'][];
const emptyProfile = (year: number): Profile => ({
  year,
  bpkOpinion: null,
  sakipGrade: null,
  indeksRbGrade: null,
  spipLevel: null,
});

/** The agency's prerequisites year by year (BPK opinion, SAKIP, Indeks RB, SPIP), set by administrators. */
function Profiles() {
  const record = useRecordContext<{ id: number; name: string; profiles?: Profile[] }>();
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const { permissions } = usePermissions();
  const [chosenYear, setChosenYear] = useState<number>();
  // Only what the user changed: every other field shows, and is sent, as stored for the chosen year.
  const [edits, setEdits] = useState<Partial<Profile>>({});
  // The list's row stands in until the agency with its profiles arrives.
  if (!record?.profiles) return <Loading />;
  const profiles = [...record.profiles].sort((a, b) => b.year - a.year);
  const year = chosenYear ?? profiles[0]?.year ?? new Date().getFullYear();
  const draft: Profile = { ...emptyProfile(year), ...profiles.find((each) => each.year === year), ...edits };
  const chooseYear = (next: number) => {
    setChosenYear(next);
    setEdits({});
  };
  const select = (key: 'bpkOpinion' | 'sakipGrade' | 'indeksRbGrade', choices: readonly string[]) => (
    <TextField
      select
      fullWidth={false}
      size="small"
      label={translate(`zi.bulk.${key}`)}
      value={draft[key] ?? ''}
      onChange={(event) => setEdits({ ...edits, [key]: (event.target.value || null) as Profile[typeof key] })}
      sx={{ minWidth: 130 }}
    >
      <MenuItem value="">—</MenuItem>
      {choices.map((choice) => (
        <MenuItem key={choice} value={choice}>
          {choice}
        </MenuItem>
      ))}
    </TextField>
  );
  async function save() {
    try {
      const { year, ...input } = draft;
      if (!record) return;
      await request(SaveProfile, { id: record.id, year, input });
      notify('zi.agency.profile_saved', { type: 'success' });
      setEdits({});
      refresh();
    } catch (error) {
      notify((error as Error).message, { type: 'error' });
    }
  }
  return (
    <Box sx={{ p: 2 }}>
      <Typography variant="h5">{record.name}</Typography>
      <Typography variant="subtitle1" sx={{ mt: 2 }}>
        {translate('zi.agency.profiles')}
      </Typography>
      <Table size="small" sx={{ maxWidth: 720 }} data-testid="agency-profiles">
        <TableHead>
          <TableRow>
            <TableCell>{translate('zi.dashboard.year')}</TableCell>
            {(['bpkOpinion', 'sakipGrade', 'indeksRbGrade', 'spipLevel'] as const).map((key) => (
              <TableCell key={key}>{translate(`zi.bulk.${key}`)}</TableCell>
            ))}
          </TableRow>
        </TableHead>
        <TableBody>
          {profiles.map((profile) => (
            <TableRow
              key={profile.year}
              hover
              selected={profile.year === year}
              aria-selected={profile.year === year}
              onClick={() => chooseYear(profile.year)}
              sx={{ cursor: 'pointer' }}
            >
              <TableCell>{profile.year}</TableCell>
              <TableCell>{profile.bpkOpinion ?? '—'}</TableCell>
              <TableCell>{profile.sakipGrade ?? '—'}</TableCell>
              <TableCell>{profile.indeksRbGrade ?? '—'}</TableCell>
              <TableCell>{profile.spipLevel ?? '—'}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      {may({ role: permissions as Role }, 'agency.write') && (
        <Stack direction="row" spacing={1} sx={{ mt: 2, alignItems: 'center', flexWrap: 'wrap' }}>
          <YearSelect value={year} onChange={chooseYear} />
          {select('bpkOpinion', opinions)}
          {select('sakipGrade', grades)}
          {select('indeksRbGrade', grades)}
          <TextField
            size="small"
            type="number"
            fullWidth={false}
            label={translate('zi.bulk.spipLevel')}
            value={draft.spipLevel ?? ''}
            onChange={(event) =>
              setEdits({ ...edits, spipLevel: event.target.value === '' ? null : Number(event.target.value) })
            }
            sx={{ width: 130 }}
          />
          <Button variant="contained" onClick={save} data-testid="agency-profile-save">
            {translate('ra.action.save')}
          </Button>
        </Stack>
      )}
    </Box>
  );
}

export const AgencyProfiles = () => (
  <ShowBase>
    <Profiles />
  </ShowBase>
);
