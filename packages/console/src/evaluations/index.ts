import AssignmentIcon from '@mui/icons-material/Assignment';
import { EvaluationList } from './EvaluationList.tsx';
import { EvaluationShow } from './EvaluationShow.tsx';

export default { list: EvaluationList, show: EvaluationShow, icon: AssignmentIcon };
