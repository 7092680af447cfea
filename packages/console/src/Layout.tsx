import TableViewIcon from '@mui/icons-material/TableView';
import { may, type Role } from '@zi/schema';
import type { ReactNode } from 'react';
import {
  Layout as AdminLayout,
  AppBar,
  Menu,
  UserMenu,
  useGetIdentity,
  usePermissions,
  useTranslate,
} from 'react-admin';

/** The resources every role sees, and the administrators' bulk grid. */
function ZiMenu() {
  const { permissions } = usePermissions();
  const translate = useTranslate();
  return (
    <Menu>
      <Menu.DashboardItem />
      <Menu.ResourceItems />
      {may({ role: permissions as Role }, 'evaluation.bulk') && (
        <Menu.Item to="/bulk" primaryText={translate('zi.bulk.title')} leftIcon={<TableViewIcon />} />
      )}
    </Menu>
  );
}

/** The user menu named by the signed-in user, as its button shows (react-admin names it "Profile"). */
function ZiAppBar() {
  const { identity } = useGetIdentity();
  return <AppBar userMenu={<UserMenu label={identity?.fullName ?? 'ra.auth.user_menu'} />} />;
}

export const Layout = ({ children }: { children: ReactNode }) => (
  <AdminLayout menu={ZiMenu} appBar={ZiAppBar}>
    {children}
  </AdminLayout>
);
