import AccountTreeIcon from '@mui/icons-material/AccountTree';
import { UnitCreate, UnitEdit } from './UnitForm.tsx';
import { UnitList } from './UnitList.tsx';

export default { list: UnitList, edit: UnitEdit, create: UnitCreate, icon: AccountTreeIcon };
