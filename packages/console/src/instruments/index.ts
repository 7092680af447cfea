import AccountTreeOutlinedIcon from '@mui/icons-material/MenuBook';
import { lazyPage } from '../lazyPage.ts';

export default {
  list: lazyPage(() => import('./InstrumentList.tsx'), 'InstrumentList'),
  show: lazyPage(() => import('./InstrumentShow.tsx'), 'InstrumentShow'),
  icon: AccountTreeOutlinedIcon,
};
