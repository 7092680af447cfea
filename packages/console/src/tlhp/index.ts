import FactCheckIcon from '@mui/icons-material/FactCheck';
import { lazyPage } from '../lazyPage.ts';

export default {
  list: lazyPage(() => import('./TlhpPage.tsx'), 'TlhpPage'),
  icon: FactCheckIcon,
};
