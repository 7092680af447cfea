import AccountTreeIcon from '@mui/icons-material/AccountTree';
import { lazyPage } from '../lazyPage.ts';

export default {
  list: lazyPage(() => import('./UnitList.tsx'), 'UnitList'),
  show: lazyPage(() => import('./UnitShow.tsx'), 'UnitShow'),
  edit: lazyPage(() => import('./UnitForm.tsx'), 'UnitEdit'),
  create: lazyPage(() => import('./UnitForm.tsx'), 'UnitCreate'),
  icon: AccountTreeIcon,
};
