import GavelIcon from '@mui/icons-material/Gavel';
import { lazyPage } from '../lazyPage.ts';

export default {
  list: lazyPage(() => import('./AuditList.tsx'), 'AuditList'),
  show: lazyPage(() => import('./AuditShow.tsx'), 'AuditShow'),
  create: lazyPage(() => import('./AuditCreate.tsx'), 'AuditCreate'),
  icon: GavelIcon,
};
