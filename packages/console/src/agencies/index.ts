import AccountBalanceIcon from '@mui/icons-material/AccountBalance';
import { AgencyList } from './AgencyList.tsx';
import { AgencyProfiles } from './AgencyProfiles.tsx';

export default { list: AgencyList, show: AgencyProfiles, icon: AccountBalanceIcon };
