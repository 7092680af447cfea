import CloudSyncIcon from '@mui/icons-material/CloudSync';
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

/** The resources every role sees, the administrators' bulk grid, and PortalRB for those who may read it. */
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
      {may({ role: permissions as Role }, 'portalrb.read') && (
        <Menu.Item to="/portalrb" primaryText={translate('zi.portalrb.title')} leftIcon={<CloudSyncIcon />} />
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
