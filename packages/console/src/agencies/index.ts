import AccountBalanceIcon from '@mui/icons-material/AccountBalance';
import { AgencyList } from './AgencyList.tsx';

export default { list: AgencyList, icon: AccountBalanceIcon };
