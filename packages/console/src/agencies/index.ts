import AccountBalanceIcon from '@mui/icons-material/AccountBalance';
import { lazyPage } from '../lazyPage.ts';

export default {
  list: lazyPage(() => import('./AgencyList.tsx'), 'AgencyList'),
  show: lazyPage(() => import('./AgencyProfiles.tsx'), 'AgencyProfiles'),
  icon: AccountBalanceIcon,
};
