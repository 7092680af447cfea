import PeopleIcon from '@mui/icons-material/People';
import { UserCreate, UserEdit } from './UserForm.tsx';
import { UserList } from './UserList.tsx';

export default { list: UserList, edit: UserEdit, create: UserCreate, icon: PeopleIcon };
