import GavelIcon from '@mui/icons-material/Gavel';
import { AuditCreate } from './AuditCreate.tsx';
import { AuditList } from './AuditList.tsx';
import { AuditShow } from './AuditShow.tsx';

export default { list: AuditList, show: AuditShow, create: AuditCreate, icon: GavelIcon };
