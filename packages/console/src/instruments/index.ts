import AccountTreeOutlinedIcon from '@mui/icons-material/MenuBook';
import { InstrumentList } from './InstrumentList.tsx';
import { InstrumentShow } from './InstrumentShow.tsx';

export default { list: InstrumentList, show: InstrumentShow, icon: AccountTreeOutlinedIcon };
