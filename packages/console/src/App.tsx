import type { Role } from '@zi/schema';
import { Admin, CustomRoutes, Resource } from 'react-admin';
import { Route } from 'react-router';
import agencies from './agencies/index.ts';
import audits from './audits/index.ts';
import evaluations from './evaluations/index.ts';
import './grid/grid.css';
import { may } from '@zi/schema';
import { i18nProvider } from './i18n/index.ts';
import instruments from './instruments/index.ts';
import { Layout } from './Layout.tsx';
import { lazyPage } from './lazyPage.ts';
import { authProvider } from './providers/authProvider.ts';
import { dataProvider } from './providers/dataProvider.ts';
import { queryClient } from './providers/queryClient.ts';
import { theme } from './theme.ts';
import tlhp from './tlhp/index.ts';
import units from './units/index.ts';
import users from './users/index.ts';

const Dashboard = lazyPage(() => import('./dashboard/Dashboard.tsx'), 'Dashboard');
const BulkGrid = lazyPage(() => import('./bulk/BulkGrid.tsx'), 'BulkGrid');
const PortalrbPage = lazyPage(() => import('./portalrb/PortalrbPage.tsx'), 'PortalrbPage');
const EvaluationReport = lazyPage(() => import('./evaluations/EvaluationReport.tsx'), 'EvaluationReport');

export function App() {
  return (
    <Admin
      title="ZI Workbench"
      disableTelemetry
      requireAuth
      authProvider={authProvider}
      dataProvider={dataProvider}
      queryClient={queryClient}
      theme={theme}
      i18nProvider={i18nProvider}
      dashboard={Dashboard}
      layout={Layout}
    >
      {(role: Role) => [
        <Resource key="evaluations" name="evaluations" {...evaluations} />,
        <Resource key="units" name="units" {...units} />,
        <Resource key="agencies" name="agencies" {...agencies} />,
        <Resource key="instruments" name="instruments" {...instruments} />,
        <Resource key="recommendations" name="recommendations" {...tlhp} />,
        <Resource key="audits" name="audits" {...audits} />,
        // What each role may open or change is the authProvider's `canAccess` (providers/access.ts).
        <Resource key="users" name="users" {...users} />,
        <CustomRoutes key="report">
          <Route path="/evaluations/:id/report" element={<EvaluationReport />} />
        </CustomRoutes>,
        may({ role }, 'evaluation.bulk') ? (
          <CustomRoutes key="bulk">
            <Route path="/bulk" element={<BulkGrid />} />
          </CustomRoutes>
        ) : null,
        may({ role }, 'portalrb.read') ? (
          <CustomRoutes key="portalrb">
            <Route path="/portalrb" element={<PortalrbPage />} />
          </CustomRoutes>
        ) : null,
      ]}
    </Admin>
  );
}
