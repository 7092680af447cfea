import PeopleIcon from '@mui/icons-material/People';
import { lazyPage } from '../lazyPage.ts';

export default {
  list: lazyPage(() => import('./UserList.tsx'), 'UserList'),
  edit: lazyPage(() => import('./UserForm.tsx'), 'UserEdit'),
  create: lazyPage(() => import('./UserForm.tsx'), 'UserCreate'),
  icon: PeopleIcon,
};
