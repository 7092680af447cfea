import FactCheckIcon from '@mui/icons-material/FactCheck';
import { TlhpPage } from './TlhpPage.tsx';

export default { list: TlhpPage, icon: FactCheckIcon };
