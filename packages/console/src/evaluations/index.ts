import AssignmentIcon from '@mui/icons-material/Assignment';
import { lazyPage } from '../lazyPage.ts';

export default {
  list: lazyPage(() => import('./EvaluationList.tsx'), 'EvaluationList'),
  show: lazyPage(() => import('./EvaluationShow.tsx'), 'EvaluationShow'),
  create: lazyPage(() => import('./EvaluationCreate.tsx'), 'EvaluationCreate'),
  icon: AssignmentIcon,
};
