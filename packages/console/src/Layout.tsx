import TableViewIcon from '@mui/icons-material/TableView';
import { may, type Role } from '@zi/schema';
import type { ReactNode } from 'react';
import { Layout as AdminLayout, Menu, usePermissions, useTranslate } from 'react-admin';

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

export const Layout = ({ children }: { children: ReactNode }) => (
  <AdminLayout menu={ZiMenu}>{children}</AdminLayout>
);
