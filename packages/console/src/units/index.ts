import AccountTreeIcon from '@mui/icons-material/AccountTree';
import { UnitCreate, UnitEdit } from './UnitForm.tsx';
import { UnitList } from './UnitList.tsx';
import { UnitShow } from './UnitShow.tsx';

export default { list: UnitList, show: UnitShow, edit: UnitEdit, create: UnitCreate, icon: AccountTreeIcon };
